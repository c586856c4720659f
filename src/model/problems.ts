import type { z } from 'zod/mini';
import { err, ok, type Problem, type Result } from '../lib/result';
import { msg } from '../lib/i18n/msg';

/** Field names as problems say them; marked for the catalogue, so the UI says them in the chosen language. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: msg('Name'),
  category: msg('Category'),
  type: msg('Type'),
  geometry: msg('Location'),
  coordinates: msg('Coordinates'),
  contact: msg('Contact'),
  email: msg('Email'),
  website: msg('Website'),
  phone: msg('Phone'),
  person: msg('Person'),
  consent: msg('Consent'),
  uprn: msg('UPRN'),
  tags: msg('Tags'),
  status: msg('Status'),
  cost: msg('Cost'),
  createdAt: msg('Created'),
  updatedAt: msg('Updated'),
  verifiedAt: msg('Last verified'),
  id: msg('Id'),
  title: msg('Title'),
  due: msg('Due date'),
  nextReview: msg('Next review'),
  date: msg('Date'),
  note: msg('Note'),
  progress: msg('Progress'),
  members: msg('Partners'),
  code: msg('Code'),
  notes: msg('Notes'),
  description: msg('Description'),
  address: msg('Address'),
  postcode: msg('Postcode'),
};

/** Where in a record a problem is, in words a coordinator reads: "Contact › Email". */
function describePath(path: readonly PropertyKey[]): string {
  const keys = path.filter((key): key is string => typeof key === 'string');
  // A geometry's own `type` member is an implementation detail: "Location" says enough.
  const words = keys.filter((key, i) => !(key === 'type' && keys[i - 1] === 'geometry')).map((key) => FIELD_LABELS[key] ?? key);
  return [...new Set(words)].join(' \u203a ');
}

/** Turns a zod error into one readable sentence per problem, e.g. "Name: Give the asset a name". */
export function describeIssues(error: z.core.$ZodError): string[] {
  const lines = error.issues.map((issue) => {
    const where = describePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return [...new Set(lines)];
}

/**
 * A zod error as problems: one readable sentence each ("Name: Give the asset a name"), with the
 * top-level field it belongs to so a form can show it there.
 */
export function issueProblems(error: z.core.$ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const where = describePath(issue.path);
    const message = where ? `${where}: ${issue.message}` : issue.message;
    if (problems.some((p) => p.message === message)) continue;
    const field = issue.path.find((key): key is string => typeof key === 'string');
    problems.push(field ? { message, field } : { message });
  }
  return problems;
}

/** Parses untrusted input with a schema; the error is the list of readable problems. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(issueProblems(parsed.error));
}
