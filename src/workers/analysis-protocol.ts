import type { CoverageProgress, CoverageRequest } from '../geo/coverage/analyse-coverage';
import type { CoverageAnswer } from '../model/coverage';

/**
 * The app asks the analysis worker one question at a time (it keeps a worker warm between them);
 * cancelling ends the worker.
 *
 * Boundaries and the answer cross as JSON text, the points as a Float64Array. Chromium's structured
 * clone of nested [lon, lat] arrays cost about 8 ms each way for a borough's 50 wards and their gaps
 * (most of a warm re-run); a string is copied whole, and JSON.parse of numbers is fast. Both ends
 * are this app, a moment apart: the saved answer is validated where it is stored.
 */
export type ToAnalysisWorker = { type: 'run'; request: WireRequest };

export type FromAnalysisWorker = ({ type: 'progress' } & CoverageProgress) | { type: 'done'; answer: string } | { type: 'failed'; reason: string };

export interface WireRequest {
  /** Everything but the point columns, as JSON. */
  readonly json: string;
  readonly points: Float64Array;
  readonly homes?: Float64Array;
}

export function requestToWire(request: CoverageRequest): WireRequest {
  const { points, homes, ...rest } = request;
  return { json: JSON.stringify(rest), points, ...(homes ? { homes } : {}) };
}

export function requestFromWire(wire: WireRequest): CoverageRequest {
  const rest = JSON.parse(wire.json) as Omit<CoverageRequest, 'points' | 'homes'>;
  return { ...rest, points: wire.points, ...(wire.homes ? { homes: wire.homes } : {}) };
}

export const answerToWire = (answer: CoverageAnswer): string => JSON.stringify(answer);

export const answerFromWire = (text: string): CoverageAnswer => JSON.parse(text) as CoverageAnswer;
