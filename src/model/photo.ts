import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

/** A photo's details; the image itself is a Blob stored beside it, never inside an asset record. */
export const PhotoSchema = z.object({
  id: IdSchema,
  assetId: IdSchema,
  mimeType: z.string().regex(/^image\/[a-z0-9.+-]+$/, 'A photo must be an image'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  createdAt: TimestampSchema,
  blob: z.instanceof(Blob, { error: 'A photo must carry its image data' }),
});

export type Photo = z.output<typeof PhotoSchema>;
