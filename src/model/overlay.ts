import { z } from 'zod';
import { AreaGeometrySchema } from './geometry';
import { IdSchema, TimestampSchema, shortText } from './common';
import { msg } from '../lib/i18n/msg';

/** One small area of a context layer, with the values joined to it (e.g. IMD decile and score). */
export const OverlayAreaSchema = z.object({
  code: shortText(40, msg('Area code')).min(1, msg('Each area needs a code')),
  name: shortText(200, msg('Area name')).default(''),
  geometry: AreaGeometrySchema,
  values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).default({}),
});

/** An imported context layer, e.g. LSOA 2011 boundaries joined to IMD 2019. */
export const OverlaySchema = z.object({
  id: IdSchema,
  name: shortText(200, msg('Name')).min(1, msg('Give the layer a name')),
  kind: z.enum(['small-areas']).default('small-areas'),
  /** Which boundaries and which data, e.g. "LSOA 2011 / IMD 2019". */
  vintage: shortText(200, msg('Vintage')).default(''),
  attribution: shortText(2000, msg('Attribution')).default(''),
  /** The value the choropleth shows, e.g. "imd_decile". */
  valueField: shortText(100, msg('Value field')).optional(),
  visible: z.boolean().default(true),
  areas: z.array(OverlayAreaSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type OverlayArea = z.output<typeof OverlayAreaSchema>;
export type Overlay = z.output<typeof OverlaySchema>;
