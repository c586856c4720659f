import type { CategoryId } from '../model/categories';
import { looksPersonal } from '../model/personal-data';
import { fieldKey, type TypeFields } from '../model/type-fields';
import type { ImportChoices, ImportSummary, MappedField, PreparedImport } from '../actions/import';

/** The category choice: one for every row, or each row's from a column. */
export type CategoryChoice = { fixed: CategoryId } | { column: string };

/** What the coordinator chose about how the file's columns become assets. */
export interface MappingChoices {
  nameColumn: string;
  typeColumn: string;
  defaultType: string;
  category: CategoryChoice;
  /** Where a type from the file is a known one, it chooses the category (group → Associations). */
  categoryFromType: boolean;
  swap: boolean;
  /** Which of the file's ways of placing rows comes first (an index into `prepared.locations`); the others are fallbacks. */
  location: number;
  /** Columns for the other fields (description, address, phone…). */
  columnsFor: Partial<Record<MappedField, string>>;
  /** Kept columns marked as personal data. */
  personal: ReadonlySet<string>;
}

/**
 * Where "Import data" is: choosing a file, mapping its columns, importing (with progress), the
 * summary, or handing a boundary file over to "Import boundaries".
 */
export type ImportStep =
  | { step: 'file'; problem: string | null }
  | { step: 'mapping'; file: File; prepared: PreparedImport; choices: MappingChoices; problem: string | null }
  | { step: 'importing'; file: File; prepared: PreparedImport; choices: MappingChoices; progress: { done: number; total: number } }
  | { step: 'summary'; prepared: PreparedImport; summary: ImportSummary }
  | { step: 'boundaries'; file: File };

export type ImportAction =
  | { type: 'file-read'; file: File; prepared: PreparedImport }
  | { type: 'file-refused'; problem: string }
  | { type: 'choices-changed'; patch: Partial<MappingChoices> }
  | { type: 'import-started' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'import-finished'; summary: ImportSummary }
  | { type: 'import-failed'; problem: string }
  | { type: 'as-boundaries' };

export const FIRST_STEP: ImportStep = { step: 'file', problem: null };

/** The choices the app starts from for a file: what it detected, people's columns marked personal. */
function detectedChoices(prepared: PreparedImport): MappingChoices {
  return {
    nameColumn: prepared.fields.name ?? '',
    typeColumn: prepared.fields.type ?? '',
    defaultType: '',
    category: prepared.categoryColumn !== undefined ? { column: prepared.categoryColumn } : { fixed: 'physical' },
    categoryFromType: true,
    swap: prepared.swapSuggested,
    location: 0,
    columnsFor: prepared.fields,
    personal: new Set(prepared.columns.filter(looksPersonal)),
  };
}

/** The import dialog's steps. A new file can be chosen at any step but while importing. */
export function importStep(state: ImportStep, action: ImportAction): ImportStep {
  switch (action.type) {
    case 'file-read':
      return state.step === 'importing' ? state : { step: 'mapping', file: action.file, prepared: action.prepared, choices: detectedChoices(action.prepared), problem: null };
    case 'file-refused':
      return state.step === 'importing' ? state : { step: 'file', problem: action.problem };
    case 'choices-changed':
      return state.step === 'mapping' ? { ...state, choices: { ...state.choices, ...action.patch } } : state;
    case 'import-started':
      return state.step === 'mapping' ? { step: 'importing', file: state.file, prepared: state.prepared, choices: state.choices, progress: { done: 0, total: state.prepared.recordCount } } : state;
    case 'progress':
      return state.step === 'importing' ? { ...state, progress: { done: action.done, total: action.total } } : state;
    case 'import-finished':
      return state.step === 'importing' ? { step: 'summary', prepared: state.prepared, summary: action.summary } : state;
    case 'import-failed':
      return state.step === 'importing' ? { step: 'mapping', file: state.file, prepared: state.prepared, choices: state.choices, problem: action.problem } : state;
    case 'as-boundaries':
      return state.step === 'mapping' ? { step: 'boundaries', file: state.file } : state;
  }
}

/** The file's columns that no field or location takes: kept with each asset as they came. */
export function keptColumns(prepared: PreparedImport, choices: MappingChoices): string[] {
  const location = prepared.locations.flatMap((loc) =>
    Object.entries(loc)
      .filter(([key, column]) => key !== 'kind' && typeof column === 'string')
      .map(([, column]) => String(column)),
  );
  const category = 'column' in choices.category ? choices.category.column : '';
  const used = new Set<string | undefined>([...prepared.ownColumns, choices.nameColumn, choices.typeColumn, ...Object.values(choices.columnsFor), category, ...location]);
  return prepared.columns.filter((c) => !used.has(c));
}

/**
 * Only a type read from the file can choose a category: a type typed in for every row goes with
 * the category chosen with it. With the box ticked, the chosen category is for the other types.
 */
export const typeCanChoose = (choices: MappingChoices): boolean => choices.typeColumn !== '' && !('column' in choices.category);
export const fromTypeApplies = (choices: MappingChoices): boolean => typeCanChoose(choices) && choices.categoryFromType;

/** The way of placing rows the coordinator chose (the best detected one unless they changed it). */
export const chosenLocation = (prepared: PreparedImport, choices: MappingChoices): PreparedImport['location'] => prepared.locations[choices.location] ?? prepared.location;

/** The mapping the import runs with, from what was chosen. */
export function mappingFrom(prepared: PreparedImport, choices: MappingChoices): ImportChoices {
  const { category } = choices;
  const location = chosenLocation(prepared, choices);
  const fallbacks = prepared.locations.filter((l): l is Exclude<PreparedImport['location'], { kind: 'geometry' }> => l !== location && l.kind !== 'geometry');
  return {
    location,
    ...(fallbacks.length > 0 ? { fallbacks } : {}),
    fields: { ...prepared.fields, ...choices.columnsFor, name: choices.nameColumn || undefined, type: choices.typeColumn || undefined },
    category: 'column' in category ? category : { fixed: category.fixed, fromType: fromTypeApplies(choices) },
    defaultType: choices.defaultType,
    swapCoordinates: choices.swap,
    personalColumns: keptColumns(prepared, choices).filter((c) => choices.personal.has(c)),
  };
}

/**
 * The kept columns an import will move onto a type's fields (cafe → Café, for parks): named like the
 * field's key or name. Shown in the mapping step, so the coordinator knows before importing.
 */
export function columnsOntoFields(columns: readonly string[], definitions: readonly TypeFields[]): { column: string; field: string; type: string }[] {
  const out: { column: string; field: string; type: string }[] = [];
  for (const column of columns) {
    const key = fieldKey(column);
    for (const d of definitions) {
      const field = d.fields.find((f) => f.key === key || fieldKey(f.label) === key);
      if (field) out.push({ column, field: field.label, type: d.type });
    }
  }
  return out;
}
