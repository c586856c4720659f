import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { forgetStoredPostcodeTable, readStoredPostcodeTable, storePostcodeTable } from '../../../src/store/postcode-table';
import { sentences } from '../../../src/lib/result';

const table = (fileName: string, entries: [string, [number, number]][]) => ({ fileName, lookup: new Map(entries) });

describe('the postcode table kept on the device', () => {
  it('reads back what was stored, replaces it with the next one, and forgets it', async () => {
    expect(
      (
        await storePostcodeTable(
          table('a.csv', [
            ['M331AA', [-2.31, 53.42]],
            ['WA145AB', [-2.35, 53.38]],
          ]),
        )
      ).ok,
    ).toBe(true);
    const first = await readStoredPostcodeTable();
    expect(first.ok && first.value?.fileName).toBe('a.csv');
    expect(first.ok && [...(first.value?.lookup ?? [])]).toEqual([
      ['M331AA', [-2.31, 53.42]],
      ['WA145AB', [-2.35, 53.38]],
    ]);

    await storePostcodeTable(table('b.csv', [['M160AA', [-2.29, 53.45]]]));
    const second = await readStoredPostcodeTable();
    expect(second.ok && second.value?.fileName).toBe('b.csv');
    expect(second.ok && second.value?.lookup.size).toBe(1);

    await forgetStoredPostcodeTable();
    expect(await readStoredPostcodeTable()).toEqual({ ok: true, value: null });
  });

  it('refuses to store coordinates off the globe, keeping the table stored before', async () => {
    await storePostcodeTable(table('good.csv', [['M331AA', [-2.31, 53.42]]]));
    const refused = await storePostcodeTable(table('bad.csv', [['M331AA', [-2.31, 95]]]));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && sentences(refused.error)).toContain('on the globe');
    const kept = await readStoredPostcodeTable();
    expect(kept.ok && kept.value?.fileName).toBe('good.csv');
  });

  it('reports a damaged stored table instead of using it', async () => {
    const db = await openDB('asset-atlas-reference', 1);
    await db.put('tables', { fileName: 'x.csv', savedAt: new Date().toISOString(), codes: ['M331AA', 'M160AA'], coordinates: new Float64Array([-2.3, 53.4]) }, 'postcodes');
    db.close();
    const read = await readStoredPostcodeTable();
    expect(read.ok).toBe(false);
    expect(!read.ok && sentences(read.error)).toMatch(/^The saved postcode table could not be read \(.*one longitude and latitude per postcode.*\); load it again\.$/);
  });

  it('reports a full device with the same words as the workspace, and keeps the table it had', async () => {
    await storePostcodeTable(table('kept.csv', [['M331AA', [-2.31, 53.42]]]));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const refused = await storePostcodeTable(table('new.csv', [['M160AA', [-2.29, 53.45]]]));
    vi.restoreAllMocks();
    expect(!refused.ok && sentences(refused.error)).toMatch(/kept for this session only\. The device is out of storage space, so nothing was saved/);
    const kept = await readStoredPostcodeTable();
    expect(kept.ok && kept.value?.fileName).toBe('kept.csv');
  });
});
