import { useMemo } from 'preact/hooks';
import { deleteAnalysis, downloadCoverage, isOutOfDate, previousRun, type CoverageDownload } from '../actions/coverage';
import { formatArea } from '../actions/neighbourhoods';
import { distanceBands, type Analysis } from '../model/coverage';
import { bandLabels, methodText, questionText } from './coverage-words';
import { problemText } from './problem-words';
import { appState } from '../store/state';
import { coverageLayers, mapFocus, shownAnalysisId, toast } from './ui-state';
import { msg, t } from '../lib/i18n';
import { formatDistance, formatMoment, formatNumber, formatPercent } from '../lib/i18n/format';

const pct = formatPercent;
const when = formatMoment;

function Change({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined) return <td>–</td>;
  const pp = (now - before) * 100;
  const text = Math.abs(pp) < 0.05 ? t('no change') : t('{sign}{points} pp', { sign: pp > 0 ? '+' : '−', points: formatNumber(Math.abs(pp), 1) });
  return <td>{text}</td>;
}

const DOWNLOADS: [CoverageDownload, string][] = [
  ['gaps', msg('Download gaps (GeoJSON)')],
  ['surface', msg('Download distance surface (GeoJSON)')],
  ['table-gis', msg('Download table (CSV for GIS)')],
  ['table-excel', msg('Download table (CSV for Excel)')],
  ['priority-excel', msg('Download priority areas (CSV for Excel)')],
];

