import type { z } from 'zod';
import { err, ok, type Problem, type Result } from '../lib/result';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  category: 'Category',
  type: 'Type',
  geometry: 'Location',
  coordinates: 'Coordinates',
  contact: 'Contact',
  email: 'Email',
  website: 'Website',
  phone: 'Phone',
  person: 'Person',
  consent: 'Consent',
  uprn: 'UPRN',
  tags: 'Tags',
  status: 'Status',
  cost: 'Cost',
  createdAt: 'Created',
  updatedAt: 'Updated',
  verifiedAt: 'Last verified',
  id: 'Id',
  title: 'Title',
  due: 'Due date',
  nextReview: 'Next review',
  date: 'Date',
  note: 'Note',
  progress: 'Progress',
  members: 'Partners',
};

/** Where in a record a problem is, in words a coordinator reads: "Contact › Email". */
function describePath(path: readonly PropertyKey[]): string {
  const keys = path.filter((key): key is string => typeof key === 'string');
  // A geometry's own `type` member is an implementation detail: "Location" says enough.
  const words = keys.filter((key, i) => !(key === 'type' && keys[i - 1] === 'geometry')).map((key) => FIELD_LABELS[key] ?? key);
  return [...new Set(words)].join(' \u203a ');
}

/** Turns a zod error into one readable sentence per problem, e.g. "Name: Give the asset a name". */
export function describeIssues(error: z.ZodError): string[] {
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
export function issueProblems(error: z.ZodError): Problem[] {
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
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(issueProblems(parsed.error));
}
