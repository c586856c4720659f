import { describe, expect, it } from 'vitest';
import { findPlaces, formatPostcode } from '../../../src/model/find-places';
import { nearestPostcode } from '../../../src/geo/nearest-postcode';
import { areaAtPoint } from '../../../src/geo/area-at-point';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { OverlaySchema } from '../../../src/model/overlay';
import { makeNeighbourhood } from '../factories';
import { square } from '../actions/intents/fixtures';

const gorse = NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'Gorse Hill & Cornbrook', code: 'E05015247' }));
const longford = NeighbourhoodSchema.parse(makeNeighbourhood({ name: 'Longford', code: 'E05000826' }));
const postcodes = new Map<string, readonly [number, number]>([
  ['M154AB', [-2.26046, 53.465578]],
  ['M154AD', [-2.260757, 53.464903]],
  ['M320AA', [-2.3, 53.45]],
]);

describe('finding places', () => {
  it('finds neighbourhoods by the words of their name, ignoring case and accents, or by their code', () => {
    expect(findPlaces('gorse', [longford, gorse], null).map((p) => p.kind === 'neighbourhood' && p.name)).toEqual(['Gorse Hill & Cornbrook']);
    expect(findPlaces('e05000826', [longford, gorse], null).map((p) => p.kind === 'neighbourhood' && p.name)).toEqual(['Longford']);
    expect(findPlaces('  ', [longford, gorse], postcodes)).toEqual([]);
  });

  it('finds a postcode however it is typed, or those it starts, and nothing from a word', () => {
    expect(findPlaces('m15 4ab', [], postcodes)).toEqual([{ kind: 'postcode', postcode: 'M15 4AB', lngLat: [-2.26046, 53.465578] }]);
    expect(findPlaces('M15 4A', [], postcodes).map((p) => p.kind === 'postcode' && p.postcode)).toEqual(['M15 4AB', 'M15 4AD']);
    expect(findPlaces('park', [], postcodes)).toEqual([]);
    expect(findPlaces('M15', [], postcodes)).toEqual([]); // too short to list a district's thousands
    expect(formatPostcode('WA145NT')).toBe('WA14 5NT');
  });

  it('names the nearest postcode within reach, and none beyond it', () => {
    expect(nearestPostcode([-2.2605, 53.4653], postcodes)).toEqual({ postcode: 'M154AB', metres: expect.closeTo(31.06, 1) });
    expect(nearestPostcode([-2.1, 53.5], postcodes)).toBeNull();
  });

  it('finds the small area under a point in the topmost visible layer', () => {
    const layer = (name: string, visible: boolean) =>
      OverlaySchema.parse({
        id: crypto.randomUUID(),
        name,
        visible,
        areas: [
          { code: 'E01000001', name: 'West', geometry: square(0, 0, 1), values: { imd_decile: 1 } },
          { code: 'E01000002', name: 'East', geometry: square(1, 0, 1), values: { imd_decile: 9 } },
        ],
        createdAt: '2026-11-30T10:00:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
      });
    const [under, over, hidden] = [layer('IMD 2019', true), layer('IMD 2025', true), layer('Hidden', false)];
    expect(areaAtPoint([under, over, hidden], [1.5, 0.5])?.overlay.name).toBe('IMD 2025');
    expect(areaAtPoint([under, over], [1.5, 0.5])?.area.name).toBe('East');
    expect(areaAtPoint([under, hidden], [0.5, 0.5])?.overlay.name).toBe('IMD 2019');
    expect(areaAtPoint([under], [3, 3])).toBeNull();
  });
});
