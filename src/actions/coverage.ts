import { lonLatPairs } from '../lib/lon-lat-pairs';
import type { Asset } from '../model/asset';
import { CoverageQuestionSchema, countsForQuestion, decileField, type Analysis, type CoverageQuestion } from '../model/coverage';
import type { Neighbourhood } from '../model/neighbourhood';
import type { Overlay } from '../model/overlay';
import { describeIssues } from '../model/problems';
import type { CoverageProgress, CoverageRequest, SmallAreaInput } from '../geo/coverage/analyse-coverage';
import { checkBoundary } from '../geo/check-boundary';
import { assetColumns } from '../geo/coverage/asset-columns';
import { fingerprint } from '../lib/hash';
import { newId } from '../lib/id';
import { err, ok, type Result } from '../lib/result';
import type { FromAnalysisWorker, ToAnalysisWorker } from '../workers/analysis-protocol';
import { coverageTableCsv, gapsToGeoJson, priorityTableCsv, surfaceToGeoJson } from '../io/coverage-export';
import { datedFileName, downloadBlob } from './download';
import { workspace } from './workspace';

export type { CoverageProgress } from '../geo/coverage/analyse-coverage';

/** Why a question cannot be answered yet, in words, with the neighbourhood to fix when there is one. */
export interface CoverageRefusal {
  message: string;
  /** A neighbourhood whose boundary needs repair (its editor offers "Repair boundary"). */
  neighbourhoodId?: string;
}

interface Inputs {
  question: CoverageQuestion;
  areas: Neighbourhood[];
  assets: Asset[];
  deprivation: { overlay: Overlay; field: string } | null;
}

function chosenAreas(question: CoverageQuestion, all: readonly Neighbourhood[]): Neighbourhood[] {
  return question.neighbourhoodIds.length === 0 ? [...all] : all.filter((n) => question.neighbourhoodIds.includes(n.id));
}

/** The fingerprint of what a question's answer depends on: the counted assets and the chosen boundaries. */
export function inputsStamp(question: CoverageQuestion, assets: readonly Asset[], neighbourhoods: readonly Neighbourhood[]): string {
  const parts: string[] = [JSON.stringify(question)];
  for (const a of assets) if (a.geometry && countsForQuestion(a, question)) parts.push(a.id, a.updatedAt);
  for (const n of chosenAreas(question, neighbourhoods)) parts.push(n.id, n.updatedAt);
  return fingerprint(parts);
}

/** Checks a question against the workspace; nothing runs unless every part makes sense. */
export function checkQuestion(raw: unknown): Result<Inputs, CoverageRefusal> {
  const parsed = CoverageQuestionSchema.safeParse(raw);
  if (!parsed.success) return err({ message: describeIssues(parsed.error).join(' ') });
  const question = parsed.data;
  const state = workspace.state;
  if (state.neighbourhoods.value.length === 0) return err({ message: 'There are no neighbourhoods yet. Draw or import one on the Neighbourhoods tab first.' });
  const areas = chosenAreas(question, state.neighbourhoods.value);
  if (areas.length === 0) return err({ message: 'Choose at least one neighbourhood to analyse.' });
  for (const area of areas) {
    const checked = checkBoundary(area.geometry);
    if (!checked.ok) {
      return err({
        message: `The boundary of \u201c${area.name}\u201d is not valid: ${checked.reason} Open it with \u201cEdit ${area.name}\u201d, then \u201cEdit boundary\u201d${checked.repaired ? ' and \u201cRepair boundary\u201d' : ''}.`,
        neighbourhoodId: area.id,
      });
    }
  }
  const assets = state.assets.value.filter((a) => a.geometry && countsForQuestion(a, question));
  if (assets.length === 0) return err({ message: 'No assets with a location match this choice. Widen the categories, types, tags, status or cost.' });
  let deprivation: Inputs['deprivation'] = null;
  if (question.deprivationLayerId) {
    const overlay = state.overlays.value.find((o) => o.id === question.deprivationLayerId);
    const field = overlay ? decileField(overlay.areas.map((a) => a.values)) : null;
    if (!overlay || !field) return err({ message: 'The chosen deprivation layer has no decile values. Choose another or none.' });
    deprivation = { overlay, field };
  }
  return ok({ question, areas, assets, deprivation });
}

/** The engine's input as columns: cheap to hand to the worker (a Float64Array, not 100,000 objects). */
function requestFor(inputs: Inputs, homes: Float64Array | null): CoverageRequest {
  const { points, sites } = assetColumns(inputs.assets.map((a) => a.geometry));
  const smallAreas: SmallAreaInput[] = [];
  if (inputs.deprivation) {
    for (const area of inputs.deprivation.overlay.areas) {
      const decile = Number(area.values[inputs.deprivation.field]);
      if (Number.isFinite(decile)) smallAreas.push({ code: area.code, name: area.name, decile, geometry: area.geometry });
    }
  }
  return {
    areas: inputs.areas.map((n) => ({ id: n.id, name: n.name, code: n.code ?? '', geometry: n.geometry })),
    points,
    sites,
    distance: inputs.question.distance,
    priorityDeciles: inputs.question.priorityDeciles,
    smallAreas,
    ...(homes ? { homes } : {}),
  };
}

