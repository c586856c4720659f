import type { KeyEntry } from './print-key';
import { MARGIN_MM, type PrintLayout } from './print-layout';
import { fill, msg } from '../lib/i18n/msg';

/** Heights on the printed page, in millimetres, that the layout reserves. */
export const PAGE_PARTS_MM = { header: 16, legend: 16, footer: 14, heading: 8, keyRow: 4.4 } as const;

/** How many columns the key takes: as many of about 62 mm as the paper is wide. */
export const keyColumns = (layout: PrintLayout): number => Math.max(2, Math.floor((layout.pageMm.width - 2 * MARGIN_MM) / 62));

/**
 * The key split over pages: what fits on the first page under the map and legend, then pages of
 * "Key (continued)" in columns. Every entry is on exactly one page, in order.
 */
export function paginateKey(entries: readonly KeyEntry[], layout: PrintLayout, legendMm: number = PAGE_PARTS_MM.legend): { first: KeyEntry[]; more: KeyEntry[][] } {
  const content = layout.pageMm.height - 2 * MARGIN_MM;
  const columns = keyColumns(layout);
  const firstRows = Math.floor((content - PAGE_PARTS_MM.header - layout.mapMm.height - legendMm - PAGE_PARTS_MM.footer - PAGE_PARTS_MM.heading) / PAGE_PARTS_MM.keyRow);
  const moreRows = Math.floor((content - PAGE_PARTS_MM.header - PAGE_PARTS_MM.footer - PAGE_PARTS_MM.heading) / PAGE_PARTS_MM.keyRow);
  const firstCapacity = Math.max(0, firstRows) * columns;
  const moreCapacity = Math.max(1, moreRows * columns);
  const first = entries.slice(0, firstCapacity);
  const more: KeyEntry[][] = [];
  for (let i = firstCapacity; i < entries.length; i += moreCapacity) more.push(entries.slice(i, i + moreCapacity));
  return { first, more };
}

/** The legend band's height: a line of categories, plus a strip per context layer and a line of people. */
export const legendHeight = (contextLayers: number, people: boolean): number => PAGE_PARTS_MM.legend + contextLayers * 12 + (people ? 6 : 0);

/** Data licences recognised from where the data came from, with the wording each licence asks for. */
const ONS_CODE = /^[EWSN]0\d{7}$/;

/**
 * The credits every printed page carries: where the data came from, and the licence wording the
 * data's publishers ask for (Open Government Licence for ONS boundaries, ODbL for OpenStreetMap).
 */
export function printCredits(input: {
  sources: readonly string[];
  boundaryCodes: readonly (string | undefined)[];
  layers: readonly { name: string; vintage: string; attribution: string }[];
  year: number;
}): string[] {
  const lines = [input.sources.length > 0 ? fill(msg('Data: {sources}.'), { sources: input.sources.join('; ') }) : msg('Data: this workspace.')];
  if (input.boundaryCodes.some((c) => c !== undefined && ONS_CODE.test(c)))
    lines.push(`Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data \u00a9 Crown copyright and database right ${input.year}.`);
  for (const layer of input.layers) lines.push(`${layer.name}${layer.vintage ? ` (${layer.vintage})` : ''}${layer.attribution ? `: ${layer.attribution}` : ''}.`);
  if (input.sources.some((s) => /openstreetmap|(^|[^a-z])osm([^a-z]|$)/i.test(s))) lines.push('\u00a9 OpenStreetMap contributors, available under the Open Database Licence (ODbL).');
  return lines;
}
