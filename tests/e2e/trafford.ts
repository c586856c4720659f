import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The real Trafford files the tests import, copied into the project with their attribution. */
export const TRAFFORD = 'tests/fixtures/trafford';

/** Imports Trafford's 21 wards (2023) as neighbourhoods through "Import boundaries". */
export async function importTraffordWards(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Neighbourhoods' }).click();
  await page.getByRole('button', { name: 'Import boundaries' }).click();
  const boundaries = page.getByRole('dialog', { name: 'Import boundaries' });
  await boundaries.getByLabel('Boundary file (GeoJSON)').setInputFiles(`${TRAFFORD}/boundaries/trafford_ward_2023_generalised.geojson`);
  await boundaries.getByRole('button', { name: 'Import 21 boundaries' }).click();
  await expect.poll(() => boundaries.getByRole('status').textContent()).toContain('21 new');
  await boundaries.getByRole('button', { name: 'Close' }).click();
}
