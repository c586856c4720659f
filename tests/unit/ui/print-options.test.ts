import { describe, expect, it } from 'vitest';
import { ALL_NEIGHBOURHOODS, changeOptions, defaultPrintOptions, EACH_NEIGHBOURHOOD, effectiveTitle, mapSheets, printBounds, sheetCommon } from '../../../src/ui/print-options';
import { printLayout } from '../../../src/model/print-layout';
import { frameBounds, moveFrame } from '../../../src/model/print-frame';
import { keyColumns, paginateKey, printCredits } from '../../../src/model/print-pages';
import { spreadMarkers } from '../../../src/model/marker-spread';
import { numberAssets } from '../../../src/model/print-key';
import { area, asset } from '../actions/intents/fixtures';

const ward = area({ name: 'Gorse Hill', code: 'E05000819', source: 'wards.geojson' });
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
const layout = printLayout('A4', 'landscape');
const input = (options = defaultPrintOptions(false)) => ({ options, layout, viewBounds: null, areas: [ward, other], assets: [park, gloria], analysis: null, overlays: [] });
const common = (options = defaultPrintOptions(false)) => {
  const sheets = mapSheets(input(options));
  return { sheets, common: sheetCommon({ ...input(options), sheets, printedOn: '30 November 2026', year: 2026 }) };
};
/** Width over height of a box on the Web Mercator map. */
const mercatorAspect = ([w, s, e, n]: number[]) =>
  (((e ?? 0) - (w ?? 0)) * Math.PI) / 180 / (Math.log(Math.tan(Math.PI / 4 + ((n ?? 0) * Math.PI) / 360)) - Math.log(Math.tan(Math.PI / 4 + ((s ?? 0) * Math.PI) / 360)));

describe('what the printed sheets say', () => {
  it('counts people per neighbourhood unless they are included, and credits the data with its licence', () => {
    const { sheets, common: shared } = common();
    expect(sheets[0]?.people).toEqual([
      { name: 'Gorse Hill', count: 1 },
      { name: 'Longford', count: 0 },
    ]);
    expect(shared.credits[0]).toBe('Data: parks.csv; wards.geojson.');
    expect(shared.credits[1]).toMatch(
      /^Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v\.3\.0\. Contains OS data © Crown copyright and database right 2026\.$/,
    );
    expect(common(changeOptions(defaultPrintOptions(false), { includePeople: true })).sheets[0]?.people).toBeNull();
    expect(common(changeOptions(defaultPrintOptions(false), { showNeighbourhoods: false })).common.credits).toEqual(['Data: parks.csv.']);
  });

  it('frames one neighbourhood with its name as the title, and counts only its people', () => {
    const options = changeOptions(defaultPrintOptions(false), { areaId: ward.id });
    const [sheet] = mapSheets(input(options));
    expect(sheet?.title).toBe('Gorse Hill');
    expect(sheet?.people?.map((r) => r.name)).toEqual(['Gorse Hill']);
    expect(effectiveTitle(changeOptions(options, { title: 'Workshop 1' }), ward)).toBe('Workshop 1');
    const bounds = printBounds(ward, null, []);
    expect(bounds?.[0]).toBeLessThan(-2.31); // a margin round the boundary
    expect(printBounds(undefined, [0, 0, 1, 1], [park])).toEqual([0, 0, 1, 1]);
  });

  it('makes one sheet for all neighbourhoods, and one per neighbourhood for an atlas, each numbered from 1', () => {
    expect(mapSheets(input(changeOptions(defaultPrintOptions(false), { areaId: ALL_NEIGHBOURHOODS }))).map((s) => s.id)).toEqual(['all']);
    const atlas = mapSheets(input(changeOptions(defaultPrintOptions(false), { areaId: EACH_NEIGHBOURHOOD })));
    expect(atlas.map((s) => s.title)).toEqual(['Gorse Hill', 'Longford']);
    expect(atlas.map((s) => s.key.map((k) => k.number))).toEqual([[1], []]);
  });
});

