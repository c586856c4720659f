import type { Asset } from './asset';
import { representativePoint } from './geometry';
import type { WalkOutcome, WalkPhoto } from './walk-photo';
import { nearestKey } from '../lib/nearest';

/** A photo on the sheet is said to be "near" an asset this close to where it was taken. */
export const NEAR_METRES = 150;

/** "Near Canal Side Garden, 60 m": how the chosen language says it (English by default). */
export type NearWords = (name: string, metres: number) => string;
const englishNear: NearWords = (name, metres) => `Near ${name}, ${metres} m`;

/**
 * Where a walk photo was taken, in words a workshop reads: the asset it shows, or the nearest asset
 * (never a person: the sheet is handed round), and always the coordinates to five places (about a metre).
 */
export function walkPhotoPlace(photo: WalkPhoto, assets: readonly Asset[], near: NearWords = englishNear): string {
  const coordinates = `${photo.at[1].toFixed(5)}, ${photo.at[0].toFixed(5)}`;
  const shown = photo.assetId ? assets.find((a) => a.id === photo.assetId && a.category !== 'individuals') : undefined;
  if (shown) return `${shown.name} (${coordinates})`;
  const places = assets.flatMap((a) => {
    if (a.category === 'individuals' || !a.geometry) return [];
    const [lon, lat] = representativePoint(a.geometry);
    return [[a, [lon, lat]] as const];
  });
  const nearest = nearestKey([photo.at[0], photo.at[1]], places, NEAR_METRES);
  return nearest ? `${near(nearest.key.name, Math.round(nearest.metres / 10) * 10 || 10)} (${coordinates})` : coordinates;
}

export interface WalkSheetItem {
  id: string;
  photo: WalkPhoto;
  caption: string;
  theme: string;
  place: string;
  walk: string;
  outcome: WalkOutcome;
}

/** A neighbourhood's walk photos for its sheet, in the order they were taken; set-aside ones only when asked. */
export function walkSheet(photos: readonly WalkPhoto[], assets: readonly Asset[], neighbourhoodId: string, includeSetAside: boolean, near: NearWords = englishNear): WalkSheetItem[] {
  return photos
    .filter((p) => p.neighbourhoodId === neighbourhoodId && (includeSetAside || p.outcome !== 'set aside'))
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((p) => ({ id: p.id, photo: p, caption: p.caption, theme: p.theme ?? '', place: walkPhotoPlace(p, assets, near), walk: p.walk, outcome: p.outcome }));
}
