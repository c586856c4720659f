import type { Feature, FeatureCollection } from 'geojson';
import { yieldToPage } from '../lib/yield-to-page';

/** A GeoJSON source as this module needs it: replace everything, or apply a change by feature id. */
export interface GeoJsonTarget {
  setData(data: FeatureCollection): unknown;
  updateData(diff: { add?: Feature[]; remove?: string[] }): Promise<unknown>;
}

/**
 * Records compared per step, and features per message while the map's worker keeps up. MapLibre
 * serialises a message on the page in one task, so a large one is a long pause (MESSAGE below caps
 * it). The longest pauses while 100,000 imported records reach the map are printed by
 * `npm run bench -- import`.
 */
export const CHUNK = 1_500;

/**
 * The most features in one message. Fewer, larger messages mean fewer re-clusterings in the worker,
 * but the page serialises each in one go: at 100,000 assets, 3,000 kept filter steps' tasks near
 * 100 ms where 6,000 made nine of them over it (up to 162 ms), and loading took 13.3 s where one
 * chunk per message took 21.5 s (a temporary script, the interaction benchmark's filter steps).
 */
export const MESSAGE = 2 * CHUNK;

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
   * Walks the list a chunk at a time, working out each chunk's new and changed features, and sends
   * them to the map's worker as it becomes free: whatever was worked out while it was busy goes in
   * one message (up to MESSAGE features), then removes what the list no longer holds. Even comparing
   * 100,000 records is spread over tasks this way: done in one go, it held the page for a long pause
   * after an import (`npm run bench -- import` prints the longest).
   *
   * Why not one message per chunk: MapLibre re-clusters the whole source for every message, so
   * 100,000 markers sent 1,500 at a time were clustered 67 times over, each time larger; taking in
   * what piled up while the worker was busy halves that. A record counts as shown once its feature is sent,
   * so a newer `set` taking over re-sends anything still waiting.
   */
  private async send(generation: number, items: readonly T[]): Promise<void> {
    const listed = new Set<string>();
    const waiting = new PendingDiff<T>();
    let inFlight: Promise<unknown> | null = null;
    const sendWaiting = () => {
      const diff = waiting.take(this.shown);
      const sent = this.target().updateData(diff);
      inFlight = sent;
      const done = () => {
        if (inFlight === sent) inFlight = null;
      };
      sent.then(done, done);
    };
    let walked = 0;
    for (let start = 0; start < items.length; start += CHUNK) {
      const end = Math.min(items.length, start + CHUNK);
      // A full message waits for the worker rather than grow past MESSAGE.
      if (inFlight && waiting.size + (end - start) > MESSAGE) await inFlight;
      if (generation !== this.generation) return;
      if (!inFlight && waiting.size > 0) sendWaiting();
      const before = waiting.size;
      for (let i = start; i < end; i += 1) {
        const item = items[i] as T;
        const id = this.idOf(item);
        listed.add(id);
        if (this.shown.get(id) === item) continue;
        const feature = this.toFeature(item);
        if (feature) waiting.add(id, item, feature);
        else if (this.shown.has(id)) waiting.remove(id);
      }
      walked += end - start;
      if (!inFlight && waiting.size > 0) sendWaiting();
      if (waiting.size > before || inFlight || walked >= CHUNK * 10) {
        walked = 0;
        await yieldToPage();
        if (generation !== this.generation) return;
      }
    }
    while (waiting.size > 0) {
      if (inFlight) await inFlight;
      if (generation !== this.generation) return;
      sendWaiting();
    }
    const gone: string[] = [];
    for (const id of this.shown.keys()) if (!listed.has(id)) gone.push(id);
    for (let i = 0; i < gone.length; i += CHUNK * 5) {
      const ids = gone.slice(i, i + CHUNK * 5);
      for (const id of ids) this.shown.delete(id);
      await this.target().updateData({ remove: ids });
      if (generation !== this.generation) return;
    }
    if (inFlight) await inFlight;
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

/** Features worked out but not yet sent, and ids to remove; a record counts as shown once sent. */
class PendingDiff<T> {
  private added: { id: string; item: T; feature: Feature }[] = [];
  private removed: string[] = [];

  get size(): number {
    return this.added.length + this.removed.length;
  }

  add(id: string, item: T, feature: Feature): void {
    this.added.push({ id, item, feature });
  }

  remove(id: string): void {
    this.removed.push(id);
  }

  /** Empties the list into a diff to send, recording in `shown` what the map will hold. */
  take(shown: Map<string, T>): { add: Feature[]; remove: string[] } {
    const add = this.added.map(({ id, item, feature }) => {
      shown.set(id, item);
      return feature;
    });
    for (const id of this.removed) shown.delete(id);
    const diff = { add, remove: this.removed };
    this.added = [];
    this.removed = [];
    return diff;
  }
}
