import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { CHUNK, DiffedGeoJson, MESSAGE, type GeoJsonTarget } from '../../../src/map/large-geojson';

interface Item {
  id: string;
  x: number | null;
}
const feature = (item: Item): Feature | null => (item.x === null ? null : { type: 'Feature', id: item.id, geometry: { type: 'Point', coordinates: [item.x, 0] }, properties: { id: item.id } });

/** A stand-in for MapLibre's source: applies diffs to a map of features, as its worker does. */
class FakeSource implements GeoJsonTarget {
  features = new Map<string, Feature>();
  messages: { kind: 'set' | 'diff'; size: number }[] = [];
  /** While set, a diff is taken in (its promise settles) only when the test lets it go. */
  held: (() => void)[] | null = null;
  setData(data: { features: Feature[] }): void {
    this.features = new Map(data.features.map((f) => [String(f.id), f]));
    this.messages.push({ kind: 'set', size: data.features.length });
  }
  async updateData(diff: { add?: Feature[]; remove?: string[] }): Promise<void> {
    this.messages.push({ kind: 'diff', size: (diff.add?.length ?? 0) + (diff.remove?.length ?? 0) });
    const held = this.held;
    await new Promise<void>((resolve) => (held ? held.push(resolve) : setTimeout(resolve, 1)));
    for (const id of diff.remove ?? []) this.features.delete(id);
    for (const f of diff.add ?? []) this.features.set(String(f.id), f);
  }
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const resolve of held) resolve();
  }
}

const items = (n: number, from = 0): Item[] => Array.from({ length: n }, (_, i) => ({ id: `a${from + i}`, x: from + i }));

describe('keeping a large map source in step by diffs', () => {
  it('sends a large list in chunks no bigger than CHUNK while the map takes them at once, and ends with exactly the list', async () => {
    const source = new FakeSource();
    const sync = new DiffedGeoJson<Item>(
      () => source,
      (i) => i.id,
      feature,
    );
    const list = items(CHUNK * 2 + 10);
    sync.set(list);
    await sync.settled;
    expect(source.messages.map((m) => m.kind)).toEqual(['diff', 'diff', 'diff']);
    expect(Math.max(...source.messages.map((m) => m.size))).toBeLessThanOrEqual(CHUNK);
    expect([...source.features.keys()].sort()).toEqual(list.map((i) => i.id).sort());
  });

  it('sends what piled up while the map was busy in one message of at most MESSAGE features', async () => {
    const source = new FakeSource();
    source.held = [];
    const sync = new DiffedGeoJson<Item>(
      () => source,
      (i) => i.id,
      feature,
    );
    const list = items(CHUNK * 5);
    sync.set(list);
    // The map is still busy with the first chunk: nothing more goes, however far the walk gets.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.messages.map((m) => m.size)).toEqual([CHUNK]);
    source.release();
    await sync.settled;
    expect(source.messages.length).toBeLessThan(5);
    expect(Math.max(...source.messages.map((m) => m.size))).toBeLessThanOrEqual(MESSAGE);
    expect(source.messages.reduce((sum, m) => sum + m.size, 0)).toBe(list.length);
    expect([...source.features.keys()].sort()).toEqual(list.map((i) => i.id).sort());
  });

  it('sends only the changed, removed and unplaced records when one list follows another', async () => {
    const source = new FakeSource();
    const sync = new DiffedGeoJson<Item>(
      () => source,
      (i) => i.id,
      feature,
    );
    const list = items(CHUNK + 100);
    sync.set(list);
    await sync.settled;
    source.messages = [];
    const next = list.slice(1); // a0 removed
    next[5] = { id: next[5]!.id, x: -1 }; // moved
    next[6] = { id: next[6]!.id, x: null }; // lost its place
    sync.set(next);
    await sync.settled;
    expect(source.messages.reduce((sum, m) => sum + m.size, 0)).toBe(3);
    expect(source.features.has('a0')).toBe(false);
    expect(source.features.has(next[6]!.id)).toBe(false);
    expect((source.features.get(next[5]!.id)?.geometry as { coordinates: number[] }).coordinates[0]).toBe(-1);
    expect(source.features.size).toBe(next.length - 1);
  });

  it('lets a newer list take over from one still being sent, ending with the newer list', async () => {
    const source = new FakeSource();
    const sync = new DiffedGeoJson<Item>(
      () => source,
      (i) => i.id,
      feature,
    );
    sync.set(items(CHUNK * 5));
    const newer = items(CHUNK * 2, 100_000);
    sync.set(newer);
    await sync.settled;
    expect([...source.features.keys()].sort()).toEqual(newer.map((i) => i.id).sort());
    sync.set(items(10));
    expect([...source.features.keys()].sort()).toEqual(
      items(10)
        .map((i) => i.id)
        .sort(),
    );
  });
});
