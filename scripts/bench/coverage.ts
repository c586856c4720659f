/**
 * Issue 5: coverage of all 50 neighbourhoods of a synthetic 150 km² borough at 800 m, for
 * N = 500, 5,000, 20,000 and 100,000 clustered assets, against GEOS (Debian's python3-shapely:
 * buffer every asset, union, subtract from each neighbourhood — what QGIS and PostGIS do) on the
 * same data in the same run. GEOS buffers with 8 segments per quarter circle, the QGIS/PostGIS
 * default; its time is measured inside Python, so JSON and process start are not charged to it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';
import { analyseCoverage, type CoverageRequest } from '../../src/geo/coverage/analyse-coverage';
import type { AreaGeometry } from '../../src/model/geometry';
import { fmt, medianMs } from './timing';
import { syntheticAssets, syntheticNeighbourhoods } from './synthetic-borough';

const REFERENCE = fileURLToPath(new URL('../reference/geos-coverage.py', import.meta.url));
const BNG = '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs';
const DISTANCE = 800;
const SIZES = [500, 5_000, 20_000, 100_000];

interface GeosAnswer {
  shares: Record<string, number>;
  secondsAll: number;
  oneShare: number;
  secondsOne: number;
}

function geos(areas: ReturnType<typeof syntheticNeighbourhoods>, points: Float64Array, one: string): GeosAnswer {
  const bng = (lon: number, lat: number) => proj4('WGS84', BNG, [lon, lat]);
  const rings = (g: AreaGeometry) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).map((r) => r.map((p) => bng(p[0], p[1])));
  const xy: number[][] = [];
  for (let i = 0; i < points.length; i += 2) xy.push(bng(points[i] as number, points[i + 1] as number));
  const request = { mode: 'coverage', distance: DISTANCE, quadSegs: 8, areas: areas.map((a) => ({ id: a.id, rings: rings(a.geometry) })), points: xy, one };
  return JSON.parse(execFileSync('/usr/bin/python3', [REFERENCE], { input: JSON.stringify(request), maxBuffer: 1 << 28 }).toString()) as GeosAnswer;
}

export async function benchCoverage(): Promise<void> {
  const areas = syntheticNeighbourhoods();
  const middle = areas[24]!;
  console.log(`\nCoverage at ${DISTANCE} m, 50 neighbourhoods of a 150 km² borough: ours (median of 3; one neighbourhood: median of 9) vs GEOS (1 run, 8 segments per quarter)`);
  console.log('  N        ours all 50   GEOS all 50   ratio    ours one   GEOS one   ratio   max |Δ covered| vs GEOS*  ours ÷ (N log N), rel. to N=500');
  let base = 0;
  for (const n of SIZES) {
    const assets = syntheticAssets(n);
    const points = Float64Array.from(assets.flatMap((a) => (a.geometry?.type === 'Point' ? [a.geometry.coordinates[0], a.geometry.coordinates[1]] : [])));
    const request: CoverageRequest = { areas: areas.map((a) => ({ id: a.id, name: a.name, geometry: a.geometry })), points, sites: [], distance: DISTANCE };
    let answer = analyseCoverage({ ...request, areas: request.areas.slice(0, 1) });
    const all = await medianMs(3, () => {
      answer = analyseCoverage(request);
    });
    const one = await medianMs(9, () => {
      analyseCoverage({ ...request, areas: [{ id: middle.id, name: middle.name, geometry: middle.geometry }] });
    });
    const reference = geos(areas, points, middle.id);
    const worst = Math.max(...answer.areas.map((a) => Math.abs(a.coveredShare - (reference.shares[a.id] ?? NaN)))) * 100;
    const perNLogN = all / (n * Math.log2(n));
    if (n === SIZES[0]) base = perNLogN;
    console.log(
      `  ${n.toLocaleString('en-GB').padEnd(8)} ${fmt(all).padEnd(13)} ${fmt(reference.secondsAll * 1000).padEnd(13)} ${((reference.secondsAll * 1000) / all).toFixed(1).padStart(5)}×   ` +
        `${fmt(one).padEnd(10)} ${fmt(reference.secondsOne * 1000).padEnd(10)} ${((reference.secondsOne * 1000) / one).toFixed(1).padStart(5)}×   ` +
        `${worst.toFixed(2)} pp (cells ${answer.method.cellSize} m)           ${(perNLogN / base).toFixed(2)}`,
    );
  }
  console.log("  * GEOS's 8-segment circles are inscribed polygons, 0.6 % smaller than true circles; the accuracy test compares with 64 segments.");
}
