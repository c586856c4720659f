import { describe, expect, it } from 'vitest';
import { AssetSchema, type AssetInput } from '../../../src/model/asset';
import { personVocabulary, whoCouldHelp } from '../../../src/model/who-could-help';
import { assetFromDraft, draftFromAsset } from '../../../src/model/asset-draft';
import { makeAsset } from '../factories';

const person = (name: string, consent: 'given' | 'not-asked', gifts: string[], shares: string[] = [], cares: string[] = []) =>
  AssetSchema.parse(
    makeAsset({
      name,
      category: 'individuals',
      geometry: null,
      person: { consent: consent === 'given' ? { status: 'given', date: '2026-01-10', purpose: 'Community activity' } : { status: 'not-asked' }, exactLocation: false, gifts, shares, cares },
    } as Partial<AssetInput>),
  );
const gloria = person('Gloria M.', 'given', ['cooking', 'urdu'], ['teach cooking'], ['older people']);
const piotr = person('Piotr N.', 'given', ['bike repair', 'polish'], ['lend tools']);
const secret = person('Sam P.', 'not-asked', ['cooking']);
const club = AssetSchema.parse(makeAsset({ name: 'Lunch club', category: 'associations', type: 'lunch club', description: 'Hot meals and company, cooked by volunteers', tags: ['food'] }));
const park = AssetSchema.parse(makeAsset({ name: 'Cooking Street Park', category: 'physical', type: 'park' }));

describe('who could help?', () => {
  it('finds people by gift, skill or what they would share (only with consent), and groups by activity', () => {
    expect(whoCouldHelp([gloria, piotr, secret, club, park], 'cook').map((m) => [m.asset.name, m.because.map((b) => `${b.what}: ${b.value}`)])).toEqual([
      ['Gloria M.', ['gift: cooking', 'would share: teach cooking']],
      ['Lunch club', ['activity: Hot meals and company, cooked by volunteers']],
    ]);
    expect(whoCouldHelp([gloria, piotr], 'Urdu').map((m) => m.asset.name)).toEqual(['Gloria M.']);
    expect(whoCouldHelp([gloria, piotr], 'bike REPAIR').map((m) => m.asset.name)).toEqual(['Piotr N.']);
    expect(whoCouldHelp([gloria, piotr], 'bike urdu')).toEqual([]); // every word, in one record
    expect(whoCouldHelp([gloria], '  ')).toEqual([]);
  });

  it('suggests the words the workspace already uses, most used first', () => {
    const vocabulary = personVocabulary([gloria, piotr, secret]);
    expect(vocabulary.gifts.slice(0, 2)).toEqual(['cooking', 'bike repair']);
    expect(vocabulary.cares).toEqual(['older people']);
  });

  it('keeps gifts as typed tags and marks a connector only with consent', () => {
    const draft = { ...draftFromAsset(gloria), gifts: 'Cooking,  urdu, cooking, Sewing', connector: true };
    const saved = assetFromDraft(draft, { id: gloria.id, now: '2026-11-29T09:00:00.000Z', geometry: null, neighbourhoodIds: [], existing: gloria });
    expect(saved.ok && saved.value.person?.gifts).toEqual(['cooking', 'urdu', 'sewing']);
    expect(saved.ok && saved.value.connector).toBe(true);
    const refused = assetFromDraft({ ...draftFromAsset(secret), connector: true }, { id: secret.id, now: '2026-11-29T09:00:00.000Z', geometry: null, neighbourhoodIds: [], existing: secret });
    expect(!refused.ok && refused.error.map((p) => p.message)).toEqual(['A person can be marked as a community connector only once they have given consent']);
  });
});
