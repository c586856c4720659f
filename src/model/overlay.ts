import { z } from 'zod/mini';
import { AreaGeometrySchema } from './geometry';
import { IdSchema, TimestampSchema, shortText } from './common';
import { msg } from '../lib/i18n/msg';

/** One small area of a context layer, with the values joined to it (e.g. IMD decile and score). */
export const OverlayAreaSchema = z.object({
  code: shortText(40, msg('Area code')).check(z.minLength(1, msg('Each area needs a code'))),
  name: z._default(shortText(200, msg('Area name')), ''),
  geometry: AreaGeometrySchema,
  values: z._default(z.record(z.string(), z.union([z.number(), z.string(), z.null()])), {}),
});

/** An imported context layer, e.g. LSOA 2011 boundaries joined to IMD 2019. */
export const OverlaySchema = z.object({
  id: IdSchema,
  name: shortText(200, msg('Name')).check(z.minLength(1, msg('Give the layer a name'))),
  kind: z._default(z.enum(['small-areas']), 'small-areas'),
  /** Which boundaries and which data, e.g. "LSOA 2011 / IMD 2019". */
  vintage: z._default(shortText(200, msg('Vintage')), ''),
  attribution: z._default(shortText(2000, msg('Attribution')), ''),
  /** The value the choropleth shows, e.g. "imd_decile". */
  valueField: z.optional(shortText(100, msg('Value field'))),
  visible: z._default(z.boolean(), true),
  areas: z.array(OverlayAreaSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type OverlayArea = z.output<typeof OverlayAreaSchema>;
export type Overlay = z.output<typeof OverlaySchema>;
