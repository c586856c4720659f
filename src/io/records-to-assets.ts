import { AssetSchema, type Asset } from '../model/asset';
import { AssetGeometrySchema, PointSchema, representativePoint } from '../model/geometry';
import { round7 } from '../lib/round';
import { fieldKey, fieldsOfType, fieldValue, type TypeField, type TypeFields } from '../model/type-fields';
import { CATEGORY_IDS, categoryFromText, categoryOfType, type CategoryId } from '../model/categories';
import { describeIssues } from '../model/problems';
import { personalExtraKeys } from '../model/personal-data';
import { isMissing, type LocationColumns } from './detect-columns';
import { parseWkt } from './parse-wkt';
import { toRfc7946 } from './geometry-out';
import { fromBritishNationalGrid } from './british-national-grid';
import type { ImportRecord } from './read-geojson';
import { fill, msg } from '../lib/i18n/msg';

export type MappedField = 'name' | 'type' | 'description' | 'address' | 'postcode' | 'uprn' | 'website' | 'email' | 'phone' | 'openingTimes' | 'id';

export interface ImportMapping {
  fields: Partial<Record<MappedField, string>>;
  /**
   * One category for every row, or each row's from a column. With `fromType`, a row whose type is
   * one a category suggests (group → associations) takes that category instead of the fixed one.
   */
  category: { fixed: CategoryId; fromType?: boolean } | { column: string };
  /** Used when no type column is mapped, e.g. "park" for a parks file. */
  defaultType: string;
  location: LocationColumns | { kind: 'geometry' };
  /** Where a row has nothing in the location's columns, the next of these that it has places it. */
  fallbacks?: readonly LocationColumns[];
  swapCoordinates: boolean;
  /** Coordinates written with decimal commas ("53,4412"), as European spreadsheets do with `;` between cells. */
  decimalComma?: boolean;
  /** Names the import in each asset's `source`, e.g. the file name. */
  source: string;
  /** Kept columns the coordinator marked as personal data (held back from files and prints). */
  personalColumns?: readonly string[];
  /** The team's fields per type: a column named like one of the row's type's fields fills it. */
  typeFields?: readonly TypeFields[];
}

export interface ImportContext {
  newId: () => string;
  now: string;
  existing: ReadonlyMap<string, Asset>;
  /** Postcode (any spacing, any case) → [lon, lat], from a postcode table the user imported. */
  postcodes?: ReadonlyMap<string, readonly [number, number]>;
}

export interface ImportOutcome {
  added: Asset[];
  updated: Asset[];
  unchanged: number;
  problems: { line: number; reason: string }[];
  /** Things done to rows that were imported (e.g. an unclosed ring closed): worth knowing, not problems. */
  notes: { line: number; reason: string }[];
}

const normalisePostcode = (p: string) => p.replace(/\s+/g, '').toUpperCase();
export { normalisePostcode };

/** Closes any ring that does not end where it starts (a common export slip), counting them. */
function closeRings(geometry: unknown, onClosed: () => void): unknown {
  const g = geometry as { type?: string; coordinates?: unknown };
  const close = (ring: unknown) => {
    if (!Array.isArray(ring) || ring.length < 3) return ring;
    const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
    if (first?.[0] === last?.[0] && first?.[1] === last?.[1]) return ring;
    onClosed();
    return [...ring, first];
  };
  if (g?.type === 'Polygon' && Array.isArray(g.coordinates)) return { ...g, coordinates: g.coordinates.map(close) };
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)) return { ...g, coordinates: g.coordinates.map((p: unknown) => (Array.isArray(p) ? p.map(close) : p)) };
  return geometry;
}

type Located = { geometry: unknown } | { reason: string };

/** Says how a row was placed, for the note on a row placed by a fallback. */
export function describeLocation(loc: LocationColumns | { kind: 'geometry' }): string {
  switch (loc.kind) {
    case 'geometry':
      return msg('its geometry');
    case 'lonlat':
      return fill(msg('longitude/latitude (“{x}”, “{y}”)'), { x: loc.lon, y: loc.lat });
    case 'bng':
      return fill(msg('British National Grid (“{x}”, “{y}”)'), { x: loc.easting, y: loc.northing });
    case 'wkt':
      return fill(msg('WKT (“{column}”)'), { column: loc.column });
    case 'postcode':
      return fill(msg('its postcode (“{column}”)'), { column: loc.column });
    case 'none':
      return msg('nothing');
  }
}

