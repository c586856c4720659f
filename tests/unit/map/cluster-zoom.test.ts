import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssetSchema, type Asset } from '../../../src/model/asset';
import { BackupSchema } from '../../../src/model/backup';
import { CLUSTER_MAX_ZOOM, DENSE_CLUSTER_MAX_ZOOM, clusterMaxZoomFor } from '../../../src/map/cluster-zoom';
import { seededRandom } from '../../../src/lib/random';
import { makeAsset } from '../factories';

const at = (lon: number, lat: number): Asset => AssetSchema.parse(makeAsset({ geometry: { type: 'Point', coordinates: [lon, lat] } }));
/** n assets scattered uniformly over a box of the given size in metres, centred on Stretford. */
function scattered(n: number, widthMetres: number, heightMetres: number, seed = 1): Asset[] {
  const random = seededRandom(seed);
  const lat = 53.45;
  const dLat = heightMetres / 111_320;
  const dLon = widthMetres / (111_320 * Math.cos((lat * Math.PI) / 180));
  return Array.from({ length: n }, () => at(-2.31 + (random() - 0.5) * dLon, lat + (random() - 0.5) * dLat));
}

describe('how far up markers stay grouped', () => {
  it('shows every marker from zoom 14 in the demo workspace and in a borough of 5,000 spread assets', () => {
    const demo = BackupSchema.parse(JSON.parse(readFileSync('data/demo-workspace.json', 'utf8')));
    expect(demo.data.assets.length).toBeGreaterThan(100);
    expect(clusterMaxZoomFor(demo.data.assets)).toBe(CLUSTER_MAX_ZOOM);
    // 5,000 over 12 km × 12 km: about 9 to a 500 m square.
    expect(clusterMaxZoomFor(scattered(5_000, 12_000, 12_000))).toBe(CLUSTER_MAX_ZOOM);
  });

  it('keeps them grouped to street level where over 100 share a 500 m square', () => {
    // 101 within 150 m of one another fall in at most four squares of the grid, so one may hold
    // fewer than 101: 400 in the same place certainly crowd one.
    expect(clusterMaxZoomFor(scattered(400, 150, 150))).toBe(DENSE_CLUSTER_MAX_ZOOM);
    // The same crowd among many spread assets, anywhere in the list.
    expect(clusterMaxZoomFor([...scattered(3_000, 12_000, 12_000, 2), ...scattered(400, 150, 150, 3)])).toBe(DENSE_CLUSTER_MAX_ZOOM);
  });

  it('counts within a square, not across the workspace: 100 in one square stay apart', () => {
    // Exactly 100 on one spot: not more than 100, so not a blot by the rule.
    expect(clusterMaxZoomFor(Array.from({ length: 100 }, () => at(-2.31, 53.45)))).toBe(CLUSTER_MAX_ZOOM);
    expect(clusterMaxZoomFor(Array.from({ length: 101 }, () => at(-2.31, 53.45)))).toBe(DENSE_CLUSTER_MAX_ZOOM);
    // 100 on each of 30 spots a kilometre apart: 3,000 in all, but no square holds more than 100.
    const spots = Array.from({ length: 30 }, (_, i) => Array.from({ length: 100 }, () => at(-2.4 + i * 0.015, 53.45))).flat();
    expect(clusterMaxZoomFor(spots)).toBe(CLUSTER_MAX_ZOOM);
  });

  it('counts the same way for a workspace spread over the world, too wide for one grid', () => {
    const faraway = [at(170, -60), at(-170, 70)];
    expect(clusterMaxZoomFor([...faraway, ...Array.from({ length: 101 }, () => at(-2.31, 53.45))])).toBe(DENSE_CLUSTER_MAX_ZOOM);
    expect(clusterMaxZoomFor([...faraway, ...Array.from({ length: 100 }, () => at(-2.0, 53.0)), ...scattered(2_000, 12_000, 12_000)])).toBe(CLUSTER_MAX_ZOOM);
  });

  it('leaves out assets with no place and sites drawn as areas', () => {
    const person = { consent: { status: 'given' as const, date: '2026-01-10', purpose: 'Lunch club' }, exactLocation: false };
    const unplaced = Array.from({ length: 200 }, () => AssetSchema.parse(makeAsset({ name: 'Sam P.', category: 'individuals', type: 'person', geometry: null, person })));
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-2.31, 53.45],
          [-2.309, 53.45],
          [-2.309, 53.451],
          [-2.31, 53.45],
        ],
      ] as [number, number][][],
    };
    const sites = Array.from({ length: 200 }, () => AssetSchema.parse(makeAsset({ geometry: square })));
    expect(clusterMaxZoomFor([...unplaced, ...sites])).toBe(CLUSTER_MAX_ZOOM);
  });
});
