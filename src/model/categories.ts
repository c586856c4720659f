/**
 * The six ABCD asset categories. Colours are the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies), and every category also has a letter drawn on its marker so colour is
 * never the only cue.
 */
import { msg } from '../lib/i18n/msg';

export const CATEGORY_IDS = ['individuals', 'associations', 'institutions', 'physical', 'economic', 'cultural'] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  id: CategoryId;
  label: string;
  letter: string;
  colour: string;
  /** Text colour on the marker that keeps WCAG contrast against `colour`. */
  ink: string;
  description: string;
  suggestedTypes: readonly string[];
}

export const CATEGORIES: Readonly<Record<CategoryId, CategoryInfo>> = {
  individuals: {
    id: 'individuals',
    label: msg('Individuals'),
    letter: 'P',
    colour: '#E69F00',
    ink: '#000000',
    description: msg("People's gifts, skills and passions"),
    suggestedTypes: [msg('person'), msg('volunteer'), msg('skill share'), msg('mentor'), msg('cook'), msg('coach'), msg('musician'), msg('storyteller')],
  },
  associations: {
    id: 'associations',
    label: msg('Associations'),
    letter: 'A',
    colour: '#56B4E9',
    ink: '#000000',
    description: msg('Informal groups and clubs'),
    suggestedTypes: [
      msg('group'),
      msg('club'),
      msg('walking group'),
      msg('faith group'),
      msg('allotment society'),
      msg('residents association'),
      msg('parents group'),
      msg('youth group'),
      msg('sports club'),
      msg('choir'),
    ],
  },
  institutions: {
    id: 'institutions',
    label: msg('Institutions'),
    letter: 'I',
    colour: '#0072B2',
    ink: '#FFFFFF',
    description: msg('Schools, health, libraries, council and housing services'),
    suggestedTypes: [
      msg('school'),
      msg('college'),
      msg('library'),
      msg('GP surgery'),
      msg('pharmacy'),
      msg('children\u2019s centre'),
      msg('council service'),
      msg('housing association'),
      msg('police'),
      msg('place of worship'),
    ],
  },
  physical: {
    id: 'physical',
    label: msg('Physical spaces'),
    letter: 'S',
    colour: '#009E73',
    ink: '#FFFFFF',
    description: msg('Parks, halls, pitches and green spaces'),
    suggestedTypes: [msg('park'), msg('playground'), msg('hall'), msg('pitch'), msg('green space'), msg('allotment'), msg('sports centre'), msg('towpath'), msg('community centre'), msg('garden')],
  },
  economic: {
    id: 'economic',
    label: msg('Economic'),
    letter: 'E',
    colour: '#D55E00',
    ink: '#000000',
    description: msg('Shops, caf\u00e9s, employers and social enterprises'),
    suggestedTypes: [msg('shop'), msg('caf\u00e9'), msg('pub'), msg('market'), msg('employer'), msg('social enterprise'), msg('food bank'), msg('credit union')],
  },
  cultural: {
    id: 'cultural',
    label: msg('Cultural'),
    letter: 'C',
    colour: '#CC79A7',
    ink: '#000000',
    description: msg('Heritage, festivals, stories and the arts'),
    suggestedTypes: [msg('heritage site'), msg('festival'), msg('arts group'), msg('museum'), msg('theatre'), msg('mural'), msg('music venue'), msg('story')],
  },
};

/** The categories in their canonical display order. */
export const CATEGORY_LIST: readonly CategoryInfo[] = CATEGORY_IDS.map((id) => CATEGORIES[id]);

/** Each suggested type, in lower case, and the category that suggests it. */
const CATEGORY_OF_TYPE: ReadonlyMap<string, CategoryId> = new Map(CATEGORY_LIST.flatMap((c) => c.suggestedTypes.map((t) => [t.toLowerCase(), c.id] as const)));

const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/**
 * The category whose suggested types name this type, ignoring case and a plural: "Groups" →
 * associations. A longer type is known by its last word when the whole is not: "Youth Club" →
 * associations, "Primary School" → institutions. Null for a type no category suggests.
 */
export function categoryOfType(type: string): CategoryId | null {
  const whole = type.trim().toLowerCase().replace(/\s+/g, ' ');
  const last = whole.split(' ').at(-1) ?? '';
  for (const candidate of [whole, singular(whole), last, singular(last)]) {
    const hit = candidate ? CATEGORY_OF_TYPE.get(candidate) : undefined;
    if (hit) return hit;
  }
  return null;
}

/** A category written as its id or label ("physical", "Physical", "Phys…"), as files carry it; or null. */
export function categoryFromText(value: string): CategoryId | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  const hit = CATEGORY_LIST.find((c) => c.id === v || c.label.toLowerCase() === v || c.label.toLowerCase().startsWith(v));
  return hit?.id ?? null;
}
