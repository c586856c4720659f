import type { Neighbourhood } from '../model/neighbourhood';
import type { AreaGeometry } from '../model/geometry';
import { checkBoundary, type BoundaryCheck, type Repair } from '../geo/check-boundary';
import { areaSquareMetres, formatArea } from '../geo/area';
import { overlappingAreas } from '../geo/overlaps';
import { draftToRawGeometry, type BoundaryDraft } from '../model/boundary-draft';
import type { Result } from '../lib/result';
import * as intents from './intents/neighbourhoods';
import type { NeighbourhoodDetails } from './intents/neighbourhoods';
import { run } from './workspace';

export { formatArea } from '../geo/area';

export type { NeighbourhoodDetails } from './intents/neighbourhoods';

/** Saves a drawn or edited neighbourhood (details and boundary) as one undoable step. */
export const saveNeighbourhood = (id: string | null, details: NeighbourhoodDetails, geometry: AreaGeometry): Promise<Result<Neighbourhood>> =>
  run(intents.saveNeighbourhood, { id, details, geometry });

/** Deletes a neighbourhood; its assets stay, and forget they were in it. Undo restores both. */
export const deleteNeighbourhood = async (id: string): Promise<boolean> => (await run(intents.deleteNeighbourhood, { id })).ok;

let repair: Repair | null = null;
/**
 * Loads the boundary repair (Turf's unkink) while a boundary is being drawn, so that a shape that
 * crosses itself can be offered its repair the moment it is finished; the app starts without it.
 */
export async function prepareBoundaryRepair(): Promise<void> {
  try {
    repair ??= (await import('../geo/repair-boundary')).repairBoundary;
  } catch {
    // Not loaded (an app update removed the old chunk): crossings are still reported, with no repair offered.
  }
}

/** Checks a drawn boundary before it is saved: the same rules as an imported one. */
export function checkDrawnBoundary(draft: BoundaryDraft): BoundaryCheck {
  return checkBoundary(draftToRawGeometry(draft), repair);
}

const areaCache = new WeakMap<AreaGeometry, string>();
/** A neighbourhood's area for display ("34.5 ha", "2.98 km²"), worked out once per boundary. */
export function areaText(geometry: AreaGeometry): string {
  let text = areaCache.get(geometry);
  if (text === undefined) {
    text = formatArea(areaSquareMetres(geometry));
    areaCache.set(geometry, text);
  }
  return text;
}

let overlapCache: { of: readonly Neighbourhood[]; result: Map<string, string[]> } | null = null;
/** Which neighbourhoods overlap which (allowed, and shown as such); worked out once per change. */
export function neighbourhoodOverlaps(areas: readonly Neighbourhood[]): Map<string, string[]> {
  if (overlapCache?.of !== areas) overlapCache = { of: areas, result: overlappingAreas(areas) };
  return overlapCache.result;
}
