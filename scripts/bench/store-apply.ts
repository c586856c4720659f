/**
 * The cost of the store's safety: Workspace.apply (validate every record, read the before-state for
 * undo, write records and the undo log in one strict transaction) against a bare idb bulk put of the
 * same records, both on fake-indexeddb in this process.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { Workspace } from '../../src/store/workspace';
import { createAtlasState } from '../../src/store/state';
import { AssetSchema, type Asset } from '../../src/model/asset';
import { CATEGORY_IDS } from '../../src/model/categories';
import { seededRandom, pick } from '../../src/lib/random';
import { seededUuid } from '../../src/lib/id';
import { fmt, medianMs } from './timing';

function syntheticAssets(n: number, seed: number): Asset[] {
  const random = seededRandom(seed);
  const now = '2026-11-22T10:00:00.000Z';
  const categories = CATEGORY_IDS.filter((c) => c !== 'individuals');
  return Array.from({ length: n }, (_, i) =>
    AssetSchema.parse({
      id: seededUuid(random),
      name: `Asset ${i}`,
      category: pick(random, categories),
      type: 'group',
      tags: ['walking'],
      geometry: { type: 'Point', coordinates: [-2.4 + random() * 0.3, 53.35 + random() * 0.2] },
      createdAt: now,
      updatedAt: now,
      ...(i % 50 === 0 ? { category: 'individuals', person: { consent: { status: 'not-asked' } } } : {}),
    }),
  );
}

let dbSeq = 0;
export async function benchStoreApply(): Promise<void> {
  console.log('\nStore: apply(change) vs bare idb bulk put (fake-indexeddb, median of 5)');
  for (const n of [1_000, 10_000]) {
    const assets = syntheticAssets(n, 42);
    const ours = await medianMs(5, async () => {
      const workspace = new Workspace(createAtlasState(), `bench-ours-${dbSeq++}`, () => undefined);
      await workspace.load();
      const result = await workspace.apply({ label: 'Import', assets: { put: assets } });
      if (!result.ok) throw result.error;
      await workspace.connection.close();
    });
    const baseline = await medianMs(5, async () => {
      const db = await openDB(`bench-base-${dbSeq++}`, 1, { upgrade: (d) => void d.createObjectStore('assets', { keyPath: 'id' }) });
      const tx = db.transaction('assets', 'readwrite');
      await Promise.all([...assets.map((a) => tx.store.put(a)), tx.done]);
      db.close();
    });
    console.log(`  ${n.toLocaleString('en-GB')} assets: apply ${fmt(ours)}, bare put ${fmt(baseline)}, ratio ${(ours / baseline).toFixed(2)}×`);
  }
}
