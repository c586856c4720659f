import { describe, expect, it } from 'vitest';
import { addMember, addProgress, saveAction, saveMeeting, setActionStatus, startActionGroup, type ActionDetails } from '../../../../src/actions/intents/action-plans';
import { deleteNeighbourhood } from '../../../../src/actions/intents/neighbourhoods';
import { setPlanSettings } from '../../../../src/actions/intents/settings';
import type { ActionGroup } from '../../../../src/model/action-plan';
import type { Plan } from '../../../../src/actions/intents/intent';
import type { Result } from '../../../../src/lib/result';
import { area, asset, fixedContext, viewWith } from './fixtures';

const ward = area({ name: 'Gorse Hill' });
const hall = asset({ name: 'St Mary’s Hall', category: 'physical', type: 'hall' });
const agreed = asset({ name: 'Gloria M.', category: 'individuals', geometry: null, person: { consent: { status: 'given', date: '2026-01-10', purpose: 'Action group' }, exactLocation: false } });
const notAsked = asset({ name: 'Sam P.', category: 'individuals', geometry: null, person: { consent: { status: 'not-asked' }, exactLocation: false } });

const planned = <T>(result: Result<Plan<T>>): Plan<T> => {
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('; '));
  return result.value;
};

describe('action group intents, without a database', () => {
  const start = planned(startActionGroup(viewWith({ neighbourhoods: [ward] }), { neighbourhoodId: ward.id, name: '' }, fixedContext()));
  const group = start.value;

  it('starts one group per neighbourhood, named after it unless given a name', () => {
    expect(group.name).toBe('Gorse Hill action group');
    expect(start.change?.label).toBe('Start “Gorse Hill action group”');
    const again = startActionGroup(viewWith({ neighbourhoods: [ward], actionGroups: [group] }), { neighbourhoodId: ward.id, name: 'Second' }, fixedContext());
    expect(!again.ok && again.error[0]?.message).toBe('“Gorse Hill” already has an action group.');
  });

  it('adds partners from the map or by name, never a person who has not consented, never twice', () => {
    const view = viewWith({ neighbourhoods: [ward], actionGroups: [group], assets: [hall, agreed, notAsked] });
    const fromMap = planned(addMember(view, { groupId: group.id, member: { assetId: hall.id } }, fixedContext()));
    expect(fromMap.change?.label).toBe('Add “St Mary’s Hall” to “Gorse Hill action group”');
    const named = planned(addMember(view, { groupId: group.id, member: { name: ' Priya Shah ', organisation: 'Trafford Council' } }, fixedContext()));
    expect(named.value).toMatchObject({ name: 'Priya Shah', organisation: 'Trafford Council' });
    expect(addMember(view, { groupId: group.id, member: { assetId: agreed.id } }, fixedContext()).ok).toBe(true);
    const refused = addMember(view, { groupId: group.id, member: { assetId: notAsked.id } }, fixedContext());
    expect(!refused.ok && refused.error[0]).toMatchObject({ field: 'partner', message: '“Sam P.” has not given consent to be recorded, so cannot be a named partner.' });
    const withHall = fromMap.change?.actionGroups?.put?.[0] as ActionGroup;
    const twice = addMember(viewWith({ actionGroups: [withHall], assets: [hall] }), { groupId: group.id, member: { assetId: hall.id } }, fixedContext());
    expect(!twice.ok && twice.error[0]?.message).toBe('“St Mary’s Hall” is already a partner.');
    const blank = addMember(view, { groupId: group.id, member: { name: '  ' } }, fixedContext());
    expect(!blank.ok && blank.error[0]?.field).toBe('partner-name');
  });

  it('adds an action reviewed after the team’s interval, and a review moves the next one on', () => {
    const withHall = planned(addMember(viewWith({ actionGroups: [group], assets: [hall] }), { groupId: group.id, member: { assetId: hall.id } }, fixedContext())).change?.actionGroups
      ?.put?.[0] as ActionGroup;
    const lead = withHall.members[0]?.id ?? '';
    const details: ActionDetails = {
      id: null,
      groupId: group.id,
      title: 'Community lunch',
      buildsOn: [hall.id, hall.id],
      leadMemberId: lead,
      theme: 'Food',
      due: '2027-03-01',
      status: 'agreed',
      nextReview: '',
    };
    const view = viewWith({ actionGroups: [withHall], assets: [hall, notAsked], settings: { ...viewWith().settings, reviewWeeks: 4 } });
    const added = planned(saveAction(view, details, fixedContext()));
    expect(added.value).toMatchObject({ title: 'Community lunch', buildsOn: [hall.id], status: 'agreed', nextReview: '2026-12-27', leadMemberId: lead });
    const reviewed = planned(addProgress({ ...view, actions: [added.value] }, { id: added.value.id, date: '2027-01-05', note: 'Hall booked for Fridays' }, fixedContext()));
    expect(reviewed.value.nextReview).toBe('2027-02-02');
    expect(reviewed.change?.label).toBe('Review “Community lunch”');
    const done = planned(setActionStatus({ ...view, actions: [reviewed.value] }, { id: added.value.id, status: 'done' }, fixedContext()));
    expect(done.change?.label).toBe('Mark “Community lunch” done');
    const person = saveAction(view, { ...details, buildsOn: [notAsked.id] }, fixedContext());
    expect(!person.ok && person.error[0]?.field).toBe('builds-on');
    const stranger = saveAction(view, { ...details, leadMemberId: '00000000-0000-4000-8000-999999999999' }, fixedContext());
    expect(!stranger.ok && stranger.error[0]?.message).toBe('The lead must be a partner of the group.');
    const badDate = saveAction(view, { ...details, due: '2027-13-01' }, fixedContext());
    expect(!badDate.ok && badDate.error[0]?.message).toContain('YYYY-MM-DD');
  });

  it('keeps only partners as attendees, and deleting the neighbourhood takes its group, meetings and actions in one step', () => {
    const withHall = planned(addMember(viewWith({ actionGroups: [group], assets: [hall] }), { groupId: group.id, member: { assetId: hall.id } }, fixedContext())).change?.actionGroups
      ?.put?.[0] as ActionGroup;
    const member = withHall.members[0]?.id ?? '';
    const meeting = planned(
      saveMeeting(
        viewWith({ actionGroups: [withHall] }),
        { id: null, groupId: group.id, date: '2026-12-03', attendeeIds: [member, '00000000-0000-4000-8000-999999999999'], notes: '' },
        fixedContext(),
      ),
    ).value;
    expect(meeting.attendeeIds).toEqual([member]);
    const gone = planned(deleteNeighbourhood(viewWith({ neighbourhoods: [ward], actionGroups: [withHall], meetings: [meeting] }), { id: ward.id }, fixedContext()));
    expect(gone.change?.actionGroups?.remove).toEqual([group.id]);
    expect(gone.change?.meetings?.remove).toEqual([meeting.id]);
  });

  it('takes the team’s themes one per line and the weeks between reviews, refusing nonsense', () => {
    const saved = planned(setPlanSettings(viewWith(), { themes: ' Food \n\nFood\nCanal ', reviewWeeks: 4 }, fixedContext()));
    expect(saved.settings).toEqual({ actionThemes: ['Food', 'Canal'], reviewWeeks: 4 });
    const none = setPlanSettings(viewWith(), { themes: '  ', reviewWeeks: 4 }, fixedContext());
    expect(!none.ok && none.error[0]).toMatchObject({ field: 'actionThemes', message: 'Keep at least one theme.' });
    const weeks = setPlanSettings(viewWith(), { themes: 'Food', reviewWeeks: 0 }, fixedContext());
    expect(!weeks.ok && weeks.error[0]?.field).toBe('reviewWeeks');
  });
});
