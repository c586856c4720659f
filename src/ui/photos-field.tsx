import { useState } from 'preact/hooks';
import { preparePhoto } from '../actions/photos';
import { PhotoThumbnail } from './photo-thumbnail';
import { mode, send } from './ui-state';
import { t } from '../lib/i18n';
import { problemsText } from './problem-words';

const MAX_PHOTOS = 12;

/** Take a photo with the tablet's camera or attach saved ones; they are saved with the asset. */
export function PhotosField() {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const current = mode.value;
  if (current.kind !== 'form') return null;
  const name = current.draft.name || t('this asset');
  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    const found: string[] = [];
    const prepared = [];
    for (const file of [...files].slice(0, MAX_PHOTOS - current.photos.length)) {
      const photo = await preparePhoto(file, current.assetId);
      if (photo.ok) prepared.push(photo.value);
      else found.push(problemsText(photo.error));
    }
    if (files.length > MAX_PHOTOS - current.photos.length) found.push(t('At most {count} photos per asset; the rest were not added.', { count: MAX_PHOTOS }));
    setBusy(false);
    setProblems(found);
    if (prepared.length > 0) send({ type: 'photos-added', photos: prepared });
  };
  const remove = (id: string) => {
    send({ type: 'photo-removed', photoId: id });
  };
  return (
    <fieldset>
      <legend>{t('Photos')}</legend>
      {current.photos.length > 0 && (
        <ul class="photos">
          {current.photos.map((photo, i) => (
            <li key={photo.id}>
              <PhotoThumbnail photo={photo} alt={t('Photo {number} of {name}', { number: i + 1, name })} />
              <button type="button" class="secondary" aria-label={t('Remove photo {number}', { number: i + 1 })} onClick={() => remove(photo.id)}>
                {t('Remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.map((p) => (
        <p key={p} class="warning" role="alert">
          {p}
        </p>
      ))}
      <div class="photo-inputs">
        <label class="button-like">
          {t('Take photo')}
          <input type="file" accept="image/*" capture="environment" class="visually-hidden" disabled={busy} onChange={(e) => void add(e.currentTarget.files)} />
        </label>
        <label class="button-like">
          {t('Attach photos')}
          <input type="file" accept="image/*" multiple class="visually-hidden" disabled={busy} onChange={(e) => void add(e.currentTarget.files)} />
        </label>
      </div>
      {busy && <p role="status">{t('Preparing photos…')}</p>}
    </fieldset>
  );
}
