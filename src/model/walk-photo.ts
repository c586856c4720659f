import { z } from 'zod/mini';
import { IdSchema, TimestampSchema, longText, shortText } from './common';
import { PositionSchema } from './geometry';
import { msg } from '../lib/i18n/msg';

/**
 * What the coordinator decided about a photo after the walk: still to look at, linked to an asset
 * already on the map, made into a new asset, or set aside (kept, but not on the map or the sheet).
 */
export const WALK_OUTCOMES = ['to review', 'linked', 'made asset', 'set aside'] as const;
export type WalkOutcome = (typeof WALK_OUTCOMES)[number];

/** How the photo's place was found: the tablet's GPS, or the resident tapping the map. */
export const PLACED_BY = ['gps', 'tap'] as const;

/** A photo walk photo's details; the image is the Blob beside them (or base64 in a backup). */
export const WalkPhotoFields = z.object({
  id: IdSchema,
  /** The walk's name, e.g. "Canal Side photo walk, 30 November 2026": photos of one walk share it. */
  walk: shortText(120, msg('The walk’s name')).check(z.minLength(1, msg('The walk needs a name'))),
  /** The neighbourhood the walk was for: its photo sheet prints them. */
  neighbourhoodId: IdSchema,
  takenAt: TimestampSchema,
  caption: z._default(longText(msg('The caption')), ''),
  /** "What does this show?": one of the team's themes, or none chosen. */
  theme: z.optional(shortText(60, msg('The theme'))),
  at: PositionSchema,
  placedBy: z.enum(PLACED_BY),
  /** The GPS fix's radius of 68% confidence in metres, when placed by GPS. */
  accuracy: z.optional(z.number().check(z.nonnegative())),
  outcome: z._default(z.enum(WALK_OUTCOMES), 'to review'),
  /** The asset it was linked to or made into. */
  assetId: z.optional(IdSchema),
  mimeType: z.string().check(z.regex(/^image\/[a-z0-9.+-]+$/, msg('A photo must be an image'))),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
});

/** A reviewed photo names its asset; one still to review or set aside names none. */
export function checkOutcome(photo: { outcome: WalkOutcome; assetId?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  const needsAsset = photo.outcome === 'linked' || photo.outcome === 'made asset';
  if (needsAsset && !photo.assetId)
    ctx.addIssue({ code: 'custom', path: ['assetId'], message: photo.outcome === 'linked' ? msg('A photo linked must name its asset') : msg('A photo made into an asset must name its asset') });
  if (!needsAsset && photo.assetId) ctx.addIssue({ code: 'custom', path: ['assetId'], message: msg('Only a linked photo names an asset') });
}

export const WalkPhotoSchema = z.extend(WalkPhotoFields, { blob: z.instanceof(Blob, { error: msg('A photo must carry its image data') }) }).check(z.superRefine(checkOutcome));

export type WalkPhoto = z.output<typeof WalkPhotoSchema>;

/** Photos to put on the map and the sheet: all but those set aside, oldest first (the walk's order). */
export function shownWalkPhotos(photos: readonly WalkPhoto[], neighbourhoodId?: string): WalkPhoto[] {
  return photos.filter((p) => p.outcome !== 'set aside' && (neighbourhoodId === undefined || p.neighbourhoodId === neighbourhoodId)).sort((a, b) => a.takenAt.localeCompare(b.takenAt));
}

/** How many of a neighbourhood's photos still wait for the coordinator. */
export const toReview = (photos: readonly WalkPhoto[], neighbourhoodId: string): number => photos.filter((p) => p.neighbourhoodId === neighbourhoodId && p.outcome === 'to review').length;
