import { describe, expect, it } from 'vitest';
import { ActionSchema, MeetingSchema, defaultNextReview, planOrder, reviewState, weeksAfter, type Action } from '../../../src/model/action-plan';
import { SettingsSchema } from '../../../src/model/settings';

const at = '2026-11-29T09:00:00.000Z';
const group = '4b0c5d6e-7f80-4912-a3b4-c5d6e7f80912';
const action = (overrides: Partial<Record<string, unknown>>): Action =>
  ActionSchema.parse({ id: crypto.randomUUID(), actionGroupId: group, title: 'Lunch club', createdAt: at, updatedAt: at, ...overrides });

describe('a local action plan', () => {
  it('refuses dates that are not dates, unknown statuses, an empty title and a review before the action existed', () => {
    const problems = (input: Record<string, unknown>) => {
      const parsed = ActionSchema.safeParse({ id: crypto.randomUUID(), actionGroupId: group, title: 'Lunch club', createdAt: at, updatedAt: at, ...input });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    };
    expect(problems({ due: '31/12/2026' })).toEqual(['Must be a date written YYYY-MM-DD']);
    expect(problems({ due: '2026-02-30' })).toEqual(['Must be a date written YYYY-MM-DD']);
    expect(problems({ status: 'finished' })).toEqual(['Status must be one of: idea, agreed, under way, done, stopped']);
    expect(problems({ title: '   ' })).toEqual(['Give the action a title']);
    expect(problems({ nextReview: '2026-11-01' })).toEqual(['The next review cannot be before the action was added']);
    expect(problems({ progress: [{ date: '2026-12-01', note: '' }] })).toEqual(['Write what happened']);
    expect(problems({ due: '2027-01-31', status: 'under way', nextReview: '2027-01-10' })).toEqual([]);
    expect(MeetingSchema.safeParse({ id: crypto.randomUUID(), actionGroupId: group, date: 'next Tuesday', createdAt: at, updatedAt: at }).success).toBe(false);
  });

  it('counts review dates in whole weeks across months, years and the clock change', () => {
    expect(weeksAfter('2026-11-29', 6)).toBe('2027-01-10');
    expect(weeksAfter('2027-03-20', 1)).toBe('2027-03-27'); // British Summer Time starts 28 March
    expect(weeksAfter('2028-02-22', 1)).toBe('2028-02-29');
    expect(defaultNextReview({ progress: [] }, '2026-11-29', 6)).toBe('2027-01-10');
    expect(
      defaultNextReview(
        {
          progress: [
            { date: '2026-12-14', note: 'b' },
            { date: '2026-12-01', note: 'a' },
          ],
        },
        '2026-12-20',
        4,
      ),
    ).toBe('2027-01-11');
  });

  it('a new workspace reviews every six weeks and starts with a list of themes the team can change', () => {
    const settings = SettingsSchema.parse({});
    expect(settings.reviewWeeks).toBe(6);
    expect(settings.actionThemes).toContain('Food');
    expect(SettingsSchema.safeParse({ reviewWeeks: 0 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ actionThemes: [''] }).success).toBe(false);
  });

  it('puts overdue reviews first, then those due this week, and never asks to review what is done or stopped', () => {
    const today = '2026-12-10';
    const later = action({ title: 'Later', nextReview: '2027-01-20' });
    const overdue = action({ title: 'Overdue', nextReview: '2026-12-01' });
    const due = action({ title: 'Due', nextReview: '2026-12-15' });
    const done = action({ title: 'Done', status: 'done', nextReview: '2026-11-30' });
    const stopped = action({ title: 'Stopped', status: 'stopped', nextReview: '2026-11-30' });
    expect(reviewState(overdue, today)).toBe('overdue');
    expect(reviewState(due, today)).toBe('due');
    expect(reviewState(later, today)).toBe('later');
    expect(reviewState(done, today)).toBe('none');
    expect(planOrder([later, done, due, stopped, overdue], today).map((a) => a.title)).toEqual(['Overdue', 'Due', 'Later', 'Done', 'Stopped']);
  });
});
