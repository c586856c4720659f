import { BackupSchema } from '../../model/backup';
import { parseWith } from '../../model/problems';
import { TileSourceSchema, type TileSource } from '../../model/tiles';
import { ActionThemesSchema, FunderSchema, type Funder } from '../../model/settings';
import { ok, refuse, sentences } from '../../lib/result';
import type { Intent } from './intent';
import { CHANGE_LABELS } from '../../model/change-labels';
import { fill, msg } from '../../lib/i18n/msg';

/**
 * Adds the fictional Millbrook workspace (neighbourhoods, assets, a deprivation layer, an action plan and a
 * year of microgrants) as one undoable change, and
 * remembers the first-run choice. The file is bundled with the app, so this works offline.
 */
export const openDemo: Intent<{ file: unknown }, number> = (_view, { file }) => {
  const parsed = parseWith(BackupSchema, file);
  if (!parsed.ok)
    return refuse(
      fill(msg('The demo workspace is damaged: {problem}'), {
        problem: parsed.error
          .slice(0, 3)
          .map((p) => p.message)
          .join('; '),
      }),
    );
  const { assets, neighbourhoods, overlays, actionGroups, meetings, actions, investments } = parsed.value.data;
  return ok({
    change: {
      label: CHANGE_LABELS.openDemo,
      assets: { put: assets },
      neighbourhoods: { put: neighbourhoods },
      overlays: { put: overlays },
      actionGroups: { put: actionGroups },
      meetings: { put: meetings },
      actions: { put: actions },
      investments: { put: investments },
    },
    settings: { firstRunChoice: 'demo' },
    value: assets.length,
  });
};

export const startEmpty: Intent<void, void> = () => ok({ settings: { firstRunChoice: 'empty' }, value: undefined });

export const setOnlineBasemap: Intent<{ on: boolean }, void> = (_view, { on }) => ok({ settings: { onlineBasemap: on }, value: undefined });

/** People whose consent is older than this many months are listed for review (1 month to 10 years). */
export const setConsentReviewMonths: Intent<{ months: number }, number> = (_view, { months }) => {
  if (!Number.isInteger(months) || months < 1 || months > 120) return refuse(msg('Choose a whole number of months from 1 to 120.'), { field: 'consentReviewMonths' });
  return ok({ settings: { consentReviewMonths: months }, value: months });
};

/** Saves (or, with null, removes) the online tile source after checking it. */
export const setTileSource: Intent<{ source: unknown }, TileSource | null> = (_view, { source }) => {
  if (source === null) return ok({ settings: { tileSource: undefined }, value: null });
  const parsed = parseWith(TileSourceSchema, source);
  if (!parsed.ok) return refuse(sentences(parsed.error));
  return ok({ settings: { tileSource: parsed.value }, value: parsed.value });
};

/** Remembers when the last backup was saved, for the reminder. */
export const noteBackupSaved: Intent<void, void> = (_view, _input, { now }) => ok({ settings: { lastBackupAt: now }, value: undefined });

/** The team's themes for actions (one per line as typed) and the weeks between reviews. */
export const setPlanSettings: Intent<{ themes: string; reviewWeeks: number }, void> = (_view, { themes, reviewWeeks }) => {
  if (!Number.isInteger(reviewWeeks) || reviewWeeks < 1 || reviewWeeks > 52) return refuse(msg('Choose a whole number of weeks from 1 to 52.'), { field: 'reviewWeeks' });
  const list = [...new Set(themes.split('\n').map((t) => t.trim()))].filter(Boolean);
  if (list.length === 0) return refuse(msg('Keep at least one theme.'), { field: 'actionThemes' });
  const parsed = parseWith(ActionThemesSchema, { actionThemes: list });
  if (!parsed.ok) return refuse(sentences(parsed.error), { field: 'actionThemes' });
  return ok({ settings: { actionThemes: parsed.value.actionThemes, reviewWeeks }, value: undefined });
};

/** Settings → Funder: the funder a 360Giving file names, and the largest grant the team records. */
export const setFunder: Intent<{ name: string; orgId: string; prefix: string; largestGrantPounds: number }, Funder> = (_view, input) => {
  const parsed = parseWith(FunderSchema, { name: input.name, orgId: input.orgId.toUpperCase(), prefix: input.prefix });
  if (!parsed.ok) return parsed;
  const largest = Math.round(input.largestGrantPounds * 100);
  if (!Number.isFinite(largest) || largest < 100 || largest > 1_000_000_000) return refuse(msg('The largest grant must be from £1 to £10,000,000.'), { field: 'largestGrantPence' });
  return ok({ settings: { funder: parsed.value, largestGrantPence: largest }, value: parsed.value });
};
