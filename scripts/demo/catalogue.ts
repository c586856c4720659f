import type { CategoryId } from '../../src/model/categories';

/** One kind of thing the demo town has: how to name it, and what it is like. */
export interface Template {
  category: CategoryId;
  type: string;
  /** `{street}` (full), `{place}` (street without Road/Lane…), `{area}`, `{surname}`, `{saint}` are filled from the lists below. */
  names: readonly string[];
  count: number;
  tags: readonly string[];
  openingTimes: readonly string[];
  cost: readonly ('free' | 'low' | 'paid')[];
  description: string;
  /** Sites drawn as a polygon of about this radius in metres (parks, fields). */
  siteRadius?: number;
}

export const STREETS = ['Mill Lane', 'Canal Street', 'Beech Road', 'Station Road', 'Church Street', 'Hollins Lane', 'Brook Street', 'Ashfield Avenue', 'Victoria Road', 'Lime Grove', 'Oak Bank', 'Wharf Road', 'Chapel Walk', 'Hope Street', 'Granby Row'];
export const SURNAMES = ['Ahmed', 'Okafor', 'Hughes', 'Kowalski', 'Patel', 'Murphy', 'Begum', 'Campbell', 'Nowak', 'Singh', 'Evans', 'Mensah'];
export const SAINTS = ['Anne', 'Mark', 'Luke', 'Bride', 'Chad', 'Hilda'];

