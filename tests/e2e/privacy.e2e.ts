import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadsInto, emptyDeviceWithSettings, sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';
import { strFromU8, unzipSync } from 'fflate';

const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'atlas-privacy-'));

type DemoAsset = { name: string; category: string; description: string; contact?: { phone?: string; email?: string } };
const demo = (JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')) as { data: { assets: DemoAsset[] } }).data.assets;
const people = demo.filter((a) => a.category === 'individuals');

/** A council list of halls with its organisers' details in columns of their own. */
const HALLS = [
  ['name', 'type', 'lon', 'lat', 'Contact name', 'Mobile', 'Date of birth', 'toilets'],
  ['Millbrook Scout Hut', 'hall', '-2.0262', '53.2036', 'Bernard Organiser', '07700 900123', '1961-04-17', 'yes'],
  ['Weavers Rooms', 'hall', '-2.0301', '53.2051', 'Olwen Keyholder', '07700 900456', '1958-11-02', 'no'],
];
const COLUMN_SECRETS = ['Bernard Organiser', '07700 900123', '1961-04-17', 'Olwen Keyholder', '07700 900456', '1958-11-02'];
/** Every personal value in the workspace: the halls' personal columns and the demo's people. */
const SECRETS = [...COLUMN_SECRETS, ...people.map((p) => p.name), ...people.map((p) => p.description).filter((d) => d.length > 12)];

const leaks = (bytes: string) => SECRETS.filter((s) => bytes.includes(s));

const download = downloadsInto(dir);

describe('personal data stays private', () => {
  it('holds back personal columns and people from GeoJSON, both CSVs and the printed PDF, and seals a protected backup', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    const hallsPath = join(dir, 'halls.csv');
    writeFileSync(hallsPath, HALLS.map((r) => r.join(',')).join('\r\n'));

    // The import preview marks the personal columns, and the coordinator can see and change it.
    await page.getByRole('button', { name: 'Import data' }).click();
    const importer = page.getByRole('dialog', { name: 'Import data' });
    await importer.getByLabel('File to import').setInputFiles(hallsPath);
    for (const column of ['Contact name', 'Mobile', 'Date of birth']) expect(await importer.getByLabel(`\u201c${column}\u201d is personal data`).isChecked(), column).toBe(true);
    expect(await importer.getByLabel('\u201ctoilets\u201d is personal data').isChecked()).toBe(false);
    await snapshot(page, 'import-personal-columns-landscape');
    await importer.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect.poll(() => importer.getByRole('status').textContent()).toContain('Added 2');
    await importer.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'Export data' }).click();
    const exporter = page.getByRole('dialog', { name: 'Export data' });
    const outputs: Record<string, string> = {};
    outputs.geojson = readFileSync(await download(page, () => exporter.getByRole('button', { name: 'Export' }).click(), 'assets.geojson'), 'utf8');
    await expect.poll(() => exporter.getByRole('status').textContent()).toContain('the personal columns \u201cContact name\u201d, \u201cDate of birth\u201d, \u201cMobile\u201d');
    await exporter.getByLabel('Format').selectOption({ label: 'CSV for GIS (zip: CSV, .csvt, .prj)' });
    // Every file in the zip (the CSV, its column types and projection) is checked.
    const zipped = unzipSync(new Uint8Array(readFileSync(await download(page, () => exporter.getByRole('button', { name: 'Export' }).click(), 'gis.zip'))));
    outputs.gis = Object.values(zipped)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    await exporter.getByLabel('Format').selectOption({ label: 'CSV for Excel' });
    outputs.excel = readFileSync(await download(page, () => exporter.getByRole('button', { name: 'Export' }).click(), 'excel.csv'), 'utf8');
    for (const [name, text] of Object.entries(outputs)) {
      expect(leaks(text), name).toEqual([]);
      expect(text, name).toContain('Millbrook Scout Hut');
      expect(text, name).toContain('toilets');
    }
    // GDAL reads the file without the held-back columns.
    const fields = execFileSync('ogrinfo', ['-so', '-al', join(dir, 'assets.geojson')], { encoding: 'utf8' });
    expect(fields).toContain('toilets:');
    expect(fields).not.toMatch(/Mobile:|Contact name:/);

    // Included on purpose, they are there.
    await exporter.getByLabel('Include personal data').check();
    await exporter.getByLabel(/I confirm the people concerned agreed/).check();
    const included = readFileSync(await download(page, () => exporter.getByRole('button', { name: 'Export' }).click(), 'with-personal.csv'), 'utf8');
    expect(leaks(included)).toEqual(expect.arrayContaining([...COLUMN_SECRETS, people[0]!.name]));
    await exporter.getByRole('button', { name: 'Close' }).click();

    // The printed sheet: people as counts, no personal column.
    await page.getByRole('button', { name: 'Print map' }).click();
    const print = page.getByRole('dialog', { name: 'Print map' });
    // What this test reads does not depend on the dots per inch: a draft draws a quarter of the pixels.
    await print.getByLabel('Quality').selectOption('draft');
    await expect.poll(() => print.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/Map drawn at \d+ dpi/);
    const pdfPath = join(dir, 'map.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Key');
    expect(pdfText).toContain('counts only, to protect privacy');
    expect(leaks(pdfText)).toEqual([]);
    expect(leaks(readFileSync(pdfPath, 'latin1'))).toEqual([]);
    await print.getByRole('button', { name: 'Close' }).click();

    // A backup without protection says plainly that it holds people's data; a protected one hides it all.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const plain = readFileSync(await download(page, () => settings.getByRole('button', { name: 'Export backup' }).click(), 'plain-backup.json'), 'utf8');
    await expect.poll(() => settings.getByText(`without protection: it holds ${people.length} records about people`).count()).toBe(1);
    expect(leaks(plain)).toEqual(SECRETS);
    await settings.getByLabel('Protect with a passphrase').check();
    await settings.getByLabel('Passphrase', { exact: true }).fill('lantern meadow 47');
    expect(await settings.getByRole('button', { name: 'Export backup' }).isDisabled()).toBe(true);
    await settings.getByLabel('Passphrase again').fill('lantern meadow 47');
    const sealedPath = await download(page, () => settings.getByRole('button', { name: 'Export backup' }).click(), 'sealed-backup.json');
    await expect.poll(() => settings.getByText(/protected with your passphrase/).count()).toBe(1);
    const sealed = readFileSync(sealedPath, 'utf8');
    expect(leaks(sealed)).toEqual([]);
    expect(sealed).not.toContain('Millbrook Scout Hut');
    await snapshot(page, 'settings-protected-backup-landscape');
    expect(problems).toEqual([]);
    await context.close();

    // Another tablet: a wrong passphrase writes nothing; the right one restores everything.
    const other = await emptyDeviceWithSettings(browser());
    await other.page.getByLabel('Restore from backup').setInputFiles(sealedPath);
    await other.page.getByLabel('Backup passphrase').fill('lantern meadow 46');
    await other.page.getByRole('button', { name: 'Replace with backup' }).click();
    await expect.poll(() => other.page.getByText('The passphrase does not open this backup').count()).toBe(1);
    expect(await other.page.getByText('was not restored; nothing was changed').count()).toBe(1);
    await other.page.getByLabel('Backup passphrase').fill('lantern meadow 47');
    await other.page.getByRole('button', { name: 'Replace with backup' }).click();
    await expect.poll(() => other.page.getByText(`Restored ${demo.length + 2} assets`).count()).toBe(1);
    expect(other.problems).toEqual([]);
    await other.context.close();
  });

  it('anonymising and deleting a person leave nothing of them in the undo history; consent due for review is listed', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    const history = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('asset-atlas');
            open.onsuccess = () => {
              const all = open.result.transaction('changes').objectStore('changes').getAll();
              all.onsuccess = () => (resolve(JSON.stringify(all.result)), open.result.close());
              all.onerror = () => reject(all.error);
            };
          }),
      );
    const [first, second] = people;
    await expect.poll(history).toContain(first!.name);

    await page.getByLabel('Search assets').fill(first!.name);
    await page
      .getByRole('button', { name: new RegExp(first!.name) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toContain('This cannot be undone');
    await snapshot(page, 'delete-person-confirm-portrait');
    expect(await seriousFindings(page, 'delete a person')).toEqual([]);
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => page.getByText(`Deleted \u201c${first!.name}\u201d and removed from the undo history`).count()).toBe(1);
    expect(await history()).not.toContain(first!.name);

    // Consent given long ago is listed for review; anonymising from there also clears the history.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Review consent after (months)').fill('1');
    await settings.getByLabel('Review consent after (months)').press('Tab');
    await expect.poll(() => settings.getByRole('button', { name: `Anonymise ${second!.name}` }).count()).toBe(1);
    await settings.getByRole('button', { name: `Anonymise ${second!.name}` }).click();
    await settings.getByRole('button', { name: 'Anonymise now' }).click();
    await expect.poll(() => settings.getByText(`\u201c${second!.name}\u201d was anonymised.`).count()).toBe(1);
    expect(await history()).not.toContain(second!.name);

    await settings.getByRole('button', { name: 'Clear undo history' }).click();
    await settings.getByRole('button', { name: 'Clear it now' }).click();
    await expect.poll(() => settings.getByText('The undo history was cleared.').count()).toBe(1);
    expect(await history()).toBe('[]');
    await snapshot(page, 'settings-privacy-portrait');
    expect(await seriousFindings(page, 'settings privacy')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
