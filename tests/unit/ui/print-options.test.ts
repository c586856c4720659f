import { describe, expect, it } from 'vitest';
import { changeOptions, defaultPrintOptions, effectiveTitle, printBounds, sheetContent } from '../../../src/ui/print-options';
import { printLayout } from '../../../src/model/print-layout';
import { area, asset } from '../actions/intents/fixtures';

const ward = area({ name: 'Gorse Hill', source: 'wards.geojson' });
const other = area({
  name: 'Longford',
  source: 'wards.geojson',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-2.4, 53.4],
        [-2.38, 53.4],
        [-2.38, 53.42],
        [-2.4, 53.4],
      ],
    ],
  },
});
const park = asset({ name: 'Park', source: 'parks.csv', neighbourhoodIds: [ward.id] });
const gloria = asset({
  name: 'Gloria',
  category: 'individuals',
  geometry: null,
  neighbourhoodIds: [ward.id],
  person: { consent: { status: 'given', date: '2026-01-01', purpose: 'x' }, exactLocation: false },
});
const base = {
  layout: printLayout('A4', 'landscape'),
  printedOn: '29 November 2026',
  areas: [ward, other],
  assets: [park, gloria],
  shown: [park],
  key: [],
  coverage: null,
  map: { mapUrl: null, scaleBar: null },
};

describe('what the printed sheet says', () => {
  it('counts people per neighbourhood unless they are included, and names the data\u2019s sources', () => {
    const options = defaultPrintOptions(false);
    const content = sheetContent({ ...base, options, area: undefined });
    expect(content.people).toEqual([
      { name: 'Gorse Hill', count: 1 },
      { name: 'Longford', count: 0 },
    ]);
    expect(content.attribution).toBe('Data: parks.csv; wards.geojson');
    expect(sheetContent({ ...base, options: changeOptions(options, { includePeople: true }), area: undefined }).people).toBeNull();
    expect(sheetContent({ ...base, options: changeOptions(options, { showNeighbourhoods: false }), area: undefined }).attribution).toBe('Data: parks.csv');
  });

  it('frames one neighbourhood with its name as the title, and counts only its people', () => {
    const options = changeOptions(defaultPrintOptions(false), { areaId: ward.id });
    const content = sheetContent({ ...base, options, area: ward });
    expect(content.title).toBe('Gorse Hill');
    expect(content.subtitle).toBe('29 November 2026');
    expect(content.people?.map((r) => r.name)).toEqual(['Gorse Hill']);
    expect(effectiveTitle(changeOptions(options, { title: 'Workshop 1' }), ward)).toBe('Workshop 1');
    const bounds = printBounds(ward, null, []);
    expect(bounds?.[0]).toBeLessThan(-2.31); // a margin round the boundary
    expect(printBounds(undefined, [0, 0, 1, 1], [park])).toEqual([0, 0, 1, 1]);
  });
});
