import { describe, expect, it } from 'vitest';
import { editedText, statusText } from '../../../src/ui/team-words';
import { teamDatabaseName } from '../../../src/sync/team-name';
import { differingFields, fieldText, mergeFields } from '../../../src/model/record-differences';

const now = new Date('2026-11-30T10:45:00.000Z');

describe('the team status in words', () => {
  it('says each state as the top bar shows it', () => {
    expect(statusText({ kind: 'synced', at: '2026-11-30T10:43:00.000Z' }, now)).toBe('Synced 2 min ago');
    expect(statusText({ kind: 'offline', waiting: 12 }, now)).toBe('Offline — 12 changes waiting');
    expect(statusText({ kind: 'syncing', done: 1200, total: 20000 }, now)).toBe('Syncing 1,200 of 20,000');
    expect(statusText({ kind: 'unreachable', waiting: 0 }, now)).toBe('Can’t reach the team server — will keep trying');
    expect(statusText({ kind: 'signed-out' }, now)).toBe('Signed out — sign in to sync');
    expect(statusText({ kind: 'no-access', team: 'Canal Side' }, now)).toBe('Your account cannot open team Canal Side');
    expect(editedText({ editedBy: 'Amina', editedAt: '2026-11-30T10:42:00.000Z', device: 'x' }, now)).toMatch(/^Amina, \d\d:42$/);
  });

  it('names a team database as CouchDB allows', () => {
    expect(teamDatabaseName('Canal Side')).toBe('atlas-canal-side');
    expect(teamDatabaseName('  Ōld Trafford & Co. ')).toBe('atlas-old-trafford-co');
    expect(teamDatabaseName('!!!')).toBe('atlas-team');
  });
});

describe('a conflict, field by field', () => {
  const mine = { id: '1', name: 'Hall', description: 'Big', tags: ['a'], updatedAt: 'x' };
  const theirs = { id: '1', name: 'Hall', description: 'Small', tags: ['a', 'b'], updatedAt: 'y' };
  it('lists the fields that differ (not the timestamps) and merges the picks', () => {
    expect(differingFields(mine, theirs)).toEqual(['description', 'tags']);
    expect(mergeFields(mine, theirs, new Set(['tags']))).toEqual({ ...mine, tags: ['a', 'b'] });
    expect(fieldText('tags', ['a', 'b'])).toBe('a, b');
    expect(fieldText('geometry', { type: 'Point', coordinates: [-2.3, 53.45] })).toBe('Point at -2.30000, 53.45000');
  });
});
