import { z } from 'zod/mini';
import { err, messagesOf, ok, refuse, type Result } from '../lib/result';
import { SettingsSchema, TEAM_SETTING_KEYS, type TeamSettings } from '../model/settings';
import { validateRecord } from '../store/records';
import type { RecordKinds } from '../model/change';
import { AuthorshipSchema, parseDocId, TEAM_SETTINGS_ID, type Authorship, type TeamKind } from './team-documents';
import { fill, msg } from '../lib/i18n/msg';

/** What a team document means for this device, once it has passed every check. */
export type Incoming = Authorship &
  ({ what: 'record'; kind: TeamKind; id: string; record: RecordKinds[TeamKind] } | { what: 'deleted'; kind: TeamKind; id: string } | { what: 'settings'; settings: TeamSettings });

/** The longest text any field may hold in a team document (a description is at most 10,000). */
export const MAX_TEXT = 20_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Markup a record never holds: it could only be there to be shown as HTML somewhere. */
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta)\b|javascript\s*:/i;

/** The first thing in a document that no record of ours can hold, as a reason; null when clean. */
export function hostileContent(value: unknown, depth = 0): string | null {
  if (depth > 40) return msg('is nested too deeply');
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT) return fill(msg('has a text of {length} characters (the most is {most})'), { length: value.length.toLocaleString('en-GB'), most: MAX_TEXT.toLocaleString('en-GB') });
    if (MARKUP.test(value)) return msg('contains markup (such as <script>), which no record holds');
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return fill(msg('carries a "{key}" key'), { key });
    const inner = hostileContent((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

const DocShape = z.extend(AuthorshipSchema, {
  _id: z.string(),
  kind: z.string(),
  deleted: z.optional(z.literal(true)),
  record: z.optional(z.unknown()),
  settings: z.optional(z.unknown()),
});

/** A name to say which document failed: its record's name when it has one, else its id. */
function labelOf(raw: unknown): string {
  const record = (raw as { record?: { name?: unknown } } | null)?.record;
  const id = (raw as { _id?: unknown } | null)?._id;
  if (record && typeof record.name === 'string' && record.name.length <= 200 && !MARKUP.test(record.name)) return `\u201c${record.name}\u201d`;
  return typeof id === 'string' ? id.slice(0, 80) : 'a document';
}

/**
 * Checks a document from the team with the same schemas as a local write, and more: no prototype
 * keys, no oversize text, no markup. A refusal is one line saying which document and why; the
 * document is then listed for the user and never written.
 */
export function readTeamDoc(raw: unknown): Result<Incoming> {
  const label = labelOf(raw);
  const hostile = hostileContent(raw);
  if (hostile) return refuse(fill(msg('{record} {problem}'), { record: label, problem: hostile }));
  const shape = DocShape.safeParse(raw);
  if (!shape.success) return refuse(fill(msg('{record} is not shaped as a team record (it lacks who wrote it, when, or its kind)'), { record: label }));
  const doc = shape.data;
  const authorship: Authorship = { editedBy: doc.editedBy, editedAt: doc.editedAt, device: doc.device };
  if (doc._id === TEAM_SETTINGS_ID) {
    const parsed = z.pick(SettingsSchema, Object.fromEntries(TEAM_SETTING_KEYS.map((k) => [k, true])) as Record<(typeof TEAM_SETTING_KEYS)[number], true>).safeParse(doc.settings);
    return parsed.success
      ? ok({ ...authorship, what: 'settings', settings: parsed.data })
      : refuse(fill(msg('The team’s settings are not valid: {problem}'), { problem: parsed.error.issues[0]?.message ?? '' }));
  }
  const named = parseDocId(doc._id);
  if (!named || named.kind !== doc.kind) return refuse(fill(msg('{record} is not a kind of record the app knows'), { record: label }));
  if (doc.deleted) return ok({ ...authorship, what: 'deleted', kind: named.kind, id: named.id });
  const checked = validateRecord(named.kind, doc.record);
  if (!checked.ok) return err(messagesOf(checked.error).map((message) => ({ message, recordId: named.id })));
  if (checked.value.id !== named.id) return refuse(fill(msg('{record} says it is {id} but is filed as {filed}'), { record: label, id: checked.value.id, filed: named.id }));
  return ok({ ...authorship, what: 'record', kind: named.kind, id: named.id, record: checked.value });
}
