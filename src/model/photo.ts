import { z } from 'zod/mini';
import { IdSchema, TimestampSchema } from './common';
import { msg } from '../lib/i18n/msg';

/** A photo's details; the image itself is a Blob stored beside it, never inside an asset record. */
export const PhotoSchema = z.object({
  id: IdSchema,
  assetId: IdSchema,
  mimeType: z.string().check(z.regex(/^image\/[a-z0-9.+-]+$/, msg('A photo must be an image'))),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  createdAt: TimestampSchema,
  blob: z.instanceof(Blob, { error: msg('A photo must carry its image data') }),
});

export type Photo = z.output<typeof PhotoSchema>;
