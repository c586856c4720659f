import type { Asset } from '../../model/asset';
import { CoverageQuestionSchema, countsForQuestion, decileField, type Analysis, type CoverageAnswer, type CoverageQuestion } from '../../model/coverage';
import type { Neighbourhood } from '../../model/neighbourhood';
import type { Overlay } from '../../model/overlay';
import { parseWith } from '../../model/problems';
import { checkBoundary, type Repair } from '../../geo/check-boundary';
import type { CoverageRequest, SmallAreaInput } from '../../geo/coverage/analyse-coverage';
import { assetColumns } from '../../geo/coverage/asset-columns';
import { fingerprint } from '../../lib/hash';
import { ok, refuse, sentences, type Result } from '../../lib/result';
import type { Intent, WorkspaceView } from './intent';
import { CHANGE_LABELS, changeLabel } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

/** A question checked against the workspace: what the engine will be given. */
export interface CoverageInputs {
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

/**
 * Checks a question against the workspace; nothing runs unless every part makes sense. A boundary
 * that needs repair is named by `recordId`, so the panel can offer to open it; with `repair`, the
 * message says whether “Repair boundary” will be offered there.
 */
export function checkQuestion(view: WorkspaceView, raw: unknown, repair: Repair | null = null): Result<CoverageInputs> {
  const parsed = parseWith(CoverageQuestionSchema, raw);
  if (!parsed.ok) return refuse(sentences(parsed.error));
  const question = parsed.value;
  if (view.neighbourhoods.length === 0) return refuse(msg('There are no neighbourhoods yet. Draw or import one on the Neighbourhoods tab first.'));
  const areas = chosenAreas(question, view.neighbourhoods);
  if (areas.length === 0) return refuse(msg('Choose at least one neighbourhood to analyse.'));
  for (const area of areas) {
    const checked = checkBoundary(area.geometry, repair);
    if (!checked.ok) {
      const template = checked.error.repaired
        ? msg('The boundary of “{name}” is not valid: {problem} Open it with “Edit {name}”, then “Edit boundary” and “Repair boundary”.')
        : msg('The boundary of “{name}” is not valid: {problem} Open it with “Edit {name}”, then “Edit boundary”.');
      return refuse(fill(template, { name: area.name, problem: checked.error.message }), {
        recordId: area.id,
      });
    }
  }
  const assets = view.assets.filter((a) => a.geometry && countsForQuestion(a, question));
  if (assets.length === 0) return refuse(msg('No assets with a location match this choice. Widen the categories, types, tags, status or cost.'));
  let deprivation: CoverageInputs['deprivation'] = null;
  if (question.deprivationLayerId) {
    const overlay = view.overlays.find((o) => o.id === question.deprivationLayerId);
    const field = overlay ? decileField(overlay.areas.map((a) => a.values)) : null;
    if (!overlay || !field) return refuse(msg('The chosen deprivation layer has no decile values. Choose another or none.'));
    deprivation = { overlay, field };
  }
  return ok({ question, areas, assets, deprivation });
}

/** The engine's input as columns: cheap to hand to the worker (a Float64Array, not 100,000 objects). */
export function coverageRequest(inputs: CoverageInputs, homes: Float64Array | null): CoverageRequest {
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

export interface FinishedRun {
  inputs: CoverageInputs;
  answer: CoverageAnswer;
  /** The fingerprint taken when the run started: an edit made meanwhile leaves the result out of date. */
  stamp: string;
  homesLabel: string;
}

/** Keeps a finished analysis with its question and date (one undoable step). */
export const recordAnalysis: Intent<FinishedRun, Analysis> = (_view, { inputs, answer, stamp, homesLabel }, { now, newId }) => {
  const layer = inputs.deprivation;
  // Validated once, by the store, on the way in: a second parse here would double the pause.
  const analysis: Analysis = {
    ...answer,
    id: newId(),
    question: inputs.question,
    assetCount: inputs.assets.length,
    homesLabel,
    deprivationLabel: layer ? `${layer.overlay.name}${layer.overlay.vintage ? ` (${layer.overlay.vintage})` : ''}, ${layer.field}` : '',
    inputsStamp: stamp,
    createdAt: now,
  };
  return ok({ change: { label: changeLabel(CHANGE_LABELS.analysis, { distance: inputs.question.distance.toLocaleString('en-GB') }), analyses: { put: [analysis] } }, value: analysis });
};

export const deleteAnalysis: Intent<{ id: string }, Analysis> = (view, { id }) => {
  const analysis = view.analyses.find((a) => a.id === id);
  if (!analysis) return refuse(msg('That analysis is no longer in the workspace.'));
  return ok({ change: { label: changeLabel(CHANGE_LABELS.deleteAnalysis, { date: analysis.createdAt.slice(0, 10) }), analyses: { remove: [id] } }, value: analysis });
};

/** True when a counted asset or an analysed boundary has changed since the analysis ran. */
export const isOutOfDate = (view: WorkspaceView, analysis: Analysis): boolean => inputsStamp(analysis.question, view.assets, view.neighbourhoods) !== analysis.inputsStamp;

/** The run before this one that asked the same question of the same neighbourhoods, to compare with. */
export function previousRun(view: WorkspaceView, analysis: Analysis): Analysis | null {
  const same = (a: Analysis) =>
    a.question.distance === analysis.question.distance && JSON.stringify({ ...a.question, neighbourhoodIds: [] }) === JSON.stringify({ ...analysis.question, neighbourhoodIds: [] });
  const earlier = view.analyses.filter((a) => a.createdAt < analysis.createdAt && same(a));
  return earlier[earlier.length - 1] ?? null;
}
