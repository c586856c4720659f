import { NeighbourhoodSchema, type Neighbourhood } from '../model/neighbourhood';
import type { AreaGeometry } from '../model/geometry';
import { describeIssues } from '../model/problems';
import { reassignNear } from '../geo/assign-neighbourhoods';
import { checkBoundary, type BoundaryCheck } from '../geo/check-boundary';
import { areaSquareMetres, formatArea } from '../geo/area';
import { overlappingAreas } from '../geo/overlaps';
import { draftToRawGeometry, type BoundaryDraft } from '../model/boundary-draft';
import { decodeText } from '../io/decode-text';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from '../io/read-geojson';
import { detectAreaFields, recordsToAreas, type AreaCandidate, type AreaFields, type AreaProblem } from '../io/read-areas';
import { newId } from '../lib/id';
import { err, ok, type Result } from '../lib/result';
import type { Change } from '../model/change';
import { workspace } from './workspace';

export type { AreaCandidate, AreaFields, AreaProblem } from '../io/read-areas';
export { formatArea } from '../geo/area';

export interface NeighbourhoodDetails {
  name: string;
  code: string;
  notes: string;
}

/**
 * The change that puts these boundaries (and removes those), with every asset whose neighbourhoods
 * change as a result: boundary and assignments land in one transaction and undo together.
 */
function boundaryChange(label: string, put: Neighbourhood[], remove: string[] = []): Change {
  const state = workspace.state;
  const replaced = new Set([...put.map((n) => n.id), ...remove]);
  const before = state.neighbourhoods.value.filter((n) => replaced.has(n.id));
  const after = [...state.neighbourhoods.value.filter((n) => !replaced.has(n.id)), ...put];
  const { changed } = reassignNear(
    state.assets.value,
    after,
    [...before, ...put].map((n) => n.geometry),
  );
  return { label, neighbourhoods: { put, remove }, assets: { put: changed } };
}

/** Saves a drawn or edited neighbourhood (details and boundary) as one undoable step. */
export async function saveNeighbourhood(id: string | null, details: NeighbourhoodDetails, geometry: AreaGeometry): Promise<Result<Neighbourhood, string[]>> {
  const existing = id ? workspace.state.neighbourhoods.value.find((n) => n.id === id) : undefined;
  const now = new Date().toISOString();
  const parsed = NeighbourhoodSchema.safeParse({
    ...(existing ?? { source: 'drawn', createdAt: now }),
    id: existing?.id ?? newId(),
    name: details.name.trim(),
    code: details.code.trim() || undefined,
    notes: details.notes,
    geometry,
    updatedAt: now,
  });
  if (!parsed.success) return err(describeIssues(parsed.error));
  const label = existing ? `Edit neighbourhood \u201c${parsed.data.name}\u201d` : `Add neighbourhood \u201c${parsed.data.name}\u201d`;
  const applied = await workspace.apply(boundaryChange(label, [parsed.data]));
  return applied.ok ? ok(parsed.data) : err([applied.error.message]);
}

/** Deletes a neighbourhood; its assets stay, and forget they were in it. Undo restores both. */
export async function deleteNeighbourhood(id: string): Promise<boolean> {
  const area = workspace.state.neighbourhoods.value.find((n) => n.id === id);
  if (!area) return false;
  return (await workspace.apply(boundaryChange(`Delete neighbourhood \u201c${area.name}\u201d`, [], [id]))).ok;
}

export interface PreparedBoundaries {
  fileName: string;
  records: ImportRecord[];
  properties: string[];
  fields: AreaFields;
  notices: string[];
}

/** Reads a boundary file (GeoJSON) and detects its name and code properties; nothing is written. */
export async function prepareBoundaries(file: File): Promise<Result<PreparedBoundaries, string>> {
  if (file.size > MAX_FILE_BYTES) return err(`\u201c${file.name}\u201d is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
  const read = readGeoJson(text);
  if (!read.ok) return err(`\u201c${file.name}\u201d: ${read.reason}`);
  const properties = [...new Set(read.records.flatMap((r) => Object.keys(r.values)))];
  return ok({ fileName: file.name, records: read.records, properties, fields: detectAreaFields(properties), notices: read.notices });
}

/** The boundaries a file gives with the chosen name and code properties, and the features refused. */
export function readBoundaries(prepared: PreparedBoundaries, fields: AreaFields): { areas: AreaCandidate[]; problems: AreaProblem[] } {
  return recordsToAreas(prepared.records, fields);
}

/**
 * Imports boundaries as neighbourhoods in one undoable step. A boundary whose code matches an
 * existing neighbourhood updates it (re-importing the ward file does not duplicate the wards).
 */
export async function importNeighbourhoods(fileName: string, areas: readonly AreaCandidate[]): Promise<Result<{ added: number; updated: number }, string>> {
  const now = new Date().toISOString();
  const byCode = new Map(workspace.state.neighbourhoods.value.filter((n) => n.code).map((n) => [n.code as string, n]));
  let updated = 0;
  const put = areas.map((a) => {
    const existing = a.code ? byCode.get(a.code) : undefined;
    if (existing) updated += 1;
    return NeighbourhoodSchema.parse({
      ...(existing ?? { id: newId(), createdAt: now, notes: '' }),
      name: a.name,
      code: a.code || undefined,
      geometry: a.geometry,
      source: fileName.slice(0, 200),
      updatedAt: now,
    });
  });
  if (put.length === 0) return err('There are no valid boundaries to import.');
  const applied = await workspace.apply(boundaryChange(`Import boundaries \u201c${fileName}\u201d`, put));
  return applied.ok ? ok({ added: put.length - updated, updated }) : err(applied.error.message);
}

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
