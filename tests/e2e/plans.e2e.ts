import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, openSession, snapshot, waitForAssetsDrawn, TABLET_LANDSCAPE, TABLET_PORTRAIT } from './harness';
import { summarisePixels } from './pixels';
import { seriousFindings } from './axe';

/**
 * From map to action (issue 20): links drawn on the map, and a neighbourhood's action group with
 * its partners, meetings and local action plan, reviews due first.
 */
const browser = sharedBrowser();
const panel = (page: Page) => page.getByRole('complementary', { name: 'Workspace panel' });
const mapRegion = (page: Page) => page.getByRole('region', { name: 'Asset map', exact: true });
const WORKS_WITH = '#7b3f8c';
const MEETS_IN = '#0072b2';
/** The amber ring around each asset an open action builds on (style.ts, asset-plan). */
const PLAN_RING = '#b36b00';

/** Today on the tablet, and a date some days from it, as the date inputs take them (YYYY-MM-DD). */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

async function linePixels(page: Page): Promise<Record<string, number>> {
  await page.waitForTimeout(400); // one settled frame after the source changed
  return summarisePixels(await mapRegion(page).screenshot(), '#f3f0e8', [WORKS_WITH, MEETS_IN, PLAN_RING], 30).near;
}

async function addAction(page: Page, title: string, builtOn: readonly string[], lead: string, theme: string, nextReview = ''): Promise<void> {
  await panel(page).getByRole('button', { name: 'Add action' }).click();
  const form = panel(page).getByRole('form', { name: 'New action' });
  await form.getByLabel('Title').fill(title);
  for (const name of builtOn) {
    await form.getByLabel('Find an asset it builds on').fill(name);
    await form.getByRole('button', { name: new RegExp(`^Add ${name}`) }).click();
  }
  await form.getByLabel('Lead partner').selectOption({ label: lead });
  await form.getByLabel('Theme').selectOption(theme);
  if (nextReview) await form.getByLabel('Next review').fill(nextReview);
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: `Added action “${title}”` })
        .count(),
    )
    .toBe(1);
}

