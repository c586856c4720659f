import { emptyRecords } from '../../../src/model/change';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { CoverageQuestionSchema } from '../../../src/model/coverage';
import { workspace } from '../../../src/actions/workspace';
import { runCoverage } from '../../../src/actions/coverage';
import { checkQuestion, inputsStamp } from '../../../src/actions/intents/coverage';
import { repairBoundary } from '../../../src/geo/repair-boundary';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { vi } from 'vitest';
import { makeAsset, makeNeighbourhood } from '../factories';

const park = AssetSchema.parse(makeAsset({ name: 'Park', category: 'physical', type: 'park', cost: 'free', geometry: { type: 'Point', coordinates: [-2.3, 53.44] } }));
const hall = AssetSchema.parse(makeAsset({ name: 'Hall', category: 'physical', type: 'hall', cost: 'paid', geometry: { type: 'Point', coordinates: [-2.29, 53.44] } }));
const bowTie = NeighbourhoodSchema.parse(
  makeNeighbourhood({
    name: 'Knot',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-2.31, 53.43],
          [-2.28, 53.45],
          [-2.28, 53.43],
          [-2.31, 53.45],
          [-2.31, 53.43],
        ],
      ],
    },
  }),
);
const good = NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'Square' }));
// A pure check: the workspace is plain data, no database.
const view = { ...emptyRecords(), assets: [park, hall], neighbourhoods: [good, bowTie], settings: DEFAULT_SETTINGS };
const refusal = (raw: unknown) => {
  const checked = checkQuestion(view, raw, repairBoundary);
  return checked.ok ? null : checked.error[0];
};

describe('checking a coverage question before it runs', () => {
  it('refuses a distance of zero, over 10 km or not a number, with the reason', () => {
    expect(refusal({ distance: 0, neighbourhoodIds: [good.id] })?.message).toContain('more than 0 m');
    expect(refusal({ distance: 10_001, neighbourhoodIds: [good.id] })?.message).toContain('at most 10,000 m');
    expect(refusal({ distance: Number.NaN, neighbourhoodIds: [good.id] })?.message).toMatch(/distance/i);
  });

  it('refuses an empty asset selection, and counts only the assets the question names', () => {
    expect(refusal({ distance: 800, categories: ['cultural'], neighbourhoodIds: [good.id] })?.message).toContain('No assets with a location match');
    const free = checkQuestion(view, { distance: 800, costs: ['free'], types: ['Park'], neighbourhoodIds: [good.id] });
    expect(free.ok && free.value.assets.map((a) => a.name)).toEqual(['Park']);
  });

  it('reports a self-crossing boundary with the neighbourhood to repair, and runs nothing', () => {
    const r = refusal({ distance: 800 });
    expect(r?.message).toContain('The boundary of \u201cKnot\u201d is not valid');
    expect(r?.message).toContain('Repair boundary');
    expect(r?.recordId).toBe(bowTie.id);
  });

  it('changes its fingerprint when a counted asset or a chosen boundary changes, not when another asset does', () => {
    const question = CoverageQuestionSchema.parse({ distance: 800, types: ['park'], neighbourhoodIds: [good.id] });
    const stamp = inputsStamp(question, [park, hall], [good, bowTie]);
    expect(inputsStamp(question, [park, { ...hall, updatedAt: '2030-01-01T00:00:00.000Z' }], [good, bowTie])).toBe(stamp);
    expect(inputsStamp(question, [{ ...park, updatedAt: '2030-01-01T00:00:00.000Z' }, hall], [good, bowTie])).not.toBe(stamp);
    expect(inputsStamp(question, [park, hall], [{ ...good, updatedAt: '2030-01-01T00:00:00.000Z' }, bowTie])).not.toBe(stamp);
    expect(inputsStamp(question, [park, hall, { ...park, id: crypto.randomUUID() }], [good, bowTie])).not.toBe(stamp);
  });
});

describe('running a coverage question', () => {
  beforeAll(async () => {
    await workspace.load();
    await workspace.apply({ label: 'Add', assets: { put: [park, hall] }, neighbourhoods: { put: [good, bowTie] } });
  });

  it('stops the worker when cancelled, says so, and saves nothing', async () => {
    const posted: unknown[] = [];
    const terminate = vi.fn();
    // A worker that takes its time: it reports one step and never finishes on its own.
    class SlowWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: { message: string }) => void) | null = null;
      postMessage(message: unknown) {
        posted.push(message);
        setTimeout(() => this.onmessage?.({ data: { type: 'progress', done: 1, total: 4, stage: 'Marking the ground within reach' } }), 0);
      }
      terminate = terminate;
    }
    vi.stubGlobal('Worker', SlowWorker);
    try {
      const before = workspace.state.analyses.value.length;
      const controller = new AbortController();
      const stages: string[] = [];
      const running = runCoverage({ distance: 800, neighbourhoodIds: [good.id] }, { signal: controller.signal, onProgress: (p) => stages.push(p.stage) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      controller.abort();
      const result = await running;
      expect(result).toEqual({ ok: false, error: [{ message: 'Cancelled: nothing was saved.' }] });
      expect(stages).toEqual(['Marking the ground within reach']);
      expect(terminate).toHaveBeenCalled();
      expect(posted).toHaveLength(1);
      expect(workspace.state.analyses.value.length).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
