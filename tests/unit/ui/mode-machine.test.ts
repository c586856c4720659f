import { describe, expect, it } from 'vitest';
import { prepareBoundaryRepair } from '../../../src/actions/neighbourhoods';
import { transition, editAssetForm, newAssetForm, type BoundaryMode, type FormMode, type Mode, type ModeEvent, type NeighbourhoodFormMode } from '../../../src/ui/mode-machine';
import { EMPTY_DRAFT } from '../../../src/model/asset-draft';
import { draftFromGeometry, EMPTY_BOUNDARY, type BoundaryDraft } from '../../../src/model/boundary-draft';
import type { Photo } from '../../../src/model/photo';
import { area, asset, square } from '../actions/intents/fixtures';

const ID = '11111111-1111-4111-8111-111111111111';
const step = (mode: Mode, event: ModeEvent) => transition(mode, event, () => ID);

const browse: Mode = { kind: 'browse' };
const placingAdd: Mode = { kind: 'placing', purpose: 'add' };
const park = asset({ name: 'Park', photos: [] });
const placingMove: Mode = { kind: 'placing', purpose: 'move', assetId: park.id };
const form: FormMode = newAssetForm({ type: 'Point', coordinates: [-2.3, 53.45] }, undefined, ID);
const ward = area({ name: 'Ward', code: 'E05000001', notes: 'north' });
const wardForm: NeighbourhoodFormMode = { kind: 'neighbourhood-form', neighbourhoodId: ward.id, geometry: ward.geometry, fields: { name: 'Ward', code: 'E05000001', notes: 'north' }, notices: [] };
const photo = { id: 'p1' } as Photo;

/** A new boundary with these corners (open ring, as drawn). */
const drawing = (corners: [number, number][], patch: Partial<BoundaryMode> = {}): BoundaryMode => ({
  kind: 'boundary',
  neighbourhoodId: null,
  draft: { parts: [[corners]] } as BoundaryDraft,
  selected: null,
  problem: null,
  ...patch,
});
const triangle: [number, number][] = [
  [0, 0],
  [0.01, 0],
  [0, 0.01],
];
const bowTie: [number, number][] = [
  [0, 0],
  [0.01, 0.01],
  [0.01, 0],
  [0, 0.01],
];
const editing = (patch: Partial<BoundaryMode> = {}): BoundaryMode => ({
  kind: 'boundary',
  neighbourhoodId: ward.id,
  details: wardForm.fields,
  draft: draftFromGeometry(ward.geometry),
  selected: null,
  problem: null,
  ...patch,
});
const corner0 = { part: 0, ring: 0, index: 0 };

describe('events that mean the same in every mode', () => {
  const every: Mode[] = [browse, placingAdd, placingMove, form, wardForm, drawing(triangle)];

  it('cancel and done go back to browsing from anywhere', () => {
    for (const mode of every) {
      expect(step(mode, { type: 'cancel' })).toEqual(browse);
      expect(step(mode, { type: 'done' })).toEqual(browse);
    }
  });

  it('add-asset waits for a place; move-asset waits for the new place', () => {
    for (const mode of every) {
      expect(step(mode, { type: 'add-asset' })).toEqual(placingAdd);
      expect(step(mode, { type: 'move-asset', assetId: park.id })).toEqual(placingMove);
    }
  });

  it('edit-asset opens the form over the stored asset with only its own photos', () => {
    const withPhoto = { ...park, photos: ['p1'] };
    const next = step(browse, { type: 'edit-asset', asset: withPhoto, photos: [photo, { id: 'p2' } as Photo] });
    expect(next).toMatchObject({ kind: 'form', assetId: park.id, isNew: false, dirty: false, draft: { name: 'Park' } });
    expect(next.kind === 'form' && next.photos.map((p) => p.id)).toEqual(['p1']);
  });

  it('resume-draft reopens an interrupted edit, over the stored asset when there is one', () => {
    const draft = { ...EMPTY_DRAFT, name: 'Half typed' };
    const resumed = step(browse, { type: 'resume-draft', stored: park, photos: [], geometry: null, draft });
    expect(resumed).toMatchObject({ kind: 'form', assetId: park.id, isNew: false, geometry: null, dirty: true, draft: { name: 'Half typed' } });
    const fresh = step(browse, { type: 'resume-draft', stored: null, photos: [], geometry: null, draft });
    expect(fresh).toMatchObject({ kind: 'form', assetId: ID, isNew: true, dirty: true });
  });

  it('edit-neighbourhood opens its form; draw-neighbourhood starts an empty boundary', () => {
    expect(step(form, { type: 'edit-neighbourhood', neighbourhood: ward })).toEqual(wardForm);
    expect(step(wardForm, { type: 'draw-neighbourhood' })).toEqual({ kind: 'boundary', neighbourhoodId: null, draft: EMPTY_BOUNDARY, selected: null, problem: null });
  });
});

