import { ok, sentences, type Result } from '../lib/result';
import { forgetStoredPostcodeTable, readStoredPostcodeTable, storePostcodeTable } from '../store/postcode-table';
import { workspace } from './workspace';

/**
 * Loads a postcode table (a CSV with postcode, longitude and latitude columns, such as the Trafford
 * postcodes file): it places imported rows that have only a postcode, and counts homes in coverage.
 * It is kept on this device until replaced or forgotten; `note` says when it could not be.
 */
export async function loadPostcodeTable(file: File): Promise<Result<{ count: number; note: string | null }>> {
  // The CSV reader comes with the first table loaded, not at start-up (a stored table is read back as data).
  const { readPostcodeTable } = await import('../io/postcode-table');
  const read = readPostcodeTable(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok) return read;
  const lookup = read.value;
  const table = { fileName: file.name, lookup };
  workspace.state.postcodeTable.value = table;
  const stored = await storePostcodeTable(table);
  return ok({ count: lookup.size, note: stored.ok ? null : sentences(stored.error) });
}

/** Brings back the table kept on this device (at start-up); a damaged one is reported. */
export async function restorePostcodeTable(): Promise<void> {
  const stored = await readStoredPostcodeTable();
  if (stored.ok) workspace.state.postcodeTable.value = stored.value;
  else workspace.state.lastError.value = { message: sentences(stored.error), details: [] };
}

/** Stops using the postcode table and removes it from this device. */
export async function forgetPostcodeTable(): Promise<void> {
  workspace.state.postcodeTable.value = null;
  await forgetStoredPostcodeTable();
}