/**
 * Places a row by the chosen location, or, where the row has nothing there, by the first fallback
 * that places it (with a note saying so). A row no way places keeps the chosen location's reason.
 */
function locateWithFallback(record: ImportRecord, mapping: ImportMapping, context: ImportContext): Located & { note?: string } {
  const first = locate(record, mapping.location, mapping, context);
  if ('geometry' in first) return keepShape(first, record, mapping, context);
  if (!mapping.fallbacks) return first;
  for (const fallback of mapping.fallbacks) {
    const next = locate(record, fallback, mapping, context);
    if (!('geometry' in next)) continue;
    const how = describeLocation(fallback);
    // "it has no coordinates…" reads as a sentence; a reason that does not start with "has" stands alone.
    const note = first.reason.startsWith('has ')
      ? fill(msg('was placed by {how}: it {problem}'), { how, problem: first.reason })
      : fill(msg('was placed by {how}: {problem}'), { how, problem: first.reason });
    return { ...next, note };
  }
  return first;
}

/**
 * A row placed by longitude/latitude that also has a WKT shape whose label point is exactly those
 * coordinates (as this app's exports write a park's polygon) keeps the shape: the point was not
 * moved, so the park stays a polygon. Moved coordinates win over the old shape.
 */
function keepShape(located: { geometry: unknown }, record: ImportRecord, mapping: ImportMapping, context: ImportContext): { geometry: unknown } {
  const wkt = mapping.fallbacks?.find((l) => l.kind === 'wkt');
  const point = PointSchema.safeParse(located.geometry);
  if (mapping.location.kind !== 'lonlat' || !wkt || !point.success) return located;
  const shaped = locate(record, wkt, mapping, context);
  const shape = 'geometry' in shaped ? AssetGeometrySchema.safeParse(shaped.geometry) : null;
  if (!shape?.success || shape.data.type === 'Point') return located;
  const [x, y] = representativePoint(shape.data);
  const [px, py] = point.data.coordinates;
  return Math.abs(round7(x) - px) < 2e-7 && Math.abs(round7(y) - py) < 2e-7 ? { geometry: shape.data } : located;
}

function locate(record: ImportRecord, loc: LocationColumns | { kind: 'geometry' }, mapping: ImportMapping, context: ImportContext): Located {
  const v = (column: string) => record.values[column] ?? '';
  switch (loc.kind) {
    case 'geometry':
      if (!record.geometry) return { reason: msg('has no geometry') };
      return { geometry: mapping.swapCoordinates ? swapPairs(record.geometry) : record.geometry };
    case 'wkt': {
      if (isMissing(v(loc.column))) return { reason: fill(msg('has no value in “{column}”'), { column: loc.column }) };
      const parsed = parseWkt(v(loc.column));
      if (parsed && loc.britishNationalGrid) return { geometry: { ...parsed, coordinates: mapPairs(parsed.coordinates, fromBritishNationalGrid) } };
      return parsed ? { geometry: parsed } : { reason: fill(msg('“{value}” is not WKT this app reads (POINT, POLYGON or MULTIPOLYGON)'), { value: v(loc.column).slice(0, 40) }) };
    }
    case 'lonlat':
    case 'bng': {
      const [a, b] = loc.kind === 'lonlat' ? [loc.lon, loc.lat] : [loc.easting, loc.northing];
      if (isMissing(v(a)) || isMissing(v(b))) return { reason: fill(msg('has no coordinates in “{x}” and “{y}”'), { x: a, y: b }) };
      let x = readNumber(v(a), mapping.decimalComma);
      let y = readNumber(v(b), mapping.decimalComma);
      if (!Number.isFinite(x) || !Number.isFinite(y)) return { reason: fill(msg('has coordinates that are not numbers (“{x}”, “{y}”)'), { x: v(a), y: v(b) }) };
      if (mapping.swapCoordinates) [x, y] = [y, x];
      const point = loc.kind === 'bng' ? fromBritishNationalGrid([x, y]) : [x, y];
      return { geometry: { type: 'Point', coordinates: point } };
    }
    case 'postcode': {
      const code = v(loc.column);
      if (isMissing(code)) return { reason: fill(msg('has no postcode in “{column}”'), { column: loc.column }) };
      const found = context.postcodes?.get(normalisePostcode(code));
      return found ? { geometry: { type: 'Point', coordinates: [...found] } } : { reason: fill(msg('postcode “{postcode}” is not in the imported postcode table'), { postcode: code }) };
    }
    case 'none':
      return { reason: msg('has no location') };
  }
}

