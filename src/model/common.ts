import { z } from 'zod';

/** Record ids are UUID strings (see DESIGN.md §3). */
export const IdSchema = z.uuid({ error: 'The id must be a UUID' });
/** Instants are ISO 8601 with an offset, e.g. 2026-11-22T19:57:00.000Z. */
export const TimestampSchema = z.iso.datetime({ offset: true, error: 'Must be an ISO 8601 date and time' });
/** Calendar dates are ISO 8601, e.g. 2026-11-22. */
export const DateSchema = z.iso.date({ error: 'Must be a date written YYYY-MM-DD' });

/** A trimmed, single-line text of at most `max` characters; `missing` is said when it is absent. */
export const shortText = (max: number, label: string, missing = `${label} is missing`) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : `${label} must be text`) })
    .trim()
    .max(max, `${label} must be at most ${max} characters`);

/** Free text that may be long but not unbounded (a pasted book would fill the tablet). */
export const longText = (label: string) => z.string({ error: `${label} must be text` }).max(10_000, `${label} must be at most 10,000 characters`);
