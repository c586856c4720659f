import { describe, expect, it } from 'vitest';
import { addWalkPhoto, linkWalkPhoto, makeAssetFromWalkPhoto, setWalkPhotoAside, type NewWalkPhoto } from '../../../../src/actions/intents/walk-photos';
import { deleteNeighbourhood } from '../../../../src/actions/intents/neighbourhoods';
import { WalkPhotoSchema, shownWalkPhotos, toReview, type WalkPhoto } from '../../../../src/model/walk-photo';
import type { Plan } from '../../../../src/actions/intents/intent';
import type { Result } from '../../../../src/lib/result';
import { area, asset, fixedContext, square, viewWith } from './fixtures';

const ward = area({ name: 'Canal Side', geometry: square(-2.31, 53.44, 0.02) });
const hall = asset({ name: 'St Mary’s Hall', category: 'physical', type: 'hall', geometry: { type: 'Point', coordinates: [-2.3, 53.45] } });
const image = { mimeType: 'image/jpeg', width: 4, height: 3, blob: new Blob([new Uint8Array([255, 216, 255, 1])], { type: 'image/jpeg' }) };
const taken = (overrides: Partial<NewWalkPhoto> = {}): NewWalkPhoto => ({
  walk: 'Canal Side photo walk, 29 November 2026',
  neighbourhoodId: ward.id,
  caption: 'The towpath bench where neighbours stop to talk',
  theme: 'Green spaces',
  at: [-2.295, 53.452],
  placedBy: 'gps',
  accuracy: 7,
  image,
  ...overrides,
});

const planned = <T>(result: Result<Plan<T>>): Plan<T> => {
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('; '));
  return result.value;
};

describe('photo walk intents, without a database', () => {
  const added = planned(addWalkPhoto(viewWith({ neighbourhoods: [ward] }), taken(), fixedContext()));
  const photo = added.value;

  it('keeps a placed photo to review, named after its walk and neighbourhood', () => {
    expect(photo).toMatchObject({ walk: 'Canal Side photo walk, 29 November 2026', outcome: 'to review', placedBy: 'gps', accuracy: 7, theme: 'Green spaces' });
    expect(added.change?.label).toBe('Add walk photo “The towpath bench where neighbours stop…”');
    // Placed by a tap: no GPS accuracy is kept, and no theme is fine.
    const tapped = planned(addWalkPhoto(viewWith({ neighbourhoods: [ward] }), taken({ placedBy: 'tap', theme: ' ', caption: '' }), fixedContext())).value;
    expect(tapped.accuracy).toBeUndefined();
    expect(tapped.theme).toBeUndefined();
  });

  it('refuses a photo with no place, or for a neighbourhood that has gone', () => {
    const unplaced = addWalkPhoto(viewWith({ neighbourhoods: [ward] }), taken({ at: null }), fixedContext());
    expect(!unplaced.ok && unplaced.error[0]).toMatchObject({ field: 'place', message: 'Say where the photo was taken: use the tablet’s location or tap the map.' });
    expect(addWalkPhoto(viewWith(), taken(), fixedContext()).ok).toBe(false);
    const notAnImage = addWalkPhoto(viewWith({ neighbourhoods: [ward] }), taken({ image: { ...image, mimeType: 'text/html' } }), fixedContext());
    expect(!notAnImage.ok && notAnImage.error[0]?.message).toContain('A photo must be an image');
  });

  it('links a photo to an asset, which gains a copy of it, in one change', () => {
    const view = viewWith({ neighbourhoods: [ward], assets: [hall], walkPhotos: [photo] });
    const linked = planned(linkWalkPhoto(view, { id: photo.id, assetId: hall.id }, fixedContext()));
    const copy = linked.change?.photos?.put?.[0];
    expect(copy).toMatchObject({ assetId: hall.id, blob: image.blob, width: 4 });
    expect(linked.value.photos).toEqual([copy?.id]);
    expect(linked.change?.walkPhotos?.put?.[0]).toMatchObject({ outcome: 'linked', assetId: hall.id });
    // Once linked, it is not linked again (that would copy the photo twice).
    const again = linkWalkPhoto(viewWith({ assets: [hall], walkPhotos: [linked.change?.walkPhotos?.put?.[0] as WalkPhoto] }), { id: photo.id, assetId: hall.id }, fixedContext());
    expect(!again.ok && again.error[0]?.message).toBe('That photo was already linked to an asset.');
  });

  it('makes a new asset where the photo was taken, described by its caption, never a person', () => {
    const view = viewWith({ neighbourhoods: [ward], walkPhotos: [photo] });
    const made = planned(makeAssetFromWalkPhoto(view, { id: photo.id, name: 'Towpath bench', category: 'physical' }, fixedContext()));
    expect(made.value).toMatchObject({ name: 'Towpath bench', category: 'physical', description: photo.caption, geometry: { type: 'Point', coordinates: photo.at }, neighbourhoodIds: [ward.id] });
    expect(made.change?.walkPhotos?.put?.[0]).toMatchObject({ outcome: 'made asset', assetId: made.value.id });
    expect(made.change?.photos?.put?.[0]?.assetId).toBe(made.value.id);
    const person = makeAssetFromWalkPhoto(view, { id: photo.id, name: 'Gloria', category: 'individuals' }, fixedContext());
    expect(!person.ok && person.error[0]?.field).toBe('category');
    const unnamed = makeAssetFromWalkPhoto(view, { id: photo.id, name: ' ', category: 'physical' }, fixedContext());
    expect(!unnamed.ok && unnamed.error[0]?.field).toBe('name');
  });

  it('sets a photo aside and back; set-aside photos leave the map and the count to review', () => {
    const aside = planned(setWalkPhotoAside(viewWith({ walkPhotos: [photo] }), { id: photo.id, aside: true }, fixedContext())).value;
    expect(aside.outcome).toBe('set aside');
    expect(shownWalkPhotos([photo, aside].map((p, i) => ({ ...p, id: `${p.id.slice(0, -1)}${i}` })))).toHaveLength(1);
    expect(toReview([photo], ward.id)).toBe(1);
    expect(toReview([aside], ward.id)).toBe(0);
    expect(planned(setWalkPhotoAside(viewWith({ walkPhotos: [aside] }), { id: photo.id, aside: false }, fixedContext())).value.outcome).toBe('to review');
    expect(setWalkPhotoAside(viewWith({ walkPhotos: [aside] }), { id: photo.id, aside: true }, fixedContext()).ok).toBe(false);
  });

  it('checks that a linked photo names its asset and one to review does not', () => {
    const { blob, ...details } = photo;
    expect(WalkPhotoSchema.safeParse({ ...details, blob, outcome: 'linked' }).success).toBe(false);
    expect(WalkPhotoSchema.safeParse({ ...details, blob, assetId: hall.id }).success).toBe(false);
    expect(WalkPhotoSchema.safeParse({ ...details, blob, outcome: 'linked', assetId: hall.id }).success).toBe(true);
  });

  it('takes a neighbourhood’s walk photos with it when the neighbourhood is deleted', () => {
    const gone = planned(deleteNeighbourhood(viewWith({ neighbourhoods: [ward], walkPhotos: [photo] }), { id: ward.id }, fixedContext()));
    expect(gone.change?.walkPhotos?.remove).toEqual([photo.id]);
  });
});
