import { describe, expect, it } from 'vitest';
import { runIntent, type IntentTarget } from '../../../src/actions/run-intent';
import type { Intent, WorkspaceView } from '../../../src/actions/intents/intent';
import type { Change } from '../../../src/model/change';
import type { Settings } from '../../../src/model/settings';
import { err, ok, refuse } from '../../../src/lib/result';
import { fixedContext, viewWith } from './intents/fixtures';

/** A target that records what it was asked to write, and can be told to fail like a full device. */
function fakeTarget(failWith?: string) {
  const calls: { apply: Change[]; forget: [Change, readonly string[]][]; settings: Partial<Settings>[] } = { apply: [], forget: [], settings: [] };
  const outcome = async () => (failWith ? err({ message: failWith, details: ['QuotaExceededError'] }) : ok(undefined));
  const target: IntentTarget = {
    view: (): WorkspaceView => viewWith(),
    apply: (change) => (calls.apply.push(change), outcome()),
    forget: (change, ids) => (calls.forget.push([change, ids]), outcome()),
    updateSettings: (patch) => (calls.settings.push(patch), outcome()),
  };
  return { target, calls };
}

const change: Change = { label: 'Add \u201cHall\u201d' };
const plans: Intent<'plain' | 'forget' | 'settings' | 'refuse', string> = (_view, kind) => {
  if (kind === 'refuse') return refuse('No, because.', { field: 'name' });
  if (kind === 'forget') return ok({ change, forget: ['a'], value: 'forgotten' });
  if (kind === 'settings') return ok({ change, settings: { onlineBasemap: true }, value: 'with settings' });
  return ok({ change, value: 'applied' });
};

describe('the intent runner', () => {
  it('applies a plan\u2019s change and hands back its value', async () => {
    const { target, calls } = fakeTarget();
    expect(await runIntent(target, plans, 'plain', fixedContext())).toEqual({ ok: true, value: 'applied' });
    expect(calls.apply).toEqual([change]);
    expect(calls.forget).toEqual([]);
  });

  it('forgets people through the store\u2019s forget, never apply', async () => {
    const { target, calls } = fakeTarget();
    await runIntent(target, plans, 'forget', fixedContext());
    expect(calls.forget).toEqual([[change, ['a']]]);
    expect(calls.apply).toEqual([]);
  });

  it('updates settings after the change', async () => {
    const { target, calls } = fakeTarget();
    expect((await runIntent(target, plans, 'settings', fixedContext())).ok).toBe(true);
    expect(calls.settings).toEqual([{ onlineBasemap: true }]);
  });

  it('writes nothing for a refusal, and passes its problems on as they are', async () => {
    const { target, calls } = fakeTarget();
    expect(await runIntent(target, plans, 'refuse', fixedContext())).toEqual({ ok: false, error: [{ message: 'No, because.', field: 'name' }] });
    expect(calls.apply.length + calls.forget.length + calls.settings.length).toBe(0);
  });

  it('turns a failed write into problems, and does not go on to the settings', async () => {
    const { target, calls } = fakeTarget('The device is out of storage space, so nothing was saved.');
    expect(await runIntent(target, plans, 'settings', fixedContext())).toEqual({
      ok: false,
      error: [{ message: 'The device is out of storage space, so nothing was saved.' }, { message: 'QuotaExceededError' }],
    });
    expect(calls.settings).toEqual([]);
  });
});
