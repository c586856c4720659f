import { downloadProblems, type ImportSummary, type PreparedImport } from '../actions/import';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { problemText } from './problem-words';

/** What an import did: counts, how the file was read, notes on rows, and every row it could not use. */
export function ImportSummaryView({ summary, prepared }: { summary: ImportSummary; prepared: PreparedImport }) {
  const geojson = prepared.format === 'geojson';
  const count = summary.problems.length;
  const where = (line: number) => (geojson ? t('Feature {line}:', { line }) : t('Row {line}:', { line }));
  const outcome =
    count === 0
      ? geojson
        ? t('Every feature was imported.')
        : t('Every row was imported.')
      : geojson
        ? t('{count, plural, one {# feature needs attention:} other {# features need attention:}}', { count })
        : t('{count, plural, one {# row needs attention:} other {# rows need attention:}}', { count });
  return (
    <div role="status">
      <p>
        {t('Added {added}, updated {updated}, unchanged {unchanged}.', { added: formatNumber(summary.added), updated: formatNumber(summary.updated), unchanged: formatNumber(summary.unchanged) })}{' '}
        {outcome}
      </p>
      {summary.notices.length > 0 && (
        <ul class="notice" aria-label={t('How the file was read')}>
          {summary.notices.map((n) => (
            <li key={n}>{problemText(n)}</li>
          ))}
        </ul>
      )}
      {summary.notes.length > 0 && (
        <ul class="notice" aria-label={t('Notes on imported rows')}>
          {summary.notes.slice(0, 50).map((n) => (
            <li key={`${n.line}-${n.reason}`}>
              {where(n.line)} {problemText(n.reason)}
            </li>
          ))}
        </ul>
      )}
      {count > 0 && (
        <>
          <ul class="problem-list">
            {summary.problems.slice(0, 50).map((p) => (
              <li key={`${p.line}-${p.reason}`}>
                {where(p.line)} {problemText(p.reason)}
              </li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={() => downloadProblems(prepared.fileName, summary.problems)}>
            {t('Download problem list (CSV)')}
          </button>
        </>
      )}
    </div>
  );
}
