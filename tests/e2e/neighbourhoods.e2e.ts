import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';
import { inside, pointOf, READ_DATABASE, type Stored } from './geo-reference';
import { summarisePixels } from './pixels';

const TRAFFORD = 'tests/fixtures/trafford';
const browser = sharedBrowser();

const stored = async (page: Page) => (await page.evaluate(READ_DATABASE)) as Stored;
/** The stored assets whose point lies in the area, by the independent reference. */
const assetsInside = (db: Stored, area: Parameters<typeof inside>[1]) =>
  db.assets.filter((a) => {
    const p = pointOf(a.geometry);
    return p !== null && inside(p, area);
  });
const countText = (n: number) => `${n} asset${n === 1 ? '' : 's'}`;

async function canvasBox(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is laid out');
  return box;
}

describe('neighbourhoods', () => {
  it('draws a neighbourhood by taps, counts its assets, edits corners by tap, drag and removal, and repairs a crossing', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    await page.getByRole('button', { name: 'Draw neighbourhood' }).click();
    const box = await canvasBox(page);
    const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    const corners = [at(0.3, 0.3), at(0.62, 0.28), at(0.66, 0.7), at(0.32, 0.66)];
    const finish = page.getByRole('button', { name: 'Finish boundary' });
    for (const [i, c] of corners.entries()) {
      await expect.poll(() => finish.isDisabled()).toBe(i < 3);
      await page.mouse.click(c.x, c.y);
    }
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tap the map to add corners (4 so far)' }).count()).toBe(1);
    await snapshot(page, 'draw-neighbourhood-landscape');
    await finish.click();
    await page.getByLabel('Neighbourhood name').fill('Canal corner');
    await page.getByRole('button', { name: 'Save neighbourhood' }).click();

    const row = page.getByRole('listitem', { name: 'Canal corner' });
    let db = await stored(page);
    const drawn = db.neighbourhoods.find((n) => n.name === 'Canal corner');
    if (!drawn) throw new Error('the drawn neighbourhood is stored');
    expect(drawn.geometry.coordinates[0]).toHaveLength(5);
    const expected = assetsInside(db, drawn.geometry);
    expect(expected.length).toBeGreaterThan(5);
    await expect.poll(() => row.textContent()).toContain(countText(expected.length));
    expect(
      db.assets
        .filter((a) => a.neighbourhoodIds.includes(drawn.id))
        .map((a) => a.id)
        .sort(),
    ).toEqual(expected.map((a) => a.id).sort());
    // Drawn over the middle of the demo town, it overlaps Town Centre, which is allowed and said.
    expect(await row.textContent()).toMatch(/Overlaps .*Town Centre/);
    await snapshot(page, 'neighbourhood-list-landscape');
    expect(await seriousFindings(page, 'neighbourhood list')).toEqual([]);

    // Move one corner without dragging: select it, then tap its new place.
    await page.getByRole('button', { name: 'Edit Canal corner' }).click();
    await page.getByRole('button', { name: 'Edit boundary' }).click();
    await page.mouse.click(corners[2]!.x, corners[2]!.y);
    await expect.poll(() => page.getByRole('button', { name: 'Remove corner' }).count()).toBe(1);
    const moved = at(0.85, 0.85);
    await page.mouse.click(moved.x, moved.y);
    await page.getByRole('button', { name: 'Finish boundary' }).click();
    await page.getByRole('button', { name: 'Save neighbourhood' }).click();
    db = await stored(page);
    const edited = db.neighbourhoods.find((n) => n.id === drawn.id);
    if (!edited) throw new Error('the edited neighbourhood is stored');
    expect(edited.geometry.coordinates[0]![2]).not.toEqual(drawn.geometry.coordinates[0]![2]);
    const after = assetsInside(db, edited.geometry);
    expect(after.length).toBeGreaterThan(expected.length);
    await expect.poll(() => row.textContent()).toContain(countText(after.length));

    // Drag one corner, remove another: a triangle is left, and the count follows it.
    await page.getByRole('button', { name: 'Edit Canal corner' }).click();
    await page.getByRole('button', { name: 'Edit boundary' }).click();
    const dragTo = at(0.2, 0.4);
    await page.mouse.move(corners[0]!.x, corners[0]!.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i += 1) await page.mouse.move(corners[0]!.x + ((dragTo.x - corners[0]!.x) * i) / 8, corners[0]!.y + ((dragTo.y - corners[0]!.y) * i) / 8);
    await page.mouse.up();
    await page.mouse.click(corners[1]!.x, corners[1]!.y);
    await page.getByRole('button', { name: 'Remove corner' }).click();
    await page.getByRole('button', { name: 'Finish boundary' }).click();
    await page.getByRole('button', { name: 'Save neighbourhood' }).click();
    db = await stored(page);
    const triangle = db.neighbourhoods.find((n) => n.id === drawn.id);
    if (!triangle) throw new Error('the edited neighbourhood is stored');
    const ring = triangle.geometry.coordinates[0] as number[][];
    expect(ring).toHaveLength(4);
    expect(ring[0]![0]).toBeLessThan((drawn.geometry.coordinates[0] as number[][])[0]![0]!); // dragged west
    const inTriangle = assetsInside(db, triangle.geometry);
    await expect.poll(() => row.textContent()).toContain(countText(inTriangle.length));

    // A bow-tie is refused with where it crosses, and repaired on request.
    await page.getByRole('button', { name: 'Draw neighbourhood' }).click();
    for (const c of [at(0.2, 0.2), at(0.5, 0.5), at(0.5, 0.2), at(0.2, 0.5)]) await page.mouse.click(c.x, c.y);
    await page.getByRole('button', { name: 'Finish boundary' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'crosses itself at one place' }).count()).toBe(1);
    await snapshot(page, 'boundary-crossing-landscape');
    await page.getByRole('button', { name: 'Repair boundary' }).click();
    await page.getByLabel('Neighbourhood name').fill('Bow tie');
    await page.getByRole('button', { name: 'Save neighbourhood' }).click();
    db = await stored(page);
    expect(db.neighbourhoods.find((n) => n.name === 'Bow tie')?.geometry.type).toBe('MultiPolygon');

    // Delete, then undo.
    await page.getByRole('button', { name: 'Edit Bow tie' }).click();
    await page.getByRole('button', { name: 'Delete neighbourhood' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: 'Bow tie' }).count()).toBe(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: 'Bow tie' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('still draws by taps when the corner handles cannot load, and says why they are missing', async () => {
    const { context, page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE, [], [inject('baseUrl')]);
    // The editor's code is fetched the first time a boundary is drawn: refuse it, as a broken cache would.
    await context.route('**/boundary-editor-*.js', (route) => route.abort());
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    await page.getByRole('button', { name: 'Draw neighbourhood' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The corner handles could not be opened' }).count()).toBe(1);
    const box = await canvasBox(page);
    for (const [fx, fy] of [
      [0.3, 0.3],
      [0.62, 0.28],
      [0.66, 0.7],
    ] as const)
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tap the map to add corners (3 so far)' }).count()).toBe(1);
    await snapshot(page, 'corner-handles-failed');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports the Trafford wards, then a CSV of schools, and counts each ward as an independent reference does', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
    await page.getByRole('button', { name: 'Import boundaries' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import boundaries' });
    await dialog.getByLabel('Boundary file (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`);
    await expect.poll(() => dialog.getByLabel('Name property').inputValue()).toBe('area_name');
    expect(await dialog.getByLabel('Code property').inputValue()).toBe('area_code');
    await snapshot(page, 'import-boundaries-portrait');
    await dialog.getByRole('button', { name: 'Import 21 boundaries' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('21 new, 0 updated');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Import data' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import data' });
    await importDialog.getByLabel('File to import').setInputFiles(`${TRAFFORD}/assets/trafford_schools_and_colleges.csv`);
    await importDialog.getByRole('button', { name: /^Import \d+/ }).click();
    await expect.poll(() => importDialog.getByRole('status').textContent()).toContain('Added 103');
    await importDialog.getByRole('button', { name: 'Done' }).click();

    const wards = JSON.parse(readFileSync(`${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`, 'utf8')) as {
      features: { properties: { area_name: string }; geometry: Parameters<typeof inside>[1] }[];
    };
    const schools = readFileSync(`${TRAFFORD}/assets/trafford_schools_and_colleges.csv`, 'utf8').trim().split(/\r?\n/);
    const header = schools[0]!.split(',');
    const lonAt = header.indexOf('lon');
    const latAt = header.indexOf('lat');
    const points = schools.slice(1).map((line) => {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      return [Number(cells[lonAt]), Number(cells[latAt])];
    });
    expect(points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))).toBe(true);
    let total = 0;
    for (const ward of wards.features) {
      const count = points.filter((p) => inside(p, ward.geometry)).length;
      total += count;
      await expect.poll(() => page.getByRole('listitem', { name: ward.properties.area_name, exact: true }).textContent()).toContain(countText(count));
    }
    expect(total).toBeGreaterThan(90);
    await snapshot(page, 'wards-with-schools-portrait');

    await page.getByRole('button', { name: 'Show Altrincham' }).click();
    const altrincham = points.filter((p) => inside(p, wards.features.find((w) => w.properties.area_name === 'Altrincham')!.geometry)).length;
    await expect.poll(() => page.getByRole('heading', { name: `Assets (${altrincham} of ${points.length})` }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('deprivation context layer', () => {
  it('joins IMD 2019 to LSOA 2011 boundaries, reports the join, draws a choropleth that can be hidden, and keeps it after a reload', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    // The pixel counts below are of the map alone: put the "no street map" note away first.
    await page.getByRole('button', { name: 'Dismiss the street map note' }).click();
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Add context layer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add context layer' });

    // 2021 areas against 2011 codes: matched as far as they go, with a warning naming the vintage.
    await dialog.getByLabel('Small-area boundaries (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_lsoa_2021_generalised.geojson`);
    await dialog.getByLabel('Table to join by area code (CSV)').setInputFiles(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`);
    await expect.poll(() => dialog.getByText('137 of 139 areas matched').count()).toBe(1);
    expect(await dialog.getByRole('alert').textContent()).toContain('2011 codes (lsoa11cd) but the areas are 2021 boundaries');
    expect(await dialog.textContent()).toContain('E01034000');

    await dialog.getByLabel('Small-area boundaries (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_lsoa_2011_generalised.geojson`);
    await expect.poll(() => dialog.getByText('138 of 138 areas matched').count()).toBe(1);
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(await dialog.getByLabel('imd_decile').isChecked()).toBe(true);
    await dialog.getByLabel('Layer name').fill('IMD 2019');
    await dialog.getByLabel('Vintage').fill('LSOA 2011 / IMD 2019');
    await snapshot(page, 'context-layer-dialog-landscape');
    await dialog.getByRole('button', { name: 'Save layer' }).click();

    const legend = page.locator('.map-legend').getByRole('figure', { name: 'Legend: IMD 2019' });
    await expect.poll(() => legend.textContent()).toContain('LSOA 2011 / IMD 2019');
    expect(await legend.textContent()).toContain('1 (most deprived 10%)');
    const map = page.getByRole('region', { name: 'Asset map', exact: true });
    await page.waitForTimeout(500);
    // Decile 1's #800026 at the fill's 60% opacity over the #f3f0e8 background.
    const DECILE_1 = '#ae6074';
    const shown = summarisePixels(await map.screenshot(), '#f3f0e8', [DECILE_1]);
    await snapshot(page, 'imd-choropleth-landscape');
    // Trafford has decile 1 areas, and most of the map is coloured.
    expect(shown.near[DECILE_1]).toBeGreaterThan(300);
    expect(shown.nonBackground / shown.total).toBeGreaterThan(0.3);

    await page.getByLabel('Show IMD 2019').uncheck();
    await expect.poll(async () => summarisePixels(await map.screenshot(), '#f3f0e8', []).nonBackground / shown.total).toBeLessThan(0.05);
    await page.getByLabel('Show IMD 2019').check();

    const db = await stored(page);
    const layer = db.overlays.find((o) => o.name === 'IMD 2019');
    const firstRow = readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8').split(/\r?\n/)[1]!.split(',');
    expect(layer?.areas.find((a) => a.code === firstRow[0])?.values.imd_decile).toBe(Number(firstRow[6]));

    await page.reload();
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expect.poll(() => page.getByLabel('Show IMD 2019').isChecked()).toBe(true);
    await expect.poll(async () => summarisePixels(await map.screenshot(), '#f3f0e8', [DECILE_1]).near[DECILE_1]).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});
