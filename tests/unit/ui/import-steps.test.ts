import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readImportFile } from '../../../src/io/prepare-import';
import { FIRST_STEP, importStep, keptColumns, mappingFrom } from '../../../src/ui/import-steps';

const prepared = (() => {
  const read = readImportFile(new Uint8Array(readFileSync('tests/fixtures/trafford/assets/trafford_green_flags.csv')), 'trafford_green_flags.csv');
  if (!read.ok) throw new Error('the fixture reads');
  return read.value.preview;
})();
const file = new File(['x'], 'trafford_green_flags.csv');
const summary = { notices: [], added: 3, updated: 0, unchanged: 0, problems: [], notes: [] };

describe('the import dialog\u2019s steps', () => {
  const mapping = importStep(FIRST_STEP, { type: 'file-read', file, prepared });

  it('goes from a chosen file to mapping, with what was detected and people\u2019s columns marked personal', () => {
    expect(mapping.step).toBe('mapping');
    if (mapping.step !== 'mapping') return;
    expect(mapping.choices.nameColumn).toBe(prepared.fields.name);
    expect([...mapping.choices.personal]).toEqual(prepared.columns.filter((c) => /phone|email|contact/i.test(c)));
  });

  it('stays on the file step with the reason when a file is refused', () => {
    expect(importStep(mapping, { type: 'file-refused', problem: 'Not a CSV.' })).toEqual({ step: 'file', problem: 'Not a CSV.' });
  });

  it('imports with progress, then shows the summary; a failure goes back to the mapping with the reason', () => {
    const importing = importStep(importStep(mapping, { type: 'choices-changed', patch: { defaultType: 'park' } }), { type: 'import-started' });
    expect(importing).toMatchObject({ step: 'importing', progress: { done: 0, total: prepared.recordCount }, choices: { defaultType: 'park' } });
    const halfway = importStep(importing, { type: 'progress', done: 5, total: prepared.recordCount });
    expect(halfway).toMatchObject({ progress: { done: 5 } });
    expect(importStep(halfway, { type: 'import-finished', summary })).toEqual({ step: 'summary', prepared, summary });
    const failed = importStep(halfway, { type: 'import-failed', problem: 'Cancelled.' });
    expect(failed).toMatchObject({ step: 'mapping', problem: 'Cancelled.', choices: { defaultType: 'park' } });
  });

  it('ignores a new file and changed choices while importing', () => {
    const importing = importStep(mapping, { type: 'import-started' });
    expect(importStep(importing, { type: 'file-read', file, prepared })).toBe(importing);
    expect(importStep(importing, { type: 'choices-changed', patch: { swap: true } })).toBe(importing);
  });

  it('hands a boundary file over to "Import boundaries"', () => {
    expect(importStep(mapping, { type: 'as-boundaries' })).toEqual({ step: 'boundaries', file });
    expect(importStep(FIRST_STEP, { type: 'as-boundaries' })).toBe(FIRST_STEP);
  });

  it('keeps the columns nothing else takes, and holds back only the kept ones marked personal', () => {
    if (mapping.step !== 'mapping') return;
    expect(mapping.choices.columnsFor).toEqual({ name: 'name', website: 'website', email: 'email', phone: 'telephone' });
    expect(keptColumns(prepared, mapping.choices)).toEqual(['managed', 'contact', 'area_code', 'area_name']);
    // "telephone" and "email" are marked personal too, but go into the asset's own contact fields.
    expect(mappingFrom(prepared, mapping.choices)).toEqual({
      location: { kind: 'lonlat', lon: 'lon', lat: 'lat' },
      fields: { name: 'name', website: 'website', email: 'email', phone: 'telephone' },
      category: { fixed: 'physical', fromType: false },
      defaultType: '',
      swapCoordinates: false,
      personalColumns: ['contact'],
    });
    const byColumn = mappingFrom(prepared, { ...mapping.choices, category: { column: 'managed' } });
    expect(byColumn.category).toEqual({ column: 'managed' });
    expect(keptColumns(prepared, { ...mapping.choices, category: { column: 'managed' } })).not.toContain('managed');
  });
});

describe('columns onto the types\u2019 fields', () => {
  it('names each kept column an import will move onto a field, by key or by the field\u2019s name', async () => {
    const { columnsOntoFields } = await import('../../../src/ui/import-steps');
    const { DEFAULT_TYPE_FIELDS } = await import('../../../src/model/type-fields');
    expect(columnsOntoFields(['name', 'Café', 'PLAYGROUND', 'Meeting day', 'bowling'], DEFAULT_TYPE_FIELDS)).toEqual([
      { column: 'Café', field: 'Café', type: 'park' },
      { column: 'PLAYGROUND', field: 'Playground', type: 'park' },
      { column: 'Meeting day', field: 'Meeting day', type: 'group' },
    ]);
  });
});