/** One saved analysis: figures per neighbourhood ranked by gap, priority areas, map layers, files. */
export function CoverageResults({ analysis, onRerun }: { analysis: Analysis; onRerun: () => void }) {
  const assets = appState.assets.value;
  const neighbourhoods = appState.neighbourhoods.value;
  const stale = useMemo(() => isOutOfDate(analysis), [analysis, assets, neighbourhoods]);
  const before = previousRun(analysis);
  const beforeShares = new Map(before?.areas.map((a) => [a.id, a.coveredShare]) ?? []);
  const ranked = [...analysis.areas].sort((a, b) => b.gapM2 - a.gapM2);
  const bands = distanceBands(analysis.method.distance);
  const layers = coverageLayers.value;
  const names = new Map(neighbourhoods.map((n) => [n.id, n.name]));
  const runs = appState.analyses.value;
  const hasHomes = analysis.areas.some((a) => a.homesTotal !== null);
  const show = (id: string) => {
    const n = neighbourhoods.find((x) => x.id === id);
    if (n) mapFocus.value = { geometry: n.geometry };
  };
  return (
    <section class="coverage-results" aria-labelledby="coverage-results-heading">
      <h3 id="coverage-results-heading" class="section-heading">
        {t('Results: {question}', { question: questionText(analysis.question) })}
      </h3>
      <p class="hint">
        {t('{count, plural, one {Run {date} · # asset counted.} other {Run {date} · # assets counted.}}', { count: analysis.assetCount, date: when(analysis.createdAt) })} {methodText(analysis.method)}
        .
      </p>
      {stale && (
        <div class="notice" role="status">
          <p>{t('Out of date: assets or boundaries have changed since this run.')}</p>
          <button type="button" class="primary" onClick={onRerun}>
            {t('Re-run analysis')}
          </button>
        </div>
      )}
      <div class="field-row">
        <label class="check">
          <input type="checkbox" checked={layers.gaps} onChange={(e) => (coverageLayers.value = { ...layers, gaps: e.currentTarget.checked })} />
          <span>{t('Show gaps on map')}</span>
        </label>
        <label class="check">
          <input type="checkbox" checked={layers.surface} onChange={(e) => (coverageLayers.value = { ...layers, surface: e.currentTarget.checked })} />
          <span>{t('Show distance surface')}</span>
        </label>
      </div>
      {layers.surface && (
        <div class="legend-bands" aria-label={t('Distance to the nearest counted asset')}>
          <p class="hint">{t('Distance to the nearest counted asset, in hexagons {size} across', { size: formatDistance(analysis.method.hexSize) })}</p>
          <ul>
            {bands.map((b, i) => (
              <li key={b.label}>
                <span class="swatch" style={{ background: b.colour }} aria-hidden="true" />
                {bandLabels(analysis.method.distance)[i]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="table-scroll" role="region" aria-label={t('Coverage table')} tabIndex={0}>
        <table aria-label={t('Coverage by neighbourhood')}>
          <thead>
            <tr>
              <th scope="col">{t('Neighbourhood')}</th>
              <th scope="col">{t('Covered')}</th>
              <th scope="col">{t('Gap')}</th>
              <th scope="col">{t('Assets')}</th>
              {hasHomes && <th scope="col">{t('Homes within')}</th>}
              <th scope="col" title={before ? t('Change in covered share since the run of {date}', { date: when(before.createdAt) }) : t('No earlier run of this question')}>
                {t('Change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <button type="button" class="link" aria-label={t('Show {name} on the map', { name: a.name })} onClick={() => show(a.id)}>
                    {a.name}
                  </button>
                  <small class="row-note">{formatArea(a.areaM2)}</small>
                </th>
                <td>{pct(a.coveredShare)}</td>
                <td>{formatArea(a.gapM2)}</td>
                <td>{a.assetsInside}</td>
                {hasHomes && <td>{a.homesTotal ? t('{share} of {total}', { share: pct((a.homesReached ?? 0) / a.homesTotal), total: formatNumber(a.homesTotal) }) : '–'}</td>}
                <Change now={a.coveredShare} before={beforeShares.get(a.id)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        {before
          ? t('Ranked by gap (the area out of reach). Change: percentage points of the area covered since the run of {date}.', { date: when(before.createdAt) })
          : t('Ranked by gap (the area out of reach). Change: percentage points of the area covered since the last run of this question (none yet).')}
        {analysis.homesLabel ? ` ${t('Homes: {what}.', { what: problemText(analysis.homesLabel) })}` : ''}
      </p>
      {analysis.deprivationLabel && (
        <>
          <h3 class="section-heading">{t('Priority areas')}</h3>
          <p class="hint">
            {t('Small areas in the most deprived {percent}% ({layer}), most out of reach first.', { percent: analysis.question.priorityDeciles * 10, layer: analysis.deprivationLabel })}
          </p>
          {analysis.priority.length === 0 ? (
            <p class="empty">{t('No small area in those deciles lies in the analysed neighbourhoods.')}</p>
          ) : (
            <div class="table-scroll" role="region" aria-label={t('Priority areas table')} tabIndex={0}>
              <table aria-label={t('Priority areas')}>
                <thead>
                  <tr>
                    <th scope="col">{t('Small area')}</th>
                    <th scope="col">{t('Decile')}</th>
                    <th scope="col">{t('Out of reach')}</th>
                    <th scope="col">{t('Neighbourhood')}</th>
                  </tr>
                </thead>
                <tbody>
                  {analysis.priority.map((p) => (
                    <tr key={p.code}>
                      <th scope="row">{p.name ? `${p.name} (${p.code})` : p.code}</th>
                      <td>{p.decile}</td>
                      <td>{pct(p.uncoveredShare)}</td>
                      <td>{p.neighbourhoodIds.map((id) => names.get(id) ?? t('removed')).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <div class="download-list">
        {DOWNLOADS.filter(([what]) => what !== 'priority-excel' || analysis.priority.length > 0).map(([what, label]) => (
          <button key={what} type="button" onClick={() => downloadCoverage(analysis, what)}>
            {t(label)}
          </button>
        ))}
      </div>
      {runs.length > 1 && (
        <div class="field">
          <label for="coverage-runs">{t('Saved runs')}</label>
          <select id="coverage-runs" value={analysis.id} onChange={(e) => (shownAnalysisId.value = e.currentTarget.value)}>
            {[...runs].reverse().map((r) => (
              <option key={r.id} value={r.id}>
                {when(r.createdAt)} · {formatDistance(r.question.distance)} · {t('{count, plural, one {# neighbourhood} other {# neighbourhoods}}', { count: r.areas.length })}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" class="danger" onClick={() => void deleteAnalysis(analysis.id).then((done) => done && (toast.value = { message: t('Deleted the coverage run'), undoable: true }))}>
        {t('Delete this run')}
      </button>
    </section>
  );
}
