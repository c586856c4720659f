import { z } from 'zod/mini';
import { err, ok, refuse, type Result } from '../lib/result';
import { IdSchema, TimestampSchema } from '../model/common';
import type { Photo } from '../model/photo';
import { hostileContent } from './incoming';
import { AuthorshipSchema } from './team-documents';
import { fill, msg } from '../lib/i18n/msg';

/** The most a synced photo may weigh: the app stores them at 1,600 px JPEG, well under this. */
const MAX_PHOTO_BYTES = 8_000_000;
const IMAGE_TYPES = /^image\/(jpeg|png|webp)$/;

const PhotoDocSchema = z.extend(AuthorshipSchema, {
  _id: z.string().check(z.regex(/^photos:/)),
  kind: z.literal('photos'),
  deleted: z.optional(z.literal(true)),
  record: z.optional(
    z.object({
      id: IdSchema,
      assetId: IdSchema,
      mimeType: z.string().check(z.regex(IMAGE_TYPES)),
      width: z.int().check(z.positive()),
      height: z.int().check(z.positive()),
      createdAt: TimestampSchema,
    }),
  ),
});

/** A photo document from the team as a photo record (image included), a deletion, or why not. */
export function readPhotoDoc(raw: Pouch.Doc): Result<{ photo: Photo } | { deletedId: string }> {
  const { _attachments: attachments, ...body } = raw;
  const hostile = hostileContent(body);
  if (hostile) return refuse(fill(msg('A photo {problem}'), { problem: hostile }));
  const doc = PhotoDocSchema.safeParse(body);
  if (!doc.success) return refuse(fill(msg('A photo document is not shaped as the app writes them ({id})'), { id: raw._id.slice(0, 60) }));
  const id = doc.data._id.slice('photos:'.length);
  if (doc.data.deleted) return ok({ deletedId: id });
  const record = doc.data.record;
  const image = attachments?.image?.data;
  if (!record || record.id !== id) return refuse(fill(msg('A photo document has no photo details ({id})'), { id }));
  if (!(image instanceof Blob)) return refuse(fill(msg('A photo came without its image ({id})'), { id }));
  if (image.size > MAX_PHOTO_BYTES) return refuse(fill(msg('A photo is {size} MB (the most is {most} MB)'), { size: (image.size / 1e6).toFixed(1), most: MAX_PHOTO_BYTES / 1e6 }));
  if (!IMAGE_TYPES.test(image.type || record.mimeType)) return err([{ message: fill(msg('A photo is not a JPEG, PNG or WebP image ({id})'), { id }) }]);
  return ok({ photo: { ...record, blob: image } });
}
