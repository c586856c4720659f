import { describe, expect, it } from 'vitest';
import { AssetSchema } from '../../../src/model/asset';
import { findAsset, linkCandidates, linksBothWays, prepareLinkIndex } from '../../../src/model/asset-links';
import { makeAsset } from '../factories';

const hall = AssetSchema.parse(makeAsset({ id: '00000000-0000-4000-8000-000000000001', name: 'St Hilda\u2019s Church Hall', type: 'hall' }));
const group = AssetSchema.parse(
  makeAsset({ id: '00000000-0000-4000-8000-000000000002', name: 'Southfields Walking Group', category: 'associations', links: [{ assetId: hall.id, relation: 'meets in' }] }),
);
const club = AssetSchema.parse(makeAsset({ id: '00000000-0000-4000-8000-000000000003', name: 'Hall Lane Bowls', category: 'associations', links: [{ assetId: hall.id, relation: 'works with' }] }));
const person = AssetSchema.parse(makeAsset({ id: '00000000-0000-4000-8000-000000000004', name: 'Hall keeper', category: 'individuals', geometry: null, person: { consent: { status: 'not-asked' } } }));
const assets = [hall, group, club, person];

describe('links both ways', () => {
  it('shows the links an asset made and those made to it, by the other asset', () => {
    expect(linksBothWays(hall, assets).map((l) => [l.direction, l.relation, l.other?.name])).toEqual([
      ['from', 'works with', 'Hall Lane Bowls'],
      ['from', 'meets in', 'Southfields Walking Group'],
    ]);
    expect(linksBothWays(group, assets).map((l) => [l.direction, l.relation, l.other?.name])).toEqual([['to', 'meets in', 'St Hilda\u2019s Church Hall']]);
  });

  it('reads a changed workspace afresh: a new list of assets is a new index', () => {
    expect(linksBothWays(hall, assets)).toHaveLength(2);
    const unlinked = { ...club, links: [] };
    expect(linksBothWays(hall, [hall, group, unlinked, person]).map((l) => l.other?.name)).toEqual(['Southfields Walking Group']);
    // The first list's answer is unchanged.
    expect(linksBothWays(hall, assets)).toHaveLength(2);
  });

  it('keeps a link to a deleted asset, with no asset at its end', () => {
    expect(linksBothWays(group, [group])).toEqual([{ direction: 'to', relation: 'meets in', other: null, otherId: hall.id }]);
  });
});

describe('finding an asset to link', () => {
  it('matches every word in the name, names starting with the first word first, never itself or a person', () => {
    expect(linkCandidates(assets, 'hall', group.id).map((a) => a.name)).toEqual(['Hall Lane Bowls', 'St Hilda\u2019s Church Hall']);
    expect(linkCandidates(assets, 'hilda HALL', hall.id)).toEqual([]);
    expect(linkCandidates(assets, '  ', undefined)).toEqual([]);
    expect(linkCandidates(assets, 'hall', undefined, 1).map((a) => a.name)).toEqual(['Hall Lane Bowls']);
  });
});

describe('finding an asset by id', () => {
  it('answers the same before and after the list is indexed, and a list of its own each time', () => {
    const list = [hall, group, club, person];
    expect(findAsset(list, club.id)).toBe(club);
    expect(findAsset(list, 'not-an-id')).toBeNull();
    expect(findAsset(list, null)).toBeNull();
    expect(findAsset(list, undefined)).toBeNull();
    prepareLinkIndex(list);
    expect(findAsset(list, club.id)).toBe(club);
    expect(findAsset(list, person.id)).toBe(person);
    expect(findAsset(list, 'not-an-id')).toBeNull();
    // An edited record comes in a new list: the old list's index does not answer for it.
    const edited = { ...club, name: 'Hall Lane Bowls Club' };
    expect(findAsset([hall, group, edited, person], club.id)).toBe(edited);
  });
});
