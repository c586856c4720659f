import { z } from 'zod/mini';
import { AreaGeometrySchema } from './geometry';
import { IdSchema, TimestampSchema, longText, shortText } from './common';
import { msg } from '../lib/i18n/msg';

export const NeighbourhoodSchema = z.object({
  id: IdSchema,
  name: shortText(200, msg('Name'), msg('Give the neighbourhood a name')).check(z.minLength(1, msg('Give the neighbourhood a name'))),
  /** An official code where there is one, e.g. an ONS ward code E05000819. */
  code: z.optional(shortText(40, msg('Code'))),
  geometry: AreaGeometrySchema,
  notes: z._default(longText(msg('Notes')), ''),
  source: z._default(shortText(200, msg('Source')), 'drawn'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Neighbourhood = z.output<typeof NeighbourhoodSchema>;
export type NeighbourhoodInput = z.input<typeof NeighbourhoodSchema>;
