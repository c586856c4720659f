import { describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { parseWith } from '../../../src/model/problems';
import { CATEGORY_LIST, CATEGORY_IDS } from '../../../src/model/categories';
import { makeAsset } from '../factories';

const problemsOf = (input: unknown): string[] => {
  const result = parseWith(AssetSchema, input);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.error.map((p) => p.message);
};

describe('Asset', () => {
  it('accepts a minimal asset and fills the defaults', () => {
    const result = parseWith(AssetSchema, makeAsset());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tags).toEqual([]);
    expect(result.value.status).toBe('active');
    expect(result.value.source).toBe('field survey');
    expect(result.value.neighbourhoodIds).toEqual([]);
  });

  it('refuses an empty name with a message a coordinator can act on', () => {
    expect(problemsOf(makeAsset({ name: '   ' }))).toEqual(['Name: Give the asset a name']);
  });

  it('names the allowed categories when the category is wrong', () => {
    const [problem] = problemsOf(makeAsset({ category: 'parks' as never }));
    expect(problem).toBe(`Category: Choose a category: ${CATEGORY_IDS.join(', ')}`);
  });

  it('says which coordinate is out of range', () => {
    const problems = problemsOf(makeAsset({ geometry: { type: 'Point', coordinates: [-2.3, 153.4] } }));
    expect(problems).toEqual(['Location › Coordinates: Latitude 153.4 is outside -90 to 90']);
  });

  it('refuses an unclosed polygon ring and one with too few corners', () => {
    const unclosed = problemsOf(
      makeAsset({
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        },
      }),
    );
    expect(unclosed.join('\n')).toContain('not closed');
    const thin = problemsOf(
      makeAsset({
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
              [0, 0],
            ],
          ],
        },
      }),
    );
    expect(thin.join('\n')).toContain('at least 3 distinct corners; this one has 2');
  });

  it('requires consent for a person and date and purpose when consent is given', () => {
    expect(problemsOf(makeAsset({ category: 'individuals', type: 'person' }))).toEqual(['Person: A record about a person needs their consent status']);
    const given = problemsOf(makeAsset({ category: 'individuals', person: { consent: { status: 'given' } } }));
    expect(given).toEqual(['Person › Consent › Date: When consent is given, record the date and what it was given for']);
  });

  it('lets a person have no location but not a park', () => {
    const person = makeAsset({ category: 'individuals', geometry: null, person: { consent: { status: 'not-asked' } } });
    expect(parseWith(AssetSchema, person).ok).toBe(true);
    expect(problemsOf(makeAsset({ geometry: null }))).toEqual(['Location: Place the asset on the map (only people may be recorded without a location)']);
  });

  it('keeps UPRNs as text with their leading zeros and refuses letters', () => {
    const result = parseWith(AssetSchema, makeAsset({ uprn: '000100012345' }));
    expect(result.ok && result.value.uprn).toBe('000100012345');
    expect(problemsOf(makeAsset({ uprn: '10A' }))).toEqual(['UPRN: A UPRN is 1 to 12 digits']);
  });

  it('explains a bad email and website', () => {
    const problems = problemsOf(makeAsset({ contact: { email: 'not-an-email', website: 'javascript:alert(1)' } }));
    expect(problems).toEqual(['Contact › Email: Email must look like name@example.org', 'Contact › Website: Website must be a web address starting http:// or https://']);
  });

  it('gives every category a distinct letter, colour and suggested types', () => {
    expect(new Set(CATEGORY_LIST.map((c) => c.letter)).size).toBe(6);
    expect(new Set(CATEGORY_LIST.map((c) => c.colour)).size).toBe(6);
    for (const category of CATEGORY_LIST) expect(category.suggestedTypes.length).toBeGreaterThan(3);
  });
});
