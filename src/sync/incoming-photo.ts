import { z } from 'zod';
import { err, ok, refuse, type Result } from '../lib/result';
import { IdSchema, TimestampSchema } from '../model/common';
import type { Photo } from '../model/photo';
import { hostileContent } from './incoming';
import { AuthorshipSchema } from './team-documents';

/** The most a synced photo may weigh: the app stores them at 1,600 px JPEG, well under this. */
const MAX_PHOTO_BYTES = 8_000_000;
const IMAGE_TYPES = /^image\/(jpeg|png|webp)$/;

const PhotoDocSchema = AuthorshipSchema.extend({
  _id: z.string().regex(/^photos:/),
  kind: z.literal('photos'),
  deleted: z.literal(true).optional(),
  record: z
    .object({ id: IdSchema, assetId: IdSchema, mimeType: z.string().regex(IMAGE_TYPES), width: z.number().int().positive(), height: z.number().int().positive(), createdAt: TimestampSchema })
    .optional(),
});

/** A photo document from the team as a photo record (image included), a deletion, or why not. */
export function readPhotoDoc(raw: Pouch.Doc): Result<{ photo: Photo } | { deletedId: string }> {
  const { _attachments: attachments, ...body } = raw;
  const hostile = hostileContent(body);
  if (hostile) return refuse(`A photo ${hostile}`);
  const doc = PhotoDocSchema.safeParse(body);
  if (!doc.success) return refuse(`A photo document is not shaped as the app writes them (${raw._id.slice(0, 60)})`);
  const id = doc.data._id.slice('photos:'.length);
  if (doc.data.deleted) return ok({ deletedId: id });
  const record = doc.data.record;
  const image = attachments?.image?.data;
  if (!record || record.id !== id) return refuse(`A photo document has no photo details (${id})`);
  if (!(image instanceof Blob)) return refuse(`A photo came without its image (${id})`);
  if (image.size > MAX_PHOTO_BYTES) return refuse(`A photo is ${(image.size / 1e6).toFixed(1)} MB (the most is ${MAX_PHOTO_BYTES / 1e6} MB)`);
  if (!IMAGE_TYPES.test(image.type || record.mimeType)) return err([{ message: `A photo is not a JPEG, PNG or WebP image (${id})` }]);
  return ok({ photo: { ...record, blob: image } });
}
