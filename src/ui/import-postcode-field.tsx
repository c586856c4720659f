import { useState } from 'preact/hooks';
import { sentences } from '../lib/result';
import { forgetPostcodeTable, loadPostcodeTable } from '../actions/postcodes';
import { appState } from '../store/state';

/** For a file with only postcodes: the postcode table that places its rows, kept on this device. */
export function ImportPostcodeField() {
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
      <label for="import-postcodes">Postcode table</label>
      <input id="import-postcodes" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
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
