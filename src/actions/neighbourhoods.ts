import type { Neighbourhood } from '../model/neighbourhood';
import type { AreaGeometry } from '../model/geometry';
import { checkBoundary, type BoundaryCheck } from '../geo/check-boundary';
import { areaSquareMetres, formatArea } from '../geo/area';
import { overlappingAreas } from '../geo/overlaps';
import { draftToRawGeometry, type BoundaryDraft } from '../model/boundary-draft';
import { decodeText } from '../io/decode-text';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from '../io/read-geojson';
import { detectAreaFields, recordsToAreas, type AreaCandidate, type AreaFields, type AreaProblem } from '../io/read-areas';
import { ok, refuse, sentences, type Result } from '../lib/result';
import * as intents from './intents/neighbourhoods';
import type { NeighbourhoodDetails } from './intents/neighbourhoods';
import { run } from './workspace';

export type { AreaCandidate, AreaFields, AreaProblem } from '../io/read-areas';
export { formatArea } from '../geo/area';

export type { NeighbourhoodDetails } from './intents/neighbourhoods';

/** Saves a drawn or edited neighbourhood (details and boundary) as one undoable step. */
export const saveNeighbourhood = (id: string | null, details: NeighbourhoodDetails, geometry: AreaGeometry): Promise<Result<Neighbourhood>> =>
  run(intents.saveNeighbourhood, { id, details, geometry });

/** Deletes a neighbourhood; its assets stay, and forget they were in it. Undo restores both. */
export const deleteNeighbourhood = async (id: string): Promise<boolean> => (await run(intents.deleteNeighbourhood, { id })).ok;

export interface PreparedBoundaries {
  fileName: string;
  records: ImportRecord[];
  properties: string[];
  fields: AreaFields;
  notices: string[];
}

/** Reads a boundary file (GeoJSON) and detects its name and code properties; nothing is written. */
export async function prepareBoundaries(file: File): Promise<Result<PreparedBoundaries>> {
  if (file.size > MAX_FILE_BYTES) return refuse(`\u201c${file.name}\u201d is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
  const read = readGeoJson(text);
  if (!read.ok) return refuse(`\u201c${file.name}\u201d: ${sentences(read.error)}`);
  const properties = [...new Set(read.value.records.flatMap((r) => Object.keys(r.values)))];
  return ok({ fileName: file.name, records: read.value.records, properties, fields: detectAreaFields(properties), notices: read.value.notices });
}

/** The boundaries a file gives with the chosen name and code properties, and the features refused. */
export function readBoundaries(prepared: PreparedBoundaries, fields: AreaFields): { areas: AreaCandidate[]; problems: AreaProblem[] } {
  return recordsToAreas(prepared.records, fields);
}

/** Imports boundaries as neighbourhoods in one undoable step; a matching code updates the neighbourhood. */
export const importNeighbourhoods = (fileName: string, areas: readonly AreaCandidate[]): Promise<Result<{ added: number; updated: number }>> => run(intents.importNeighbourhoods, { fileName, areas });

/** Checks a drawn boundary before it is saved: the same rules as an imported one. */
export function checkDrawnBoundary(draft: BoundaryDraft): BoundaryCheck {
  return checkBoundary(draftToRawGeometry(draft));
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
