import { useState } from 'preact/hooks';

import { forgetPostcodeTable, loadPostcodeTable } from '../actions/postcodes';
import { appState } from '../store/state';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { problemsText, problemText } from './problem-words';

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
      loaded.ok
        ? `${t('Loaded {count} postcodes from “{file}”.', { count: formatNumber(loaded.value.count), file: file.name })}${loaded.value.note ? ` ${problemText(loaded.value.note)}` : ''}`
        : problemsText(loaded.error),
    );
  };
  return (
    <div class="field">
      <label for={id}>{t('Postcode table')}</label>
      <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      <small class="field-hint">
        {table
          ? t('Using {count} postcodes from “{file}”, kept on this device. Choose another file to replace it.', { count: formatNumber(table.lookup.size), file: table.fileName })
          : t('A CSV with postcode, longitude and latitude columns, e.g. the Trafford postcodes file. It is kept on this device.')}
      </small>
      {table && (
        <button type="button" class="secondary" onClick={() => void forgetPostcodeTable().then(() => setMessage(t('The postcode table was removed from this device.')))}>
          {t('Forget postcode table')}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
