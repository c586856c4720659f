/**
 * A copy of a scratch array with room for at least `needed` values (at least twice its length), its
 * contents kept: the engine's hot loops write into typed arrays and grow them only when full.
 */
export function grownInt32(values: Int32Array<ArrayBuffer>, needed = 0): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, values.length * 2));
  next.set(values);
  return next;
}

export function grownFloat64(values: Float64Array<ArrayBuffer>, needed = 0): Float64Array<ArrayBuffer> {
  const next = new Float64Array(Math.max(needed, values.length * 2));
  next.set(values);
  return next;
}
