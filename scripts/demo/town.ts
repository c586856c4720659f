import type { Position } from '../../src/model/geometry';

/** Millbrook, the fictional demo town: its centre and a metres ↔ degrees conversion around it. */
export const TOWN_CENTRE: Position = [-2.0512, 53.2034];
const METRES_PER_DEGREE_LAT = 111_320;
const METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos((TOWN_CENTRE[1] * Math.PI) / 180);

/** The position `east` and `north` metres from the town centre, rounded to 7 decimals. */
export function offset(east: number, north: number, from: Position = TOWN_CENTRE): Position {
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return [round(from[0] + east / METRES_PER_DEGREE_LON), round(from[1] + north / METRES_PER_DEGREE_LAT)];
}

/** A position at `angle` degrees (counter-clockwise from east) and `radius` metres. */
export function polar(angleDegrees: number, radius: number, from: Position = TOWN_CENTRE): Position {
  const a = (angleDegrees * Math.PI) / 180;
  return offset(Math.cos(a) * radius, Math.sin(a) * radius, from);
}

export interface DemoArea {
  name: string;
  code: string;
  notes: string;
  ring: Position[];
}

/**
 * Five neighbourhoods: a town centre and four quarters around it. Every shared edge is built from
 * the same corner list, so neighbours meet exactly with no slivers. Rings wind counter-clockwise.
 */
export function buildAreas(random: () => number): DemoArea[] {
  return buildTown(random).areas;
}

/** A fictional small area (as an LSOA is to a ward): its code, neighbourhood and outline. */
export interface DemoSmallArea {
  code: string;
  area: string;
  ring: Position[];
}

/**
 * The town's neighbourhoods, and its small areas: each quarter cut in two along its middle angle,
 * the centre in three sectors. Built from the same corners, so small areas tile their neighbourhood.
 */
export function buildTown(random: () => number): { areas: DemoArea[]; smallAreas: DemoSmallArea[] } {
  const step = 10;
  const angles = Array.from({ length: 360 / step }, (_, i) => i * step);
  const inner = angles.map((a) => polar(a, 650 + random() * 250));
  const outer = angles.map((a) => polar(a, 1800 + random() * 500));
  // Corner indices from `from` to `to` degrees inclusive, wrapping past 360.
  const quarter = (from: number, to: number): Position[] => {
    const ids: number[] = [];
    for (let a = from; a <= to; a += step) ids.push((a % 360) / step);
    const outerArc = ids.map((i) => outer[i] as Position);
    const innerArc = ids.map((i) => inner[i] as Position).reverse();
    const ring = [...outerArc, ...innerArc];
    return [...ring, ring[0] as Position];
  };
  const centre = (from: number, to: number): Position[] => {
    const ids: number[] = [];
    for (let a = from; a <= to; a += step) ids.push((a % 360) / step);
    const ring = [TOWN_CENTRE, ...ids.map((i) => inner[i] as Position)];
    return [...ring, TOWN_CENTRE];
  };
  const smallAreas: DemoSmallArea[] = [
    { code: 'MB01A', area: 'Town Centre', ring: centre(0, 120) },
    { code: 'MB01B', area: 'Town Centre', ring: centre(120, 240) },
    { code: 'MB01C', area: 'Town Centre', ring: centre(240, 360) },
    { code: 'MB02A', area: 'Millbrook Heights', ring: quarter(50, 90) },
    { code: 'MB02B', area: 'Millbrook Heights', ring: quarter(90, 140) },
    { code: 'MB03A', area: 'Westgate', ring: quarter(140, 180) },
    { code: 'MB03B', area: 'Westgate', ring: quarter(180, 230) },
    { code: 'MB04A', area: 'Southfields Estate', ring: quarter(230, 270) },
    { code: 'MB04B', area: 'Southfields Estate', ring: quarter(270, 320) },
    { code: 'MB05A', area: 'Canal Side', ring: quarter(320, 360) },
    { code: 'MB05B', area: 'Canal Side', ring: quarter(360, 410) },
  ];
  const areas: DemoArea[] = [
    { name: 'Town Centre', code: 'MB01', notes: 'High street, market square and the old mill.', ring: [...inner, inner[0] as Position] },
    { name: 'Millbrook Heights', code: 'MB02', notes: 'Hillside terraces and the 1960s estate.', ring: quarter(50, 140) },
    { name: 'Westgate', code: 'MB03', notes: 'Victorian streets around St Anne\u2019s.', ring: quarter(140, 230) },
    { name: 'Southfields Estate', code: 'MB04', notes: 'Post-war estate; priority area in the health plan.', ring: quarter(230, 320) },
    { name: 'Canal Side', code: 'MB05', notes: 'New-build flats and the canal towpath.', ring: quarter(320, 410) },
  ];
  return { areas, smallAreas };
}
