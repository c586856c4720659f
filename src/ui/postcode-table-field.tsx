import { useState } from 'preact/hooks';
import { sentences } from '../lib/result';
import { forgetPostcodeTable, loadPostcodeTable } from '../actions/postcodes';
import { appState } from '../store/state';

/**
 * The postcode table, kept on this device: it places an import's rows that have only a postcode,
 * lets search find postcodes, and counts homes for coverage. In "Import data" and in Settings.
 */
export function PostcodeTableField({ id }: { id: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const table = appState.postcodeTable.value;
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const loaded = await loadPostcodeTable(file);
    setMessage(
      loaded.ok ? `Loaded ${loaded.value.count.toLocaleString('en-GB')} postcodes from \u201c${file.name}\u201d.${loaded.value.note ? ` ${loaded.value.note}` : ''}` : sentences(loaded.error),
    );
  };
  return (
    <div class="field">
      <label for={id}>Postcode table</label>
      <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      <small class="field-hint">
        {table
          ? `Using ${table.lookup.size.toLocaleString('en-GB')} postcodes from \u201c${table.fileName}\u201d, kept on this device. Choose another file to replace it.`
          : 'A CSV with postcode, longitude and latitude columns, e.g. the Trafford postcodes file. It is kept on this device.'}
      </small>
      {table && (
        <button type="button" class="secondary" onClick={() => void forgetPostcodeTable().then(() => setMessage('The postcode table was removed from this device.'))}>
          Forget postcode table
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
