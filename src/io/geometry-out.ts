import type { AssetGeometry, Position } from '../model/geometry';
import { round7 } from '../lib/round';

const roundPosition = (p: Position): Position => [round7(p[0]), round7(p[1])];

/** Twice the signed area of a ring (positive when counter-clockwise in lon/lat). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += (a[0] - b[0]) * (a[1] + b[1]); // (x_prev − x)(y_prev + y): positive when counter-clockwise
  }
  return sum;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function rewindPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, i) => {
    const rounded = ring.map(roundPosition);
    const ccw = signedArea(rounded) > 0;
    return (i === 0) === ccw ? rounded : [...rounded].reverse();
  });
}

/** A geometry as RFC 7946 wants it: at most 7 decimals, right-hand rule winding. */
export function toRfc7946(geometry: AssetGeometry): AssetGeometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
  }
}

const wktPosition = (p: Position) => `${round7(p[0])} ${round7(p[1])}`;
const wktRings = (rings: readonly (readonly Position[])[]) => `(${rings.map((r) => `(${r.map(wktPosition).join(', ')})`).join(', ')})`;

/** Well-known text, as QGIS and ogr2ogr read it from a CSV column. */
export function toWkt(geometry: AssetGeometry): string {
  const g = toRfc7946(geometry);
  switch (g.type) {
    case 'Point':
      return `POINT (${wktPosition(g.coordinates)})`;
    case 'Polygon':
      return `POLYGON ${wktRings(g.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map(wktRings).join(', ')})`;
  }
}
