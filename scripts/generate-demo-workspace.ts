/**
 * Writes data/demo-workspace.json: Millbrook, a fictional town with five neighbourhoods and about
 * 150 assets across the six ABCD categories. Seeded, so the file only changes when this script does.
 * Run with `npm run demo:generate`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom, pick } from '../src/lib/random';
import { seededUuid } from '../src/lib/id';
import { BackupSchema, BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '../src/model/backup';
import type { AssetInput } from '../src/model/asset';
import type { InvestmentInput } from '../src/model/investment';
import type { NeighbourhoodInput } from '../src/model/neighbourhood';
import type { Position } from '../src/model/geometry';
import { pointInArea } from '../src/geo/point-in-polygon';
import { describeIssues } from '../src/model/problems';
import { buildTown, polar, offset, TOWN_CENTRE } from './demo/town';
import { PEOPLE, SAINTS, STREETS, SURNAMES, TEMPLATES } from './demo/catalogue';

const SEED = 20261122;
const EXPORTED_AT = '2026-11-01T09:00:00.000Z';
const OUT = fileURLToPath(new URL('../data/demo-workspace.json', import.meta.url));

const random = seededRandom(SEED);
const isoDay = (daysBefore: number) => new Date(Date.parse(EXPORTED_AT) - daysBefore * 86_400_000).toISOString();

const { areas, smallAreas } = buildTown(random);
const neighbourhoods: NeighbourhoodInput[] = areas.map((area) => ({
  id: seededUuid(random),
  name: area.name,
  code: area.code,
  notes: area.notes,
  source: 'Millbrook demo workspace (fictional)',
  geometry: { type: 'Polygon', coordinates: [area.ring] },
  createdAt: isoDay(200),
  updatedAt: isoDay(200),
}));

const neighbourhoodsAt = (p: Position) => neighbourhoods.filter((n) => n.geometry.type === 'Polygon' && pointInArea(p, { type: 'Polygon', coordinates: n.geometry.coordinates })).map((n) => n.id);

/** A random point inside the town, drawn towards the centre so the high street is busier. */
function randomPlace(): Position {
  for (;;) {
    const p = polar(random() * 360, 2100 * Math.sqrt(random()) ** 1.3, TOWN_CENTRE);
    if (neighbourhoodsAt(p).length > 0) return p;
  }
}

/** An octagon of about `radius` metres around a point, wound counter-clockwise. */
function site(centre: Position, radius: number): Position[] {
  const ring = Array.from({ length: 8 }, (_, i) => {
    const r = radius * (0.7 + random() * 0.5);
    const a = (i * Math.PI) / 4;
    return offset(Math.cos(a) * r, Math.sin(a) * r, centre);
  });
  return [...ring, ring[0] as Position];
}

function fillName(template: string, areaName: string): string {
  return template
    .replace('{street}', pick(random, STREETS))
    .replace('{place}', pick(random, STREETS).replace(/ (Road|Street|Lane|Avenue|Grove|Walk|Row|Bank)$/, ''))
    .replace('{area}', areaName)
    .replace('{surname}', pick(random, SURNAMES))
    .replace('{saint}', pick(random, SAINTS))
    .replace('{n}', String(1 + Math.floor(random() * 5)))
    .replace('{m}', String(6 + Math.floor(random() * 5)));
}

const phone = () => `0161 496 0${String(Math.floor(random() * 1000)).padStart(3, '0')}`; // Ofcom's range for drama
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const assets: AssetInput[] = [];
const usedNames = new Set<string>();
for (const template of TEMPLATES) {
  for (let i = 0; i < template.count; i++) {
    const point = randomPlace();
    const [areaId] = neighbourhoodsAt(point);
    const areaName = neighbourhoods.find((n) => n.id === areaId)?.name.replace(/ (Estate)$/, '') ?? 'Millbrook';
    const pattern = template.names[i % template.names.length] ?? template.type;
    let name = fillName(pattern, areaName);
    for (let tries = 0; usedNames.has(name) && tries < 20; tries++) name = fillName(pick(random, template.names), areaName);
    while (usedNames.has(name)) name = `${name} (${['North', 'South', 'East', 'West'][Math.floor(random() * 4)]})`;
    usedNames.add(name);
    const created = isoDay(30 + Math.floor(random() * 300));
    const withContact = random() < 0.6;
    const tags = [...new Set([pick(random, template.tags), pick(random, template.tags)])];
    assets.push({
      id: seededUuid(random),
      name,
      category: template.category,
      type: template.type,
      description: template.description,
      tags,
      geometry: template.siteRadius ? { type: 'Polygon', coordinates: [site(point, template.siteRadius)] } : { type: 'Point', coordinates: point },
      address: `${1 + Math.floor(random() * 120)} ${pick(random, STREETS)}, Millbrook`,
      postcode: `MB${1 + Math.floor(random() * 5)} ${1 + Math.floor(random() * 9)}${pick(random, ['AB', 'DE', 'HJ', 'LN', 'PQ', 'RT', 'UW'])}`,
      contact: withContact ? { phone: phone(), email: `hello@${slug(name).slice(0, 30)}.example.org`, website: `https://${slug(name).slice(0, 30)}.example.org/` } : {},
      accessibility: random() < 0.5 ? 'Step-free access; accessible toilet.' : '',
      openingTimes: pick(random, template.openingTimes),
      cost: pick(random, template.cost),
      status: random() < 0.9 ? 'active' : pick(random, ['inactive', 'closed'] as const),
      verifiedAt: isoDay(Math.floor(random() * 180)).slice(0, 10),
      source: 'Millbrook demo workspace (fictional)',
      createdAt: created,
      updatedAt: created,
      neighbourhoodIds: neighbourhoodsAt(point),
    });
  }
}