export const TEMPLATES: readonly Template[] = [
  { category: 'physical', type: 'park', count: 7, siteRadius: 140, names: ['{place} Park', '{area} Recreation Ground', 'Jubilee Gardens', 'Millbrook Memorial Park'], tags: ['walking', 'green space', 'dog walking', 'running'], openingTimes: ['Dawn to dusk', 'Always open'], cost: ['free'], description: 'Public park with paths, benches and open grass.' },
  { category: 'physical', type: 'playground', count: 7, names: ['{place} Playground', '{area} Play Area', '{place} Adventure Playground'], tags: ['children', 'families', 'play'], openingTimes: ['Dawn to dusk'], cost: ['free'], description: 'Fenced play area for under-12s.' },
  { category: 'physical', type: 'hall', count: 7, names: ['St {saint}\u2019s Church Hall', '{area} Community Centre', 'Methodist Hall, {street}', 'Scout Hut, {street}'], tags: ['room hire', 'dance', 'chair exercise', 'meetings'], openingTimes: ['Mon\u2013Sat 09:00\u201322:00', 'By arrangement'], cost: ['low', 'paid'], description: 'Hall for hire with kitchen and accessible toilet.' },
  { category: 'physical', type: 'pitch', count: 5, siteRadius: 90, names: ['{area} Playing Fields', '{place} 3G Pitch', 'Millbrook Cricket Ground'], tags: ['football', 'cricket', 'running'], openingTimes: ['Bookings 17:00\u201321:00'], cost: ['paid', 'low'], description: 'Grass and all-weather pitches, floodlit in winter.' },
  { category: 'physical', type: 'allotment', count: 5, siteRadius: 60, names: ['{place} Allotments', '{area} Community Garden'], tags: ['gardening', 'food growing'], openingTimes: ['Plot holders any time'], cost: ['low'], description: 'Allotment plots and a shared growing bed.' },
  { category: 'physical', type: 'towpath', count: 2, names: ['Canal towpath (Lock {n} to Lock {m})'], tags: ['walking', 'cycling', 'running'], openingTimes: ['Always open'], cost: ['free'], description: 'Level, surfaced path along the canal.' },
  { category: 'associations', type: 'walking group', count: 5, names: ['{area} Walking Group', 'Millbrook Ramblers', 'Buggy Walks {area}', 'Walk and Talk {area}'], tags: ['walking', 'older people', 'mental health'], openingTimes: ['Tuesdays 10:00', 'Saturdays 09:30', 'Thursdays 13:30'], cost: ['free'], description: 'Friendly led walks of about an hour; everyone welcome.' },
  { category: 'associations', type: 'sports club', count: 6, names: ['{area} Juniors FC', 'Millbrook Harriers', 'Walking Football {area}', 'Millbrook Netball Club'], tags: ['football', 'running', 'netball', 'young people'], openingTimes: ['Training Wednesdays 18:00', 'Sundays 10:00'], cost: ['low', 'paid'], description: 'Volunteer-run club with teams for all ages.' },
  { category: 'associations', type: 'group', count: 10, names: ['Knit and Natter', '{area} Parents\u2019 Group', 'Chair-based Exercise Club', 'Bhangra Fitness', 'Men\u2019s Shed {area}', 'Women\u2019s Cycling Circle', 'Tea Dance Group', 'Repair Caf\u00e9 Volunteers'], tags: ['dance', 'chair exercise', 'social', 'cycling'], openingTimes: ['Mondays 14:00\u201316:00', 'Fridays 10:00\u201312:00', 'First Saturday of the month'], cost: ['free', 'low'], description: 'Weekly get-together run by local volunteers.' },
  { category: 'associations', type: 'residents association', count: 4, names: ['{area} Residents\u2019 Association', '{place} Tenants\u2019 Group', 'Friends of {street} Park'], tags: ['community', 'meetings', 'green space'], openingTimes: ['Meets monthly'], cost: ['free'], description: 'Residents working together on local issues.' },
  { category: 'associations', type: 'faith group', count: 4, names: ['St {saint}\u2019s Lunch Club', 'Millbrook Mosque Sisters\u2019 Circle', 'Gurdwara Langar Volunteers', 'Chapel Youth Fellowship'], tags: ['food', 'social', 'young people'], openingTimes: ['Weekly'], cost: ['free'], description: 'Faith-based group open to all neighbours.' },
  { category: 'associations', type: 'choir', count: 4, names: ['Millbrook Community Choir', '{area} Singers', 'Rock Choir Millbrook'], tags: ['music', 'social'], openingTimes: ['Thursdays 19:30'], cost: ['low'], description: 'Open choir; no auditions.' },
  { category: 'institutions', type: 'school', count: 8, names: ['{area} Primary School', 'St {saint}\u2019s RC Primary', 'Millbrook High School', '{place} Nursery School'], tags: ['children', 'young people', 'sports hall'], openingTimes: ['Term time 08:45\u201315:30'], cost: ['free'], description: 'School with facilities available to the community after hours.' },
  { category: 'institutions', type: 'GP surgery', count: 4, names: ['{area} Medical Practice', '{place} Surgery', 'Millbrook Health Centre'], tags: ['health', 'social prescribing'], openingTimes: ['Mon\u2013Fri 08:00\u201318:30'], cost: ['free'], description: 'GP practice with a social prescribing link worker.' },
  { category: 'institutions', type: 'library', count: 2, names: ['Millbrook Library', '{area} Library and Learning Centre'], tags: ['reading', 'digital help', 'older people'], openingTimes: ['Tue\u2013Sat 10:00\u201317:00'], cost: ['free'], description: 'Library with free computers and community noticeboard.' },
  { category: 'institutions', type: 'council service', count: 4, names: ['Millbrook Leisure Centre', '{area} Children\u2019s Centre', 'Millbrook Housing Trust office', 'Jobcentre Plus Millbrook'], tags: ['swimming', 'families', 'housing', 'employment'], openingTimes: ['Mon\u2013Fri 09:00\u201317:00'], cost: ['free', 'paid'], description: 'Public service with drop-in hours.' },
  { category: 'institutions', type: 'pharmacy', count: 3, names: ['{surname} Pharmacy', '{area} Chemist'], tags: ['health'], openingTimes: ['Mon\u2013Sat 09:00\u201318:00'], cost: ['free'], description: 'Pharmacy offering health checks.' },
  { category: 'institutions', type: 'place of worship', count: 5, names: ['St {saint}\u2019s Church', 'Millbrook Central Mosque', 'Millbrook Gurdwara', '{place} Methodist Chapel', 'Kingdom Hall, {street}'], tags: ['faith', 'room hire'], openingTimes: ['Services weekly'], cost: ['free'], description: 'Place of worship with rooms used by community groups.' },
  { category: 'economic', type: 'shop', count: 10, names: ['{surname}\u2019s Bakery', '{area} Co-op', '{surname} & Sons Hardware', '{place} Newsagent', 'Millbrook Bike Shop', '{surname} Greengrocer'], tags: ['food', 'local business'], openingTimes: ['Mon\u2013Sat 08:00\u201318:00', 'Daily 07:00\u201322:00'], cost: ['paid'], description: 'Independent local shop.' },
  { category: 'economic', type: 'caf\u00e9', count: 7, names: ['The Mill Caf\u00e9', '{place} Coffee House', 'Canal Side Tea Rooms', 'Pay-as-you-feel Caf\u00e9', '{surname}\u2019s Kitchen'], tags: ['food', 'social', 'meeting place'], openingTimes: ['Daily 08:00\u201316:00', 'Mon\u2013Fri 07:30\u201315:00'], cost: ['low', 'paid'], description: 'Caf\u00e9 happy to host small groups.' },
  { category: 'economic', type: 'social enterprise', count: 5, names: ['Millbrook Community Pantry', 'Cycle Recycle Millbrook', '{area} Food Bank', 'Millbrook Credit Union', 'Green Skills Training'], tags: ['food', 'cycling', 'employment', 'money advice'], openingTimes: ['Wednesdays 10:00\u201314:00', 'Mon\u2013Fri 10:00\u201316:00'], cost: ['free', 'low'], description: 'Not-for-profit enterprise reinvesting in the town.' },
  { category: 'economic', type: 'employer', count: 4, names: ['Millbrook Textiles Ltd', '{surname} Logistics', 'Canal Wharf Brewery', 'Millbrook Care Home'], tags: ['employment', 'volunteering'], openingTimes: ['Mon\u2013Fri 08:00\u201317:00'], cost: ['paid'], description: 'Local employer supporting staff volunteering days.' },
  { category: 'economic', type: 'market', count: 2, names: ['Millbrook Market', 'Farmers\u2019 Market, Market Square'], tags: ['food', 'local business'], openingTimes: ['Thursdays and Saturdays', 'Last Sunday of the month'], cost: ['paid'], description: 'Open-air market stalls.' },
  { category: 'cultural', type: 'heritage site', count: 4, names: ['The Old Mill', 'Millbrook Heritage Trail', 'Lock {n} Keeper\u2019s Cottage', 'War Memorial'], tags: ['heritage', 'walking', 'history'], openingTimes: ['Always open', 'Weekends 11:00\u201316:00'], cost: ['free'], description: 'Part of the town\u2019s industrial history.' },
  { category: 'cultural', type: 'festival', count: 3, names: ['Millbrook Canal Festival', '{area} Mela', 'Lantern Parade'], tags: ['festival', 'music', 'families'], openingTimes: ['Every July', 'Every September', 'Every December'], cost: ['free'], description: 'Yearly community festival.' },
  { category: 'cultural', type: 'arts group', count: 5, names: ['Millbrook Art Club', '{area} Drama Group', 'Storytelling Circle', 'Millbrook Photographic Society', 'Steel Pan Band'], tags: ['arts', 'music', 'social'], openingTimes: ['Weekly', 'Fortnightly'], cost: ['low'], description: 'Creative group welcoming beginners.' },
  { category: 'cultural', type: 'mural', count: 2, names: ['Mural on {street}', 'Canal Bridge Mural'], tags: ['arts', 'heritage'], openingTimes: ['Always visible'], cost: ['free'], description: 'Community-painted mural.' },
  { category: 'cultural', type: 'music venue', count: 2, names: ['The Wharf Social Club', 'Millbrook Bandstand'], tags: ['music', 'dance'], openingTimes: ['Fri\u2013Sat evenings', 'Summer Sundays'], cost: ['low', 'paid'], description: 'Live music and dances.' },
];

