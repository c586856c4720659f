import type { Result } from '../lib/result';
import * as settings from './intents/settings';
import * as typeFields from './intents/type-fields';
import type { FieldKind, TypeFields } from '../model/type-fields';
import { editingTab, run, workspace } from './workspace';
import { loadBasemap } from './basemap';
import { restorePostcodeTable } from './postcodes';
import { resumeTeamSharing } from './team';

/** Opens the app's data: called once at start-up, when this tab is the editing tab. */
async function loadWorkspace(): Promise<void> {
  await workspace.load();
  await Promise.all([loadBasemap(), restorePostcodeTable(), resumeTeamSharing()]);
}

/** Start-up: becomes the editing tab and loads, or says the app is open in another tab. */
export async function startWorkspace(): Promise<void> {
  if (await editingTab.claim()) await loadWorkspace();
  else workspace.state.status.value = { kind: 'elsewhere' };
}

/**
 * "Use this one instead": takes editing over from the other tab and reads everything afresh, since
 * the other tab may have changed records and the undo log meanwhile.
 */
export async function useThisTab(): Promise<void> {
  await editingTab.takeOver();
  workspace.connection.resume();
  await loadWorkspace();
}

/** Adds the fictional Millbrook workspace (5 neighbourhoods, ~150 assets) as one undoable change. */
export async function openDemoWorkspace(): Promise<Result<number>> {
  const file: unknown = (await import('../../data/demo-workspace.json')).default;
  return run(settings.openDemo, { file });
}

export const startEmpty = async (): Promise<void> => void (await run(settings.startEmpty, undefined));

export async function undo(): Promise<void> {
  await workspace.undo();
}

export async function redo(): Promise<void> {
  await workspace.redo();
}

export const setOnlineBasemap = async (on: boolean): Promise<void> => void (await run(settings.setOnlineBasemap, { on }));

export function selectAsset(id: string | null): void {
  workspace.state.selectedAssetId.value = id;
}

export function dismissError(): void {
  workspace.state.lastError.value = null;
}

/** Empties the undo history on this device: earlier versions of records, people's included, are gone. */
export async function clearUndoHistory(): Promise<boolean> {
  return (await workspace.clearHistory()).ok;
}

export const setPlanSettings = (themes: string, reviewWeeks: number): Promise<Result<void>> => run(settings.setPlanSettings, { themes, reviewWeeks });

export const setConsentReviewMonths = (months: number): Promise<Result<number>> => run(settings.setConsentReviewMonths, { months });

/** Keeps, or removes, what an import cut short saved (one undoable step either way). */
export async function settleInterruptedImport(choice: 'keep' | 'remove'): Promise<boolean> {
  return (await workspace.settleInterruptedImport(choice)).ok;
}

/** Settings → Types and their fields. */
export const addTypeField = (input: { type: string; label: string; kind: FieldKind }): Promise<Result<TypeFields[]>> => run(typeFields.addTypeField, input);
export const removeTypeField = (type: string, key: string): Promise<Result<TypeFields[]>> => run(typeFields.removeTypeField, { type, key });
