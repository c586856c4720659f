import { z } from 'zod';
import { AreaGeometrySchema } from './geometry';
import { IdSchema, TimestampSchema, longText, shortText } from './common';
import { msg } from '../lib/i18n/msg';

export const NeighbourhoodSchema = z.object({
  id: IdSchema,
  name: shortText(200, msg('Name'), msg('Give the neighbourhood a name')).min(1, msg('Give the neighbourhood a name')),
  /** An official code where there is one, e.g. an ONS ward code E05000819. */
  code: shortText(40, msg('Code')).optional(),
  geometry: AreaGeometrySchema,
  notes: longText(msg('Notes')).default(''),
  source: shortText(200, msg('Source')).default('drawn'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export type Neighbourhood = z.output<typeof NeighbourhoodSchema>;
export type NeighbourhoodInput = z.input<typeof NeighbourhoodSchema>;
