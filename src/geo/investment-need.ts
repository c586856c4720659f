import type { Asset } from '../model/asset';
import type { Investment } from '../model/investment';
import { GONE_RECIPIENT, isAwarded } from '../model/investment';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Overlay, OverlayArea } from '../model/overlay';
import { representativePoint, type AreaGeometry, type Position } from '../model/geometry';
import { prepareArea, type PreparedArea } from './prepared-area';

/**
 * Where the money went, against need. A grant's place is its recipient's: the asset's point (a
 * site's representative point), or where an unlisted group meets. Its neighbourhoods and its small
 * area (LSOA) are found by point-in-polygon, never typed. Light work (hundreds of grants against a
 * few hundred areas, each prepared once), so it runs on the main thread as the Investment tab draws.
 */

/** The context layer that says how deprived each small area is, and how many live there. */
export interface NeedLayer {
  overlay: Overlay;
  decileField: string;
  /** A column of residents' counts, e.g. "population" or "total_population", when the layer has one. */
  populationField: string | null;
}

export interface SmallAreaNeed {
  code: string;
  name: string;
  decile: number | null;
  population: number | null;
}

export interface PlacedInvestment {
  investment: Investment;
  /** The recipient's name as printed: an asset's name, a named group's, or "Individual" for a person. */
  recipientName: string;
  /** A grant to a person: never named or pinpointed in what leaves the tablet. */
  toIndividual: boolean;
  at: Position | null;
  neighbourhoodIds: string[];
  smallArea: SmallAreaNeed | null;
}

const numeric = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null;

/** The first visible-or-not context layer with a decile column (as the coverage analysis chooses). */
export function needLayerOf(overlays: readonly Overlay[]): NeedLayer | null {
  for (const overlay of overlays) {
    const keys = Object.keys(overlay.areas[0]?.values ?? {});
    const decileField = overlay.valueField && /decile/i.test(overlay.valueField) ? overlay.valueField : keys.find((k) => /decile/i.test(k));
    if (!decileField) continue;
    const populationField = keys.find((k) => /^(total[ _]?)?pop(ulation)?([ _].*)?$|residents|usual_residents/i.test(k)) ?? null;
    return { overlay, decileField, populationField };
  }
  return null;
}

/**
 * Each boundary is prepared once, however often the figures are worked out again (a new grant, another
 * programme chosen): records are immutable, so a geometry object never changes under its key.
 */
const prepared = new WeakMap<AreaGeometry, PreparedArea>();
function preparedArea(geometry: AreaGeometry): PreparedArea {
  let area = prepared.get(geometry);
  if (!area) prepared.set(geometry, (area = prepareArea(geometry)));
  return area;
}

const needOf = (area: OverlayArea, layer: NeedLayer): SmallAreaNeed => {
  const decile = numeric(area.values[layer.decileField]);
  return {
    code: area.code,
    name: area.name,
    decile: decile !== null && Number.isInteger(decile) && decile >= 1 && decile <= 10 ? decile : null,
    population: layer.populationField ? numeric(area.values[layer.populationField]) : null,
  };
};

interface Prepared<T> {
  item: T;
  area: PreparedArea;
}

const findIn = <T>(prepared: readonly Prepared<T>[], [x, y]: Position): T[] =>
  prepared.filter((p) => x >= p.area.box[0] && x <= p.area.box[2] && y >= p.area.box[1] && y <= p.area.box[3] && p.area.contains(x, y)).map((p) => p.item);

/** Where the recipient is: the asset's point, a named group's place, or nowhere known. */
export function recipientPlace(investment: Investment, assetsById: ReadonlyMap<string, Asset>): Position | null {
  if ('assetId' in investment.recipient) {
    const asset = assetsById.get(investment.recipient.assetId);
    return asset?.geometry ? representativePoint(asset.geometry) : null;
  }
  return investment.recipient.at ?? null;
}

export function recipientNameOf(investment: Investment, assetsById: ReadonlyMap<string, Asset>): { name: string; toIndividual: boolean } {
  if (!('assetId' in investment.recipient)) return { name: investment.recipient.name, toIndividual: false };
  const asset = assetsById.get(investment.recipient.assetId);
  if (!asset) return { name: GONE_RECIPIENT, toIndividual: false };
  return asset.category === 'individuals' ? { name: asset.name, toIndividual: true } : { name: asset.name, toIndividual: false };
}

