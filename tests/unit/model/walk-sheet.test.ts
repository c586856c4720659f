import { describe, expect, it } from 'vitest';
import { walkPhotoPlace, walkSheet } from '../../../src/model/walk-sheet';
import { WalkPhotoSchema, type WalkPhoto } from '../../../src/model/walk-photo';
import { area, asset } from '../actions/intents/fixtures';

const ward = area({ name: 'Canal Side' });
// About 60 m east of the photo, and a person 10 m from it (with consent, but never on the sheet).
const garden = asset({ name: 'Canal Side Community Garden', category: 'physical', geometry: { type: 'Point', coordinates: [-2.0259, 53.2052] } });
const gloria = asset({
  name: 'Gloria M.',
  category: 'individuals',
  geometry: { type: 'Point', coordinates: [-2.02675, 53.20525] },
  person: { consent: { status: 'given', date: '2026-01-10', purpose: 'Asset map' }, exactLocation: true },
});
const photo = (overrides: Partial<WalkPhoto> = {}): WalkPhoto =>
  WalkPhotoSchema.parse({
    id: crypto.randomUUID(),
    walk: 'Canal Side treasure hunt',
    neighbourhoodId: ward.id,
    takenAt: '2026-11-29T10:00:00.000Z',
    caption: 'Benches by the lock',
    at: [-2.0268, 53.2052],
    placedBy: 'gps',
    mimeType: 'image/jpeg',
    width: 4,
    height: 3,
    blob: new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
    ...overrides,
  });

describe('the photo walk sheet', () => {
  it('says where a photo was taken: the asset it shows, else the nearest asset that is not a person, with coordinates', () => {
    expect(walkPhotoPlace(photo({ outcome: 'linked', assetId: garden.id }), [garden, gloria])).toBe('Canal Side Community Garden (53.20520, -2.02680)');
    expect(walkPhotoPlace(photo(), [garden, gloria])).toBe('Near Canal Side Community Garden, 60 m (53.20520, -2.02680)');
    expect(walkPhotoPlace(photo(), [gloria])).toBe('53.20520, -2.02680');
    // A photo linked to a person (an old workspace) still does not name them.
    expect(walkPhotoPlace(photo({ outcome: 'linked', assetId: gloria.id }), [gloria])).toBe('53.20520, -2.02680');
  });

  it('lists a neighbourhood’s photos in the order taken, leaving those set aside off unless asked', () => {
    const later = photo({ takenAt: '2026-11-29T10:30:00.000Z', caption: 'Second' });
    const aside = photo({ takenAt: '2026-11-29T10:10:00.000Z', caption: 'Set aside', outcome: 'set aside' });
    const elsewhere = photo({ neighbourhoodId: crypto.randomUUID(), caption: 'Elsewhere' });
    const first = photo({ caption: 'First' });
    expect(walkSheet([later, aside, elsewhere, first], [], ward.id, false).map((i) => i.caption)).toEqual(['First', 'Second']);
    expect(walkSheet([later, aside, elsewhere, first], [], ward.id, true).map((i) => i.caption)).toEqual(['First', 'Set aside', 'Second']);
  });
});
