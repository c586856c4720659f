import { useEffect, useState } from 'preact/hooks';
import {
  GRANT_FIELDS,
  GRANT_FIELD_LABELS,
  REQUIRED_GRANT_FIELDS,
  detectGrantColumns,
  importGrants,
  readGrantsFile,
  type GrantColumns,
  type GrantField,
  type GrantImportResult,
  type Table,
} from '../actions/investments';

import { Field } from './form-fields';
import { grantsFile, toast } from './ui-state';
import { t } from '../lib/i18n';
import { problemLines, problemText } from './problem-words';

/** Refused rows shown on screen at most; the rest are counted ("and 40 more"). */
const SHOWN_REFUSALS = 30;

interface Chosen {
  fileName: string;
  table: Table;
  columns: GrantColumns;
}

/**
 * "Import grants": a spreadsheet saved as CSV. Its columns are matched by their headers (a funder's
 * own 360Giving file reads back) and can be changed before importing; each row is refused by number
 * and reason or imported, all in one undoable step.
 */
export function GrantImport({ defaultProgramme }: { defaultProgramme: string }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [programme, setProgramme] = useState(defaultProgramme);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<GrantImportResult | null>(null);
  const choose = async (file: File | undefined) => {
    setResult(null);
    setProblem(null);
    if (!file) return;
    const read = await readGrantsFile(file);
    if (!read.ok) return setProblem(problemLines(read.error).join(' '));
    setChosen({ fileName: file.name, table: read.value, columns: detectGrantColumns(read.value.columns) });
  };
  // A file handed over from "Import data" ("Import as grants") is taken up at once.
  useEffect(() => {
    const handed = grantsFile.value;
    if (!handed) return;
    grantsFile.value = null;
    void choose(handed);
    document.getElementById('grant-import-title')?.scrollIntoView({ block: 'start' });
  }, [grantsFile.value]);
  const setColumn = (field: GrantField, column: string) => chosen && setChosen({ ...chosen, columns: { ...chosen.columns, [field]: column || undefined } });
  const missing = chosen ? REQUIRED_GRANT_FIELDS.filter((f) => !chosen.columns[f]) : [];
  const run = async () => {
    if (!chosen) return;
    const done = await importGrants(chosen.table, chosen.columns, programme.trim() || t('Grants'), chosen.fileName, (recipient) => t('Grant to {recipient}', { recipient }));
    if (!done.ok) return setProblem(problemLines(done.error).join(' '));
    setResult(done.value);
    setChosen(null);
    toast.value = { message: t('{count, plural, one {Imported # grant} other {Imported # grants}}', { count: done.value.imported }), undoable: true };
  };
  return (
    <section class="grant-import" aria-labelledby="grant-import-title">
      <h4 id="grant-import-title">{t('Import grants')}</h4>
      <Field id="grant-file" label={t('Grants spreadsheet (CSV)')} hint={t('One row per grant: amount, date awarded and recipient at least.')}>
        <input id="grant-file" type="file" accept=".csv,.tsv,.txt,text/csv" aria-describedby="grant-file-hint" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </Field>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {chosen && (
        <div class="grant-columns">
          <p>{t('{count, plural, one {{file}: # row. Which column holds what?} other {{file}: # rows. Which column holds what?}}', { count: chosen.table.rows.length, file: chosen.fileName })}</p>
          {GRANT_FIELDS.map((field) => (
            <Field
              key={field}
              id={`grant-column-${field}`}
              label={REQUIRED_GRANT_FIELDS.includes(field) ? t(GRANT_FIELD_LABELS[field]) : t('{field} (optional)', { field: t(GRANT_FIELD_LABELS[field]) })}
            >
              <select id={`grant-column-${field}`} value={chosen.columns[field] ?? ''} onChange={(e) => setColumn(field, e.currentTarget.value)}>
                <option value="">{REQUIRED_GRANT_FIELDS.includes(field) ? t('Choose a column') : t('None')}</option>
                {chosen.table.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
          ))}
          {!chosen.columns.programme && (
            <Field id="grant-import-programme" label={t('Programme for these grants')}>
              <input id="grant-import-programme" value={programme} onInput={(e) => setProgramme(e.currentTarget.value)} />
            </Field>
          )}
          {missing.length > 0 && <p class="hint">{t('Choose the columns for: {fields}.', { fields: missing.map((f) => t(GRANT_FIELD_LABELS[f])).join(', ') })}</p>}
          <div class="form-actions">
            <button type="button" class="primary" disabled={missing.length > 0} onClick={() => void run()}>
              {t('{count, plural, one {Import # row} other {Import # rows}}', { count: chosen.table.rows.length })}
            </button>
            <button type="button" class="secondary" onClick={() => setChosen(null)}>
              {t('Cancel')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <div class="import-report" role="status">
          <p>
            {t(
              '{count, plural, one {Imported # grant: {matched} to assets on the map, {byPostcode} to groups placed by their postcode.} other {Imported # grants: {matched} to assets on the map, {byPostcode} to groups placed by their postcode.}}',
              {
                count: result.imported,
                matched: result.matched,
                byPostcode: result.byPostcode,
              },
            )}
            {result.refused.length > 0 ? ` ${t('{count, plural, one {# row was refused:} other {# rows were refused:}}', { count: result.refused.length })}` : ''}
          </p>
          {result.refused.length > 0 && (
            <ul class="refused-rows" aria-label={t('Refused rows')}>
              {result.refused.slice(0, SHOWN_REFUSALS).map((r) => (
                <li key={r.row}>
                  {t('Row {line}:', { line: r.row })} {problemText(r.reason)}
                </li>
              ))}
              {result.refused.length > SHOWN_REFUSALS && <li>{t('and {count} more', { count: result.refused.length - SHOWN_REFUSALS })}</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