/** Every investment with its recipient, place, neighbourhoods and small area worked out. */
export function placeInvestments(investments: readonly Investment[], assets: readonly Asset[], neighbourhoods: readonly Neighbourhood[], layer: NeedLayer | null): PlacedInvestment[] {
  const assetsById = new Map(assets.map((a) => [a.id, a]));
  const areas = neighbourhoods.map((n) => ({ item: n.id, area: preparedArea(n.geometry) }));
  const smallAreas = layer ? layer.overlay.areas.map((a) => ({ item: a, area: preparedArea(a.geometry) })) : [];
  return investments.map((investment) => {
    const at = recipientPlace(investment, assetsById);
    const { name, toIndividual } = recipientNameOf(investment, assetsById);
    const small = at && layer ? findIn(smallAreas, at)[0] : undefined;
    return { investment, recipientName: name, toIndividual, at, neighbourhoodIds: at ? findIn(areas, at) : [], smallArea: small && layer ? needOf(small, layer) : null };
  });
}

export interface NeighbourhoodInvestment {
  /** Null for grants whose recipient is in no neighbourhood (or has no place). */
  neighbourhood: Neighbourhood | null;
  totalPence: number;
  count: number;
  /** Residents of the small areas whose middle lies in the neighbourhood, when the layer counts them. */
  population: number | null;
  /** £ (in pence) per 1,000 residents, where the population is known. */
  perThousandPence: number | null;
  /** The decile half the neighbourhood's residents (or small areas, without a population) are at or below. */
  decile: number | null;
}

/** The median decile, each small area weighted by its residents where the layer counts them. */
function medianDecile(needs: readonly SmallAreaNeed[]): number | null {
  const rated = needs.filter((n): n is SmallAreaNeed & { decile: number } => n.decile !== null).sort((a, b) => a.decile - b.decile);
  if (rated.length === 0) return null;
  const weight = (n: SmallAreaNeed) => (rated.every((r) => r.population !== null) ? (n.population ?? 0) : 1);
  const total = rated.reduce((sum, n) => sum + weight(n), 0);
  let running = 0;
  for (const need of rated) {
    running += weight(need);
    if (running * 2 >= total) return need.decile;
  }
  return rated[rated.length - 1]?.decile ?? null;
}

/**
 * Per neighbourhood: money awarded (awarded, paid or completed grants), how many grants, £ per 1,000
 * residents and the deprivation decile. A grant whose recipient is in two overlapping neighbourhoods
 * counts in both; the table says so. The last row, when there is one, holds grants in none.
 */
export function investmentByNeighbourhood(placed: readonly PlacedInvestment[], neighbourhoods: readonly Neighbourhood[], layer: NeedLayer | null): NeighbourhoodInvestment[] {
  const smallAreas = layer ? layer.overlay.areas.map((a) => ({ need: needOf(a, layer), middle: representativePoint(a.geometry) })) : [];
  const awarded = placed.filter((p) => isAwarded(p.investment));
  const rows: NeighbourhoodInvestment[] = neighbourhoods.map((neighbourhood) => {
    const area = preparedArea(neighbourhood.geometry);
    const inside = smallAreas.filter((s) => area.contains(s.middle[0], s.middle[1])).map((s) => s.need);
    const population = inside.length > 0 && inside.every((s) => s.population !== null) ? inside.reduce((sum, s) => sum + (s.population ?? 0), 0) : null;
    const grants = awarded.filter((p) => p.neighbourhoodIds.includes(neighbourhood.id));
    const totalPence = grants.reduce((sum, p) => sum + p.investment.amountPence, 0);
    return { neighbourhood, totalPence, count: grants.length, population, perThousandPence: population ? Math.round((totalPence * 1000) / population) : null, decile: medianDecile(inside) };
  });
  const nowhere = awarded.filter((p) => p.neighbourhoodIds.length === 0);
  if (nowhere.length > 0)
    rows.push({ neighbourhood: null, totalPence: nowhere.reduce((sum, p) => sum + p.investment.amountPence, 0), count: nowhere.length, population: null, perThousandPence: null, decile: null });
  return rows;
}

export interface DecileInvestment {
  /** 1 (most deprived 10%) to 10; null for grants whose small area or decile is unknown. */
  decile: number | null;
  totalPence: number;
  count: number;
}

/** Money awarded by the deprivation decile of each recipient's own small area: did it reach the most deprived? */
export function investmentByDecile(placed: readonly PlacedInvestment[]): DecileInvestment[] {
  const rows: DecileInvestment[] = Array.from({ length: 10 }, (_, i) => ({ decile: i + 1, totalPence: 0, count: 0 }));
  const unknown: DecileInvestment = { decile: null, totalPence: 0, count: 0 };
  for (const p of placed) {
    if (!isAwarded(p.investment)) continue;
    const row = p.smallArea?.decile ? rows[p.smallArea.decile - 1] : unknown;
    if (!row) continue;
    row.totalPence += p.investment.amountPence;
    row.count += 1;
  }
  return unknown.count > 0 ? [...rows, unknown] : rows;
}
