/**
 * The baseline of the import benchmark, bundled for the page by the bench script: parse the file
 * with PapaParse, then bulk-put the records the app's import produced, with idb, into a store laid
 * out like the app's (same key and indexes), in one transaction.
 */
import Papa from 'papaparse';
import { openDB } from 'idb';

let run = 0;

export async function baseline(csv: string, records: readonly { id: string }[]): Promise<number> {
  const name = `baseline-${run++}`;
  const start = performance.now();
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy' });
  if (parsed.data.length === 0) throw new Error('nothing parsed');
  const db = await openDB(name, 1, {
    upgrade(d) {
      const store = d.createObjectStore('assets', { keyPath: 'id' });
      store.createIndex('category', 'category');
      store.createIndex('updatedAt', 'updatedAt');
    },
  });
  const tx = db.transaction('assets', 'readwrite', { durability: 'strict' });
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}
