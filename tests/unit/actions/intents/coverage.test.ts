import { describe, expect, it } from 'vitest';
import { checkQuestion, deleteAnalysis, isOutOfDate, recordAnalysis } from '../../../../src/actions/intents/coverage';
import { EMPTY_SURFACE, type CoverageAnswer } from '../../../../src/model/coverage';
import { area, asset, fixedContext, viewWith } from './fixtures';

const ward = area({ name: 'Ward' });
const park = asset({ name: 'Park', type: 'park' });

describe('coverage intents, without a database', () => {
  it('keeps a finished run with its question, date and fingerprint; deletes it as one step', () => {
    const view = viewWith({ assets: [park], neighbourhoods: [ward] });
    const checked = checkQuestion(view, { distance: 800 });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const answer: CoverageAnswer = { method: { distance: 800, cellSize: 10, hexSize: 100 }, areas: [], gaps: [], surface: EMPTY_SURFACE, priority: [] };
    const recorded = recordAnalysis(view, { inputs: checked.value, answer, stamp: 'stamp-1', homesLabel: '' }, fixedContext());
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    const analysis = recorded.value.value;
    expect(analysis).toMatchObject({ id: '00000000-0000-4000-8000-000000000001', assetCount: 1, inputsStamp: 'stamp-1', createdAt: '2026-11-29T09:00:00.000Z' });
    expect(recorded.value.change?.label).toBe('Coverage analysis at 800 m');
    expect(isOutOfDate(view, analysis)).toBe(true); // 'stamp-1' is not the fingerprint of this workspace
    const removed = deleteAnalysis(viewWith({ analyses: [analysis] }), { id: analysis.id }, fixedContext());
    expect(removed.ok && removed.value.change).toEqual({ label: 'Delete coverage analysis of 2026-11-29', analyses: { remove: [analysis.id] } });
  });
});
