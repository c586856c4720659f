import { describe, expect, it } from 'vitest';
import { deleteNeighbourhood, importNeighbourhoods, saveNeighbourhood } from '../../../../src/actions/intents/neighbourhoods';
import { addOverlay, deleteOverlay, setOverlayValueField, setOverlayVisible } from '../../../../src/actions/intents/overlays';
import { openDemo, setConsentReviewMonths, setTileSource, startEmpty } from '../../../../src/actions/intents/settings';
import demoFile from '../../../../data/demo-workspace.json';
import { area, asset, fixedContext, square, viewWith } from './fixtures';

const inside = asset({ name: 'Inside', geometry: { type: 'Point', coordinates: [-2.305, 53.445] } });
const outside = asset({ name: 'Outside', geometry: { type: 'Point', coordinates: [-2.285, 53.445] } });

describe('neighbourhood intents, without a database', () => {
  it('plans a drawn neighbourhood with the assets it now holds, in one change', () => {
    const out = saveNeighbourhood(viewWith({ assets: [inside, outside] }), { id: null, details: { name: ' Gorse Hill ', code: '', notes: '' }, geometry: square(-2.31, 53.44, 0.02) }, fixedContext());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const id = out.value.value.id;
    expect(id).toBe('00000000-0000-4000-8000-000000000001');
    expect(out.value.change?.label).toBe('Add neighbourhood \u201cGorse Hill\u201d');
    expect(out.value.change?.assets?.put?.map((a) => [a.name, a.neighbourhoodIds])).toEqual([['Inside', [id]]]);
  });

  it('names the field when a neighbourhood is refused', () => {
    const out = saveNeighbourhood(viewWith(), { id: null, details: { name: '', code: '', notes: '' }, geometry: square(0, 0, 1) }, fixedContext());
    expect(out).toEqual({ ok: false, error: [{ message: 'Name: Give the neighbourhood a name', field: 'name' }] });
  });

  it('deletes a neighbourhood and takes it off its assets', () => {
    const ward = area({ name: 'Ward' });
    const held = { ...inside, neighbourhoodIds: [ward.id] };
    const out = deleteNeighbourhood(viewWith({ assets: [held], neighbourhoods: [ward] }), { id: ward.id }, fixedContext());
    expect(out.ok && out.value.change?.neighbourhoods?.remove).toEqual([ward.id]);
    expect(out.ok && out.value.change?.assets?.put?.map((a) => a.neighbourhoodIds)).toEqual([[]]);
  });

  it('updates by code on a second import of the same file, and refuses an empty one', () => {
    const ward = area({ name: 'Ward A', code: 'E05000001' });
    const areas = [
      { line: 1, name: 'Ward A (renamed)', code: 'E05000001', geometry: square(-2.31, 53.44, 0.02), notices: [] },
      { line: 2, name: 'Ward B', code: 'E05000002', geometry: square(-2.29, 53.44, 0.02), notices: [] },
    ];
    const out = importNeighbourhoods(viewWith({ neighbourhoods: [ward] }), { fileName: 'wards.geojson', areas }, fixedContext());
    expect(out.ok && out.value.value).toEqual({ added: 1, updated: 1 });
    expect(out.ok && out.value.change?.neighbourhoods?.put?.map((n) => [n.id === ward.id, n.name])).toEqual([
      [true, 'Ward A (renamed)'],
      [false, 'Ward B'],
    ]);
    expect(importNeighbourhoods(viewWith(), { fileName: 'empty.geojson', areas: [] }, fixedContext())).toEqual({ ok: false, error: [{ message: 'There are no valid boundaries to import.' }] });
  });
});

describe('context layer intents, without a database', () => {
  const added = addOverlay(
    viewWith(),
    { name: ' IMD 2019 ', vintage: '2019', attribution: 'MHCLG', valueField: 'decile', areas: [{ line: 1, name: 'A', code: 'E01000001', geometry: square(0, 0, 1), notices: [] }], join: null },
    fixedContext(),
  );
  const layer = added.ok ? added.value.value : null;

  it('adds a layer, then shows, hides, recolours and deletes it as undoable steps', () => {
    expect(layer).toMatchObject({ name: 'IMD 2019', visible: true, createdAt: '2026-11-29T09:00:00.000Z' });
    if (!layer) return;
    const withValues = { ...layer, areas: layer.areas.map((a) => ({ ...a, values: { decile: 3, score: 21.5 } })) };
    const view = viewWith({ overlays: [withValues] });
    const hidden = setOverlayVisible(view, { id: layer.id, visible: false }, fixedContext());
    expect(hidden.ok && [hidden.value.change?.label, hidden.value.value.visible]).toEqual(['Hide layer \u201cIMD 2019\u201d', false]);
    expect(setOverlayValueField(view, { id: layer.id, valueField: 'score' }, fixedContext()).ok).toBe(true);
    expect(setOverlayValueField(view, { id: layer.id, valueField: 'rank' }, fixedContext())).toEqual({
      ok: false,
      error: [{ message: '\u201cIMD 2019\u201d has no values called \u201crank\u201d.' }],
    });
    expect(deleteOverlay(view, { id: layer.id }, fixedContext()).ok && true).toBe(true);
    expect(deleteOverlay(viewWith(), { id: layer.id }, fixedContext()).ok).toBe(false);
  });
});

describe('settings intents, without a database', () => {
  it('checks a consent review period and a tile source before they are kept', () => {
    expect(setConsentReviewMonths(viewWith(), { months: 18 }, fixedContext())).toEqual({ ok: true, value: { settings: { consentReviewMonths: 18 }, value: 18 } });
    expect(setConsentReviewMonths(viewWith(), { months: 0 }, fixedContext()).ok).toBe(false);
    expect(setTileSource(viewWith(), { source: { url: 'not a url' } }, fixedContext()).ok).toBe(false);
    expect(setTileSource(viewWith(), { source: null }, fixedContext())).toEqual({ ok: true, value: { settings: { tileSource: undefined }, value: null } });
  });

  it('opens the demo as one change and remembers the choice; refuses a damaged demo file', () => {
    expect(startEmpty(viewWith(), undefined, fixedContext())).toEqual({ ok: true, value: { settings: { firstRunChoice: 'empty' }, value: undefined } });
    const demo = openDemo(viewWith(), { file: demoFile }, fixedContext());
    expect(demo.ok && demo.value.settings).toEqual({ firstRunChoice: 'demo' });
    expect(demo.ok && demo.value.value).toBeGreaterThan(100);
    expect(demo.ok && demo.value.change?.neighbourhoods?.put?.length).toBe(5);
    const damaged = openDemo(viewWith(), { file: { format: 'something else' } }, fixedContext());
    expect(!damaged.ok && damaged.error[0]?.message).toMatch(/^The demo workspace is damaged: /);
  });
});
