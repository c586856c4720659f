import { z } from 'zod/mini';
import { fill, msg } from '../lib/i18n/msg';

/** Record ids are UUID strings (see DESIGN.md §3). */
export const IdSchema = z.uuid({ error: msg('The id must be a UUID') });
/** Instants are ISO 8601 with an offset, e.g. 2026-11-22T19:57:00.000Z. */
export const TimestampSchema = z.iso.datetime({ offset: true, error: msg('Must be an ISO 8601 date and time') });
/** Calendar dates are ISO 8601, e.g. 2026-11-22. */
export const DateSchema = z.iso.date({ error: msg('Must be a date written YYYY-MM-DD') });

/** A trimmed, single-line text of at most `max` characters; `missing` is said when it is absent. */
export const shortText = (max: number, label: string, missing = fill(msg('{label} is missing'), { label })) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : fill(msg('{label} must be text'), { label })) })
    .check(z.trim(), z.maxLength(max, fill(msg('{label} must be at most {max} characters'), { label, max })));

/** Free text that may be long but not unbounded (a pasted book would fill the tablet). */
export const longText = (label: string) =>
  z.string({ error: fill(msg('{label} must be text'), { label }) }).check(z.maxLength(10_000, fill(msg('{label} must be at most {max} characters'), { label, max: '10,000' })));