describe('the print frame', () => {
  it('shows exactly the frame\u2019s proportions, holding all of the area', () => {
    const box: [number, number, number, number] = [-2.32, 53.44, -2.3, 53.47];
    const framed = frameBounds(box, layout.mapMm);
    expect(mercatorAspect(framed)).toBeCloseTo(layout.mapMm.width / layout.mapMm.height, 6);
    expect(framed[0]).toBeLessThanOrEqual(box[0]);
    expect(framed[2]).toBeGreaterThanOrEqual(box[2]);
    expect(framed[1]).toBeCloseTo(box[1], 9);
    expect(framed[3]).toBeCloseTo(box[3], 9);
  });

  it('moves by a share of its size and resizes about its middle, keeping its proportions', () => {
    const framed = frameBounds([-2.32, 53.44, -2.3, 53.47], layout.mapMm);
    const east = moveFrame(framed, { east: 0.25 });
    expect(east[0] - framed[0]).toBeCloseTo((framed[2] - framed[0]) * 0.25, 9);
    const more = moveFrame(framed, { scale: 1.25 });
    expect(mercatorAspect(more)).toBeCloseTo(mercatorAspect(framed), 6);
    expect(more[2] - more[0]).toBeCloseTo((framed[2] - framed[0]) * 1.25, 9);
  });
});

describe('pages', () => {
  const many = Array.from({ length: 400 }, (_, i) => asset({ name: `Asset ${String(i).padStart(3, '0')}` }));
  it('puts what fits of the key under the map, then continues it in columns, every entry once and in order', () => {
    const key = numberAssets(many);
    const a3 = printLayout('A3', 'landscape');
    const { first, more } = paginateKey(key, a3);
    expect(keyColumns(layout)).toBe(4);
    expect(keyColumns(a3)).toBe(6);
    expect(paginateKey(key, layout).first).toEqual([]); // A4 landscape: the map fills page one
    expect(first.length).toBeGreaterThan(0);
    expect([...first, ...more.flat()].map((k) => k.number)).toEqual(key.map((k) => k.number));
    expect(more.length).toBeGreaterThan(1);
    expect(paginateKey(key.slice(0, first.length), a3).more).toEqual([]);
  });

  it('names ODbL for OpenStreetMap data and a context layer with its vintage', () => {
    const credits = printCredits({ sources: ['trafford_allotments_osm.csv'], boundaryCodes: [], layers: [{ name: 'IMD 2019', vintage: 'LSOA 2011', attribution: 'MHCLG, OGL v3.0' }], year: 2026 });
    expect(credits).toEqual(['Data: trafford_allotments_osm.csv.', 'IMD 2019 (LSOA 2011): MHCLG, OGL v3.0.', '\u00a9 OpenStreetMap contributors, available under the Open Database Licence (ODbL).']);
  });
});

describe('numbered markers', () => {
  it('never overlap: crowded ones move to the nearest free spot, the others stay put', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ x: 100 + (i % 3), y: 100 + Math.floor(i / 3) }));
    const lone = { x: 400, y: 400 };
    const spread = spreadMarkers([...crowd, lone], 10, 2);
    for (let i = 0; i < spread.length; i += 1)
      for (let j = i + 1; j < spread.length; j += 1) {
        const [a, b] = [spread[i], spread[j]];
        expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0)), `${i} and ${j}`).toBeGreaterThanOrEqual(22 - 1e-6);
      }
    expect(spread[0]).toEqual({ x: 100, y: 100, moved: false });
    expect(spread.at(-1)).toEqual({ x: 400, y: 400, moved: false });
    expect(spread.filter((s) => s.moved)).toHaveLength(11);
    expect(spreadMarkers([...crowd, lone], 10, 2)).toEqual(spread);
  });
});