/** Residents with a gift to share: recorded with consent, and never pinned on a home. */
export const PEOPLE: readonly { name: string; type: string; description: string; tags: string[]; consent: 'given' | 'not-asked' | 'withdrawn' }[] = [
  { name: 'Margaret O.', type: 'person', description: 'Retired PE teacher; leads a gentle walk on Tuesdays.', tags: ['walking', 'older people'], consent: 'given' },
  { name: 'Tariq H.', type: 'coach', description: 'Qualified football coach; keen to start a walking football group.', tags: ['football'], consent: 'given' },
  { name: 'Gloria M.', type: 'cook', description: 'Can cook for 40; has run community lunches before.', tags: ['food', 'cooking'], consent: 'given' },
  { name: 'Piotr N.', type: 'skill share', description: 'Bike mechanic happy to teach basic repairs.', tags: ['cycling', 'repair'], consent: 'given' },
  { name: 'Amrita S.', type: 'person', description: 'Teaches bhangra; looking for a hall on weekday evenings.', tags: ['dance'], consent: 'given' },
  { name: 'Des C.', type: 'storyteller', description: 'Knows the history of the mill and the canal.', tags: ['heritage', 'history'], consent: 'not-asked' },
  { name: 'Yaw M.', type: 'musician', description: 'Plays steel pan; could run taster sessions.', tags: ['music'], consent: 'not-asked' },
  { name: 'Sian E.', type: 'volunteer', description: 'Offered to help with litter picks and the community garden.', tags: ['gardening', 'green space'], consent: 'given' },
  { name: 'Former volunteer', type: 'person', description: 'Consent withdrawn on request; details removed.', tags: [], consent: 'withdrawn' },
  { name: 'Nadia B.', type: 'mentor', description: 'Youth worker; mentors young people into sports coaching.', tags: ['young people', 'coaching'], consent: 'given' },
];