describe('browsing', () => {
  it('ignores map taps, locations and drawing events', () => {
    for (const event of [
      { type: 'map-tapped', at: [0, 0] },
      { type: 'located', at: [0, 0], accuracy: 5 },
      { type: 'finish-boundary' },
      { type: 'draft-edited', patch: { name: 'x' } },
    ] as ModeEvent[]) {
      expect(step(browse, event)).toBe(browse);
    }
  });
});

describe('placing', () => {
  it('a tap, or the device\u2019s location, opens the new asset\u2019s form there', () => {
    expect(step(placingAdd, { type: 'map-tapped', at: [-2.3, 53.4] })).toEqual(newAssetForm({ type: 'Point', coordinates: [-2.3, 53.4] }, undefined, ID));
    expect(step(placingAdd, { type: 'located', at: [-2.3, 53.4], accuracy: 12 })).toMatchObject({ kind: 'form', accuracy: 12, geometry: { coordinates: [-2.3, 53.4] } });
  });

  it('moving: the tap ends placing (the caller saves the move); a location does not', () => {
    expect(step(placingMove, { type: 'map-tapped', at: [-2.3, 53.4] })).toEqual(browse);
    expect(step(placingMove, { type: 'located', at: [-2.3, 53.4], accuracy: 12 })).toBe(placingMove);
  });
});

describe('the asset form', () => {
  it('a tap moves the new asset and forgets the GPS accuracy; a location keeps it', () => {
    const located = step(form, { type: 'located', at: [-2.2, 53.4], accuracy: 8 });
    expect(located).toMatchObject({ geometry: { coordinates: [-2.2, 53.4] }, accuracy: 8, dirty: true });
    expect(step(located, { type: 'map-tapped', at: [-2.1, 53.4] })).toMatchObject({ geometry: { coordinates: [-2.1, 53.4] }, accuracy: undefined, dirty: true });
  });

  it('keeps what is typed and marks the form dirty', () => {
    const typed = step(form, { type: 'draft-edited', patch: { name: 'Hall' } });
    expect(typed).toMatchObject({ dirty: true, draft: { ...EMPTY_DRAFT, name: 'Hall' } });
    expect(step(typed, { type: 'draft-edited', patch: { type: 'hall' } })).toMatchObject({ draft: { name: 'Hall', type: 'hall' } });
  });

  it('adds and removes photos', () => {
    const withPhoto = step(form, { type: 'photos-added', photos: [photo] });
    expect(withPhoto.kind === 'form' && withPhoto.photos).toEqual([photo]);
    const without = step(withPhoto, { type: 'photo-removed', photoId: 'p1' });
    expect(without.kind === 'form' && [without.photos, without.dirty]).toEqual([[], true]);
  });

  it('ignores boundary events', () => {
    expect(step(form, { type: 'finish-boundary' })).toBe(form);
    expect(step(form, { type: 'corner-tapped', corner: corner0 })).toBe(form);
  });

  it('keeps its asset id when editing an asset, whatever happens in the form', () => {
    const edit = editAssetForm(park, []);
    expect(step(edit, { type: 'draft-edited', patch: { name: 'Renamed' } })).toMatchObject({ assetId: park.id, isNew: false });
  });
});

describe('the neighbourhood form', () => {
  it('keeps the typed details, and takes them into boundary editing', () => {
    const typed = step(wardForm, { type: 'neighbourhood-edited', patch: { notes: 'south' } });
    expect(typed).toMatchObject({ fields: { name: 'Ward', code: 'E05000001', notes: 'south' } });
    const boundary = step(typed, { type: 'edit-boundary' });
    expect(boundary).toMatchObject({ kind: 'boundary', neighbourhoodId: ward.id, details: { notes: 'south' }, selected: null, problem: null });
    expect(boundary.kind === 'boundary' && boundary.draft).toEqual(draftFromGeometry(ward.geometry));
  });

  it('ignores map taps', () => {
    expect(step(wardForm, { type: 'map-tapped', at: [0, 0] })).toBe(wardForm);
  });
});

