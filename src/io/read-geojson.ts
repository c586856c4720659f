import { ok, refuse, type Result } from '../lib/result';
import { fromBritishNationalGrid } from './british-national-grid';
import { fill, msg } from '../lib/i18n/msg';

/** One thing to import: its properties as text, and its geometry if the file had one. */
export interface ImportRecord {
  /** Row (CSV, header is row 1) or feature number (GeoJSON, from 1) for messages. */
  line: number;
  values: Record<string, string>;
  geometry?: unknown;
  /** Why this record cannot be used at all (e.g. a coordinate that is not a finite number): reported, not imported. */
  problem?: string;
}

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_DEPTH = 64;
export const MAX_VERTICES = 2_000_000;

function depthAndVertices(root: unknown): { depth: number; vertices: number } {
  let depth = 0;
  let vertices = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop() as [unknown, number];
    if (d > depth) depth = d;
    if (depth > MAX_DEPTH) break;
    if (Array.isArray(node)) {
      if (typeof node[0] === 'number') vertices += 1;
      else for (const child of node) stack.push([child, d + 1]);
    } else if (node && typeof node === 'object') {
      for (const child of Object.values(node)) stack.push([child, d + 1]);
    }
  }
  return { depth, vertices };
}

const asText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** True when any coordinate is far outside degrees: the file is in metres (British National Grid). */
function inMetres(geometry: unknown): boolean {
  let found = false;
  const visit = (c: unknown): void => {
    if (found || !Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') found = Math.abs(c[0]) > 1000 || Math.abs(c[1]) > 1000;
    else for (const child of c) visit(child);
  };
  visit((geometry as { coordinates?: unknown } | null)?.coordinates);
  return found;
}

/** The first coordinate that is not a finite number (1e999 parses as Infinity), or undefined. */
function firstNonFinite(geometry: unknown): unknown {
  let bad: unknown;
  const visit = (c: unknown): void => {
    if (bad !== undefined || !Array.isArray(c)) return;
    if (c.length > 0 && !Array.isArray(c[0])) {
      const wrong = c.find((v) => typeof v !== 'number' || !Number.isFinite(v));
      if (wrong !== undefined) bad = wrong;
    } else for (const child of c) visit(child);
  };
  visit((geometry as { coordinates?: unknown } | null)?.coordinates);
  return bad;
}

function convertFromGrid(c: unknown): unknown {
  if (!Array.isArray(c)) return c;
  if (typeof c[0] === 'number' && typeof c[1] === 'number') return fromBritishNationalGrid([c[0], c[1]]);
  return c.map(convertFromGrid);
}

/**
 * Reads GeoJSON (FeatureCollection, Feature or bare geometry) into records. A legacy `crs` naming
 * EPSG:27700, or metre-sized coordinates, is read as British National Grid and converted.
 */
export function readGeoJson(text: string): Result<{ records: ImportRecord[]; notices: string[] }> {
  if (text.length > MAX_FILE_BYTES) return refuse(fill(msg('The file is larger than {most} MB.'), { most: MAX_FILE_BYTES / 1024 / 1024 }));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(fill(msg('The file is not valid JSON: {reason}.'), { reason: error instanceof Error ? error.message : 'unreadable' }));
  }
  const { depth, vertices } = depthAndVertices(json);
  if (depth > MAX_DEPTH) return refuse(fill(msg('The file is nested more than {most} levels deep, which no GeoJSON needs.'), { most: MAX_DEPTH }));
  if (vertices > MAX_VERTICES) return refuse(fill(msg('The file has more than {most} coordinates; simplify it in QGIS first.'), { most: MAX_VERTICES.toLocaleString('en-GB') }));
  const root = json as { type?: unknown; features?: unknown; crs?: unknown; geometry?: unknown; properties?: unknown };
  const features: unknown[] =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? root.features
      : root.type === 'Feature'
        ? [root]
        : typeof root.type === 'string' && 'coordinates' in (root as object)
          ? [{ type: 'Feature', properties: {}, geometry: root }]
          : [];
  if (features.length === 0) return refuse(msg('No features found: expected a GeoJSON FeatureCollection, Feature or geometry.'));
  const legacyBng = /27700/.test(JSON.stringify(root.crs ?? ''));
  const notices: string[] = [];
  let converted = 0;
  const records = features.map((feature, i): ImportRecord => {
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown; id?: unknown };
    const props = f.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
    // Object.fromEntries makes own properties even for a "__proto__" key: nothing reaches a prototype.
    const values = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, asText(v)]));
    if (f.id !== undefined && values.id === undefined) values.id = asText(f.id);
    let geometry = f.geometry ?? null;
    const bad = firstNonFinite(geometry);
    if (bad !== undefined) {
      const shown = typeof bad === 'number' ? String(bad) : (JSON.stringify(bad) ?? String(bad));
      return { line: i + 1, values, problem: fill(msg('has a coordinate that is not a finite number ({value}): fix it in the file and import it again'), { value: shown.slice(0, 40) }) };
    }
    if (geometry && (legacyBng || inMetres(geometry))) {
      geometry = { ...(geometry as object), coordinates: convertFromGrid((geometry as { coordinates?: unknown }).coordinates) };
      converted += 1;
    }
    return { line: i + 1, values, geometry };
  });
  if (converted > 0)
    notices.push(
      fill(
        msg(
          '{count, plural, one {# feature was in British National Grid (EPSG:27700) and converted to longitude/latitude (approximate, to a few metres).} other {# features were in British National Grid (EPSG:27700) and converted to longitude/latitude (approximate, to a few metres).}}',
        ),
        { count: converted },
      ),
    );
  return ok({ records, notices });
}
