import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/io/prepare-import';
import { ImportJob, type ImportBatch, type ImportTally } from '../../../src/workers/import-job';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';

const parks = () => {
  const read = readImportFile(new Uint8Array(readFileSync('tests/fixtures/trafford/assets/trafford_parks.csv')), 'trafford_parks.csv');
  if (!read.ok) throw new Error(read.error.map((p) => p.message).join(' '));
  return read.value;
};

describe('the import job (what the import worker runs)', () => {
  it('previews a file without keeping more than the first rows in the preview', () => {
    const { preview, records } = parks();
    expect(preview.recordCount).toBe(32);
    expect(records).toHaveLength(32);
    expect(preview.sample).toHaveLength(5);
    expect(preview.location).toEqual({ kind: 'lonlat', lon: 'lon', lat: 'lat' });
  });

  it('converts in batches with progress, placing each asset in its neighbourhood', () => {
    const { preview, records } = parks();
    const borough = NeighbourhoodSchema.parse({
      id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      name: 'Everywhere',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-3, 53],
            [-2, 53],
            [-2, 54],
            [-3, 54],
            [-3, 53],
          ],
        ],
      },
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    const job = new ImportJob(records);
    const run = job.run(
      {
        mapping: { fields: preview.fields, category: { fixed: 'physical' }, defaultType: 'park', location: preview.location, swapCoordinates: false, source: 'parks' },
        neighbourhoods: [borough],
        now: '2026-11-22T10:00:00.000Z',
        batchSize: 10,
      },
      new Map(),
    );
    const batches: ImportBatch[] = [];
    let next = run.next();
    while (!next.done) {
      batches.push(next.value);
      next = run.next();
    }
    const tally: ImportTally = next.value;
    expect(batches.map((b) => b.done)).toEqual([10, 20, 30, 32]);
    expect(batches.flatMap((b) => b.added)).toHaveLength(32);
    expect(batches.flatMap((b) => b.added).every((a) => a.neighbourhoodIds.join() === borough.id)).toBe(true);
    expect(tally.problems).toEqual([]);
  });

  it('finds the rows whose id names an asset already in the workspace', () => {
    const job = new ImportJob([
      { line: 2, values: { id: 'a' } },
      { line: 3, values: { id: ' b ' } },
      { line: 4, values: { id: 'z' } },
    ]);
    expect(job.matchingIds('id', new Set(['a', 'b', 'c']))).toEqual(['a', 'b']);
    expect(job.matchingIds(undefined, new Set(['a']))).toEqual([]);
  });
});
