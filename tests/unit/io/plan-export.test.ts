import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ActionGroupSchema, ActionSchema, MeetingSchema } from '../../../src/model/action-plan';
import { AssetSchema } from '../../../src/model/asset';
import { A_RESIDENT, planSheet } from '../../../src/model/plan-sheet';
import { actionsCsv, meetingsCsv } from '../../../src/io/plan-export';
import { makeAsset } from '../factories';

const at = '2026-11-29T09:00:00.000Z';
const hall = AssetSchema.parse(makeAsset({ name: 'St Mary’s Hall', category: 'physical', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } }));
const cook = AssetSchema.parse(
  makeAsset({ name: 'Gloria M.', category: 'individuals', geometry: null, person: { consent: { status: 'given', date: '2026-01-10', purpose: 'Lunch club' }, exactLocation: false } }),
);
const group = ActionGroupSchema.parse({
  id: crypto.randomUUID(),
  neighbourhoodId: crypto.randomUUID(),
  name: 'Gorse Hill action group',
  members: [
    { id: crypto.randomUUID(), assetId: cook.id },
    { id: crypto.randomUUID(), name: 'Priya Shah', organisation: 'Trafford Council' },
  ],
  createdAt: at,
  updatedAt: at,
});
const [gloria, priya] = group.members;
const lunch = ActionSchema.parse({
  id: crypto.randomUUID(),
  actionGroupId: group.id,
  title: '=HYPERLINK("http://x.example","Lunch")',
  buildsOn: [hall.id, cook.id],
  leadMemberId: gloria?.id,
  status: 'under way',
  nextReview: '2027-01-10',
  progress: [{ date: '2026-12-01', note: 'Hall booked' }],
  createdAt: at,
  updatedAt: at,
});
const walk = ActionSchema.parse({ id: crypto.randomUUID(), actionGroupId: group.id, title: 'Walk', leadMemberId: priya?.id, status: 'done', createdAt: at, updatedAt: at });
const meeting = MeetingSchema.parse({ id: crypto.randomUUID(), actionGroupId: group.id, date: '2026-12-03', attendeeIds: [gloria?.id, priya?.id], notes: 'First', createdAt: at, updatedAt: at });
const read = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true }).data;

describe('the plan on paper and in spreadsheets', () => {
  it('names a person as “A resident” and leaves them off the map unless people are included', () => {
    const hidden = planSheet(group, [lunch, walk], [meeting], [hall, cook], false, '2026-12-10');
    expect(hidden.key.map((k) => k.name)).toEqual(['St Mary’s Hall']);
    expect(hidden.rows[0]).toMatchObject({ buildsOn: '1; 1 not shown', lead: A_RESIDENT, lastNote: '2026-12-01: Hall booked' });
    expect(hidden.partners).toEqual([A_RESIDENT, 'Priya Shah (Trafford Council)']);
    expect(hidden.lastMeeting?.date).toBe('2026-12-03');
    const shown = planSheet(group, [lunch, walk], [meeting], [hall, cook], true, '2026-12-10');
    expect(shown.key.map((k) => k.name)).toEqual(['Gloria M.', 'St Mary’s Hall']); // the key's order: by category, people first
    expect(shown.rows[0]?.lead).toBe('Gloria M.');
    expect(shown.mapped.map((a) => a.name)).toEqual(['St Mary’s Hall']); // a person has no place to draw
  });

  it('writes actions and meetings as CSV safe to open in Excel, assets by id and by name', () => {
    const csv = actionsCsv(group, undefined, [lunch, walk], [hall, cook], false);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [first, second] = read(csv);
    expect(first?.title).toBe('\'=HYPERLINK("http://x.example","Lunch")');
    expect(first).toMatchObject({ builds_on_ids: `${hall.id}; ${cook.id}`, builds_on: `St Mary’s Hall; ${A_RESIDENT}`, lead: A_RESIDENT, progress: '2026-12-01: Hall booked', status: 'under way' });
    expect(second).toMatchObject({ title: 'Walk', lead: 'Priya Shah (Trafford Council)', status: 'done' });
    expect(read(actionsCsv(group, undefined, [lunch], [hall, cook], true))[0]?.lead).toBe('Gloria M.');
    expect(read(meetingsCsv(group, undefined, [meeting], [hall, cook], false))[0]).toMatchObject({ date: '2026-12-03', attended: `${A_RESIDENT}; Priya Shah (Trafford Council)`, attended_count: '2' });
  });
});
