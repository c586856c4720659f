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
import type { NeighbourhoodInput } from '../src/model/neighbourhood';
import type { Position } from '../src/model/geometry';
import { pointInArea } from '../src/geo/point-in-polygon';
import { describeIssues } from '../src/model/problems';
import { buildAreas, polar, offset, TOWN_CENTRE } from './demo/town';
import { PEOPLE, SAINTS, STREETS, SURNAMES, TEMPLATES } from './demo/catalogue';

const SEED = 20261122;
const EXPORTED_AT = '2026-11-01T09:00:00.000Z';
const OUT = fileURLToPath(new URL('../data/demo-workspace.json', import.meta.url));

const random = seededRandom(SEED);
const isoDay = (daysBefore: number) => new Date(Date.parse(EXPORTED_AT) - daysBefore * 86_400_000).toISOString();

const areas = buildAreas(random);
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
    },
    createdAt: isoDay(60),
    updatedAt: isoDay(60),
    neighbourhoodIds: withdrawn ? [] : neighbourhoodsAt(point),
  });
}

const backup = {
  format: BACKUP_FORMAT,
  schemaVersion: BACKUP_SCHEMA_VERSION,
  appVersion: 'demo',
  exportedAt: EXPORTED_AT,
  counts: { assets: assets.length, neighbourhoods: neighbourhoods.length, overlays: 0, photos: 0 },
  data: { assets, neighbourhoods, overlays: [], photos: [] },
};
const checked = BackupSchema.safeParse(backup);
if (!checked.success) {
  console.error(describeIssues(checked.error).slice(0, 20).join('\n'));
  process.exit(1);
}
writeFileSync(OUT, `${JSON.stringify(backup, null, 1)}\n`);
const byCategory = new Map<string, number>();
for (const asset of assets) byCategory.set(asset.category, (byCategory.get(asset.category) ?? 0) + 1);
console.log(`Wrote ${OUT}: ${neighbourhoods.length} neighbourhoods, ${assets.length} assets`);
for (const [category, count] of byCategory) console.log(`  ${category}: ${count}`);
