import { describe, expect, it } from 'vitest';
import { numberAssets, peopleCounts } from '../../../src/model/print-key';
import { AssetSchema } from '../../../src/model/asset';
import { makeAsset } from '../factories';

const a = (name: string, category: 'physical' | 'associations' | 'cultural' | 'individuals', extra = {}) =>
  AssetSchema.parse(makeAsset({ name, category, ...(category === 'individuals' ? { person: { consent: { status: 'not-asked' } } } : {}), ...extra }));

describe('numberAssets', () => {
  it('numbers by legend order then name, naturally (Pitch 2 before Pitch 10)', () => {
    const key = numberAssets([a('Pitch 10', 'physical'), a('Mural', 'cultural'), a('Choir', 'associations'), a('Pitch 2', 'physical')]);
    expect(key.map((k) => `${k.number} ${k.name}`)).toEqual(['1 Choir', '2 Pitch 2', '3 Pitch 10', '4 Mural']);
  });

  it('gives the same numbers whatever order the assets come in', () => {
    const list = [a('B', 'physical'), a('A', 'physical'), a('C', 'cultural')];
    expect(numberAssets(list)).toEqual(numberAssets([...list].reverse()));
  });
});

describe('peopleCounts', () => {
  it('counts people per neighbourhood and those outside any', () => {
    const north = { id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'North' };
    const south = { id: '1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'South' };
    const people = [
      a('P1', 'individuals', { neighbourhoodIds: [north.id] }),
      a('P2', 'individuals', { neighbourhoodIds: [north.id] }),
      a('P3', 'individuals'),
      a('Park', 'physical', { neighbourhoodIds: [south.id] }),
    ];
    expect(peopleCounts(people, [north, south])).toEqual([
      { name: 'North', count: 2 },
      { name: 'South', count: 0 },
      { name: 'Not in a neighbourhood', count: 1, elsewhere: true },
    ]);
  });
});