/** A number as a spreadsheet wrote it; with `decimalComma`, "53,4412" is 53.4412. */
function readNumber(text: string, decimalComma = false): number {
  const trimmed = text.trim();
  return Number(decimalComma && /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
}

/** Every [x, y] pair of nested coordinates through `f`. */
function mapPairs(coordinates: unknown, f: (pair: [number, number]) => readonly number[]): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  return typeof coordinates[0] === 'number' ? [...f([Number(coordinates[0]), Number(coordinates[1])])] : coordinates.map((c) => mapPairs(c, f));
}

/** A geometry with every [x, y] pair turned into [y, x]: for files written as [latitude, longitude]. */
function swapPairs(geometry: unknown): unknown {
  const swap = (c: unknown): unknown => (Array.isArray(c) ? (typeof c[0] === 'number' ? [c[1], c[0], ...c.slice(2)] : c.map(swap)) : c);
  const g = geometry as { coordinates?: unknown };
  return { ...g, coordinates: swap(g.coordinates) };
}

/** The first [x, y] of a geometry, for checking which way round a file wrote its coordinates. */
function firstPair(geometry: unknown): readonly [number, number] | null {
  let c = (geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}

/**
 * True when a file's coordinates look swapped: the "longitude" values read like UK latitudes and
 * vice versa. CSV columns, or GeoJSON geometries written [latitude, longitude].
 */
export function looksSwapped(records: readonly ImportRecord[], loc: LocationColumns | { kind: 'geometry' }, decimalComma = false): boolean {
  const sample = records.slice(0, 200);
  const raw =
    loc.kind === 'lonlat'
      ? sample.map((r) => [readNumber(r.values[loc.lon] ?? '', decimalComma), readNumber(r.values[loc.lat] ?? '', decimalComma)] as const)
      : loc.kind === 'geometry'
        ? sample.map((r) => firstPair(r.geometry)).filter((p) => p !== null)
        : [];
  const pairs = raw.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (pairs.length === 0) return false;
  const outOfRange = pairs.filter(([, y]) => Math.abs(y) > 90 && Math.abs(y) <= 180).length;
  const ukSwapped = pairs.filter(([x, y]) => x >= 49 && x <= 61 && y >= -9 && y <= 3).length;
  return outOfRange > pairs.length / 2 || ukSwapped > pairs.length / 2;
}

/**
 * A row's kept columns with those named like its type's fields ("Café", "cafe", "CAFE" for the
 * park's `cafe`) moved onto the field, in the field's spelling ("1" → "yes"). A value the field
 * cannot hold is kept as it came, with a note.
 */
function ontoTypeFields(extra: Record<string, string>, fields: readonly TypeField[]): { extra: Record<string, string>; notes: string[] } {
  if (fields.length === 0) return { extra, notes: [] };
  const out: Record<string, string> = {};
  const notes: string[] = [];
  for (const [column, raw] of Object.entries(extra)) {
    const key = fieldKey(column);
    const field = fields.find((f) => f.key === key || fieldKey(f.label) === key);
    if (!field) {
      out[column] = raw;
      continue;
    }
    const read = fieldValue(field, raw);
    if ('problem' in read) notes.push(fill(msg('{problem}; kept as it was'), { problem: read.problem }));
    out[field.key] = 'value' in read ? read.value : raw;
  }
  return { extra: out, notes };
}

/** Columns this app writes on export: read back as fields (or ignored when derived), never as extras. */
export const OWN_EXPORT_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'category',
  'category_label',
  'type',
  'description',
  'tags',
  'address',
  'postcode',
  'uprn',
  'website',
  'accessibility',
  'opening_times',
  'cost',
  'status',
  'verified_at',
  'source',
  'created_at',
  'updated_at',
  'neighbourhood_ids',
  'neighbourhood_names',
  'neighbourhood_codes',
  'links',
  'link_names',
  'photo_count',
  'connector',
  'gifts',
  'cares_about',
  'would_share',
  'contact_name',
  'phone',
  'email',
  'consent_status',
  'consent_date',
  'consent_purpose',
  'longitude',
  'latitude',
  'easting',
  'northing',
  'wkt',
]);
/** A file this app exported: it has columns no other file has together. */
export const isOwnExport = (columns: Readonly<Record<string, unknown>>) => 'category_label' in columns && 'photo_count' in columns && 'neighbourhood_ids' in columns;

