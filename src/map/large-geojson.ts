import type { Feature, FeatureCollection } from 'geojson';

/** A GeoJSON source as this module needs it: replace everything, or apply a change by feature id. */
export interface GeoJsonTarget {
  setData(data: FeatureCollection): unknown;
  updateData(diff: { add?: Feature[]; remove?: string[] }): Promise<unknown>;
}

/** Features per message to the map's worker: cloning this many takes a few ms on a tablet. */
export const CHUNK = 4_000;
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Keeps a map source in step with a list of records by sending only what changed, in chunks.
 *
 * Why not `setData` with everything: MapLibre clones an object to its worker in one go (about
 * 0.8 s for 100,000 markers), and a URL's data is cloned back from the worker in one go (about
 * 0.9 s). A diff of a few thousand features per message, each sent when the worker has taken the
 * last, never holds the page for long; and editing one record among 100,000 sends one feature.
 * Records are compared by reference: the store replaces a record object whenever it changes.
 * A newer `set` takes over from an older one still sending.
 */
export class DiffedGeoJson<T> {
  /** What the map has been sent: id → the record its feature was made from. */
  private shown = new Map<string, T>();
  private generation = 0;
  /** Settles when the last `set` has been sent in full (for tests and benchmarks). */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly target: () => GeoJsonTarget,
    private readonly idOf: (item: T) => string,
    private readonly toFeature: (item: T) => Feature | null,
  ) {}

  set(items: readonly T[]): void {
    const generation = ++this.generation;
    const next = new Map<string, T>();
    const changed: T[] = [];
    for (const item of items) {
      const id = this.idOf(item);
      next.set(id, item);
      if (this.shown.get(id) !== item) changed.push(item);
    }
    const removed: string[] = [];
    for (const id of this.shown.keys()) if (!next.has(id)) removed.push(id);
    if (items.length <= CHUNK) {
      // Small enough to replace in one message, which also drops anything a takeover left behind.
      this.shown = next;
      this.target().setData({ type: 'FeatureCollection', features: features(items, this.toFeature) });
      this.settled = Promise.resolve();
      return;
    }
    this.settled = this.send(generation, changed, removed);
  }

  private async send(generation: number, changed: readonly T[], removed: readonly string[]): Promise<void> {
    for (let i = 0; i < removed.length; i += CHUNK * 5) {
      const ids = removed.slice(i, i + CHUNK * 5);
      for (const id of ids) this.shown.delete(id);
      await this.target().updateData({ remove: ids });
      if (generation !== this.generation) return;
    }
    for (let i = 0; i < changed.length; i += CHUNK) {
      const add: Feature[] = [];
      const remove: string[] = [];
      for (const item of changed.slice(i, i + CHUNK)) {
        const id = this.idOf(item);
        const feature = this.toFeature(item);
        if (feature) {
          add.push(feature);
          this.shown.set(id, item);
        } else if (this.shown.delete(id)) remove.push(id);
      }
      await this.target().updateData({ add, remove });
      if (generation !== this.generation) return;
      await breathe();
      if (generation !== this.generation) return;
    }
  }
}

function features<T>(items: readonly T[], toFeature: (item: T) => Feature | null): Feature[] {
  const out: Feature[] = [];
  for (const item of items) {
    const feature = toFeature(item);
    if (feature) out.push(feature);
  }
  return out;
}
