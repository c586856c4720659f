/**
 * A seeded synthetic borough for benchmarks: about 15 km × 10 km (150 km²) near Manchester, cut into
 * 10 × 5 = 50 neighbourhoods whose shared edges wobble like real streets (200+ corners each), and
 * assets clustered around local centres the way community assets are.
 */
import { NeighbourhoodSchema, type Neighbourhood } from '../../src/model/neighbourhood';
import { AssetSchema, type Asset } from '../../src/model/asset';
import { CATEGORY_IDS } from '../../src/model/categories';
import { seededRandom, pick } from '../../src/lib/random';
import { seededUuid } from '../../src/lib/id';

export interface Layout {
  readonly west: number;
  readonly south: number;
  readonly columns: number;
  readonly rows: number;
  readonly cellLon: number;
  readonly cellLat: number;
  /** Local centres assets cluster around: 40 for a borough. */
  readonly centres: number;
}

export const BOROUGH: Layout = { west: -2.45, south: 53.38, columns: 10, rows: 5, cellLon: 0.0225, cellLat: 0.018, centres: 40 };

/**
 * A Greater-Manchester-sized county: 16 × 14 wards of about 2.4 km less nine at the corners, so 215
 * wards over about 1,276 km², with local centres at the borough's density.
 */
export const COUNTY: Layout = { west: -2.6, south: 53.35, columns: 16, rows: 14, cellLon: 0.0368, cellLat: 0.0219, centres: 340 };
const COUNTY_CORNERS_LEFT_OUT = 9;

/** An English region the size of the North West (about 14,100 km²): 52 × 46 wards of the county's size. */
export const REGION: Layout = { west: -3.4, south: 52.95, columns: 52, rows: 46, cellLon: 0.0368, cellLat: 0.0219, centres: 3_700 };
const NOW = '2026-11-22T10:00:00.000Z';

/** Points along a→b with a wobble that is the same whichever way the edge is walked (shared edges match). */
function wobblyEdge(a: [number, number], b: [number, number], steps: number): [number, number][] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  const [nx, ny] = [-dy / length, dx / length];
  const amplitude = length * 0.04;
  return Array.from({ length: steps }, (_, i) => {
    const t = i / steps;
    const w = amplitude * Math.sin(Math.PI * t * 6) * Math.sin(Math.PI * t);
    return [a[0] + dx * t + nx * w, a[1] + dy * t + ny * w];
  });
}

export function syntheticNeighbourhoods(stepsPerEdge = 60, layout: Layout = BOROUGH): Neighbourhood[] {
  const random = seededRandom(2026);
  const corner = (c: number, r: number): [number, number] => [layout.west + c * layout.cellLon, layout.south + r * layout.cellLat];
  const areas: Neighbourhood[] = [];
  const leftOut = layout === COUNTY ? countyCorners(layout) : new Set<string>();
  for (let r = 0; r < layout.rows; r += 1) {
    for (let c = 0; c < layout.columns; c += 1) {
      if (leftOut.has(`${c},${r}`)) continue;
      const corners = [corner(c, r), corner(c + 1, r), corner(c + 1, r + 1), corner(c, r + 1)];
      const ring = corners.flatMap((p, i) => wobblyEdge(p, corners[(i + 1) % 4]!, stepsPerEdge));
      ring.push(ring[0]!);
      areas.push(NeighbourhoodSchema.parse({ id: seededUuid(random), name: `N${r}${c}`, geometry: { type: 'Polygon', coordinates: [ring] }, createdAt: NOW, updatedAt: NOW }));
    }
  }
  return areas;
}

/** `scattered`: the share of assets placed anywhere rather than near a local centre (0 leaves gaps between centres). */
export function syntheticAssets(n: number, seed = 42, scattered = 0.33, layout: Layout = BOROUGH): Asset[] {
  const random = seededRandom(seed);
  const width = layout.columns * layout.cellLon;
  const height = layout.rows * layout.cellLat;
  const centres = Array.from({ length: layout.centres }, () => [layout.west + random() * width, layout.south + random() * height] as const);
  const categories = CATEGORY_IDS.filter((c) => c !== 'individuals');
  return Array.from({ length: n }, (_, i) => {
    // By default two in three assets sit near a local centre (a high street, an estate); the rest anywhere.
    const centre = random() < 1 - scattered ? pick(random, centres) : null;
    const spread = 0.004;
    const x = centre ? centre[0] + (random() + random() + random() - 1.5) * spread * 2 : layout.west + random() * width;
    const y = centre ? centre[1] + (random() + random() + random() - 1.5) * spread * 1.2 : layout.south + random() * height;
    return AssetSchema.parse({
      id: seededUuid(random),
      name: `Asset ${i}`,
      category: pick(random, categories),
      type: 'group',
      geometry: { type: 'Point', coordinates: [x, y] },
      createdAt: NOW,
      updatedAt: NOW,
    });
  });
}

/** Cells at the county's corners left out, like the ragged edge of a real county. */
function countyCorners(layout: Layout): Set<string> {
  const corners = [
    [0, 0],
    [1, 0],
    [0, 1],
    [layout.columns - 1, 0],
    [layout.columns - 2, 0],
    [0, layout.rows - 1],
    [layout.columns - 1, layout.rows - 1],
    [layout.columns - 2, layout.rows - 1],
    [layout.columns - 1, layout.rows - 2],
  ];
  return new Set(corners.slice(0, COUNTY_CORNERS_LEFT_OUT).map(([c, r]) => `${c},${r}`));
}

/** The assets' points as the coverage engine takes them: lon, lat pairs in one column. */
export function pointsOf(assets: readonly Asset[]): Float64Array {
  return Float64Array.from(assets.flatMap((a) => (a.geometry?.type === 'Point' ? [a.geometry.coordinates[0], a.geometry.coordinates[1]] : [])));
}
