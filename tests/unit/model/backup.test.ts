import { describe, expect, it } from 'vitest';
import { BackupSchema, BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '../../../src/model/backup';
import { NeighbourhoodSchema } from '../../../src/model/neighbourhood';
import { parseWith } from '../../../src/model/problems';
import { makeAsset, makeNeighbourhood } from '../factories';

const backup = (overrides: Record<string, unknown> = {}) => ({
  format: BACKUP_FORMAT,
  schemaVersion: BACKUP_SCHEMA_VERSION,
  appVersion: '0.1.0',
  exportedAt: '2026-11-22T10:00:00.000Z',
  counts: { assets: 1, neighbourhoods: 1, overlays: 0, photos: 0 },
  data: { assets: [makeAsset()], neighbourhoods: [makeNeighbourhood()] },
  ...overrides,
});

describe('Backup envelope', () => {
  it('accepts a well-formed backup', () => {
    expect(parseWith(BackupSchema, backup()).ok).toBe(true);
  });

  it('refuses a file that is not a backup', () => {
    const result = parseWith(BackupSchema, backup({ format: 'geojson' }));
    expect(!result.ok && result.error.map((p) => p.message)).toContain('format: This is not an Asset Atlas backup file');
  });

  it('refuses a backup from a newer app', () => {
    const result = parseWith(BackupSchema, backup({ schemaVersion: BACKUP_SCHEMA_VERSION + 1 }));
    expect(!result.ok && result.error.map((p) => p.message).join()).toContain('made by a newer Asset Atlas');
  });

  it('notices a file cut short', () => {
    const result = parseWith(BackupSchema, backup({ counts: { assets: 3, neighbourhoods: 1, overlays: 0, photos: 0 } }));
    expect(!result.ok && result.error.map((p) => p.message)).toContain('counts › assets: The file says it holds 3 assets but 1 are there: it may be cut short');
  });
});

describe('Neighbourhood', () => {
  it('refuses a point as a boundary', () => {
    const result = parseWith(NeighbourhoodSchema, makeNeighbourhood({ geometry: { type: 'Point', coordinates: [0, 0] } as never }));
    expect(!result.ok && result.error).toEqual([{ message: 'Location: A boundary must be a Polygon or MultiPolygon', field: 'geometry' }]);
  });

  it('keeps holes in a polygon', () => {
    const withHole = makeNeighbourhood({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [1, 2],
            [2, 2],
            [2, 1],
            [1, 1],
          ],
        ],
      },
    });
    const result = parseWith(NeighbourhoodSchema, withHole);
    expect(result.ok && result.value.geometry.coordinates.length).toBe(2);
  });
});
