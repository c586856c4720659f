import { describe, expect, it } from 'vitest';
import { assetFromDraft, draftFromAsset, EMPTY_DRAFT, fieldErrors, mentionsSensitiveDetails, type AssetDraft } from '../../../src/model/asset-draft';
import { AssetSchema } from '../../../src/model/asset';
import { makeAsset } from '../factories';

const context = {
  id: '3f1c2b6e-8a4d-4c1e-9b2a-1d2e3f4a5b6c',
  now: '2026-11-22T10:00:00.000Z',
  geometry: { type: 'Point' as const, coordinates: [-2.3, 53.45] as [number, number] },
  neighbourhoodIds: [],
};
const draft = (overrides: Partial<AssetDraft>): AssetDraft => ({ ...EMPTY_DRAFT, ...overrides });

describe('assetFromDraft', () => {
  it('puts each problem under its field and keeps going past the first', () => {
    const result = assetFromDraft(draft({ name: '  ', email: 'nope', website: 'www.example.org' }), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(fieldErrors(result.error)).toEqual({
      name: 'Give the asset a name',
      category: 'Choose a category',
      email: 'Email must look like name@example.org',
      website: 'Website must be a web address starting http:// or https://',
    });
  });

  it('builds a full asset: tags split, trimmed and de-duplicated; blanks become missing', () => {
    const result = assetFromDraft(draft({ name: ' Walking Netball ', category: 'associations', type: 'sports club', tags: 'Walking, netball,, walking ', phone: ' ', cost: 'free' }), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Walking Netball');
    expect(result.value.tags).toEqual(['walking', 'netball']);
    expect(result.value.contact).toEqual({});
    expect(result.value.createdAt).toBe(context.now);
  });

  it('asks for consent for a person, and date and purpose when it is given', () => {
    const missing = assetFromDraft(draft({ name: 'Gloria M.', category: 'individuals' }), context);
    expect(!missing.ok && fieldErrors(missing.error).consentStatus).toBe('Record whether this person has given consent');
    const given = assetFromDraft(draft({ name: 'Gloria M.', category: 'individuals', consentStatus: 'given' }), context);
    expect(!given.ok && fieldErrors(given.error).consentDate).toMatch(/record the date and what it was given for/);
    const ok = assetFromDraft(draft({ name: 'Gloria M.', category: 'individuals', consentStatus: 'given', consentDate: '2026-11-01', consentPurpose: 'Contact about lunch club' }), context);
    expect(ok.ok && ok.value.person?.exactLocation).toBe(false);
  });

  it('round-trips a stored asset and keeps fields the form does not show', () => {
    const stored = AssetSchema.parse(makeAsset({ id: context.id, uprn: '000123', extra: { ward: 'E05000819' }, tags: ['football'] }));
    const result = assetFromDraft(draftFromAsset(stored), { ...context, existing: stored, now: '2026-11-23T08:00:00.000Z' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.value, updatedAt: stored.updatedAt }).toEqual(stored);
    expect(result.value.updatedAt).toBe('2026-11-23T08:00:00.000Z');
  });

  it('needs a location for everything but people', () => {
    const result = assetFromDraft(draft({ name: 'Hall', category: 'physical' }), { ...context, geometry: null });
    expect(!result.ok && fieldErrors(result.error).geometry).toMatch(/Place the asset on the map/);
  });
});

describe('mentionsSensitiveDetails', () => {
  it('flags health and faith words but not ordinary skills', () => {
    expect(mentionsSensitiveDetails('Has dementia, lives alone')).toBe(true);
    expect(mentionsSensitiveDetails('Goes to the mosque; Muslim')).toBe(true);
    expect(mentionsSensitiveDetails('Retired PE teacher who leads walks')).toBe(false);
  });
});
