import { downloadProblems, type ImportSummary, type PreparedImport } from '../actions/import';
import { countOf } from '../lib/count';

/** What an import did: counts, how the file was read, notes on rows, and every row it could not use. */
export function ImportSummaryView({ summary, prepared }: { summary: ImportSummary; prepared: PreparedImport }) {
  const unit = prepared.format === 'geojson' ? 'Feature' : 'Row';
  const noun = prepared.format === 'geojson' ? 'feature' : 'row';
  return (
    <div role="status">
      <p>
        Added {summary.added}, updated {summary.updated}, unchanged {summary.unchanged}.{' '}
        {summary.problems.length > 0 ? `${countOf(summary.problems.length, noun)} need${summary.problems.length === 1 ? 's' : ''} attention:` : `Every ${noun} was imported.`}
      </p>
      {summary.notices.length > 0 && (
        <ul class="notice" aria-label="How the file was read">
          {summary.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {summary.notes.length > 0 && (
        <ul class="notice" aria-label="Notes on imported rows">
          {summary.notes.slice(0, 50).map((n) => (
            <li key={`${n.line}-${n.reason}`}>
              {unit} {n.line}: {n.reason}
            </li>
          ))}
        </ul>
      )}
      {summary.problems.length > 0 && (
        <>
          <ul class="problem-list">
            {summary.problems.slice(0, 50).map((p) => (
              <li key={`${p.line}-${p.reason}`}>
                {unit} {p.line}: {p.reason}
              </li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={() => downloadProblems(prepared.fileName, summary.problems)}>
            Download problem list (CSV)
          </button>
        </>
      )}
    </div>
  );
}