// Groups meet in halls: link a few so the demo shows "meets in".
const halls = assets.filter((a) => a.type === 'hall');
const groups = assets.filter((a) => a.category === 'associations');
groups.slice(0, halls.length).forEach((group, i) => {
  const hall = halls[i];
  if (hall) group.links = [{ assetId: hall.id, relation: 'meets in' }];
});

// People are shown at the public place where they share their gift, never at a home.
for (const person of PEOPLE) {
  const venue = pick(random, halls);
  // A few metres from the venue's own marker, so both can be tapped.
  const point = venue.geometry?.type === 'Point' ? offset(25 + random() * 15, 25 - random() * 50, venue.geometry.coordinates) : randomPlace();
  const withdrawn = person.consent === 'withdrawn';
  assets.push({
    id: seededUuid(random),
    name: person.name,
    category: 'individuals',
    type: person.type,
    description: person.description,
    tags: person.tags,
    geometry: withdrawn ? null : { type: 'Point', coordinates: point },
    status: withdrawn ? 'inactive' : 'active',
    source: 'Millbrook demo workspace (fictional)',
    person: {
      consent:
        person.consent === 'given'
          ? { status: 'given', date: isoDay(40 + Math.floor(random() * 100)).slice(0, 10), purpose: 'To be contacted about community activity in Millbrook' }
          : { status: person.consent },
      exactLocation: false,
      gifts: person.gifts ?? [],
      cares: person.cares ?? [],
      shares: person.shares ?? [],
    },
    connector: person.connector ?? false,
    createdAt: isoDay(60),
    updatedAt: isoDay(60),
    neighbourhoodIds: withdrawn ? [] : neighbourhoodsAt(point),
  });
}

// Canal Side, from map to action: more links, an action group, its meetings and its plan. Made
// last, so the random draws above (and every asset they made) are as they were.
const named = (name: string): AssetInput => {
  const found = assets.find((a) => a.name === name);
  if (!found) throw new Error(`The demo has no asset called ${name}`);
  return found;
};
const link = (from: string, relation: 'meets in' | 'run by' | 'part of' | 'works with', to: string) => {
  const asset = named(from);
  asset.links = [...(asset.links ?? []), { assetId: named(to).id, relation }];
};
link('Canal Side Community Garden', 'run by', 'Victoria Tenants\u2019 Group');
link('St Chad\u2019s Lunch Club', 'meets in', 'Methodist Hall, Canal Street');
link('Tea Dance Group', 'meets in', 'Methodist Hall, Canal Street');
link('Canal Side Singers', 'part of', 'Rock Choir Millbrook');
link('Walking Football Canal Side', 'works with', 'Millbrook Leisure Centre');
link('Green Skills Training', 'works with', 'Canal Side Community Garden');
link('Millbrook Canal Festival', 'works with', 'Canal Side Drama Group');
named('Victoria Tenants\u2019 Group').connector = true;

