import { useMemo } from 'preact/hooks';
import { deleteAnalysis, downloadCoverage, isOutOfDate, previousRun, type CoverageDownload } from '../actions/coverage';
import { formatArea } from '../actions/neighbourhoods';
import { describeMethod, describeQuestion, distanceBands, type Analysis } from '../model/coverage';
import { appState } from '../store/state';
import { coverageLayers, mapFocus, shownAnalysisId, toast } from './ui-state';

const pct = (share: number) => `${(share * 100).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function Change({ now, before }: { now: number; before: number | undefined }) {
  if (before === undefined) return <td>–</td>;
  const pp = (now - before) * 100;
  const text = Math.abs(pp) < 0.05 ? 'no change' : `${pp > 0 ? '+' : '\u2212'}${Math.abs(pp).toFixed(1)} pp`;
  return <td>{text}</td>;
}

const DOWNLOADS: [CoverageDownload, string][] = [
  ['gaps', 'Download gaps (GeoJSON)'],
  ['surface', 'Download distance surface (GeoJSON)'],
  ['table-gis', 'Download table (CSV for GIS)'],
  ['table-excel', 'Download table (CSV for Excel)'],
  ['priority-excel', 'Download priority areas (CSV for Excel)'],
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
        Results: {describeQuestion(analysis.question)}
      </h3>
      <p class="hint">
        Run {when(analysis.createdAt)} · {analysis.assetCount.toLocaleString('en-GB')} assets counted. {describeMethod(analysis.method)}.
      </p>
      {stale && (
        <div class="notice" role="status">
          <p>Out of date: assets or boundaries have changed since this run.</p>
          <button type="button" class="primary" onClick={onRerun}>
            Re-run analysis
          </button>
        </div>
      )}
      <div class="field-row">
        <label class="check">
          <input type="checkbox" checked={layers.gaps} onChange={(e) => (coverageLayers.value = { ...layers, gaps: e.currentTarget.checked })} />
          <span>Show gaps on map</span>
        </label>
        <label class="check">
          <input type="checkbox" checked={layers.surface} onChange={(e) => (coverageLayers.value = { ...layers, surface: e.currentTarget.checked })} />
          <span>Show distance surface</span>
        </label>
      </div>
      {layers.surface && (
        <div class="legend-bands" aria-label="Distance to the nearest counted asset">
          <p class="hint">Distance to the nearest counted asset, in hexagons {analysis.method.hexSize} m across</p>
          <ul>
            {bands.map((b) => (
              <li key={b.label}>
                <span class="swatch" style={{ background: b.colour }} aria-hidden="true" />
                {b.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="table-scroll" role="region" aria-label="Coverage table" tabIndex={0}>
        <table aria-label="Coverage by neighbourhood">
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col">Covered</th>
              <th scope="col">Gap</th>
              <th scope="col">Assets</th>
              {hasHomes && <th scope="col">Homes within</th>}
              <th scope="col" title={before ? `Change in covered share since the run of ${when(before.createdAt)}` : 'No earlier run of this question'}>
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <button type="button" class="link" aria-label={`Show ${a.name} on the map`} onClick={() => show(a.id)}>
                    {a.name}
                  </button>
                  <small class="row-note">{formatArea(a.areaM2)}</small>
                </th>
                <td>{pct(a.coveredShare)}</td>
                <td>{formatArea(a.gapM2)}</td>
                <td>{a.assetsInside}</td>
                {hasHomes && <td>{a.homesTotal ? `${pct((a.homesReached ?? 0) / a.homesTotal)} of ${a.homesTotal.toLocaleString('en-GB')}` : '–'}</td>}
                <Change now={a.coveredShare} before={beforeShares.get(a.id)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        Ranked by gap (the area out of reach). Change: percentage points of the area covered since {before ? `the run of ${when(before.createdAt)}` : 'the last run of this question (none yet)'}.
        {analysis.homesLabel ? ` Homes: ${analysis.homesLabel}.` : ''}
      </p>
      {analysis.deprivationLabel && (
        <>
          <h3 class="section-heading">Priority areas</h3>
          <p class="hint">
            Small areas in the most deprived {analysis.question.priorityDeciles * 10}% ({analysis.deprivationLabel}), most out of reach first.
          </p>
          {analysis.priority.length === 0 ? (
            <p class="empty">No small area in those deciles lies in the analysed neighbourhoods.</p>
          ) : (
            <div class="table-scroll" role="region" aria-label="Priority areas table" tabIndex={0}>
              <table aria-label="Priority areas">
                <thead>
                  <tr>
                    <th scope="col">Small area</th>
                    <th scope="col">Decile</th>
                    <th scope="col">Out of reach</th>
                    <th scope="col">Neighbourhood</th>
                  </tr>
                </thead>
                <tbody>
                  {analysis.priority.map((p) => (
                    <tr key={p.code}>
                      <th scope="row">{p.name ? `${p.name} (${p.code})` : p.code}</th>
                      <td>{p.decile}</td>
                      <td>{pct(p.uncoveredShare)}</td>
                      <td>{p.neighbourhoodIds.map((id) => names.get(id) ?? 'removed').join(', ')}</td>
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
            {label}
          </button>
        ))}
      </div>
      {runs.length > 1 && (
        <div class="field">
          <label for="coverage-runs">Saved runs</label>
          <select id="coverage-runs" value={analysis.id} onChange={(e) => (shownAnalysisId.value = e.currentTarget.value)}>
            {[...runs].reverse().map((r) => (
              <option key={r.id} value={r.id}>
                {when(r.createdAt)} · {r.question.distance.toLocaleString('en-GB')} m · {r.areas.length} neighbourhoods
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" class="danger" onClick={() => void deleteAnalysis(analysis.id).then((done) => done && (toast.value = { message: 'Deleted the coverage run', undoable: true }))}>
        Delete this run
      </button>
    </section>
  );
}
