import { decodeText } from '../io/decode-text';
import { readGeoJson, MAX_FILE_BYTES, type ImportRecord } from '../io/read-geojson';
import { detectAreaFields, recordsToAreas, type AreaCandidate, type AreaFields, type AreaProblem } from '../io/read-areas';
import { ok, refuse, sentences, type Result } from '../lib/result';
import * as intents from './intents/neighbourhoods';
import { run } from './workspace';
import { fill, msg } from '../lib/i18n/msg';

export type { AreaCandidate, AreaFields, AreaProblem } from '../io/read-areas';

/*
 * Boundary files (GeoJSON, British National Grid included) imported as neighbourhoods: apart from
 * actions/neighbourhoods, so drawing a boundary does not load the file readers and proj4.
 */

export interface PreparedBoundaries {
  fileName: string;
  records: ImportRecord[];
  properties: string[];
  fields: AreaFields;
  notices: string[];
}

/** Reads a boundary file (GeoJSON) and detects its name and code properties; nothing is written. */
export async function prepareBoundaries(file: File): Promise<Result<PreparedBoundaries>> {
  if (file.size > MAX_FILE_BYTES) return refuse(fill(msg('“{file}” is larger than {most} MB.'), { file: file.name, most: MAX_FILE_BYTES / 1024 / 1024 }));
  const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
  const read = readGeoJson(text);
  if (!read.ok) return refuse(fill(msg('“{file}”: {problem}'), { file: file.name, problem: sentences(read.error) }));
  const properties = [...new Set(read.value.records.flatMap((r) => Object.keys(r.values)))];
  return ok({ fileName: file.name, records: read.value.records, properties, fields: detectAreaFields(properties), notices: read.value.notices });
}

/** The boundaries a file gives with the chosen name and code properties, and the features refused. */
export function readBoundaries(prepared: PreparedBoundaries, fields: AreaFields): { areas: AreaCandidate[]; problems: AreaProblem[] } {
  return recordsToAreas(prepared.records, fields);
}

/** Imports boundaries as neighbourhoods in one undoable step; a matching code updates the neighbourhood. */
export const importNeighbourhoods = (fileName: string, areas: readonly AreaCandidate[]): Promise<Result<{ added: number; updated: number }>> => run(intents.importNeighbourhoods, { fileName, areas });
