/**
 * Points as one flat Float64Array of lon, lat pairs: how they cross to a worker or into IndexedDB
 * cheaply (one buffer, not thousands of small arrays).
 */
export function lonLatPairs(points: Iterable<readonly [number, number]>, count: number): Float64Array {
  const pairs = new Float64Array(count * 2);
  let i = 0;
  for (const [lon, lat] of points) {
    pairs[i++] = lon;
    pairs[i++] = lat;
  }
  return pairs;
}
