import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadsInto, sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';
import { importTraffordWards, TRAFFORD } from './trafford';
import { inside } from './geo-reference';
import { summarisePixels } from './pixels';

const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-coverage-'));

type Area = Parameters<typeof inside>[1];
const wards = (
  JSON.parse(readFileSync(`${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`, 'utf8')) as { features: { properties: { area_name: string; area_code: string }; geometry: Area }[] }
).features;
const parks = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/assets/trafford_parks.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => [Number(r.lon), Number(r.lat)]);
const postcodes = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/postcodes/trafford_postcodes.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Metres between two lon/lat points on the sphere (haversine): the test's own distance, none of the app's. */
function metres(a: number[], b: number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** An independent estimate of a ward's covered share: a regular lattice of points, each tested against every park. */
function latticeShare(area: Area, distance: number): number {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  const xs = rings.flat().map((p) => p[0]!);
  const ys = rings.flat().map((p) => p[1]!);
  let total = 0;
  let near = 0;
  for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.0012) {
    for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.0008) {
      if (!inside([x, y], area)) continue;
      total += 1;
      if (parks.some((p) => metres(p, [x, y]) <= distance)) near += 1;
    }
  }
  return near / total;
}

function blend(colour: string, opacity: number, under: string): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(colour, i) * opacity + channel(under, i) * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const download = downloadsInto(dir);

async function importWardsAndParks(page: Page) {
  await importTraffordWards(page);
  await page.getByRole('button', { name: 'Import data' }).click();
  const data = page.getByRole('dialog', { name: 'Import data' });
  await data.getByLabel('File to import').setInputFiles(`${TRAFFORD}/assets/trafford_parks.csv`);
  await data.getByRole('button', { name: /^Import \d+/ }).click();
  await expect.poll(() => data.getByRole('status').textContent()).toContain(`Added ${parks.length}`);
  await data.getByRole('button', { name: 'Done' }).click();
}

const shareIn = (row: string) => Number(/([\d.]+)%/.exec(row)?.[1]) / 100;

