import type { Feature, FeatureCollection } from 'geojson';
import { yieldToPage } from '../lib/yield-to-page';

/** A GeoJSON source as this module needs it: replace everything, or apply a change by feature id. */
export interface GeoJsonTarget {
  setData(data: FeatureCollection): unknown;
  updateData(diff: { add?: Feature[]; remove?: string[] }): Promise<unknown>;
}

/**
 * Features per message to the map's worker. MapLibre serialises a message on the page, so a large
 * one is a long pause; this size keeps each well under a frame budget's worth of work. The longest
 * pause while 100,000 assets load is printed by `npm run bench -- map`.
 */
export const CHUNK = 1_500;

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
    if (items.length <= CHUNK) {
      // Small enough to replace in one message, which also drops anything a takeover left behind.
      this.shown = new Map(items.map((item) => [this.idOf(item), item]));
      this.target().setData({ type: 'FeatureCollection', features: features(items, this.toFeature) });
      this.settled = Promise.resolve();
      return;
    }
    this.settled = this.send(generation, items);
  }

  /**
   * Walks the list a chunk at a time, sending each chunk's new and changed features as soon as it
   * is worked out, then removes what the list no longer holds. Even comparing 100,000 records is
   * spread over tasks this way: done in one go, it held the page for a long pause after an import
   * (`npm run bench -- import` prints the longest).
   */
  private async send(generation: number, items: readonly T[]): Promise<void> {
    const listed = new Set<string>();
    let walked = 0;
    for (let start = 0; start < items.length; start += CHUNK) {
      const add: Feature[] = [];
      const remove: string[] = [];
      const end = Math.min(items.length, start + CHUNK);
      for (let i = start; i < end; i += 1) {
        const item = items[i] as T;
        const id = this.idOf(item);
        listed.add(id);
        if (this.shown.get(id) === item) continue;
        const feature = this.toFeature(item);
        if (feature) {
          add.push(feature);
          this.shown.set(id, item);
        } else if (this.shown.delete(id)) remove.push(id);
      }
      walked += end - start;
      if (add.length > 0 || remove.length > 0) {
        await this.target().updateData({ add, remove });
        if (generation !== this.generation) return;
      }
      if (add.length > 0 || remove.length > 0 || walked >= CHUNK * 10) {
        walked = 0;
        await yieldToPage();
        if (generation !== this.generation) return;
      }
    }
    const gone: string[] = [];
    for (const id of this.shown.keys()) if (!listed.has(id)) gone.push(id);
    for (let i = 0; i < gone.length; i += CHUNK * 5) {
      const ids = gone.slice(i, i + CHUNK * 5);
      for (const id of ids) this.shown.delete(id);
      await this.target().updateData({ remove: ids });
      if (generation !== this.generation) return;
    }
  }

  /** Sends again the features of the records shown that match, so the map lays them out anew. */
  resend(matches: (item: T) => boolean): void {
    const add = features([...this.shown.values()].filter(matches), this.toFeature);
    if (add.length > 0) void this.target().updateData({ add });
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
