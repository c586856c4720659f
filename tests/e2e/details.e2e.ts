import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { seriousFindings } from './axe';
import { READ_DATABASE, type Stored } from './geo-reference';

/**
 * Imported attributes (issue 18, "Exports a GIS officer can use" and "Fields per type"): a park's
 * playground, toilets and café were kept but invisible. Now they show, are found, filtered and
 * edited, and the team decides which fields each type carries.
 */
const browser = sharedBrowser();
const PARKS = 'tests/fixtures/trafford/assets/trafford_parks.csv';
const parks = Papa.parse<Record<string, string>>(readFileSync(PARKS, 'utf8'), { header: true, skipEmptyLines: true }).data;
const withPlayground = parks.filter((p) => p.playground === '1').length;
const panel = (page: Page) => page.getByRole('complementary', { name: 'Workspace panel' });
const assetsHeading = (page: Page, count: string) => panel(page).getByRole('heading', { name: `Assets (${count})` });
type WithDetails = Stored['assets'][number] & { extra: Record<string, string>; status: string };
const stored = async (page: Page): Promise<WithDetails[]> => ((await page.evaluate(READ_DATABASE)) as { assets: WithDetails[] }).assets;

async function importParks(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('File to import').setInputFiles(PARKS);
  await dialog.getByLabel('Type for every row').fill('park');
  // Before importing, the dialog says which columns will fill the park's fields.
  const filled = (await dialog.getByText(/^Filled into the types’ fields/).textContent()) ?? '';
  expect(filled).toContain('“cafe” → Café (park), “playground” → Playground (park), “toilets” → Toilets (park)');
  expect(filled).toContain('(Settings → Types and their fields.)');
  await dialog.getByRole('button', { name: `Import ${parks.length} rows` }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Added ${parks.length}`);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => assetsHeading(page, String(parks.length)).count()).toBe(1);
}

/** Opens an asset from the list (closing the details open, if any, to get back to the list). */
const openAsset = async (page: Page, name: string) => {
  const close = panel(page).getByRole('button', { name: 'Close', exact: true });
  if ((await close.count()) > 0) await close.click();
  await page.getByLabel('Search assets').fill(name);
  await panel(page)
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect.poll(() => panel(page).getByRole('heading', { name, level: 2 }).count()).toBe(1);
};

/** The details list of the open asset, as its rows read: "Playground: Yes". */
const detailsShown = async (page: Page) =>
  panel(page)
    .getByRole('region', { name: 'Details' })
    .locator('dl > div')
    .evaluateAll((rows) => rows.map((r) => `${r.querySelector('dt')?.textContent ?? ''}: ${r.querySelector('dd')?.textContent ?? ''}`));

describe('the details an import brought', () => {
  it('are shown by name, found by search, filtered, and edited in the form as one undoable change', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_LANDSCAPE);
    await importParks(page, baseUrl);
    const abbotsfield = parks.find((p) => p.name === 'Abbotsfield Park');
    if (!abbotsfield) throw new Error('the fixture has Abbotsfield Park');
    const yesNo = (v: string | undefined) => (v === '1' ? 'Yes' : 'No');

    await openAsset(page, 'Abbotsfield Park');
    const shown = await detailsShown(page);
    // The park's own fields first, by name, then the file's other columns as they came.
    expect(shown.slice(0, 3)).toEqual([`Playground: ${yesNo(abbotsfield.playground)}`, `Toilets: ${yesNo(abbotsfield.toilets)}`, `Café: ${yesNo(abbotsfield.cafe)}`]);
    expect(shown).toContain(`bowling: ${abbotsfield.bowling}`);
    await snapshot(page, 'details-imported-landscape');
    await panel(page).getByRole('button', { name: 'Close', exact: true }).click();

    // Search finds the parks whose playground says yes; the filter does the same by value.
    await page.getByLabel('Search assets').fill('playground');
    await expect.poll(() => assetsHeading(page, `${withPlayground} of ${parks.length}`).count()).toBe(1);
    await page.getByLabel('Search assets').fill('');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Detail', { exact: true }).selectOption({ label: 'Playground' });
    await page.getByLabel('Playground is').selectOption({ label: 'No' });
    await expect.poll(() => assetsHeading(page, `${parks.length - withPlayground} of ${parks.length}`).count()).toBe(1);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByText('Filters', { exact: true }).click();

    // Edit: café yes, bowling changed, the empty "twitter" left alone, a new detail added, one removed.
    await openAsset(page, 'Abbotsfield Park');
    await panel(page).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit asset' });
    await expect.poll(() => form.getByRole('group', { name: 'Details for park' }).count()).toBe(1);
    await form.getByLabel('Café').selectOption({ label: 'Yes' });
    await form.getByLabel('bowling', { exact: true }).fill('2 greens');
    await form.getByRole('button', { name: 'Remove \u201ctennis\u201d' }).click();
    await form.getByLabel('New detail').fill('parking');
    await form.getByLabel('Its value').fill('20 spaces');
    await form.getByRole('button', { name: 'Add detail' }).click();
    expect(await form.getByLabel('parking', { exact: true }).inputValue()).toBe('20 spaces');
    await snapshot(page, 'details-form-landscape');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.cafe).toBe('yes');
    const extra = (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra ?? {};
    expect(extra).toMatchObject({ bowling: '2 greens', parking: '20 spaces' });
    expect(extra.tennis).toBeUndefined();
    await openAsset(page, 'Abbotsfield Park');
    expect(await detailsShown(page)).toContain('parking: 20 spaces');

    // One undoable change: Undo puts every detail back.
    await page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.cafe).toBe(yesNo(abbotsfield.cafe).toLowerCase());
    expect((await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.tennis).toBe(abbotsfield.tennis);
    expect(await seriousFindings(page, 'asset details')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('fields per type', () => {
  it('are defined in Settings, shown in the form for that type, checked, and offered as filters', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await importParks(page, baseUrl);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const section = settings.getByRole('region', { name: 'Types and their fields' });
    await section.getByLabel('Type', { exact: true }).fill('park');
    await section.getByLabel('Field name').fill('Bowling greens');
    await section.getByLabel('Kind').selectOption({ label: 'Number' });
    await section.getByRole('button', { name: 'Add field' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Added \u201cBowling greens\u201d to park.');
    // The same name again is refused, and says why.
    await section.getByLabel('Field name').fill('Bowling greens');
    await section.getByRole('button', { name: 'Add field' }).click();
    await expect.poll(() => section.getByText('\u201cpark\u201d already has a field \u201cBowling greens\u201d.').count()).toBe(1);
    await section.getByRole('button', { name: 'Remove \u201cToilets\u201d from park' }).click();
    await section.getByRole('button', { name: 'Add field' }).scrollIntoViewIfNeeded();
    await snapshot(page, 'type-fields-settings-portrait');
    await settings.getByRole('button', { name: 'Close' }).click();

    await openAsset(page, 'Abbotsfield Park');
    await panel(page).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit asset' });
    const parkDetails = form.getByRole('group', { name: 'Details for park' });
    await expect.poll(() => parkDetails.getByLabel('Bowling greens').count()).toBe(1);
    expect(await parkDetails.getByLabel('Toilets').count()).toBe(0);
    // Toilets is no longer a park field, but the value recorded is kept as another detail.
    expect(await form.getByRole('group', { name: 'Other details' }).getByLabel('toilets', { exact: true }).count()).toBe(1);
    await parkDetails.getByLabel('Bowling greens').fill('two');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByText('Bowling greens: \u201ctwo\u201d is not a number').count()).toBe(1);
    await expect.poll(() => form.getByRole('alert').first().textContent()).toContain('Check this field: Bowling greens.');
    await parkDetails.getByLabel('Bowling greens').fill('2');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.bowling_greens).toBe('2');

    await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByLabel('Search assets').fill('');
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Detail', { exact: true }).selectOption({ label: 'Bowling greens' });
    await expect.poll(() => assetsHeading(page, `1 of ${parks.length}`).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the attribute table', () => {
  for (const [viewport, name] of [[TABLET_LANDSCAPE, 'landscape']] as const) {
    it(`shows the current list with its type's fields, sorts, and edits cells as undoable changes (${name}, then portrait)`, async () => {
      const { page, baseUrl, problems, context } = await openSession(browser(), viewport);
      await importParks(page, baseUrl);
      // Only what the search finds goes into the table.
      await page.getByLabel('Search assets').fill('park');
      await expect
        .poll(() =>
          panel(page)
            .getByRole('heading', { name: new RegExp(`^Assets \\(\\d+ of ${parks.length}\\)$`) })
            .count(),
        )
        .toBe(1);
      const heading =
        (await panel(page)
          .getByRole('heading', { name: /^Assets/ })
          .textContent()) ?? '';
      const listed = Number(/\((\d+) of/.exec(heading)?.[1]);
      expect(listed).toBeGreaterThan(5);
      await panel(page).getByRole('button', { name: 'Show as table' }).click();
      const table = page.getByRole('dialog', { name: 'Attribute table' });
      const region = table.getByRole('region', { name: 'Assets as a table' });
      await expect.poll(() => region.getByRole('row').count()).toBe(listed + 1);
      expect(await region.getByRole('columnheader').allTextContents()).toEqual(['Name', 'Category', 'Type', 'Status', 'Neighbourhoods', 'Last verified', 'Playground', 'Toilets', 'Café']);

      // Sorted by playground, the parks with one come first; again, last.
      const names = () => region.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => (r.querySelector('input') as HTMLInputElement | null)?.value ?? ''));
      const listedNames = await names();
      const playgroundFirst = parks.filter((p) => listedNames.includes(p.name ?? '') && p.playground === '1').map((p) => p.name);
      expect(playgroundFirst.length).toBeGreaterThan(0);
      await region.getByRole('button', { name: 'Playground' }).click();
      expect((await names()).slice(0, playgroundFirst.length).sort()).toEqual([...playgroundFirst].sort());
      expect(await region.getByRole('columnheader', { name: /Playground/ }).getAttribute('aria-sort')).toBe('ascending');

      // Edits: a status and a café, each its own undoable change; the row stays where it is.
      const rowsBefore = await names();
      await table.getByLabel('Status of Abbotsfield Park').selectOption('closed');
      await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.status).toBe('closed');
      await table.getByLabel('Café of Abbotsfield Park').selectOption({ label: 'Yes' });
      await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.cafe).toBe('yes');
      expect(await names()).toEqual(rowsBefore);
      // A name cannot be emptied: refused, said, the typed text kept in the cell, nothing saved.
      const nameCell = table.getByLabel('Name of Ashton Park');
      await nameCell.fill('');
      await nameCell.press('Enter');
      await expect.poll(() => table.getByRole('alert').textContent()).toContain('Not saved \u2014 \u201cAshton Park\u201d');
      expect((await stored(page)).some((a) => a.name === 'Ashton Park')).toBe(true);
      await nameCell.fill('Ashton-on-Mersey Park');
      await nameCell.press('Enter');
      await expect.poll(async () => (await stored(page)).some((a) => a.name === 'Ashton-on-Mersey Park')).toBe(true);
      await snapshot(page, `attribute-table-${name}`);
      // Turned to portrait, the table still fills the screen and scrolls across under the names.
      await page.setViewportSize(TABLET_PORTRAIT);
      await expect.poll(async () => (await region.boundingBox())?.width ?? 0).toBeGreaterThan(TABLET_PORTRAIT.width - 80);
      await snapshot(page, 'attribute-table-portrait');
      await table.getByRole('button', { name: 'Close' }).click();

      const undo = page.getByRole('toolbar', { name: 'Workspace' }).getByRole('button', { name: /^Undo/ });
      expect(await undo.textContent()).toContain('Edit \u201cAshton-on-Mersey Park\u201d: name');
      await undo.click();
      await expect.poll(async () => (await stored(page)).some((a) => a.name === 'Ashton Park')).toBe(true);
      await undo.click();
      await expect.poll(async () => (await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.extra.cafe).toBe('no');
      expect((await stored(page)).find((a) => a.name === 'Abbotsfield Park')?.status).toBe('closed');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('links between assets', () => {
  it('are chosen by search, shown both ways, and each opens the asset it names', async () => {
    const { page, baseUrl, problems, context } = await openSession(browser(), TABLET_PORTRAIT);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect
      .poll(() =>
        panel(page)
          .getByRole('heading', { name: /^Assets \(\d+\)$/ })
          .count(),
      )
      .toBe(1);

    // The hall lists the group that meets there (a link the group made), and it opens the group.
    await openAsset(page, 'St Hilda\u2019s Church Hall');
    const links = panel(page).getByRole('region', { name: 'Links' });
    expect(await links.getByRole('listitem').allTextContents()).toContain('Southfields Walking Group meets here');
    await links.getByRole('button', { name: 'Southfields Walking Group' }).click();
    await expect.poll(() => panel(page).getByRole('heading', { name: 'Southfields Walking Group', level: 2 }).count()).toBe(1);
    expect(await panel(page).getByRole('region', { name: 'Links' }).getByRole('listitem').allTextContents()).toEqual(['Meets in St Hilda\u2019s Church Hall']);

    // A new link: found by typing part of a name, not picked from a list of every asset.
    await panel(page).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit asset' });
    await form.getByLabel('Relation').selectOption('works with');
    await form.getByLabel('Find an asset to link').fill('ramblers');
    const results = form.getByRole('list', { name: 'Assets to link' });
    expect(await results.getByRole('button').allTextContents()).toEqual([expect.stringMatching(/^works with Millbrook Ramblers/)]);
    await results.getByRole('button').first().click();
    expect(await form.getByLabel('Find an asset to link').inputValue()).toBe('');
    await snapshot(page, 'links-form-portrait');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => panel(page).getByRole('region', { name: 'Links' }).getByRole('listitem').allTextContents())
      .toEqual(['Works with Millbrook Ramblers', 'Meets in St Hilda\u2019s Church Hall']);
    await panel(page).getByRole('region', { name: 'Links' }).getByRole('button', { name: 'Millbrook Ramblers' }).click();
    await expect
      .poll(() => panel(page).getByRole('region', { name: 'Links' }).getByRole('listitem').allTextContents())
      .toEqual(['Meets in Town Centre Community Centre', 'Southfields Walking Group works with this']);
    await snapshot(page, 'links-both-ways-portrait');
    expect(await seriousFindings(page, 'links')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
