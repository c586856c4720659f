/**
 * The six ABCD asset categories. Colours are the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies), and every category also has a letter drawn on its marker so colour is
 * never the only cue.
 */
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
    label: 'Individuals',
    letter: 'P',
    colour: '#E69F00',
    ink: '#000000',
    description: "People's gifts, skills and passions",
    suggestedTypes: ['person', 'volunteer', 'skill share', 'mentor', 'cook', 'coach', 'musician', 'storyteller'],
  },
  associations: {
    id: 'associations',
    label: 'Associations',
    letter: 'A',
    colour: '#56B4E9',
    ink: '#000000',
    description: 'Informal groups and clubs',
    suggestedTypes: ['group', 'club', 'walking group', 'faith group', 'allotment society', 'residents association', 'parents group', 'youth group', 'sports club', 'choir'],
  },
  institutions: {
    id: 'institutions',
    label: 'Institutions',
    letter: 'I',
    colour: '#0072B2',
    ink: '#FFFFFF',
    description: 'Schools, health, libraries, council and housing services',
    suggestedTypes: ['school', 'college', 'library', 'GP surgery', 'pharmacy', 'children\u2019s centre', 'council service', 'housing association', 'police', 'place of worship'],
  },
  physical: {
    id: 'physical',
    label: 'Physical spaces',
    letter: 'S',
    colour: '#009E73',
    ink: '#FFFFFF',
    description: 'Parks, halls, pitches and green spaces',
    suggestedTypes: ['park', 'playground', 'hall', 'pitch', 'green space', 'allotment', 'sports centre', 'towpath', 'community centre', 'garden'],
  },
  economic: {
    id: 'economic',
    label: 'Economic',
    letter: 'E',
    colour: '#D55E00',
    ink: '#000000',
    description: 'Shops, caf\u00e9s, employers and social enterprises',
    suggestedTypes: ['shop', 'caf\u00e9', 'pub', 'market', 'employer', 'social enterprise', 'food bank', 'credit union'],
  },
  cultural: {
    id: 'cultural',
    label: 'Cultural',
    letter: 'C',
    colour: '#CC79A7',
    ink: '#000000',
    description: 'Heritage, festivals, stories and the arts',
    suggestedTypes: ['heritage site', 'festival', 'arts group', 'museum', 'theatre', 'mural', 'music venue', 'story'],
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