/** The fields our own export carries beyond the mapped ones, read back so a round trip changes nothing. */
function ownExportFields(values: Record<string, string>): Record<string, unknown> {
  const text = (k: string) => (isMissing(values[k]) ? undefined : values[k]);
  return {
    tags: (values.tags ?? '')
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean),
    status: text('status') ?? 'active',
    cost: text('cost'),
    accessibility: values.accessibility ?? '',
    verifiedAt: text('verified_at'),
    description: values.description ?? '',
    // A group's mark comes back; a person's only with the consent the stored record holds (below).
    connector: values.connector === 'yes' && values.category !== 'individuals',
  };
}

/**
 * Which kept columns hold personal data: those marked in this import, and those already marked on
 * the stored asset. Undefined (the names decide) when this import was not asked and none were marked.
 */
function markPersonal(extra: Record<string, string>, marked: readonly string[] | undefined, existing: Asset | undefined): string[] | undefined {
  if (!marked) return existing?.personalColumns;
  const personal = new Set([...marked, ...(existing ? personalExtraKeys(existing) : [])]);
  const keys = Object.keys(extra).filter((k) => personal.has(k));
  return keys.length > 0 || existing?.personalColumns ? keys : Object.keys(extra).length > 0 ? [] : undefined;
}

const sameExceptTime = (a: Asset, b: Asset) => JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/**
 * Turns records into assets by the mapping. Every record is either an asset or a problem with its
 * line number and reason; a record whose id is already in the workspace updates that asset.
 */
