import { describe, expect, it } from 'vitest';
import { CHANGE_LABELS, changeLabel, readChangeLabel } from '../../../src/model/change-labels';

describe('undo labels', () => {
  it('are stored in English, filled in from their template', () => {
    expect(changeLabel(CHANGE_LABELS.deleteAsset, { name: 'Mill Park' })).toBe('Delete “Mill Park”');
    expect(changeLabel(CHANGE_LABELS.addMember, { name: 'Tom', group: 'Canal Side' })).toBe('Add “Tom” to “Canal Side”');
    expect(changeLabel(CHANGE_LABELS.importGrants, { count: 1, file: 'grants.csv' })).toBe('Import 1 grant from grants.csv');
    expect(changeLabel(CHANGE_LABELS.importGrants, { count: 12, file: 'grants.csv' })).toBe('Import 12 grants from grants.csv');
  });

  it('are read back to their template and values, the most specific template first', () => {
    expect(readChangeLabel('Delete “Mill Park”')).toEqual({ template: CHANGE_LABELS.deleteAsset, values: { name: 'Mill Park' } });
    expect(readChangeLabel('Add “Tom” to “Canal Side”')).toEqual({ template: CHANGE_LABELS.addMember, values: { name: 'Tom', group: 'Canal Side' } });
    expect(readChangeLabel('Add “Tom”')).toEqual({ template: CHANGE_LABELS.addAsset, values: { name: 'Tom' } });
    expect(readChangeLabel('Add action “Lunch club”')?.template).toBe(CHANGE_LABELS.addAction);
    expect(readChangeLabel('Import 12 grants from grants.csv')).toEqual({ template: CHANGE_LABELS.importGrants, values: { count: 12, file: 'grants.csv' } });
    expect(readChangeLabel('Import “parks.geojson” (interrupted, 10,000 of 30,000 rows)')?.values).toEqual({ file: 'parks.geojson', done: '10,000', total: '30,000' });
    expect(readChangeLabel('Open demo workspace')?.template).toBe(CHANGE_LABELS.openDemo);
  });

  it('read every template back from its own English, so each can be said in another language', () => {
    for (const template of Object.values(CHANGE_LABELS)) {
      const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].filter((n) => !template.startsWith(`{${n},`));
      const values = Object.fromEntries(names.map((n) => [n, `the ${n}`]));
      const count = /^\{(\w+), plural/.exec(template)?.[1];
      const filled = changeLabel(template, count ? { ...values, [count]: 3 } : values);
      expect(readChangeLabel(filled)?.template, filled).toBe(template);
    }
  });

  it('leave a label no template made as it is', () => {
    expect(readChangeLabel('Something from an older version')).toBeNull();
  });
});
