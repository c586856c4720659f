import { msg } from '../lib/i18n/msg';

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

export type ChangeLabelValues = Record<string, string | number>;

const PLURAL = /^\{(\w+), plural, one \{(.*)\} other \{(.*)\}\}$/;

/** The English label: the template with its values put in (a plural template by its count). */
export function changeLabel(template: string, values: ChangeLabelValues = {}): string {
  const plural = PLURAL.exec(template);
  const text = plural ? (values[plural[1] ?? ''] === 1 ? plural[2] : plural[3]) : template;
  const count = plural ? values[plural[1] ?? ''] : undefined;
  return (text ?? template).replace(/#/g, String(count ?? '')).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

interface Reader {
  template: string;
  pattern: RegExp;
  names: string[];
  /** Literal characters: a longer one is tried first, so "Add “A” to “B”" is not read as "Add “{name}”". */
  weight: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readerOf(template: string, text: string, countName?: string): Reader {
  const names: string[] = [];
  const source = text
    .split(/(\{\w+\}|#)/)
    .map((part) => {
      if (part === '#') return (names.push(countName ?? 'count'), '(\\d+)');
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) return (names.push(name), '(.+?)');
      return escape(part);
    })
    .join('');
  return { template, pattern: new RegExp(`^${source}$`, 's'), names, weight: text.replace(/\{\w+\}|#/g, '').length };
}

let readers: Reader[] | null = null;

/** The template a stored English label was made from, and its values; null for a label no template made. */
export function readChangeLabel(label: string): { template: string; values: ChangeLabelValues } | null {
  readers ??= Object.values(CHANGE_LABELS)
    .flatMap((template): Reader[] => {
      const plural = PLURAL.exec(template);
      return plural ? [readerOf(template, plural[2] ?? '', plural[1]), readerOf(template, plural[3] ?? '', plural[1])] : [readerOf(template, template)];
    })
    .sort((a, b) => b.weight - a.weight);
  for (const reader of readers) {
    const found = reader.pattern.exec(label);
    if (!found) continue;
    const values: ChangeLabelValues = {};
    reader.names.forEach((name, i) => {
      const value = found[i + 1] ?? '';
      values[name] = /^\d+$/.test(value) && PLURAL.exec(reader.template)?.[1] === name ? Number(value) : value;
    });
    return { template: reader.template, values };
  }
  return null;
}
