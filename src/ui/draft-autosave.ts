import { z } from 'zod/mini';
import { AssetGeometrySchema } from '../model/geometry';
import { EMPTY_DRAFT, type AssetDraft } from '../model/asset-draft';
import { mode } from './ui-state';

const KEY = 'asset-atlas:unsaved-asset';

// A saved draft is untrusted input (another version of the app may have written it): parse it.
const SavedDraftSchema = z.object({
  assetId: z.optional(z.string()),
  isNew: z._default(z.boolean(), true),
  geometry: z.nullable(AssetGeometrySchema),
  draft: z.record(z.string(), z.unknown()),
  savedAt: z.string(),
});

/** Keeps the form's unsaved input when the tablet sleeps or the tab is closed. */
export function startDraftAutosave(): () => void {
  const save = () => {
    const m = mode.value;
    if (m.kind !== 'form' || !m.dirty) return;
    try {
      localStorage.setItem(KEY, JSON.stringify({ assetId: m.assetId, isNew: m.isNew, geometry: m.geometry, draft: m.draft, savedAt: new Date().toISOString() }));
    } catch {
      // Storage full or blocked: the draft is still in the open form; nothing else to do here.
    }
  };
  const onVisibility = () => document.visibilityState === 'hidden' && save();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', save);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', save);
  };
}

/** The draft left by an earlier visit, if any and if readable. */
export function readSavedDraft(): { assetId?: string; isNew: boolean; geometry: z.infer<typeof AssetGeometrySchema> | null; draft: AssetDraft } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  const parsed = SavedDraftSchema.safeParse(raw);
  if (!parsed.success) return null;
  const draft = { ...EMPTY_DRAFT };
  for (const key of Object.keys(EMPTY_DRAFT) as (keyof AssetDraft)[]) {
    const value = parsed.data.draft[key];
    if (typeof value === typeof EMPTY_DRAFT[key]) (draft as Record<string, unknown>)[key] = value;
  }
  const extra = z.record(z.string(), z.string()).safeParse(parsed.data.draft.extra);
  draft.extra = extra.success ? extra.data : {};
  return { ...(parsed.data.assetId ? { assetId: parsed.data.assetId } : {}), isNew: parsed.data.isNew, geometry: parsed.data.geometry, draft };
}

export function clearSavedDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
