/**
 * The database that holds a team's workspace, from the team's name as people type it ("Canal
 * Side" → "atlas-canal-side"). CouchDB database names are lower-case letters, digits and a few
 * signs, starting with a letter; the prefix keeps the app's databases apart from others.
 */
export function teamDatabaseName(team: string): string {
  const slug = team
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `atlas-${slug || 'team'}`;
}

/** A team's photos live in their own database beside the records' one ("atlas-canal-side-photos"). */
export const photoDatabaseName = (database: string) => `${database}-photos`;
