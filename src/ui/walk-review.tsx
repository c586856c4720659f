import { findAsset } from '../model/asset-links';
import { useMemo, useState } from 'preact/hooks';
import { appState } from '../store/state';
import { deleteWalkPhoto, linkWalkPhoto, makeAssetFromWalkPhoto, setWalkPhotoAside } from '../actions/walk-photos';

import { CATEGORY_LIST, type CategoryId } from '../model/categories';
import type { Neighbourhood } from '../model/neighbourhood';
import type { WalkPhoto } from '../model/walk-photo';
import { walkPhotoPlace } from '../model/walk-sheet';
import { AssetPicker } from './asset-picker';
import { Field, describedBy } from './form-fields';
import { PhotoThumbnail } from './photo-thumbnail';
import { startPhotoWalk } from './photo-walk-session';
import { errorFor } from './action-form';
import { mapFocus, toast, walkSheetNeighbourhoodId } from './ui-state';
import { locale, t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';
import { problemLines } from './problem-words';

const ORDER: Record<WalkPhoto['outcome'], number> = { 'to review': 0, linked: 1, 'made asset': 1, 'set aside': 2 };
const takenText = (iso: string) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** "Near Canal Side Garden, 60 m", in the chosen language (the walk sheet says it the same way). */
export const nearWords = (name: string, metres: number): string => t('Near {name}, {metres} m', { name, metres });

/** Hands the tablet over for a walk: the screen then shows only the walk until it is finished. */
function StartWalk({ area }: { area: Neighbourhood }) {
  const [name, setName] = useState('');
  // The walk's default name is data the team will read: said in the language the walk was started in.
  const suggested = t('{neighbourhood} photo walk, {day}', { neighbourhood: area.name, day: formatDay(new Date()) });
  return (
    <div class="walk-start">
      <p class="hint">{t('A photo walk hands the tablet to residents: they photograph what they value and say why. Nothing else of the workspace is shown until the walk is finished.')}</p>
      <Field id="walk-name" label={t('Walk name')} hint={t('Leave empty for \u201c{name}\u201d', { name: suggested })}>
        <input id="walk-name" value={name} maxLength={120} onInput={(e) => setName(e.currentTarget.value)} {...describedBy('walk-name', undefined, 'hint')} />
      </Field>
      <div class="form-actions">
        <button type="button" onClick={() => startPhotoWalk({ walk: name.trim() || suggested, neighbourhoodId: area.id })}>
          {t('Start photo walk')}
        </button>
      </div>
    </div>
  );
}

/** Makes a new asset from the photo: a name and a category; people are recorded with consent in the asset form. */
function MakeAssetForm({ photo, onDone }: { photo: WalkPhoto; onDone: () => void }) {
  const [name, setName] = useState(photo.caption.trim().split(/[.\n]/)[0]?.slice(0, 80) ?? '');
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [problems, setProblems] = useState<readonly { message: string; field?: string | undefined }[]>([]);
  const save = async () => {
    const made = await makeAssetFromWalkPhoto(photo.id, name, category);
    if (!made.ok) return setProblems(made.error);
    toast.value = { message: t('Added \u201c{name}\u201d from the walk photo', { name: made.value.name }), undoable: true };
    onDone();
  };
  const id = `make-${photo.id}`;
  const nameError = errorFor(problems, 'name');
  const categoryError = errorFor(problems, 'category');
  const other = problems.filter((p) => p.field !== 'name' && p.field !== 'category');
  return (
    <div class="walk-make" role="group" aria-label={t('Make an asset from this photo')}>
      <Field id={`${id}-name`} label={t('Asset name')} error={nameError}>
        <input id={`${id}-name`} value={name} onInput={(e) => setName(e.currentTarget.value)} {...describedBy(`${id}-name`, nameError)} />
      </Field>
      <Field id={`${id}-category`} label={t('Category')} error={categoryError}>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.currentTarget.value as CategoryId | '')} {...describedBy(`${id}-category`, categoryError)}>
          <option value="">{t('Choose a category')}</option>
          {CATEGORY_LIST.filter((c) => c.id !== 'individuals').map((c) => (
            <option key={c.id} value={c.id}>
              {t(c.label)}
            </option>
          ))}
        </select>
      </Field>
      {other.length > 0 && (
        <p class="warning" role="alert">
          {problemLines(other).join(' ')}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void save()}>
          {t('Save asset')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('Cancel')}
        </button>
      </div>
    </div>
  );
}

/** What the coordinator decided about a reviewed photo, with the asset it went to. */
function outcomeText(photo: WalkPhoto): string {
  const asset = findAsset(appState.assets.value, photo.assetId);
  const name = asset?.name ?? t('an asset since deleted');
  if (photo.outcome === 'linked') return t('Linked to {name}.', { name });
  if (photo.outcome === 'made asset') return t('Made into {name}.', { name });
  if (photo.outcome === 'set aside') return t('Set aside: not on the map or the sheet.');
  return t('To review.');
}

