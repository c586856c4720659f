import { describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { consentToReview, monthsBefore } from '../../../src/model/consent-review';
import { makeAsset } from '../factories';

const person = (name: string, consent: { status: 'given' | 'not-asked' | 'withdrawn'; date?: string; purpose?: string }) =>
  AssetSchema.parse(makeAsset({ name, category: 'individuals', geometry: null, person: { consent, exactLocation: false } }));

describe('consent to review', () => {
  it('counts months back on the calendar, clamping to the month end', () => {
    expect(monthsBefore('2026-11-29', 24)).toBe('2024-11-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('lists people whose consent is older than the setting, oldest first, and no one else', () => {
    const assets = [
      person('Old', { status: 'given', date: '2024-11-28', purpose: 'Events' }),
      person('Older', { status: 'given', date: '2023-02-01', purpose: 'Events' }),
      person('On the day', { status: 'given', date: '2024-11-29', purpose: 'Events' }),
      person('Recent', { status: 'given', date: '2026-10-01', purpose: 'Events' }),
      person('Withdrawn', { status: 'withdrawn', date: '2020-01-01' }),
      person('Not asked', { status: 'not-asked' }),
      AssetSchema.parse(makeAsset({ name: 'A park' })),
    ];
    expect(consentToReview(assets, '2026-11-29', 24).map((a) => a.name)).toEqual(['Older', 'Old']);
    expect(consentToReview(assets, '2026-11-29', 1).map((a) => a.name)).toEqual(['Older', 'Old', 'On the day', 'Recent']);
  });
});
