import { neighbourhoodsContaining } from '../geo/assign-neighbourhoods';
import { nearestPostcode } from '../geo/nearest-postcode';
import { areaAtPoint } from '../geo/area-at-point';
import { formatPostcode } from '../model/find-places';
import { representativePoint, type AssetGeometry } from '../model/geometry';
import { workspace } from './workspace';

/**
 * Where a location is, as a coordinator says it: "in Southfields Estate, near MB2 5UW", from the
 * workspace's neighbourhoods and the postcode table (when one is loaded); null when neither knows.
 */
export function placeOf(geometry: AssetGeometry | null): string | null {
  if (!geometry) return null;
  const state = workspace.state;
  const ids = neighbourhoodsContaining(geometry, state.neighbourhoods.value);
  const names = state.neighbourhoods.value.filter((n) => ids.includes(n.id)).map((n) => n.name);
  const table = state.postcodeTable.value;
  const [x = 0, y = 0] = representativePoint(geometry);
  const near = table ? nearestPostcode([x, y], table.lookup) : null;
  const parts = [names.length > 0 ? `in ${names.join(' and ')}` : '', near ? `near ${formatPostcode(near.postcode)}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The small area of a visible context layer under a tapped point, as the ids the area card shows. */
export function contextAreaAt(lngLat: readonly [number, number]): { overlayId: string; code: string } | null {
  const hit = areaAtPoint(workspace.state.overlays.value, lngLat);
  return hit ? { overlayId: hit.overlay.id, code: hit.area.code } : null;
}