describe('drawing a new boundary', () => {
  it('a tap adds a corner; undo-corner takes the last one back', () => {
    const two = step(drawing(triangle.slice(0, 1)), { type: 'map-tapped', at: [0.01, 0] });
    expect(two.kind === 'boundary' && two.draft.parts[0]?.[0]).toEqual(triangle.slice(0, 2));
    const one = step(two, { type: 'undo-corner' });
    expect(one.kind === 'boundary' && one.draft.parts[0]?.[0]).toEqual(triangle.slice(0, 1));
  });

  it('finish-boundary with a valid shape goes on to name the neighbourhood', () => {
    const next = step(drawing(triangle), { type: 'finish-boundary' });
    expect(next).toMatchObject({ kind: 'neighbourhood-form', neighbourhoodId: null, fields: { name: '', code: '', notes: '' }, geometry: { type: 'Polygon' } });
  });

  it('finish-boundary with a crossing stays, says where, and offers a repair that goes on', async () => {
    await prepareBoundaryRepair(); // the boundary bar loads it when drawing starts
    const refused = step(drawing(bowTie), { type: 'finish-boundary' });
    expect(refused.kind).toBe('boundary');
    if (refused.kind !== 'boundary') return;
    expect(refused.problem?.reason).toContain('crosses itself');
    expect(refused.problem?.crossings).toHaveLength(1);
    const repaired = step(refused, { type: 'repair-boundary' });
    expect(repaired).toMatchObject({ kind: 'neighbourhood-form', notices: ['The boundary was repaired: each loop became its own part.'], geometry: { type: 'MultiPolygon' } });
  });

  it('repair-boundary does nothing when there is no repair to offer', () => {
    const m = drawing(triangle);
    expect(step(m, { type: 'repair-boundary' })).toBe(m);
  });
});

describe('editing a boundary\u2019s corners', () => {
  it('a tap does nothing until a corner is selected; then it moves that corner there', () => {
    const m = editing();
    expect(step(m, { type: 'map-tapped', at: [5, 5] })).toBe(m);
    const selected = step(m, { type: 'corner-tapped', corner: corner0 });
    expect(selected).toMatchObject({ selected: corner0 });
    const moved = step(selected, { type: 'map-tapped', at: [-2.32, 53.43] });
    expect(moved).toMatchObject({ selected: null, problem: null });
    expect(moved.kind === 'boundary' && moved.draft.parts[0]?.[0]?.[0]).toEqual([-2.32, 53.43]);
  });

  it('tapping the selected corner again lets it go; keep-corner does the same', () => {
    const selected = step(editing(), { type: 'corner-tapped', corner: corner0 });
    expect(step(selected, { type: 'corner-tapped', corner: { ...corner0 } })).toMatchObject({ selected: null });
    expect(step(selected, { type: 'keep-corner' })).toMatchObject({ selected: null });
  });

  it('a midpoint tap inserts a corner and selects it', () => {
    const m = editing();
    const before = m.draft.parts[0]?.[0]?.length ?? 0;
    const next = step(m, { type: 'midpoint-tapped', after: corner0, at: [-2.3, 53.44] });
    expect(next.kind === 'boundary' && next.draft.parts[0]?.[0]?.length).toBe(before + 1);
    expect(next).toMatchObject({ selected: { part: 0, ring: 0, index: 1 } });
  });

  it('dragging a corner moves it', () => {
    const next = step(editing(), { type: 'corner-dragged', corner: corner0, to: [-2.33, 53.43] });
    expect(next.kind === 'boundary' && next.draft.parts[0]?.[0]?.[0]).toEqual([-2.33, 53.43]);
  });

  it('remove-corner removes the selected corner, but never below three', () => {
    const square4 = editing({ draft: draftFromGeometry(square(0, 0, 1)) });
    const removed = step({ ...square4, selected: corner0 }, { type: 'remove-corner' });
    expect(removed.kind === 'boundary' && removed.draft.parts[0]?.[0]).toHaveLength(3);
    const refused = step({ ...(removed as BoundaryMode), selected: corner0 }, { type: 'remove-corner' });
    expect(refused).toMatchObject({ problem: { reason: 'A boundary needs at least 3 corners, so this one cannot be removed.' } });
    expect(step(square4, { type: 'remove-corner' })).toBe(square4); // nothing selected
  });

  it('undo-corner is only for drawing a new boundary', () => {
    const m = editing();
    expect(step(m, { type: 'undo-corner' })).toBe(m);
  });

  it('finish-boundary goes back to the form with the details typed before', () => {
    const next = step(editing(), { type: 'finish-boundary' });
    expect(next).toMatchObject({ kind: 'neighbourhood-form', neighbourhoodId: ward.id, fields: wardForm.fields });
  });
});