/** One walk photo: what it shows and where, and what to do with it. */
function ReviewCard({ photo, number }: { photo: WalkPhoto; number: number }) {
  const [doing, setDoing] = useState<'link' | 'make' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const said = (result: { ok: true; message: string } | { ok: false; error: string }) => {
    if (!result.ok) return setProblem(result.error);
    setProblem(null);
    setDoing(null);
    toast.value = { message: result.message, undoable: true };
  };
  const link = async (assetId: string, name: string) => {
    const linked = await linkWalkPhoto(photo.id, assetId);
    said(linked.ok ? { ok: true, message: t('Linked the photo to \u201c{name}\u201d', { name }) } : { ok: false, error: problemLines(linked.error).join(' ') });
  };
  const aside = async (on: boolean) => {
    const done = await setWalkPhotoAside(photo.id, on);
    said(done.ok ? { ok: true, message: on ? t('Set the photo aside') : t('The photo is back to review') } : { ok: false, error: problemLines(done.error).join(' ') });
  };
  const remove = async () => {
    const done = await deleteWalkPhoto(photo.id);
    said(done.ok ? { ok: true, message: t('Deleted the walk photo') } : { ok: false, error: problemLines(done.error).join(' ') });
  };
  const assets = appState.assets.value;
  // A nearest-asset search over every asset: once per photo and change of assets, not per render.
  const place = useMemo(() => walkPhotoPlace(photo, assets, nearWords), [photo, assets, locale()]);
  const title = photo.caption.trim() || t('No caption');
  const open = photo.outcome === 'to review';
  return (
    <article class={`walk-card walk-${photo.outcome.replace(' ', '-')}`} aria-label={t('Walk photo {number}: {title}', { number, title })}>
      <button type="button" class="walk-card-photo" aria-label={t('Show photo {number} on the map', { number })} onClick={() => (mapFocus.value = { geometry: { coordinates: photo.at } })}>
        <PhotoThumbnail photo={photo} alt="" />
      </button>
      <div class="walk-card-text">
        <p class="walk-caption">{title}</p>
        <p class="hint">
          {photo.theme ? `${t(photo.theme)} \u00b7 ` : ''}
          {takenText(photo.takenAt)} · {photo.placedBy === 'gps' ? t('placed by GPS') : t('placed on the map')}
        </p>
        <p class="hint">{place}</p>
        <p class="walk-outcome">{outcomeText(photo)}</p>
      </div>
      <div class="form-actions">
        {open && (
          <>
            <button type="button" aria-pressed={doing === 'link'} onClick={() => setDoing(doing === 'link' ? null : 'link')}>
              {t('Link to asset')}
            </button>
            <button type="button" aria-pressed={doing === 'make'} onClick={() => setDoing(doing === 'make' ? null : 'make')}>
              {t('Make asset')}
            </button>
            <button type="button" class="secondary" onClick={() => void aside(true)}>
              {t('Set aside')}
            </button>
          </>
        )}
        {photo.outcome === 'set aside' && (
          <button type="button" class="secondary" onClick={() => void aside(false)}>
            {t('Review again')}
          </button>
        )}
        <button type="button" class="secondary danger" aria-label={t('Delete walk photo {number}', { number })} onClick={() => void remove()}>
          {t('Delete')}
        </button>
      </div>
      {open && doing === 'link' && (
        <AssetPicker
          id={`link-${photo.id}`}
          label={t('Find the asset it shows')}
          verb={t('Link to')}
          none={t('No asset is called that (people are not linked to photos).')}
          accept={(a) => a.category !== 'individuals'}
          onPick={(a) => void link(a.id, a.name)}
        />
      )}
      {open && doing === 'make' && <MakeAssetForm photo={photo} onDone={() => setDoing(null)} />}
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
    </article>
  );
}

/**
 * The Plans tab's photo walks for a neighbourhood: start one, then review what residents took —
 * link each photo to an asset, make it one, or set it aside — and print the photo sheet.
 */
export function WalkReview({ area }: { area: Neighbourhood }) {
  const photos = appState.walkPhotos.value.filter((p) => p.neighbourhoodId === area.id).sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.takenAt.localeCompare(b.takenAt));
  const waiting = photos.filter((p) => p.outcome === 'to review').length;
  return (
    <section class="plan-walks" aria-labelledby="walks-heading">
      <h3 id="walks-heading">{t('Photo walks')}</h3>
      <StartWalk area={area} />
      {photos.length > 0 && (
        <>
          <p role="status">{t('{count, plural, one {# walk photo, {waiting} to review} other {# walk photos, {waiting} to review}}', { count: photos.length, waiting })}</p>
          <div class="form-actions">
            <button type="button" onClick={() => (walkSheetNeighbourhoodId.value = area.id)}>
              {t('Print photo sheet')}
            </button>
          </div>
          <ol class="walk-cards" aria-label={t('Walk photos')}>
            {photos.map((p, i) => (
              <li key={p.id}>
                <ReviewCard photo={p} number={i + 1} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
