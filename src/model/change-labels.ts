import { fill, msg, type FillValues } from '../lib/i18n/msg';
import { readBack, readersOf } from '../lib/i18n/read-back';

/**
 * The name of every undoable step, as a template. A step's label is stored filled in, in English
 * ("Delete “Mill Park”"), so the history log, a second tab and old workspaces read the same; the
 * toolbar finds the template the label was made from and says it in the chosen language
 * (ui/change-words.ts). A new kind of step adds its template here.
 */
export const CHANGE_LABELS = {
  openDemo: msg('Open demo workspace'),
  restoreBackup: msg('Restore backup'),
  fromTeam: msg('Changes from the team'),
  photosFromTeam: msg('Photos from the team'),
  myPhotos: msg('Add my photos'),
  myRecords: msg('Add my records to the team'),
  sharePeople: msg('Share people records'),
  addAsset: msg('Add “{name}”'),
  editAsset: msg('Edit “{name}”'),
  moveAsset: msg('Move “{name}”'),
  deleteAsset: msg('Delete “{name}”'),
  anonymise: msg('Anonymise a person'),
  reconfirm: msg('Re-confirm consent of “{name}”'),
  editCell: msg('Edit “{name}”: {what}'),
  importFile: msg('Import “{file}”'),
  interruptedImport: msg('Import “{file}” (interrupted, {done} of {total} rows)'),
  removeInterrupted: msg('Remove what the interrupted import of “{file}” saved'),
  addNeighbourhood: msg('Add neighbourhood “{name}”'),
  editNeighbourhood: msg('Edit neighbourhood “{name}”'),
  addLayer: msg('Add layer “{name}”'),
  showLayer: msg('Show layer “{name}”'),
  hideLayer: msg('Hide layer “{name}”'),
  colourLayer: msg('Colour “{name}” by {field}'),
  deleteLayer: msg('Delete layer “{name}”'),
  analysis: msg('Coverage analysis at {distance} m'),
  deleteAnalysis: msg('Delete coverage analysis of {date}'),
  startGroup: msg('Start “{name}”'),
  addMember: msg('Add “{name}” to “{group}”'),
  removeMember: msg('Remove “{name}” from “{group}”'),
  recordMeeting: msg('Record the meeting of {date}'),
  editMeeting: msg('Edit the meeting of {date}'),
  deleteMeeting: msg('Delete the meeting of {date}'),
  addAction: msg('Add action “{title}”'),
  editAction: msg('Edit action “{title}”'),
  markIdea: msg('Mark “{title}” idea'),
  markAgreed: msg('Mark “{title}” agreed'),
  markUnderWay: msg('Mark “{title}” under way'),
  markDone: msg('Mark “{title}” done'),
  markStopped: msg('Mark “{title}” stopped'),
  reviewAction: msg('Review “{title}”'),
  deleteAction: msg('Delete action “{title}”'),
  recordGrant: msg('Record a grant of {amount} to “{name}”'),
  editGrant: msg('Edit the grant of {amount} to “{name}”'),
  deleteGrant: msg('Delete the grant of {amount}'),
  importGrants: msg('{count, plural, one {Import # grant from {file}} other {Import # grants from {file}}}'),
  addWalkPhoto: msg('Add walk photo {photo}'),
  linkWalkPhoto: msg('Link walk photo {photo} to “{name}”'),
  assetFromWalkPhoto: msg('Add “{name}” from a walk photo'),
  setAsideWalkPhoto: msg('Set aside walk photo {photo}'),
  reviewWalkPhoto: msg('Review again walk photo {photo}'),
  deleteWalkPhoto: msg('Delete walk photo {photo}'),
} as const;

export type ChangeLabelValues = FillValues;

/** The English label: the template with its values put in. */
export const changeLabel = (template: string, values: ChangeLabelValues = {}): string => fill(template, values);

let readers: ReturnType<typeof readersOf> | null = null;

/** The template a stored English label was made from, and its values; null for a label no template made. */
export function readChangeLabel(label: string): { template: string; values: ChangeLabelValues } | null {
  if (Object.values(CHANGE_LABELS).includes(label as never)) return { template: label, values: {} };
  readers ??= readersOf(Object.values(CHANGE_LABELS));
  return readBack(label, readers);
}
