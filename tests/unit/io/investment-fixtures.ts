import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { OverlaySchema, type Overlay } from '../../../src/model/overlay';
import { NeighbourhoodSchema, type Neighbourhood } from '../../../src/model/neighbourhood';
import { InvestmentSchema, type Investment, type InvestmentInput } from '../../../src/model/investment';
import { representativePoint, type AreaGeometry, type Position } from '../../../src/model/geometry';

const TRAFFORD = 'tests/fixtures/trafford';
const NOW = '2026-11-29T09:00:00.000Z';

interface AreaFeature {
  properties: Record<string, string>;
  geometry: AreaGeometry;
}

/** Trafford's 2023 wards as neighbourhoods, with their ONS codes (E05…). */
export function traffordWards(): Neighbourhood[] {
  const wards = JSON.parse(readFileSync(`${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`, 'utf8')) as { features: AreaFeature[] };
  return wards.features.map((f, i) =>
    NeighbourhoodSchema.parse({
      id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      name: f.properties.area_name,
      code: f.properties.area_code,
      geometry: f.geometry,
      source: 'ONS',
      createdAt: NOW,
      updatedAt: NOW,
    }),
  );
}

/** Trafford's 2011 LSOAs joined to the IMD 2019 deciles: the context layer a coordinator imports. */
export function traffordDeprivation(): Overlay {
  const lsoas = JSON.parse(readFileSync(`${TRAFFORD}/boundaries/trafford_lsoa_2011_generalised.geojson`, 'utf8')) as { features: AreaFeature[] };
  const imd = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const decile = new Map(imd.map((r) => [r.lsoa11cd, Number(r.imd_decile)]));
  return OverlaySchema.parse({
    id: '00000000-0000-4000-8000-000000000777',
    name: 'Trafford LSOA 2011 / IMD 2019',
    vintage: 'LSOA 2011 / IMD 2019',
    valueField: 'imd_decile',
    areas: lsoas.features.map((f) => ({ code: f.properties.area_code, name: f.properties.area_name, geometry: f.geometry, values: { imd_decile: decile.get(f.properties.area_code ?? '') ?? null } })),
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/** A point inside the first small area of the given decile. */
export function pointInDecile(overlay: Overlay, decile: number): { at: Position; code: string } {
  const area = overlay.areas.find((a) => a.values.imd_decile === decile);
  if (!area) throw new Error(`Trafford has no LSOA in decile ${decile}`);
  return { at: representativePoint(area.geometry), code: area.code };
}

let counter = 0;
export const grant = (overrides: Partial<InvestmentInput>): Investment =>
  InvestmentSchema.parse({
    id: `00000000-0000-4000-8000-${String(500 + ++counter).padStart(12, '0')}`,
    programme: 'Microgrants 2026',
    amountPence: 50_000,
    awardedOn: '2026-10-01',
    purpose: 'Seeds and tools for the community garden',
    status: 'awarded',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  } as InvestmentInput);