describe('coverage analysis', () => {
  it('answers "how much of each ward is within 800 m of a park", draws the gaps, exports them, and goes out of date after an edit', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await importWardsAndParks(page);
    await page.getByRole('tab', { name: 'Coverage' }).click();

    // Bad questions get a clear message and no result.
    await page.getByLabel('Distance in metres').fill('0');
    await page.getByRole('button', { name: 'Analyse coverage' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The distance must be more than 0 m');
    await page.getByLabel('Distance in metres').fill('12000');
    await page.getByRole('button', { name: 'Analyse coverage' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('at most 10,000 m');
    await page.getByLabel('Cultural').check();
    await page.getByLabel('Physical').uncheck();
    await page.getByLabel('800 m').check();
    await page.getByRole('button', { name: 'Analyse coverage' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('No assets with a location match');
    expect(await page.getByRole('table', { name: 'Coverage by neighbourhood' }).count()).toBe(0);

    await page.getByLabel('Physical').check();
    await page.getByLabel('Cultural').uncheck();
    await page.getByLabel('Homes or postcodes (CSV)').setInputFiles(`${TRAFFORD}/postcodes/trafford_postcodes.csv`);
    await expect.poll(() => page.getByText(/Counting [\d,]+ postcodes/).count()).toBe(1);
    await page.getByRole('button', { name: 'Analyse coverage' }).click();
    const table = page.getByRole('table', { name: 'Coverage by neighbourhood' });
    await expect.poll(async () => (await table.getByRole('row').count()) || (await page.getByRole('alert').allTextContents()).join('|'), { timeout: 15_000 }).toBe(22);
    expect(await page.getByText(/counted on a 15 m grid/).count()).toBe(1);

    // Each ward's covered share agrees with the test's own lattice estimate (sampling error ~1–2 pp),
    // and the homes within reach with a direct count over the postcodes.
    const shares: number[] = [];
    for (const ward of wards) {
      const row =
        (await table
          .getByRole('row')
          .filter({ has: page.getByRole('button', { name: `Show ${ward.properties.area_name} on the map`, exact: true }) })
          .textContent()) ?? '';
      const share = shareIn(row);
      shares.push(share);
      expect(Math.abs(share - latticeShare(ward.geometry, 800)), ward.properties.area_name).toBeLessThan(0.03);
      const homes = postcodes.map((p) => [Number(p.lon ?? p.longitude), Number(p.lat ?? p.latitude)]).filter((p) => inside(p, ward.geometry));
      const reached = homes.filter((h) => parks.some((p) => metres(p, h) <= 800)).length;
      expect(row, ward.properties.area_name).toContain(`of ${homes.length.toLocaleString('en-GB')}`);
      expect(row).toContain(`${((reached / homes.length) * 100).toFixed(1)}%`);
    }
    // Ranked by gap: the first row has the largest uncovered area, and some wards are not fully covered.
    expect(shares.some((s) => s < 0.9)).toBe(true);

    const map = page.getByRole('region', { name: 'Asset map', exact: true });
    await page.getByRole('button', { name: 'Show Bowdon on the map' }).click();
    await page.waitForTimeout(800);
    const GAP = '#b2182b';
    const withGaps = summarisePixels(await map.screenshot(), '#f3f0e8', [GAP], 40);
    expect(withGaps.near[GAP]).toBeGreaterThan(200);
    await page.getByLabel('Show distance surface').check();
    await page.waitForTimeout(500);
    await snapshot(page, 'coverage-landscape');
    expect(await seriousFindings(page, 'coverage results')).toEqual([]);
    // The two inner bands' colours at the surface's 45% opacity over the background.
    const inner = [blend('#1a9850', 0.45, '#f3f0e8'), blend('#91cf60', 0.45, '#f3f0e8')];
    const bands = summarisePixels(await map.screenshot(), '#f3f0e8', inner, 30);
    expect((bands.near[inner[0]!] ?? 0) + (bands.near[inner[1]!] ?? 0)).toBeGreaterThan(1000);
    await page.getByLabel('Show gaps on map').uncheck();
    await page.getByLabel('Show distance surface').uncheck();
    await expect.poll(async () => summarisePixels(await map.screenshot(), '#f3f0e8', [GAP], 40).near[GAP]).toBeLessThan(20);
    await page.getByLabel('Show gaps on map').check();

    // Files: the gaps as RFC 7946 GeoJSON that GDAL reads, the table as Excel-safe CSV.
    const gapsPath = await download(page, () => page.getByRole('button', { name: 'Download gaps (GeoJSON)' }).click(), 'gaps.geojson');
    const gaps = JSON.parse(readFileSync(gapsPath, 'utf8')) as { crs?: unknown; features: { id: string; geometry: { type: string }; properties: Record<string, unknown> }[] };
    expect(gaps.crs).toBeUndefined();
    expect(gaps.features.length).toBe(shares.filter((s) => s < 1).length);
    expect(gaps.features[0]!.properties.method).toMatch(/15 m grid/);
    const ogr = execFileSync('ogrinfo', ['-ro', '-so', '-al', gapsPath]).toString();
    expect(ogr).toContain(`Feature Count: ${gaps.features.length}`);
    expect(ogr).toContain('Multi Polygon');
    const tablePath = await download(page, () => page.getByRole('button', { name: 'Download table (CSV for Excel)' }).click(), 'table.csv');
    const csv = readFileSync(tablePath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse(csv.slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(21);

    // An edit to a counted asset marks the result out of date; re-running is one tap and is compared with the first run.
    await page.getByRole('tab', { name: 'Assets' }).click();
    await page
      .getByRole('button', { name: /^Abbotsfield Park/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect.poll(() => page.getByText('Out of date: assets or boundaries have changed since this run.').count()).toBe(1);
    await page.getByRole('button', { name: 'Re-run analysis' }).click();
    await expect.poll(async () => (await page.getByLabel('Saved runs').locator('option').count()) || (await page.getByRole('alert').allTextContents()).join('|'), { timeout: 15_000 }).toBe(2);
    expect(await page.getByText('Out of date').count()).toBe(0);
    expect(await table.textContent()).toMatch(/−\d+\.\d pp/);

    await page.reload();
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Coverage by neighbourhood' }).getByRole('row').count()).toBe(22);
    expect(problems).toEqual([]);
  });

  it('lists the most deprived small areas by how much of them is out of reach (portrait)', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await importWardsAndParks(page);
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: 'Add context layer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add context layer' });
    await dialog.getByLabel('Small-area boundaries (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_lsoa_2011_generalised.geojson`);
    await dialog.getByLabel('Table to join by area code (CSV)').setInputFiles(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`);
    await expect.poll(() => dialog.getByText('138 of 138 areas matched').count()).toBe(1);
    await dialog.getByLabel('Layer name').fill('IMD 2019');
    await dialog.getByRole('button', { name: 'Save layer' }).click();
    await page.getByLabel('Show IMD 2019').uncheck();

    await page.getByRole('tab', { name: 'Coverage' }).click();
    await page.getByLabel('400 m').check();
    await page.getByLabel('Deprivation layer').selectOption({ label: 'IMD 2019' });
    await page.getByRole('button', { name: 'Analyse coverage' }).click();
    const priority = page.getByRole('table', { name: 'Priority areas' });
    await expect.poll(() => priority.getByRole('row').count()).toBeGreaterThan(1);
    // Every listed area is in decile 1 or 2 of the IMD file, and the list is ranked by out-of-reach share.
    const imd = Papa.parse<Record<string, string>>(readFileSync(`${TRAFFORD}/deprivation/trafford_imd2019_lsoa_wide.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const deprived = imd.filter((r) => Number(r.imd_decile) <= 2).map((r) => r.lsoa11cd);
    const rows = (await priority.getByRole('row').allTextContents()).slice(1);
    expect(rows.length).toBe(deprived.length);
    for (const code of deprived) expect(rows.some((r) => r.includes(code!))).toBe(true);
    const outOfReach = (await priority.locator('tbody tr td:nth-child(3)').allTextContents()).map(shareIn);
    expect(outOfReach.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect([...outOfReach].sort((a, b) => b - a)).toEqual(outOfReach);
    await snapshot(page, 'coverage-priority-portrait');
    expect(await seriousFindings(page, 'priority areas')).toEqual([]);

    // The print shows the gaps over the deprivation layer (with its legend), the figures and the
    // priority areas as tables, and every page carries the title, the credits and the print line.
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByLabel('Show IMD 2019').check();
    await page.getByRole('button', { name: 'Print map' }).click();
    const print = page.getByRole('dialog', { name: 'Print map' });
    // What this test reads does not depend on the dots per inch: a draft draws a quarter of the pixels.
    await print.getByLabel('Quality').selectOption('draft');
    await expect.poll(() => print.getByLabel('Coverage gaps').isChecked()).toBe(true);
    expect(await print.getByLabel(/^Context layers \(deprivation\)/).isChecked()).toBe(true);
    await expect.poll(() => print.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/Map drawn.* (\d+) pages?$/);
    const coverageSheet = print.getByRole('region', { name: 'Coverage', exact: true });
    expect(await coverageSheet.getByRole('heading', { level: 2 }).first().textContent()).toContain('active physical spaces within 400 m');
    const bowdon = coverageSheet.getByRole('row', { name: /^Bowdon/ });
    expect(await bowdon.getByRole('cell').first().textContent()).toMatch(/^\d+\.\d%$/);
    // Headers over their own columns: as many header cells as cells in each row.
    for (const table of await coverageSheet.getByRole('table').all()) {
      const headers = await table.locator('thead th').count();
      const widths = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.children.length));
      expect(widths.every((w) => w === headers)).toBe(true);
    }
    expect(await coverageSheet.getByRole('heading', { name: /^Priority areas/ }).count()).toBe(1);
    expect(await coverageSheet.textContent()).toContain('counted on a 15 m grid');
    expect(await print.getByRole('figure', { name: 'Legend: IMD 2019' }).count()).toBeGreaterThan(0);
    const pages = Number(/(\d+) pages?$/.exec((await print.getByRole('status').textContent()) ?? '')?.[1]);
    const pdfPath = join(dir, 'coverage-print.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1])).toBe(pages);
    for (let n = 1; n <= pages; n += 1) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdfPath, '-'], { encoding: 'utf8' });
      expect(text, `page ${n}`).toContain('Open Government Licence v.3.0');
      expect(text.replace(/\s+/g, ' '), `page ${n}`).toContain(`page ${n} of ${pages}`);
    }
    await snapshot(page, 'coverage-print-portrait');
    expect(problems).toEqual([]);
  });
});
