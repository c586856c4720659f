import { describe, expect, it } from 'vitest';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { readTeamDoc } from '../../../src/sync/incoming';
import { incomingChange, type Holdings } from '../../../src/sync/incoming-change';
import { emptyRecords } from '../../../src/model/change';
import { mayShare, teamRecord } from '../../../src/sync/team-documents';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { makeAsset, makeNeighbourhood } from '../factories';

const asset = (overrides = {}): Asset => AssetSchema.parse(makeAsset(overrides));
const by = { editedBy: 'amina', editedAt: '2026-11-30T10:42:00.000Z', device: 'tablet-one' };
const docOf = (record: Asset) => ({ _id: `assets:${record.id}`, _rev: '1-a', kind: 'assets', record: teamRecord('assets', record), ...by });

describe('readTeamDoc: every document from the team is checked before it is written', () => {
  it('takes a valid asset, with who wrote it', () => {
    const park = asset();
    const read = readTeamDoc(docOf(park));
    expect(read.ok && read.value).toMatchObject({ what: 'record', kind: 'assets', id: park.id, editedBy: 'amina' });
  });

  it('refuses a __proto__ key (as JSON.parse makes it), oversize text, markup, a wrong shape and a mislabelled id', () => {
    const park = asset();
    const withProto = JSON.parse(JSON.stringify(docOf(park)).replace('"record":{', '"record":{"__proto__":{"admin":true},')) as unknown;
    const cases: [unknown, RegExp][] = [
      [withProto, /carries a "__proto__" key/],
      [{ ...docOf(park), record: { ...(teamRecord('assets', park) as object), description: 'x'.repeat(20_001) } }, /has a text of 20,001 characters \(the most is 20,000\)/],
      [{ ...docOf(park), record: { ...(teamRecord('assets', park) as object), name: 'Hall <script>alert(1)</script>' } }, /contains markup/],
      [{ ...docOf(park), record: { ...(teamRecord('assets', park) as object), description: '<img src=x onerror=alert(1)>' } }, /contains markup/],
      [{ _id: `assets:${park.id}`, kind: 'assets', record: park }, /not shaped as a team record/],
      [{ ...docOf(park), record: { ...(teamRecord('assets', park) as object), name: '' } }, /Give the asset a name/],
      [{ ...docOf(park), _id: `assets:${asset().id}` }, /is filed as/],
      [{ ...docOf(park), _id: `people:${park.id}`, kind: 'people' }, /not a kind of record the app knows/],
    ];
    for (const [doc, reason] of cases) {
      const read = readTeamDoc(doc);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error.map((p) => p.message).join(' ')).toMatch(reason);
    }
    expect(Object.prototype).not.toHaveProperty('admin');
  });

  it('reads a deletion and the team settings', () => {
    const park = asset();
    const gone = readTeamDoc({ _id: `assets:${park.id}`, kind: 'assets', deleted: true, ...by });
    expect(gone.ok && gone.value).toMatchObject({ what: 'deleted', id: park.id });
    const settings = readTeamDoc({ _id: 'settings:team', kind: 'settings', settings: { consentReviewMonths: 6, sharePeopleWithTeam: true, typeFields: [] }, ...by });
    expect(settings.ok && settings.value).toMatchObject({ what: 'settings', settings: { consentReviewMonths: 6, sharePeopleWithTeam: true } });
  });
});