const canalSide = neighbourhoods.find((n) => n.name === 'Canal Side');
if (!canalSide) throw new Error('The demo has no Canal Side');
const member = (assetName: string, role: string) => ({ id: seededUuid(random), assetId: named(assetName).id, role });
const members = [
  member('Victoria Tenants\u2019 Group', 'chair'),
  member('Millbrook Library', 'hosts the meetings'),
  member('Methodist Hall, Canal Street', 'venue'),
  member('Millbrook Health Centre', 'social prescribing'),
  { id: seededUuid(random), name: 'Joanne Reid', organisation: 'Millbrook Borough Council', role: 'community development worker' },
];
const [tenants, library, methodist, health, council] = members.map((m) => m.id);
const actionGroup = { id: seededUuid(random), neighbourhoodId: canalSide.id, name: 'Canal Side action group', members, createdAt: isoDay(60), updatedAt: isoDay(12) };
const meetings = [
  { date: '2026-09-15', attendeeIds: members.map((m) => m.id), notes: 'First meeting at the library. Walked the map of Canal Side together: many groups, few links between them.' },
  { date: '2026-10-20', attendeeIds: [tenants, library, methodist, council], notes: 'Agreed the lunch and the towpath day. Walking football is running by itself now.' },
].map((m) => ({ id: seededUuid(random), actionGroupId: actionGroup.id, ...m, createdAt: `${m.date}T19:30:00.000Z`, updatedAt: `${m.date}T19:30:00.000Z` }));
const action = (title: string, buildsOn: string[], rest: Record<string, unknown>) => ({
  id: seededUuid(random),
  actionGroupId: actionGroup.id,
  title,
  buildsOn: buildsOn.map((name) => named(name).id),
  createdAt: '2026-09-15T20:00:00.000Z',
  updatedAt: '2026-10-20T20:00:00.000Z',
  ...rest,
});
const actions = [
  action('Friday community lunch', ['Methodist Hall, Canal Street', 'St Chad\u2019s Lunch Club', 'Murphy Greengrocer'], {
    leadMemberId: tenants,
    theme: 'Food',
    status: 'under way',
    due: '2027-01-29',
    nextReview: '2026-11-24',
    progress: [{ date: '2026-10-13', note: 'Hall booked for Fridays from November; the greengrocer will give surplus vegetables.' }],
  }),
  action('Towpath clean-up and planting day', ['Canal towpath (Lock 5 to Lock 9)', 'Canal Side Community Garden', 'Green Skills Training'], {
    leadMemberId: council,
    theme: 'Green spaces',
    status: 'agreed',
    due: '2027-03-20',
    nextReview: '2026-12-08',
  }),
  action('Welcome sessions for new residents at the library', ['Millbrook Library', 'Women\u2019s Cycling Circle', 'Millbrook Credit Union'], {
    leadMemberId: library,
    theme: 'Skills and work',
    status: 'idea',
    nextReview: '2027-01-12',
  }),
  action('Walking football for over-50s', ['Walking Football Canal Side', 'Millbrook Leisure Centre'], {
    leadMemberId: health,
    theme: 'Health and wellbeing',
    status: 'done',
    nextReview: '2026-10-20',
    progress: [{ date: '2026-10-20', note: 'Fourteen regulars; the leisure centre now runs it every Tuesday.' }],
  }),
];

