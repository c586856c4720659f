import { signal } from '@preact/signals';
import { z } from 'zod/mini';
import { IdSchema } from '../model/common';

const KEY = 'asset-atlas:photo-walk';

/** The walk the tablet is handed over for: its name and neighbourhood. */
const SessionSchema = z.object({ walk: z.string().check(z.minLength(1), z.maxLength(120)), neighbourhoodId: IdSchema });
export type PhotoWalkSession = z.infer<typeof SessionSchema>;

function recalled(): PhotoWalkSession | null {
  try {
    const parsed = SessionSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The photo walk under way on this tablet (null: none). It is remembered on the device, so a
 * resident who reloads the page comes back to the walk, not to the whole workspace.
 */
export const photoWalk = signal<PhotoWalkSession | null>(typeof localStorage === 'undefined' ? null : recalled());

function remember(session: PhotoWalkSession | null): void {
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // Blocked storage only loses the memory: the walk goes on until the page is closed.
  }
}

export function startPhotoWalk(session: PhotoWalkSession): void {
  remember(session);
  photoWalk.value = session;
}

export function finishPhotoWalk(): void {
  remember(null);
  photoWalk.value = null;
}