describe('incomingChange: what a batch from the team changes here', () => {
  const square = NeighbourhoodSchema.parse(makeNeighbourhood());
  const held = (assets: Asset[] = [], neighbourhoods = [square]): Holdings => ({ ...emptyRecords(), assets, neighbourhoods });

  it('puts new and changed records with their neighbourhoods derived here, skips identical ones, removes deleted ones', () => {
    const same = asset({ name: 'Same', neighbourhoodIds: [square.id] });
    const changed = asset({ name: 'Before', neighbourhoodIds: [square.id] });
    const gone = asset({ name: 'Gone' });
    const fresh = asset({ name: 'Fresh' });
    const read = (record: Asset) => {
      const r = readTeamDoc(docOf(record));
      if (!r.ok) throw new Error('valid');
      return r.value;
    };
    const deletion = readTeamDoc({ _id: `assets:${gone.id}`, kind: 'assets', deleted: true, ...by });
    if (!deletion.ok) throw new Error('valid');
    const { change } = incomingChange(held([same, changed, gone]), [read(same), read({ ...changed, name: 'After' }), read(fresh), deletion.value]);
    expect(change.assets?.put?.map((a) => a.name)).toEqual(['After', 'Fresh']);
    expect(change.assets?.put?.every((a) => a.neighbourhoodIds.includes(square.id))).toBe(true);
    expect(change.assets?.remove).toEqual([gone.id]);
  });

  it('places every asset again when a boundary arrives, so assignment follows the winning boundary', () => {
    const inside = asset({ neighbourhoodIds: [square.id] });
    const moved = NeighbourhoodSchema.parse({
      ...square,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    });
    const read = readTeamDoc({ _id: `neighbourhoods:${square.id}`, kind: 'neighbourhoods', record: moved, ...by });
    if (!read.ok) throw new Error('valid');
    const { change } = incomingChange(held([inside]), [read.value]);
    expect(change.assets?.put?.[0]?.neighbourhoodIds).toEqual([]);
  });
});

describe('mayShare: people go to the team only with the team switch on and their consent', () => {
  const person = (sharedWithTeam?: boolean) =>
    asset({ category: 'individuals', geometry: null, person: { consent: { status: 'given', date: '2026-11-01', purpose: 'contact', ...(sharedWithTeam === undefined ? {} : { sharedWithTeam }) } } });
  it('keeps people on the device unless both say yes', () => {
    expect(mayShare(person(true), { ...DEFAULT_SETTINGS, sharePeopleWithTeam: false })).toBe(false);
    expect(mayShare(person(), { ...DEFAULT_SETTINGS, sharePeopleWithTeam: true })).toBe(false);
    expect(mayShare(person(true), { ...DEFAULT_SETTINGS, sharePeopleWithTeam: true })).toBe(true);
    expect(mayShare(asset(), DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('readPhotoDoc: a photo from the team', () => {
  const record = {
    id: '00000000-0000-4000-8000-000000000001',
    assetId: '00000000-0000-4000-8000-000000000002',
    mimeType: 'image/jpeg',
    width: 640,
    height: 480,
    createdAt: '2026-11-30T10:00:00.000Z',
  };
  const doc = (overrides: Record<string, unknown> = {}, data: unknown = new Blob([new Uint8Array(10)], { type: 'image/jpeg' })) =>
    ({ _id: `photos:${record.id}`, kind: 'photos', record, ...by, _attachments: { image: { content_type: 'image/jpeg', data } }, ...overrides }) as unknown as Pouch.Doc;
  it('takes a photo with its image, and refuses one without it, oversize, or not an image', async () => {
    const { readPhotoDoc } = await import('../../../src/sync/incoming-photo');
    const read = readPhotoDoc(doc());
    expect(read.ok && 'photo' in read.value && read.value.photo.width).toBe(640);
    const refusals: [Pouch.Doc, RegExp][] = [
      [doc({}, 'not a blob'), /without its image/],
      [doc({}, new Blob([new Uint8Array(9_000_000)], { type: 'image/jpeg' })), /the most is 8 MB/],
      [doc({ record: { ...record, mimeType: 'text/html' } }), /not shaped as the app writes them/],
      [doc({ record: { ...record, caption: '<script>x</script>' } }), /contains markup/],
    ];
    for (const [raw, reason] of refusals) {
      const refused = readPhotoDoc(raw);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error[0]?.message).toMatch(reason);
    }
  });
});