// Deprivation and money: a fictional small-area layer (deciles and residents, as an IMD layer has
// them) and a year of microgrants, most to groups in the more deprived areas, some not. Its own
// seed, so every draw above is as it was.
const moneyRandom = seededRandom(SEED + 1);
const DECILES: Record<string, [number, number]> = {
  MB01A: [3, 1620],
  MB01B: [5, 1480],
  MB01C: [4, 1710],
  MB02A: [2, 1850],
  MB02B: [3, 1690],
  MB03A: [8, 1530],
  MB03B: [9, 1410],
  MB04A: [1, 1920],
  MB04B: [2, 1780],
  MB05A: [6, 1390],
  MB05B: [4, 1560],
};
const deprivation = {
  id: seededUuid(moneyRandom),
  name: 'Millbrook small areas (fictional deprivation)',
  kind: 'small-areas' as const,
  vintage: 'Fictional, in the shape of LSOA / IMD 2019',
  attribution: 'Millbrook demo workspace (fictional): not real data',
  valueField: 'imd_decile',
  visible: false,
  areas: smallAreas.map((s, i) => ({
    code: s.code,
    name: `Millbrook ${String(i + 1).padStart(3, '0')}${s.code.slice(-1)}`,
    geometry: { type: 'Polygon' as const, coordinates: [s.ring] },
    values: { imd_decile: DECILES[s.code]?.[0] ?? null, population: DECILES[s.code]?.[1] ?? null },
  })),
  createdAt: isoDay(200),
  updatedAt: isoDay(200),
};
const GRANTS: [recipient: string, pounds: number, day: string, purpose: string, status: 'applied' | 'awarded' | 'paid' | 'completed' | 'withdrawn'][] = [
  ['Victoria Tenants\u2019 Group', 1500, '2026-04-14', 'Summer fun day on the green', 'completed'],
  ['St Chad\u2019s Lunch Club', 2500, '2026-04-14', 'Kitchen equipment for the Friday lunch', 'paid'],
  ['Canal Side Singers', 450, '2026-05-12', 'Sheet music and a keyboard stand', 'completed'],
  ['Tea Dance Group', 300, '2026-05-12', 'Hall hire for the winter dances', 'paid'],
  ['Walking Football Canal Side', 250, '2026-06-09', 'Bibs, balls and a first-aid kit', 'completed'],
  ['Canal Side Community Garden', 1200, '2026-06-09', 'Raised beds and tools', 'paid'],
  ['Green Skills Training', 2000, '2026-07-07', 'Tasters in hedge-laying and path repair', 'awarded'],
  ['Canal Side Drama Group', 800, '2026-07-07', 'Costumes for the canal festival play', 'paid'],
  ['Millbrook Canal Festival', 2500, '2026-09-15', 'Stalls and a stage for the festival', 'withdrawn'],
];
const groupsBy = (area: string) => assets.filter((a) => a.category === 'associations' && (a.neighbourhoodIds ?? []).includes(neighbourhoods.find((n) => n.name === area)?.id ?? ''));
const PURPOSES = [
  'Room hire for weekly sessions',
  'Equipment and materials',
  'A summer trip for members',
  'Refreshments for a community event',
  'Training for volunteers',
  'Publicity: leaflets and posters',
];
// Beyond Canal Side, a few grants in each neighbourhood: most in Southfields and the Heights, few in Westgate.
for (const [area, count] of [
  ['Southfields Estate', 4],
  ['Millbrook Heights', 3],
  ['Town Centre', 2],
  ['Westgate', 1],
] as const) {
  for (const group of groupsBy(area).slice(0, count)) {
    GRANTS.push([
      group.name,
      50 * Math.round((150 + moneyRandom() * 2200) / 50),
      `2026-0${4 + Math.floor(moneyRandom() * 5)}-1${Math.floor(moneyRandom() * 9)}`,
      pick(moneyRandom, PURPOSES),
      pick(moneyRandom, ['paid', 'completed', 'awarded'] as const),
    ]);
  }
}
const investments: InvestmentInput[] = GRANTS.map(([recipient, pounds, day, purpose, status]) => ({
  id: seededUuid(moneyRandom),
  programme: 'Millbrook Microgrants 2026',
  amountPence: pounds * 100,
  awardedOn: day,
  recipient: { assetId: named(recipient).id },
  purpose,
  status,
  createdAt: `${day}T12:00:00.000Z`,
  updatedAt: `${day}T12:00:00.000Z`,
}));
// A group that is not (yet) on the map, and an application still waiting.
investments.push(
  {
    id: seededUuid(moneyRandom),
    programme: 'Millbrook Microgrants 2026',
    amountPence: 60000,
    awardedOn: '2026-08-11',
    recipient: { name: 'Southfields Mums\u2019 Walking Group', at: polar(275, 1500) },
    purpose: 'Pushchair-friendly walk maps and a first-aid course',
    status: 'paid',
    createdAt: '2026-08-11T12:00:00.000Z',
    updatedAt: '2026-08-11T12:00:00.000Z',
  },
  {
    id: seededUuid(moneyRandom),
    programme: 'Millbrook Microgrants 2026',
    amountPence: 95000,
    awardedOn: '2026-11-10',
    recipient: { name: 'Heights Youth Forum', at: polar(95, 1400) },
    purpose: 'A youth-led survey of the Heights',
    status: 'applied',
    createdAt: '2026-11-10T12:00:00.000Z',
    updatedAt: '2026-11-10T12:00:00.000Z',
  },
);

const backup = {
  format: BACKUP_FORMAT,
  schemaVersion: BACKUP_SCHEMA_VERSION,
  appVersion: 'demo',
  exportedAt: EXPORTED_AT,
  counts: {
    assets: assets.length,
    neighbourhoods: neighbourhoods.length,
    overlays: 1,
    photos: 0,
    actionGroups: 1,
    meetings: meetings.length,
    actions: actions.length,
    investments: investments.length,
  },
  data: { assets, neighbourhoods, overlays: [deprivation], photos: [], actionGroups: [actionGroup], meetings, actions, investments },
};
const checked = BackupSchema.safeParse(backup);
if (!checked.success) {
  console.error(describeIssues(checked.error).slice(0, 20).join('\n'));
  process.exit(1);
}
writeFileSync(OUT, `${JSON.stringify(backup, null, 1)}\n`);
const byCategory = new Map<string, number>();
for (const asset of assets) byCategory.set(asset.category, (byCategory.get(asset.category) ?? 0) + 1);
console.log(
  `Wrote ${OUT}: ${neighbourhoods.length} neighbourhoods, ${assets.length} assets, an action group with ${actions.length} actions, ${smallAreas.length} small areas, ${investments.length} grants`,
);
for (const [category, count] of byCategory) console.log(`  ${category}: ${count}`);
