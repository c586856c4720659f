import { describe, expect, it } from 'vitest';
import {
  addCorner,
  cornerCount,
  cornersAndMidpoints,
  draftFromGeometry,
  draftToRawGeometry,
  EMPTY_BOUNDARY,
  insertCornerAfter,
  moveCorner,
  removeCorner,
  removeLastCorner,
} from '../../../src/model/boundary-draft';
import { choroplethClasses, classColour } from '../../../src/model/choropleth';

describe('boundary draft', () => {
  it('is drawn corner by corner and closed when it becomes a geometry', () => {
    let draft = EMPTY_BOUNDARY;
    for (const p of [
      [0, 0],
      [1, 0],
      [1, 1],
      [5, 5],
    ])
      draft = addCorner(draft, p);
    draft = removeLastCorner(draft);
    expect(cornerCount(draft)).toBe(3);
    expect(draftToRawGeometry(draft)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
  });

  it('moves, inserts and removes corners, but never below three in a ring', () => {
    let draft = draftFromGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    });
    expect(cornerCount(draft)).toBe(4); // the closing corner is not a corner of its own
    draft = moveCorner(draft, { part: 0, ring: 0, index: 2 }, [3, 3]);
    draft = insertCornerAfter(draft, { part: 0, ring: 0, index: 0 }, [1, -1]);
    expect(draft.parts[0]![0]).toEqual([
      [0, 0],
      [1, -1],
      [2, 0],
      [3, 3],
      [0, 2],
    ]);
    const smaller = removeCorner(draft, { part: 0, ring: 0, index: 1 });
    expect(smaller?.parts[0]![0]).toEqual([
      [0, 0],
      [2, 0],
      [3, 3],
      [0, 2],
    ]);
    const triangle = removeCorner(smaller!, { part: 0, ring: 0, index: 3 })!;
    expect(removeCorner(triangle, { part: 0, ring: 0, index: 0 })).toBeNull();
  });

  it('keeps every part and hole of an imported boundary and offers a midpoint on every edge', () => {
    const draft = draftFromGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 0],
          ],
          [
            [1, 0.5],
            [3, 0.5],
            [3, 2],
            [1, 0.5],
          ],
        ],
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 10],
          ],
        ],
      ],
    });
    const { corners, midpoints } = cornersAndMidpoints(draft, true);
    expect(corners).toHaveLength(9);
    expect(midpoints).toHaveLength(9);
    expect(draftToRawGeometry(draft).type).toBe('MultiPolygon');
  });
});

describe('choropleth classes', () => {
  it('gives deprivation deciles ten classes named as they are read', () => {
    const classes = choroplethClasses('imd_decile', [1, 2, 3, 10, null]);
    expect(classes).toHaveLength(10);
    expect(classes[0]!.label).toBe('1 (most deprived 10%)');
    expect(classColour(classes, 1)).toBe(classes[0]!.colour);
    expect(classColour(classes, 10)).toBe(classes[9]!.colour);
    expect(classColour(classes, null)).toBeNull();
  });

  it('splits other values into equal-count classes', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const classes = choroplethClasses('imd_score', values);
    expect(classes.map((c) => c.min)).toEqual([0, 20, 40, 60, 80]);
    expect(classes[4]!.label).toBe('80 and over');
    expect(values.filter((v) => classColour(classes, v) === classes[0]!.colour)).toHaveLength(20);
  });
});

describe('sorting assets by name', () => {
  it('ignores case and accents, as the list reads', async () => {
    const { sortByName } = await import('../../../src/model/asset-query');
    expect(sortByName([{ name: 'café Nero' }, { name: 'Bakery' }, { name: 'Cafe Abel' }, { name: 'apple store' }]).map((a) => a.name)).toEqual(['apple store', 'Bakery', 'Cafe Abel', 'café Nero']);
  });
});
