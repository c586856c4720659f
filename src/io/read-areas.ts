import type { AreaGeometry, Position } from '../model/geometry';
import { checkBoundary } from '../geo/check-boundary';
import { repairBoundary } from '../geo/repair-boundary';
import type { ImportRecord } from './read-geojson';

/** Which properties name an area and give its official code. */
export interface AreaFields {
  name?: string;
  code?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const CODE = /^(area_?code|code|(lsoa|msoa|oa|wd|ward|lad|ctry|rgn|par|ced|bua|pcon)\d{0,2}cd|gss_?code|ons_?code)$/i;
const NAME = /^(area_?name|name|(lsoa|msoa|wd|ward|lad|ctry|rgn|par|ced|bua|pcon)\d{0,2}nm|distname|ward_?name|neighbourhood|title)$/i;

/** Detects name and code properties such as area_name/area_code, WD24NM/WD24CD, LSOA11NM/LSOA11CD. */
export function detectAreaFields(columns: readonly string[]): AreaFields {
  const code = columns.find((c) => CODE.test(c));
  const name = columns.find((c) => NAME.test(c)) ?? columns.find((c) => norm(c).endsWith('name'));
  return { ...(name ? { name } : {}), ...(code ? { code } : {}) };
}

/** The year in a code field such as LSOA11CD or WD24CD ("2011", "2024"), if it names one. */
export function vintageOfField(field: string | undefined): string | null {
  const match = field ? /^[a-z]+(\d{2})cd$/i.exec(field) : null;
  return match ? `20${match[1]}` : null;
}

export interface AreaCandidate {
  line: number;
  name: string;
  code: string;
  geometry: AreaGeometry;
  notices: string[];
}

export interface AreaProblem {
  line: number;
  name: string;
  reason: string;
  crossings: Position[];
  /** A valid shape that can be imported instead, when the boundary could be repaired. */
  repaired?: AreaGeometry;
}

/**
 * Turns imported features into boundaries: each checked (rings closed, corners counted, crossings
 * located), named from the chosen property or "Area N", and coded when a code property is chosen.
 */
export function recordsToAreas(records: readonly ImportRecord[], fields: AreaFields): { areas: AreaCandidate[]; problems: AreaProblem[] } {
  const areas: AreaCandidate[] = [];
  const problems: AreaProblem[] = [];
  for (const record of records) {
    const name = (fields.name ? record.values[fields.name]?.trim() : '') || (fields.code ? record.values[fields.code]?.trim() : '') || `Area ${record.line}`;
    const code = fields.code ? (record.values[fields.code]?.trim() ?? '') : '';
    const checked = checkBoundary(record.geometry, repairBoundary);
    if (checked.ok) areas.push({ line: record.line, name: name.slice(0, 200), code: code.slice(0, 40), geometry: checked.value.geometry, notices: checked.value.notices });
    else problems.push({ line: record.line, name, reason: checked.error.message, crossings: checked.error.crossings, ...(checked.error.repaired ? { repaired: checked.error.repaired } : {}) });
  }
  return { areas, problems };
}
