import { memberName, planOrder, type Action, type ActionGroup, type Meeting } from './action-plan';
import type { Asset } from './asset';
import { numberAssets, type KeyEntry } from './print-key';

/** How a plan names a person who is not to be printed or exported by name. */
export const A_RESIDENT = 'A resident';

/**
 * The words a plan fills in where it cannot name something. English in the CSV files, which a
 * council reads column by column; the printed plan passes the chosen language's.
 */
export interface PlanWords {
  resident: string;
  leftGroup: string;
  goneFromMap: string;
  /** "2 not shown": assets an action builds on that the sheet does not number. */
  notShown: (count: number) => string;
}

export const ENGLISH_PLAN_WORDS: PlanWords = {
  resident: A_RESIDENT,
  leftGroup: 'A partner who left the group',
  goneFromMap: 'A partner no longer on the map',
  notShown: (count) => `${count} not shown`,
};

/**
 * What a plan names, by id: an asset's name, or "A resident" for a person unless people may be
 * shown. Used by the printed plan and its CSV files, so both follow the same privacy rule.
 */
export function planNamer(
  assets: readonly Asset[],
  includePeople: boolean,
  words: PlanWords = ENGLISH_PLAN_WORDS,
): { asset: (id: string) => string | undefined; member: (group: ActionGroup, id: string | undefined) => string } {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const asset = (id: string) => {
    const found = byId.get(id);
    if (!found) return undefined;
    return found.category === 'individuals' && !includePeople ? words.resident : found.name;
  };
  const member = (group: ActionGroup, id: string | undefined) => {
    const m = group.members.find((x) => x.id === id);
    if (!id) return '';
    return m ? memberName(m, asset, words.goneFromMap) : words.leftGroup;
  };
  return { asset, member };
}

export interface PlanSheetRow {
  id: string;
  title: string;
  /** The key numbers of the assets it builds on, "3, 7"; unmapped or withheld ones are counted apart. */
  buildsOn: string;
  lead: string;
  theme: string;
  status: Action['status'];
  due: string | undefined;
  nextReview: string | undefined;
  lastNote: string;
}

export interface PlanSheet {
  /** The numbered assets the plan builds on; the map draws those with a place. */
  key: KeyEntry[];
  mapped: Asset[];
  rows: PlanSheetRow[];
  partners: string[];
  lastMeeting: Meeting | null;
}

/** A local action plan laid out for paper: its assets numbered as a map key, and one row per action. */
export function planSheet(
  group: ActionGroup,
  actions: readonly Action[],
  meetings: readonly Meeting[],
  assets: readonly Asset[],
  includePeople: boolean,
  today: string,
  words: PlanWords = ENGLISH_PLAN_WORDS,
): PlanSheet {
  const own = actions.filter((a) => a.actionGroupId === group.id);
  const built = new Set(own.flatMap((a) => a.buildsOn));
  const shown = assets.filter((a) => built.has(a.id) && (a.category !== 'individuals' || includePeople));
  const key = numberAssets(shown);
  const numbers = new Map(key.map((k) => [k.assetId, k.number]));
  const names = planNamer(assets, includePeople, words);
  const rows = planOrder(own, today).map((a): PlanSheetRow => {
    const numbered = a.buildsOn.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
    const others = a.buildsOn.length - numbered.length;
    const buildsOn = [numbered.sort((x, y) => x - y).join(', '), others > 0 ? words.notShown(others) : ''].filter(Boolean).join('; ');
    const last = a.progress[a.progress.length - 1];
    return {
      id: a.id,
      title: a.title,
      buildsOn,
      lead: names.member(group, a.leadMemberId),
      theme: a.theme,
      status: a.status,
      due: a.due,
      nextReview: a.nextReview,
      lastNote: last ? `${last.date}: ${last.note}` : '',
    };
  });
  const lastMeeting = [...meetings].filter((m) => m.actionGroupId === group.id).sort((x, y) => y.date.localeCompare(x.date))[0] ?? null;
  return { key, mapped: shown.filter((a) => a.geometry), rows, partners: group.members.map((m) => names.member(group, m.id)), lastMeeting };
}