describe('from map to action', () => {
  it('draws links as lines, and runs a neighbourhood’s action group from partners to an overdue review', async () => {
    const { page, baseUrl, problems } = await openSession(browser(), TABLET_PORTRAIT);
    const started = new Date();
    await page.clock.setFixedTime(started);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Open demo workspace' }).click();
    await waitForAssetsDrawn(page, 100);

    // Connections: off by default; on, the demo's links are drawn, one style per relation.
    await panel(page).getByRole('tab', { name: 'Layers' }).click();
    const before = await linePixels(page);
    await panel(page).getByLabel('Show connections').check();
    const shown = panel(page)
      .getByRole('status')
      .filter({ hasText: /links? drawn/ });
    const drawn = Number(/(\d+) links? drawn/.exec((await shown.textContent()) ?? '')?.[1]);
    expect(drawn).toBeGreaterThanOrEqual(10);
    expect(await panel(page).getByRole('list', { name: 'Connection lines' }).getByRole('listitem').allTextContents()).toEqual(['Meets in', 'Run by', 'Part of', 'Works with']);
    const on = await linePixels(page);
    expect(on[MEETS_IN]).toBeGreaterThan((before[MEETS_IN] ?? 0) + 200);

    // Link three assets: the bakery works with the greengrocer and the credit union.
    await panel(page).getByRole('tab', { name: 'Assets' }).click();
    await page.getByLabel('Search assets').fill('Begum');
    await panel(page)
      .getByRole('button', { name: /^Begum’s Bakery/ })
      .click();
    await panel(page).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit asset' });
    await form.getByLabel('Relation').selectOption('works with');
    for (const other of ['Murphy Greengrocer', 'Millbrook Credit Union']) {
      await form.getByLabel('Find an asset to link').fill(other);
      await form.getByRole('list', { name: 'Assets to link' }).getByRole('button').first().click();
    }
    await form.getByRole('button', { name: 'Save' }).click();
    await panel(page).getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByLabel('Search assets').fill('');
    await panel(page).getByRole('tab', { name: 'Layers' }).click();
    await expect.poll(async () => Number(/(\d+) links? drawn/.exec((await shown.textContent()) ?? '')?.[1])).toBe(drawn + 2);
    await snapshot(page, 'connections-portrait');

    // The demo's Canal Side group shows what a plan is for; Westgate has none yet.
    await panel(page).getByRole('tab', { name: 'Plans' }).click();
    expect(await panel(page).getByRole('heading', { name: 'Canal Side action group' }).count()).toBe(1);
    // Community connectors, one tap from the neighbourhood's connections.
    await panel(page)
      .getByText(/^Connections: \d+ of \d+ assets linked$/)
      .click();
    expect(await panel(page).getByRole('list', { name: 'Community connectors' }).getByRole('button').allTextContents()).toEqual(['A resident', 'Victoria Tenants’ Group']); // a person is named only when asked

    // Who could help? Gifts of people who consented, and groups' activities; never someone not asked.
    await panel(page).getByLabel('Who could help with').fill('urdu');
    const helpers = panel(page).getByRole('list', { name: 'People and groups who could help' });
    expect(await helpers.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Gloria M\. connector gift: urdu/)]);
    await panel(page).getByRole('button', { name: 'Show them on the map (1)' }).click();
    await panel(page).getByLabel('Who could help with').fill('history');
    expect(await helpers.getByRole('listitem').allTextContents()).not.toContainEqual(expect.stringContaining('Des C.'));
    await panel(page).getByLabel('Who could help with').fill('');

    await panel(page).getByLabel('Neighbourhood').selectOption({ label: 'Westgate' });
    expect(await panel(page).getByRole('list', { name: 'Standing alone' }).getByRole('listitem').count()).toBeGreaterThan(5);
    await panel(page).getByRole('button', { name: 'Start action group' }).click();
    await expect.poll(() => panel(page).getByRole('heading', { name: 'Westgate action group' }).count()).toBe(1);

    // Five partners: three from the map, two by name; a person who was never asked cannot be one.
    await panel(page).getByRole('button', { name: 'Add partner' }).click();
    const partners = panel(page).getByRole('group', { name: 'Add partner' });
    const fromMap = ['Millbrook Library', 'Millbrook Ramblers', 'Begum’s Bakery'];
    for (const name of fromMap) {
      await partners.getByLabel('Find a partner on the map').fill(name.slice(0, 12));
      await partners.getByRole('button', { name: new RegExp(`^Add ${name}`) }).click();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `Added “${name}” to the group` })
            .count(),
        )
        .toBe(1);
    }
    await partners.getByLabel('Find a partner on the map').fill('Des C');
    expect(await partners.getByText('No asset is called that (people only with their consent).').count()).toBe(1);
    for (const [name, organisation] of [
      ['Priya Shah', 'Millbrook Borough Council'],
      ['Tom Okafor', 'Westgate Housing Trust'],
    ] as const) {
      await partners.getByLabel('Partner name').fill(name);
      await partners.getByLabel('Organisation').fill(organisation);
      await partners.getByRole('button', { name: 'Add partner' }).click();
      await expect.poll(() => partners.getByLabel('Partner name').inputValue()).toBe('');
    }
    await partners.getByRole('button', { name: 'Done' }).click();
    expect(await panel(page).getByRole('list', { name: 'Partners' }).getByRole('listitem').count()).toBe(5);

    // A meeting: four of the five came.
    await panel(page).getByRole('button', { name: 'Record meeting' }).click();
    const meeting = panel(page).getByRole('form', { name: 'New meeting' });
    await meeting.getByLabel('Meeting date').fill(isoDay(started));
    for (const name of [...fromMap, 'Priya Shah (Millbrook Borough Council)']) await meeting.getByLabel(name).check();
    await meeting.getByLabel('Meeting notes').fill('Walked the map together; agreed four things to try.');
    await meeting.getByRole('button', { name: 'Save meeting' }).click();
    await expect.poll(() => panel(page).getByRole('list', { name: 'Meetings' }).getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('4 partners came')]);

    // Four actions: reviews in 8 days, 3 weeks and the default 6 weeks; one will be done.
    await addAction(page, 'Saturday bread club', ['Begum’s Bakery', 'Millbrook Library'], 'Begum’s Bakery', 'Food', isoDay(daysFrom(started, 8)));
    await addAction(page, 'Walk and talk', ['Millbrook Ramblers'], 'Millbrook Ramblers', 'Health and wellbeing');
    await addAction(page, 'Homework club', ['Millbrook Library'], 'Millbrook Library', 'Young people', isoDay(daysFrom(started, 21)));
    await addAction(page, 'Map the allotments', [], 'Priya Shah (Millbrook Borough Council)', 'Green spaces');
    const section = (name: string) => panel(page).getByRole('list', { name, exact: true });
    // The actions a section lists, by title (an open action's card holds buttons of its own).
    const titlesIn = (name: string) => section(name).locator('.action-summary .asset-name').allTextContents();
    expect(await titlesIn('Idea')).toHaveLength(4);
    expect(
      await section('Idea')
        .getByRole('button', { name: /^Walk and talk/ })
        .textContent(),
    ).toContain(`Review on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(daysFrom(started, 42))}`);

    // Mark one done: it leaves the ideas and needs no more reviews.
    await section('Idea')
      .getByRole('button', { name: /^Map the allotments/ })
      .click();
    await panel(page).getByLabel('Status').selectOption('done');
    await expect.poll(() => titlesIn('Done')).toEqual(['Map the allotments']);

    // Eight weeks on, the three open actions are overdue, earliest review first; the done one is not.
    await page.clock.setFixedTime(daysFrom(started, 56));
    await page.reload();
    await panel(page).getByRole('tab', { name: 'Plans' }).click();
    await panel(page).getByLabel('Neighbourhood').selectOption({ label: 'Westgate (action group)' });
    const due = section('Reviews due');
    await expect.poll(() => titlesIn('Reviews due')).toEqual(['Saturday bread club', 'Homework club', 'Walk and talk']);
    expect(await due.getByRole('button').first().textContent()).toContain('Review overdue since');
    expect(await titlesIn('Done')).toEqual(['Map the allotments']);

    // A review: a progress note moves the next review six weeks on from the note's date.
    await due.getByRole('button', { name: /^Saturday bread club/ }).click();
    await panel(page).getByLabel('Progress note').fill('Twelve came to the first session.');
    await panel(page).getByRole('button', { name: 'Add progress note' }).click();
    await expect.poll(() => titlesIn('Reviews due')).toEqual(['Homework club', 'Walk and talk']);
    expect(await titlesIn('Idea')).toEqual(['Saturday bread club']);
    // Still open after its review, with what it builds on; its assets are ringed on the map.
    expect(await panel(page).getByRole('list', { name: 'Saturday bread club builds on' }).getByRole('button').allTextContents()).toEqual(['Begum’s Bakery', 'Millbrook Library']);
    await panel(page).getByRole('list', { name: 'Saturday bread club builds on' }).scrollIntoViewIfNeeded();
    await snapshot(page, 'plans-portrait');
    const ringed = (await linePixels(page))[PLAN_RING] ?? 0;
    // Two rings of 21 px with a 4 px stroke, where they are in view: hundreds of amber pixels.
    expect(ringed).toBeGreaterThan(150);

    // Filter by lead.
    await panel(page).getByLabel('Lead', { exact: true }).selectOption({ label: 'Millbrook Library' });
    expect(await panel(page).locator('.action-list .asset-name').allTextContents()).toEqual(['Homework club']);

    expect(await seriousFindings(page, 'plans')).toEqual([]);
    await panel(page).getByLabel('Lead', { exact: true }).selectOption({ label: 'All leads' });

    // The plan as spreadsheets: actions and meetings, safe for Excel, assets by id and by name.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-plan-'));
    const files: string[] = [];
    const saved = new Promise<void>((resolve) => {
      page.on('download', (download) => {
        const path = join(dir, download.suggestedFilename());
        void download.saveAs(path).then(() => {
          files.push(path);
          if (files.length === 2) resolve();
        });
      });
    });
    await panel(page).getByRole('button', { name: 'Download plan (CSV)' }).click();
    await saved;
    const actionsFile = files.find((f) => /westgate-action-group-actions-\d{4}-\d{2}-\d{2}\.csv$/.test(f)) ?? '';
    const actionsText = readFileSync(actionsFile, 'utf8');
    expect(actionsText.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(actionsText.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.title).sort()).toEqual(['Homework club', 'Map the allotments', 'Saturday bread club', 'Walk and talk']);
    expect(rows.find((r) => r.title === 'Saturday bread club')).toMatchObject({
      status: 'idea',
      theme: 'Food',
      lead: 'Begum’s Bakery',
      builds_on: 'Begum’s Bakery; Millbrook Library',
      neighbourhood: 'Westgate',
    });
    expect(rows.find((r) => r.title === 'Saturday bread club')?.progress).toMatch(/^\d{4}-\d{2}-\d{2}: Twelve came to the first session\.$/);
    const meetingsText = readFileSync(files.find((f) => f.includes('meetings')) ?? '', 'utf8');
    expect(Papa.parse<Record<string, string>>(meetingsText.slice(1), { header: true }).data[0]).toMatchObject({ attended_count: '4', notes: 'Walked the map together; agreed four things to try.' });

    // The plan on A4 portrait for the next workshop: the map, the assets it builds on numbered, the actions.
    await panel(page).getByRole('button', { name: 'Print plan' }).click();
    const printDialog = page.getByRole('dialog', { name: 'Print plan' });
    await expect.poll(() => printDialog.getByRole('status').textContent(), { timeout: 60_000 }).toMatch(/Map drawn at \d+ dpi · 2 pages/);
    const pdfPath = join(dir, 'plan.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(2);
    expect(Math.abs(Number(/Page size:\s+([\d.]+) x/.exec(info)?.[1]) - (210 / 25.4) * 72)).toBeLessThan(2);
    const onPaper = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const text of [
      'Westgate',
      'What the plan builds on',
      'Begum’s Bakery',
      'Millbrook Library',
      'Millbrook Ramblers',
      'Actions',
      'Saturday bread club',
      'Walk and talk',
      'Homework club',
      'Map the allotments',
      'Priya Shah',
    ])
      expect(onPaper, text).toContain(text);
    expect(onPaper).not.toContain('Print plan'); // no app controls on paper
    await snapshot(page, 'plan-print-portrait');
    await printDialog.getByRole('button', { name: 'Close' }).click();

    await page.setViewportSize(TABLET_LANDSCAPE);
    await panel(page).getByLabel('Neighbourhood').selectOption({ label: 'Canal Side (action group)' });
    await panel(page).getByRole('tab', { name: 'Plans' }).scrollIntoViewIfNeeded();
    await panel(page).getByLabel('Who could help with').fill('cooking');
    await panel(page)
      .getByRole('heading', { name: 'Canal Side action group' })
      .evaluate((h) => h.closest('.panel-body')?.scrollTo(0, 0));
    await snapshot(page, 'plans-landscape');
    expect(problems).toEqual([]);
  });
});
