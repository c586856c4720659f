/**
 * Issue 4: re-assigning 20,000 assets to 50 neighbourhoods after a boundary edit, against brute-force
 * point-in-polygon over every (asset, neighbourhood) pair, in the same run.
 */
import { neighbourhoodLocator, reassignNear } from '../../src/geo/assign-neighbourhoods';
import { pointInArea } from '../../src/geo/point-in-polygon';
import { representativePoint, type AssetGeometry } from '../../src/model/geometry';
import type { Neighbourhood } from '../../src/model/neighbourhood';
import { fmt, medianMs } from './timing';
import { syntheticAssets, syntheticNeighbourhoods } from './synthetic-borough';

export async function benchReassign(): Promise<void> {
  const areas = syntheticNeighbourhoods();
  const corners = areas.reduce((n, a) => n + (a.geometry.type === 'Polygon' ? a.geometry.coordinates[0]!.length : 0), 0);
  const assets = syntheticAssets(20_000);
  console.log(`\nNeighbourhood assignment: 20,000 assets, 50 neighbourhoods (${corners.toLocaleString('en-GB')} corners), median of 5 (brute force: 1 run)`);
  let bruteIds: string[][] = [];
  // Brute force takes seconds: one timed run after the warm-up is enough to know its size.
  const brute = await medianMs(1, () => {
    bruteIds = assets.map((a) => {
      const p = representativePoint(a.geometry as AssetGeometry);
      return areas.filter((n) => pointInArea(p, n.geometry)).map((n) => n.id);
    });
  });
  let indexedIds: string[][] = [];
  const indexed = await medianMs(5, () => {
    const locate = neighbourhoodLocator(areas);
    indexedIds = assets.map((a) => locate(a.geometry));
  });
  const agree = bruteIds.every((ids, i) => ids.join() === indexedIds[i]!.join());
  console.log(`  all assets: brute force ${fmt(brute)}, R-tree + banded point-in-polygon ${fmt(indexed)}, ${(brute / indexed).toFixed(1)}× faster; same answers: ${agree ? 'yes' : 'NO'}`);

  // Edit one boundary: move one corner of the middle neighbourhood outwards by ~300 m.
  const assigned = assets.map((a, i) => ({ ...a, neighbourhoodIds: indexedIds[i]! }));
  const target = areas[24]!;
  const ring = target.geometry.type === 'Polygon' ? target.geometry.coordinates[0]!.map((p) => [...p] as [number, number]) : [];
  ring[0] = [ring[0]![0] - 0.004, ring[0]![1] - 0.003];
  ring[ring.length - 1] = ring[0]!;
  const edited: Neighbourhood = { ...target, geometry: { type: 'Polygon', coordinates: [ring] } };
  const after = areas.map((a) => (a.id === target.id ? edited : a));
  let tested = 0;
  let changed = 0;
  const local = await medianMs(5, () => {
    const result = reassignNear(assigned, after, [target.geometry, edited.geometry]);
    tested = result.tested;
    changed = result.changed.length;
  });
  console.log(
    `  after editing one boundary: ${fmt(local)} (${(brute / local).toFixed(1)}× faster than brute force), tested ${tested.toLocaleString('en-GB')} of 20,000 assets, ${changed} changed neighbourhood`,
  );
}
