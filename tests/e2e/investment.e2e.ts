import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { downloadsInto, sharedBrowser, openSession, snapshot, waitForAssetsDrawn, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { summarisePixels } from './pixels';
import { seriousFindings } from './axe';
import { errorsOf, validateGrantPackage, validateOpenReferralService } from '../unit/io/standards';
import { THREE_SIXTY_GIVING_COLUMNS } from '../../src/io/three-sixty-giving';
import { INVESTMENT_COLOUR } from '../../src/map/style';

/**
 * Investment against need (issue 21): a coordinator sees the demo's microgrants against deprivation
 * (chart, table, map), records and imports grants, and publishes 360Giving and Open Referral UK files
 * that pass the standards' own schemas.
 */
const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-investment-'));
const download = downloadsInto(dir);
const panel = (page: Page) => page.getByRole('complementary', { name: 'Workspace panel' });
const map = (page: Page) => page.getByRole('region', { name: 'Asset map', exact: true });

/** What the demo file says was awarded: the app must add up to the same. */
const demo = JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { investments: { amountPence: number; status: string }[] } };
const awarded = demo.data.investments.filter((i) => ['awarded', 'paid', 'completed'].includes(i.status));
const demoPence = awarded.reduce((s, i) => s + i.amountPence, 0);
const pounds = (pence: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', ...(pence % 100 === 0 ? { maximumFractionDigits: 0 } : {}) }).format(pence / 100);

async function discPixels(page: Page): Promise<number> {
  return summarisePixels(await map(page).screenshot(), '#f3f0e8', [INVESTMENT_COLOUR], 30).near[INVESTMENT_COLOUR] ?? 0;
}

describe('investment against need', () => {
  it('shows the demo’s grants against deprivation, records and imports grants, and publishes 360Giving and Open Referral UK', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await waitForAssetsDrawn(page, 100);
    const before = await discPixels(page);
    await panel(page).getByRole('tab', { name: 'Investment' }).click();

    // Where the money went: the total, the chart by decile and the table by neighbourhood.
    await expect
      .poll(() =>
        panel(page)
          .getByText(`${pounds(demoPence)} awarded in ${awarded.length} grants`)
          .count(),
      )
      .toBe(1);
    const chart = panel(page).getByRole('img', { name: 'Money awarded by deprivation decile' });
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute('aria-labelledby')).toContain('investment-chart-desc');
    expect(await page.locator('#investment-chart-desc').textContent()).toMatch(/^\d+% of the £[\d,]+ awarded went to groups in the 20% most deprived areas/);
    const table = panel(page).getByRole('table', { name: 'Money awarded by neighbourhood' });
    const southfields = table.getByRole('row', { name: /Southfields Estate/ });
    expect(await southfields.getByRole('cell').nth(2).textContent()).toMatch(/^£[\d,.]+$/); // £ per 1,000 residents
    expect(await southfields.getByRole('cell').nth(3).textContent()).toBe('1'); // its residents' median decile
    expect(await seriousFindings(page, 'Investment tab')).toEqual([]);

    // On the map: a teal disc per neighbourhood that received money, gone when unticked.
    await expect.poll(() => discPixels(page), { timeout: 15_000 }).toBeGreaterThan(before + 200);
    // The deprivation layer beside it: the most deprived decile's dark red (#800026 at 60% over the
    // plain background, about #ae6074) appears.
    const darkRed = async () => summarisePixels(await map(page).screenshot(), '#f3f0e8', ['#ae6074'], 40).near['#ae6074'] ?? 0;
    expect(await darkRed()).toBeLessThan(50);
    await panel(page)
      .getByLabel(/Show deprivation on the map/)
      .check();
    await expect.poll(darkRed).toBeGreaterThan(1000);
    await page.locator('#panel-body').evaluate((body) => (body.scrollTop = 0));
    await snapshot(page, 'investment-landscape');
    await panel(page).getByLabel('Show money awarded on the map').uncheck();
    await expect.poll(() => discPixels(page)).toBeLessThan(before + 50);
    await panel(page).getByLabel('Show money awarded on the map').check();

    // Record a grant: a slip in the amount is caught, pence are kept exactly.
    await panel(page).getByRole('button', { name: 'Add grant' }).click();
    const form = panel(page).getByRole('form', { name: 'Add grant' });
    await form.getByPlaceholder('Find the recipient on the map').fill('Canal Side Sing');
    await form.getByRole('button', { name: /Choose Canal Side Singers/ }).click();
    await form.getByPlaceholder('Find an asset it supports').fill('Methodist Hall');
    await form.getByRole('button', { name: /Add Methodist Hall, Canal Street/ }).click();
    await form.getByLabel('Amount (£)').fill('lots');
    await form.getByLabel('Purpose').fill('Robes for the winter concert');
    await form.getByRole('button', { name: 'Save grant' }).click();
    expect(await form.getByText('“lots” is not an amount of money.').count()).toBe(1);
    await form.getByLabel('Amount (£)').fill('£1,250.50');
    await form.getByRole('button', { name: 'Save grant' }).click();
    const withGrant = demoPence + 125_050;
    await expect
      .poll(() =>
        panel(page)
          .getByText(`${pounds(withGrant)} awarded in ${awarded.length + 1} grants`)
          .count(),
      )
      .toBe(1);
    await panel(page).getByRole('button', { name: 'Edit the grant of £1,250.50 to Canal Side Singers' }).click();
    const edit = panel(page).getByRole('form', { name: 'Edit grant' });
    expect(await edit.getByRole('list', { name: 'Assets it supports' }).textContent()).toContain('Methodist Hall, Canal Street');
    expect(await edit.getByLabel('Amount (£)').inputValue()).toBe('1250.50');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // Import a spreadsheet: good rows in, bad rows refused by number and reason.
    const sheet = join(dir, 'grants.csv');
    writeFileSync(
      sheet,
      [
        'Organisation,Amount,Date awarded,Purpose,Status',
        'Tea Dance Group,"£75.00",03/11/2026,Tea urn,Paid',
        'Tea Dance Group,seventy,03/11/2026,Cups,Paid',
        '',
        'Canal Side Singers,£40,31/02/2026,Folders,Paid',
        'The Unknown Club,£90,04/11/2026,Balls,Paid',
      ].join('\r\n'),
    );
    // Chosen in "Import data" as anyone would; the app sees it is grants and hands it over.
    await page.getByRole('button', { name: 'Import data' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import data' });
    await importDialog.getByLabel('File to import').setInputFiles(sheet);
    await expect.poll(() => importDialog.getByRole('alert').filter({ hasText: 'This looks like a grants spreadsheet' }).count()).toBe(1);
    await importDialog.getByRole('button', { name: 'Import as grants' }).click();
    await expect.poll(() => importDialog.count()).toBe(0);
    expect(await panel(page).getByLabel('Amount (£)').inputValue()).toBe('Amount');
    await panel(page).getByRole('button', { name: 'Import 4 rows' }).click();
    const report = panel(page).getByRole('status').filter({ hasText: 'Imported 1 grant:' });
    await expect.poll(() => report.count()).toBe(1);
    expect(await panel(page).getByRole('list', { name: 'Refused rows' }).getByRole('listitem').allTextContents()).toEqual([
      'Row 3: “seventy” is not an amount of money',
      'Row 5: “31/02/2026” is not a date in the calendar',
      'Row 6: the recipient “The Unknown Club” is not on the map, and the row has no postcode to place it by',
    ]);
    await expect
      .poll(() =>
        panel(page)
          .getByText(`${pounds(withGrant + 7_500)} awarded in ${awarded.length + 2} grants`)
          .count(),
      )
      .toBe(1);

    // 360Giving needs the funder: said so, then set in Settings.
    await panel(page).getByRole('button', { name: 'Export as 360Giving (JSON)' }).click();
    expect(await panel(page).getByRole('alert').filter({ hasText: 'Set up the funder first' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Funder’s name').fill('Millbrook Community Foundation');
    await settings.getByLabel('Organisation identifier').fill('GB-CHC-1099999');
    await settings.getByLabel('360Giving prefix').fill('360G-millbrookcf');
    await settings.getByRole('button', { name: 'Save funder' }).click();
    await expect.poll(() => settings.getByRole('status').filter({ hasText: 'Millbrook Community Foundation' }).count()).toBe(1);
    await settings.getByRole('button', { name: 'Close', exact: true }).click();

    const grantsJson = JSON.parse(readFileSync(await download(page, () => panel(page).getByRole('button', { name: 'Export as 360Giving (JSON)' }).click(), '360giving.json'), 'utf8')) as {
      grants: { amountAwarded: number; id: string }[];
    };
    expect(validateGrantPackage(grantsJson), errorsOf(validateGrantPackage).join('; ')).toBe(true);
    expect(grantsJson.grants).toHaveLength(awarded.length + 2);
    expect(grantsJson.grants.reduce((s, g) => s + Math.round(g.amountAwarded * 100), 0)).toBe(withGrant + 7_500);
    expect(grantsJson.grants.every((g) => g.id.startsWith('360G-millbrookcf-'))).toBe(true);
    const grantsCsv = readFileSync(await download(page, () => panel(page).getByRole('button', { name: 'Export as 360Giving (CSV)' }).click(), '360giving.csv'), 'utf8');
    expect(Papa.parse(grantsCsv.replace(/^\ufeff/, ''), { header: true }).meta.fields).toEqual([...THREE_SIXTY_GIVING_COLUMNS]);

    const zip = unzipSync(readFileSync(await download(page, () => panel(page).getByRole('button', { name: 'Export as Open Referral UK' }).click(), 'oruk.zip')));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'accessibility.csv',
        'address.csv',
        'contacts.csv',
        'locations.csv',
        'organizations.csv',
        'organizations.json',
        'phones.csv',
        'schedule.csv',
        'service_at_location.csv',
        'services.csv',
        'services.json',
      ].sort(),
    );
    const services = JSON.parse(strFromU8(zip['services.json']!)) as unknown[];
    expect(services.length).toBeGreaterThan(50);
    for (const service of services) expect(validateOpenReferralService(service), errorsOf(validateOpenReferralService).join('; ')).toBe(true);

    // The chart as PNG and the table as CSV.
    const png = PNG.sync.read(readFileSync(await download(page, () => panel(page).getByRole('button', { name: 'Download chart (PNG)' }).click(), 'chart.png')));
    expect([png.width, png.height]).toEqual([1440, 800]);
    const tableCsv = Papa.parse<Record<string, string>>(
      readFileSync(await download(page, () => panel(page).getByRole('button', { name: 'Download table (CSV)' }).click(), 'table.csv'), 'utf8').replace(/^\ufeff/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(tableCsv.data.find((r) => r.neighbourhood === 'Southfields Estate')?.imd_decile).toBe('1');

    // On paper: the chart, its reading and the table, on A4.
    await panel(page).getByRole('button', { name: 'Print investment' }).click();
    const print = page.getByRole('dialog', { name: 'Print investment' });
    await expect.poll(() => print.getByRole('img', { name: 'Money awarded by deprivation decile' }).count()).toBe(1);
    await snapshot(page, 'investment-print-landscape');
    const pdfPath = join(dir, 'investment.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const onPaper = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(onPaper).toContain('Where the money went');
    expect(onPaper).toContain('Southfields Estate');
    expect(onPaper).toMatch(/\d+% of the £[\d,.]+ awarded went to groups in the 20% most deprived areas/);
    expect(onPaper).not.toContain('Canal Side Singers'); // recipients are not listed on the sheet
    await print.getByRole('button', { name: 'Close' }).click();

    await page.setViewportSize(TABLET_PORTRAIT);
    await panel(page).getByRole('table', { name: 'Money awarded by neighbourhood' }).scrollIntoViewIfNeeded();
    await snapshot(page, 'investment-portrait');
    expect(problems).toEqual([]);
  });
});