export function recordsToAssets(records: readonly ImportRecord[], mapping: ImportMapping, context: ImportContext): ImportOutcome {
  const outcome: ImportOutcome = { added: [], updated: [], unchanged: 0, problems: [], notes: [] };
  const mapped = new Set(Object.values(mapping.fields));
  const locationColumns = [mapping.location, ...(mapping.fallbacks ?? [])].flatMap((loc) =>
    Object.entries(loc)
      .filter(([k, v]) => k !== 'kind' && typeof v === 'string')
      .map(([, c]) => String(c)),
  );
  if ('column' in mapping.category) mapped.add(mapping.category.column);
  for (const record of records) {
    if (record.problem) {
      outcome.problems.push({ line: record.line, reason: record.problem });
      continue;
    }
    const get = (field: MappedField) => {
      const column = mapping.fields[field];
      const value = column ? record.values[column] : undefined;
      return value === undefined || isMissing(value) ? undefined : value.trim();
    };
    const type = get('type') ?? mapping.defaultType;
    const category =
      'fixed' in mapping.category ? ((mapping.category.fromType ? categoryOfType(type) : null) ?? mapping.category.fixed) : categoryFromText(record.values[mapping.category.column] ?? '');
    if (!category) {
      outcome.problems.push({
        line: record.line,
        reason: fill(msg('category “{value}” is not one of {categories}'), { value: record.values[(mapping.category as { column: string }).column] ?? '', categories: CATEGORY_IDS.join(', ') }),
      });
      continue;
    }
    const located = locateWithFallback(record, mapping, context);
    if ('reason' in located && category !== 'individuals') {
      outcome.problems.push({ line: record.line, reason: located.reason });
      continue;
    }
    let closed = 0;
    const geometry = 'geometry' in located ? closeRings(located.geometry, () => (closed += 1)) : null;
    const id = get('id');
    const existing = id ? context.existing.get(id) : undefined;
    const own = isOwnExport(record.values);
    const kept = Object.fromEntries(Object.entries(record.values).filter(([k, v]) => !mapped.has(k) && !locationColumns.includes(k) && !isMissing(v) && !(own && OWN_EXPORT_COLUMNS.has(k))));
    const { extra, notes: fieldNotes } = ontoTypeFields(kept, fieldsOfType(mapping.typeFields ?? [], type));
    // On an update, a field changes only when the file has its column: an export made without
    // personal data must not wipe the phone numbers and emails kept on the device.
    const present = (field: MappedField) => mapping.fields[field] !== undefined && (mapping.fields[field] as string) in record.values;
    const take = <T>(field: MappedField, fallback: T) => (existing && !present(field) ? fallback : get(field));
    const website = take('website', existing?.contact.website);
    // A foreign id (not one of ours) is kept under its own column name, e.g. the council's "ID".
    const mergedExtra = { ...(existing?.extra ?? {}), ...(id && !existing ? { [mapping.fields.id ?? 'source_id']: id } : {}), ...extra };
    const personalColumns = markPersonal(mergedExtra, mapping.personalColumns, existing);
    // Council site lists often leave small sites unnamed (294 of Trafford's 427 green spaces):
    // they still exist, so they are named after their type and row rather than refused. People are not.
    const unnamed = !get('name') && !existing && type.trim() !== '' && category !== 'individuals';
    const candidate = {
      ...(existing ?? {}),
      id: existing?.id ?? context.newId(),
      name: unnamed ? `Unnamed ${type.trim().toLowerCase()} (${record.line})` : (get('name') ?? ''),
      category,
      type,
      description: take('description', existing?.description) ?? '',
      address: take('address', existing?.address),
      postcode: take('postcode', existing?.postcode),
      uprn: take('uprn', existing?.uprn)?.replace(/\.0+$/, ''),
      contact: {
        ...(existing?.contact ?? {}),
        website: website && !/^https?:\/\//i.test(website) ? `https://${website}` : website,
        email: take('email', existing?.contact.email),
        phone: take('phone', existing?.contact.phone),
      },
      openingTimes: take('openingTimes', existing?.openingTimes) ?? '',
      geometry,
      source: existing?.source ?? mapping.source,
      extra: mergedExtra,
      ...(personalColumns ? { personalColumns } : {}),
      createdAt: existing?.createdAt ?? context.now,
      updatedAt: context.now,
      person: existing?.person ?? (category === 'individuals' ? { consent: { status: 'not-asked' as const }, exactLocation: false } : undefined),
      ...(own ? ownExportFields(record.values) : {}),
      ...(existing?.connector && category === 'individuals' ? { connector: true } : {}),
    };
    const parsed = AssetSchema.safeParse(candidate);
    if (!parsed.success) {
      outcome.problems.push({ line: record.line, reason: describeIssues(parsed.error).join('; ') });
      continue;
    }
    // Stored as it will be exported (7 decimals, right-hand winding), so a round trip changes nothing.
    if (parsed.data.geometry) parsed.data.geometry = toRfc7946(parsed.data.geometry);
    if (unnamed) outcome.notes.push({ line: record.line, reason: fill(msg('had no name; imported as “{name}”'), { name: parsed.data.name }) });
    if (located.note) outcome.notes.push({ line: record.line, reason: located.note });
    for (const note of fieldNotes) outcome.notes.push({ line: record.line, reason: note });
    if (closed > 0) outcome.notes.push({ line: record.line, reason: fill(msg('{count, plural, one {# unclosed ring was closed} other {# unclosed rings were closed}}'), { count: closed }) });
    if (!existing) outcome.added.push(parsed.data);
    else if (sameExceptTime(existing, parsed.data)) outcome.unchanged += 1;
    else outcome.updated.push(parsed.data);
  }
  return outcome;
}
