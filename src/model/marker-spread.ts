/** A marker at its true place on the printed map, in pixels. */
export interface PlacedMarker {
  x: number;
  y: number;
}

/** Where a marker is drawn, and whether it was moved off its place (then a leader line joins them). */
export interface SpreadMarker {
  x: number;
  y: number;
  moved: boolean;
}

/**
 * Moves numbered markers apart so none overlaps another (circles of `radius` pixels, `gap` apart),
 * each as little as it must: markers are placed one by one, in order, each at its own place if free,
 * else at the nearest free spot on rings around it. Deterministic, so a print is the same each time.
 * A moved marker keeps a leader line to its place, and the key still lists every number.
 */
export function spreadMarkers(markers: readonly PlacedMarker[], radius: number, gap = 2): SpreadMarker[] {
  const spacing = 2 * radius + gap;
  const cell = spacing;
  const grid = new Map<string, SpreadMarker[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const free = (x: number, y: number) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let i = cx - 1; i <= cx + 1; i += 1)
      for (let j = cy - 1; j <= cy + 1; j += 1) for (const m of grid.get(`${i},${j}`) ?? []) if ((m.x - x) ** 2 + (m.y - y) ** 2 < spacing * spacing - 1e-6) return false;
    return true;
  };
  const out: SpreadMarker[] = [];
  for (const m of markers) {
    let placed: SpreadMarker | null = free(m.x, m.y) ? { x: m.x, y: m.y, moved: false } : null;
    // Rings one marker apart; more spots on outer rings, so a dense cluster becomes a tidy rosette.
    for (let ring = 1; !placed && ring < 60; ring += 1) {
      const distance = ring * spacing;
      const spots = Math.max(6, Math.floor((2 * Math.PI * distance) / spacing));
      for (let k = 0; k < spots; k += 1) {
        const angle = -Math.PI / 2 + (2 * Math.PI * k) / spots;
        const x = m.x + distance * Math.cos(angle);
        const y = m.y + distance * Math.sin(angle);
        if (free(x, y)) {
          placed = { x, y, moved: true };
          break;
        }
      }
    }
    const final = placed ?? { x: m.x, y: m.y, moved: false };
    out.push(final);
    const k = key(final.x, final.y);
    grid.set(k, [...(grid.get(k) ?? []), final]);
  }
  return out;
}
