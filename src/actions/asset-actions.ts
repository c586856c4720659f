import type { Asset } from '../model/asset';
import type { Position } from '../model/geometry';
import type { Result } from '../lib/result';
import { anonymisePerson as anonymise, deleteAsset as remove, moveAsset as move, reconfirmConsent as reconfirm, saveAsset, type SaveAssetInput } from './intents/assets';
import { editAssetCell as editCell, type TableColumn } from './intents/table-edits';
export type { TableColumn } from './intents/table-edits';
import { run, workspace } from './workspace';

/**
 * Saves the form as a new asset or over an existing one, and selects it. On any failure nothing is
 * written and the caller keeps the draft, so nothing typed is lost: problems with a `field` belong
 * under that form field, the others (a full device) above the form.
 */
export async function saveAssetDraft(input: SaveAssetInput): Promise<Result<{ asset: Asset; forgotten: boolean }>> {
  const saved = await run(saveAsset, input);
  if (saved.ok) workspace.state.selectedAssetId.value = saved.value.asset.id;
  return saved;
}

export const moveAsset = async (id: string, to: Position): Promise<boolean> => (await run(move, { id, to })).ok;

/** Deletes an asset (the store stops selecting it); a person is forgotten, not undoable. */
export const deleteAsset = async (id: string): Promise<boolean> => (await run(remove, { id })).ok;

/** `name` is what the record is called from now on, in the coordinator's language (the intent has an English one). */
export const anonymisePerson = async (id: string, name?: string): Promise<boolean> => (await run(anonymise, { id, ...(name ? { name } : {}) })).ok;

export const reconfirmConsent = async (id: string, today: string): Promise<boolean> => (await run(reconfirm, { id, today })).ok;

/** One cell of the attribute table, as one undoable change. */
export const editAssetCell = (input: { id: string; column: TableColumn; value: string }): Promise<Result<Asset>> => run(editCell, input);
