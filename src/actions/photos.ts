import { PhotoSchema, type Photo } from '../model/photo';
import { newId } from '../lib/id';
import { ok, refuse, type Result } from '../lib/result';
import { fill, msg } from '../lib/i18n/msg';

/** Photos are kept at most this many pixels on the long edge: enough to recognise a place, small on disk. */
export const MAX_PHOTO_EDGE = 1600;
const MAX_INPUT_BYTES = 40 * 1024 * 1024;

/** The size a photo is stored at: the long edge capped, the shape kept. */
export function fitWithin(width: number, height: number, maxEdge = MAX_PHOTO_EDGE): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A photo read, downscaled and re-encoded: what a Photo or a WalkPhoto stores besides its details. */
export interface PreparedImage {
  mimeType: 'image/jpeg';
  width: number;
  height: number;
  blob: Blob;
}

/**
 * Reads a chosen or taken photo, downscales it and re-encodes it as JPEG (which also drops the
 * camera's EXIF data, GPS position included).
 */
export async function prepareImage(file: File): Promise<Result<PreparedImage>> {
  if (!file.type.startsWith('image/')) return refuse(fill(msg('“{file}” is not an image.'), { file: file.name }));
  if (file.size > MAX_INPUT_BYTES) return refuse(fill(msg('“{file}” is larger than 40 MB.'), { file: file.name }));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return refuse(fill(msg('“{file}” could not be read as a picture.'), { file: file.name }));
  }
  const size = fitWithin(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) return refuse(msg('This browser cannot resize photos.'));
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return ok({ mimeType: 'image/jpeg', ...size, blob });
}

/** A chosen or taken photo prepared as one of an asset's photos, ready to store. */
export async function preparePhoto(file: File, assetId: string): Promise<Result<Photo>> {
  const image = await prepareImage(file);
  if (!image.ok) return image;
  const photo = PhotoSchema.safeParse({ id: newId(), assetId, ...image.value, createdAt: new Date().toISOString() });
  return photo.success ? ok(photo.data) : refuse(fill(msg('“{file}” could not be stored.'), { file: file.name }));
}
