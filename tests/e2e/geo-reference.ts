/**
 * An independent reference for the end-to-end tests: plain even-odd ray casting over every ring,
 * written here without any of the app's code, so a bug in the app's index cannot hide in both.
 */
type Ring = number[][];
type Area = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export function inside([x, y]: number[], area: Area): boolean {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  let hit = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) hit = !hit;
    }
  }
  return hit;
}

/** Where an asset counts: its point, or for a site the mean of its outer ring's corners. */
export function pointOf(geometry: { type: string; coordinates: unknown } | null): number[] | null {
  if (!geometry) return null;
  if (geometry.type === 'Point') return geometry.coordinates as number[];
  const outer = (geometry.type === 'Polygon' ? (geometry.coordinates as Ring[])[0] : (geometry.coordinates as Ring[][])[0]?.[0]) ?? [];
  const corners = outer.slice(0, -1);
  return [corners.reduce((s, p) => s + p[0]!, 0) / corners.length, corners.reduce((s, p) => s + p[1]!, 0) / corners.length];
}

/** Reads the stored assets and neighbourhoods straight from IndexedDB in the page. */
export const READ_DATABASE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('asset-atlas');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['assets', 'neighbourhoods', 'overlays']);
    const assets = tx.objectStore('assets').getAll();
    const neighbourhoods = tx.objectStore('neighbourhoods').getAll();
    const overlays = tx.objectStore('overlays').getAll();
    tx.oncomplete = () => { db.close(); resolve({ assets: assets.result, neighbourhoods: neighbourhoods.result, overlays: overlays.result }); };
  };
})`;

export interface Stored {
  assets: { id: string; name: string; geometry: { type: string; coordinates: unknown } | null; neighbourhoodIds: string[]; category: string }[];
  neighbourhoods: { id: string; name: string; code?: string; geometry: Area }[];
  overlays: { name: string; visible: boolean; areas: { code: string; values: Record<string, unknown> }[] }[];
}
