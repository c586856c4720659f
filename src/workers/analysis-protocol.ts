import type { CoverageProgress, CoverageRequest } from '../geo/coverage/analyse-coverage';
import type { CoverageAnswer } from '../model/coverage';

/** The app asks the analysis worker one question at a time (it keeps a worker warm between them); cancelling ends the worker. */
export type ToAnalysisWorker = { type: 'run'; request: CoverageRequest };

export type FromAnalysisWorker = ({ type: 'progress' } & CoverageProgress) | { type: 'done'; answer: CoverageAnswer } | { type: 'failed'; reason: string };