function loadedHomes(): { points: Float64Array; label: string } | null {
  const table = workspace.state.postcodeTable.value;
  if (!table) return null;
  return { points: lonLatPairs(table.lookup.values(), table.lookup.size), label: `${table.lookup.size.toLocaleString('en-GB')} postcodes from \u201c${table.fileName}\u201d` };
}

/**
 * Answers a coverage question in a worker, then saves the answer with its question and date.
 * Cancelling (the signal) ends the worker at once; nothing is saved or shown unless it finished.
 */
export async function runCoverage(raw: unknown, options: { onProgress?: (p: CoverageProgress) => void; signal?: AbortSignal } = {}): Promise<Result<Analysis, CoverageRefusal>> {
  const checked = checkQuestion(raw);
  if (!checked.ok) return checked;
  const inputs = checked.value;
  const homes = loadedHomes();
  // Fingerprint the inputs now: an edit made while the worker runs must leave the result out of date.
  const stamp = inputsStamp(inputs.question, workspace.state.assets.value, workspace.state.neighbourhoods.value);
  const request = requestFor(inputs, homes?.points ?? null);
  const worker = new Worker(new URL('../workers/analysis-worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const answer = await new Promise<FromAnalysisWorker>((resolve) => {
    const stop = () => {
      worker.terminate();
      resolve({ type: 'failed', reason: 'cancelled' });
    };
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<FromAnalysisWorker>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data);
      else {
        options.signal?.removeEventListener('abort', stop);
        worker.terminate();
        resolve(event.data);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ type: 'failed', reason: event.message || 'The analysis stopped unexpectedly.' });
    };
    worker.postMessage({ type: 'run', request } satisfies ToAnalysisWorker);
  });
  if (answer.type === 'failed') return err({ message: answer.reason === 'cancelled' ? 'Cancelled: nothing was saved.' : `The analysis failed: ${answer.reason}` });
  if (answer.type !== 'done') return err({ message: 'The analysis answered out of turn.' });
  // Validated once, by the store, on the way in: a second parse here would double the pause.
  const analysis: Analysis = {
    ...answer.answer,
    id: newId(),
    question: inputs.question,
    assetCount: inputs.assets.length,
    homesLabel: homes?.label ?? '',
    deprivationLabel: inputs.deprivation
      ? `${inputs.deprivation.overlay.name}${inputs.deprivation.overlay.vintage ? ` (${inputs.deprivation.overlay.vintage})` : ''}, ${inputs.deprivation.field}`
      : '',
    inputsStamp: stamp,
    createdAt: new Date().toISOString(),
  };
  const saved = await workspace.apply({ label: `Coverage analysis at ${inputs.question.distance.toLocaleString('en-GB')} m`, analyses: { put: [analysis] } });
  if (!saved.ok) return err({ message: saved.error.message });
  return ok(workspace.state.analyses.value.find((a) => a.id === analysis.id) ?? analysis);
}

export async function deleteAnalysis(id: string): Promise<boolean> {
  const analysis = workspace.state.analyses.value.find((a) => a.id === id);
  if (!analysis) return false;
  return (await workspace.apply({ label: `Delete coverage analysis of ${analysis.createdAt.slice(0, 10)}`, analyses: { remove: [id] } })).ok;
}

/** True when a counted asset or an analysed boundary has changed since the analysis ran. */
export function isOutOfDate(analysis: Analysis): boolean {
  const state = workspace.state;
  return inputsStamp(analysis.question, state.assets.value, state.neighbourhoods.value) !== analysis.inputsStamp;
}

/** The run before this one that asked the same question of the same neighbourhoods, to compare with. */
export function previousRun(analysis: Analysis): Analysis | null {
  const same = (a: Analysis) =>
    a.question.distance === analysis.question.distance && JSON.stringify({ ...a.question, neighbourhoodIds: [] }) === JSON.stringify({ ...analysis.question, neighbourhoodIds: [] });
  const earlier = workspace.state.analyses.value.filter((a) => a.createdAt < analysis.createdAt && same(a));
  return earlier[earlier.length - 1] ?? null;
}

export type CoverageDownload = 'gaps' | 'surface' | 'table-gis' | 'table-excel' | 'priority-excel';

/** Saves one part of an analysis as a file, through the same writers as every other export. */
export function downloadCoverage(analysis: Analysis, what: CoverageDownload): string {
  const stem = `coverage ${analysis.question.distance} m`;
  const names = new Map(workspace.state.neighbourhoods.value.map((n) => [n.id, n.name]));
  const geojson = (data: unknown, part: string) => {
    const name = datedFileName(`${stem} ${part}`, 'geojson');
    downloadBlob(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), name);
    return name;
  };
  const csv = (text: string, part: string) => {
    const name = datedFileName(`${stem} ${part}`, 'csv');
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
    return name;
  };
  switch (what) {
    case 'gaps':
      return geojson(gapsToGeoJson(analysis), 'gaps');
    case 'surface':
      return geojson(surfaceToGeoJson(analysis), 'distance surface');
    case 'table-gis':
      return csv(coverageTableCsv(analysis, 'gis'), 'by neighbourhood');
    case 'table-excel':
      return csv(coverageTableCsv(analysis, 'excel'), 'by neighbourhood excel');
    case 'priority-excel':
      return csv(
        priorityTableCsv(analysis, 'excel', (id) => names.get(id) ?? id),
        'priority areas excel',
      );
  }
}
