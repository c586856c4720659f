import { describe, expect, it } from 'vitest';
import { analyseCoverage, type CoverageRequest } from '../../../src/geo/coverage/analyse-coverage';
import { answerFromWire, answerToWire, requestFromWire, requestToWire } from '../../../src/workers/analysis-protocol';
import { CoverageAnswerSchema } from '../../../src/model/coverage';
import type { AreaGeometry } from '../../../src/model/geometry';

const square = (west: number, south: number, size: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size * 0.6],
      [west, south + size * 0.6],
      [west, south],
    ],
  ],
});

describe('what crosses to and from the analysis worker', () => {
  const request: CoverageRequest = {
    areas: [
      { id: 'a', name: 'West', code: 'E05000001', geometry: square(-2.3, 53.4, 0.03) },
      { id: 'b', name: 'East', geometry: square(-2.27, 53.4, 0.03) },
    ],
    points: Float64Array.of(-2.29, 53.409, -2.255, 53.41),
    homes: Float64Array.of(-2.28, 53.405, -2.25, 53.41, -2.26, 53.401),
    sites: [square(-2.262, 53.402, 0.004)],
    distance: 400,
    smallAreas: [{ code: 'E01000001', name: 'Small', decile: 1, geometry: square(-2.299, 53.401, 0.01) }],
  };

  it('arrives as the same question, points and homes as typed arrays', () => {
    const wire = requestToWire(request);
    expect(typeof wire.json).toBe('string');
    const back = requestFromWire(structuredClone(wire));
    expect(back).toEqual(request);
    expect(back.points).toBeInstanceOf(Float64Array);
    expect(back.homes).toBeInstanceOf(Float64Array);
  });

  it('answers with exactly the numbers the engine computed, the surface’s “beyond reach” nulls included', () => {
    const answer = analyseCoverage(request);
    expect(answer.surface.distances).toContain(null);
    expect(answer.gaps.some((g) => g.geometry !== null)).toBe(true);
    const back = answerFromWire(structuredClone(answerToWire(answer)));
    expect(back).toEqual(answer);
    expect(CoverageAnswerSchema.safeParse(back).success).toBe(true);
  });
});
