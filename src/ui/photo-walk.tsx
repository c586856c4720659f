import { useEffect, useMemo, useState } from 'preact/hooks';
import { appState } from '../store/state';
import { prepareImage, type PreparedImage } from '../actions/photos';
import { addWalkPhoto } from '../actions/walk-photos';
import { locateDevice, POOR_ACCURACY_METRES } from '../actions/locate';

import type { Position } from '../model/geometry';
import type { WalkPhoto } from '../model/walk-photo';
import { Field } from './form-fields';
import { PhotoThumbnail } from './photo-thumbnail';
import { WalkPlaceMap } from './walk-place-map';
import { finishPhotoWalk, type PhotoWalkSession } from './photo-walk-session';
import { t } from '../lib/i18n';
import { formatDistance } from '../lib/i18n/format';
import { problemLines, problemsText } from './problem-words';

interface Place {
  at: Position;
  placedBy: 'gps' | 'tap';
  accuracy?: number;
}

/** The photo just taken, shown from an object URL freed when it goes. */
function Preview({ image }: { image: PreparedImage }) {
  const url = useMemo(() => URL.createObjectURL(image.blob), [image.blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img class="walk-preview" src={url} alt={t('The photo you took')} width={image.width} height={image.height} />;
}

/** A photo of this walk: the same name in the same neighbourhood (another place may reuse the name). */
const onWalk = (session: PhotoWalkSession) => (photo: WalkPhoto) => photo.walk === session.walk && photo.neighbourhoodId === session.neighbourhoodId;

function placeText(place: Place | null): string {
  if (!place) return t('Not placed yet.');
  if (place.placedBy === 'tap') return t('Placed where you tapped the map.');
  const rough = place.accuracy !== undefined && place.accuracy > POOR_ACCURACY_METRES;
  const placed = place.accuracy !== undefined ? t('Placed by the tablet’s location (within {distance}).', { distance: formatDistance(place.accuracy) }) : t('Placed by the tablet’s location.');
  return rough ? `${placed} ${t('That is rough: tap the map to place it better.')}` : placed;
}

/** One photo being described and placed before it is saved. */
function DescribePhoto({ session, image, onDone }: { session: PhotoWalkSession; image: PreparedImage; onDone: (saved: boolean) => void }) {
  const area = appState.neighbourhoods.value.find((n) => n.id === session.neighbourhoodId);
  const themes = appState.settings.value.actionThemes;
  const walkPhotos = appState.walkPhotos.value.filter(onWalk(session));
  const [caption, setCaption] = useState('');
  const [theme, setTheme] = useState('');
  const [place, setPlace] = useState<Place | null>(null);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const locate = async () => {
    setLocating(true);
    const found = await locateDevice();
    setLocating(false);
    if (!found.ok) return setProblem(problemsText(found.error));
    setProblem(null);
    setPlace({ at: found.value.lngLat, placedBy: 'gps', accuracy: found.value.accuracy });
  };
  const save = async () => {
    const saved = await addWalkPhoto({
      walk: session.walk,
      neighbourhoodId: session.neighbourhoodId,
      caption,
      theme,
      at: place?.at ?? null,
      placedBy: place?.placedBy ?? 'tap',
      ...(place?.accuracy !== undefined ? { accuracy: place.accuracy } : {}),
      image,
    });
    if (!saved.ok) return setProblem(problemLines(saved.error).join(' '));
    onDone(true);
  };
  if (!area) return <p role="alert">{t('The walk’s neighbourhood is no longer in the workspace. Finish the walk and ask the coordinator.')}</p>;
  return (
    <form
      class="walk-describe"
      aria-label={t('Describe the photo')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Preview image={image} />
      <Field id="walk-caption" label={t('Caption')} hint={t('What is it, and why does it matter to you?')}>
        <textarea id="walk-caption" rows={3} value={caption} onInput={(e) => setCaption(e.currentTarget.value)} aria-describedby="walk-caption-hint" />
      </Field>
      <Field id="walk-theme" label={t('What does this show?')}>
        <select id="walk-theme" value={theme} onChange={(e) => setTheme(e.currentTarget.value)}>
          <option value="">{t('Not sure')}</option>
          {themes.map((name) => (
            <option key={name} value={name}>
              {t(name)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="walk-place">
        <legend>{t('Where was it taken?')}</legend>
        <button type="button" disabled={locating} onClick={() => void locate()}>
          {locating ? t('Finding where you are…') : t('Use my location')}
        </button>
        <p class="hint">{t('Or tap the map where you took it.')}</p>
        <WalkPlaceMap area={area} photos={walkPhotos} picked={place?.at ?? null} onTap={(at) => setPlace({ at, placedBy: 'tap' })} />
        <p role="status">{placeText(place)}</p>
      </fieldset>
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={!place}>
          {t('Save photo')}
        </button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          {t('Discard photo')}
        </button>
      </div>
    </form>
  );
}

/**
 * The photo walk: what a coordinator hands to residents at a workshop or a treasure hunt. A big
 * "Take photo", a caption, a theme and a place; nothing else of the workspace is shown or can be
 * changed until the walk is finished.
 */
export function PhotoWalkScreen({ session }: { session: PhotoWalkSession }) {
  const [image, setImage] = useState<PreparedImage | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const photos = appState.walkPhotos.value.filter(onWalk(session)).sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const take = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setNote(t('Preparing the photo…'));
    const prepared = await prepareImage(file);
    if (!prepared.ok) return setNote(problemsText(prepared.error));
    setNote(null);
    setImage(prepared.value);
  };
  const done = (saved: boolean) => {
    setImage(null);
    setNote(saved ? t('Photo saved. Take another, or finish the walk.') : t('Photo discarded.'));
  };
  return (
    <main class="walk" aria-labelledby="walk-title">
      <header class="walk-header">
        <div>
          <h1 id="walk-title">{t('Photo walk')}</h1>
          <p class="walk-name">{session.walk}</p>
        </div>
        {!finishing && (
          <button type="button" class="secondary" onClick={() => setFinishing(true)}>
            {t('Finish walk')}
          </button>
        )}
      </header>
      {finishing && (
        <div class="walk-finish" role="alertdialog" aria-labelledby="walk-finish-title">
          <p id="walk-finish-title">{t('Finish the walk and hand the tablet back to the coordinator?')}</p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={finishPhotoWalk}>
              {t('Yes, finish walk')}
            </button>
            <button type="button" class="secondary" onClick={() => setFinishing(false)}>
              {t('Keep walking')}
            </button>
          </div>
        </div>
      )}
      <p class="walk-reminder" role="note">
        {t('Ask before you photograph a person, and photograph children only with their parent’s or carer’s agreement. A place, a sign or a view can say just as much.')}
      </p>
      {image ? (
        <DescribePhoto session={session} image={image} onDone={done} />
      ) : (
        <label class="walk-take button-like primary">
          {t('Take photo')}
          <input type="file" accept="image/*" capture="environment" class="visually-hidden" onChange={(e) => void take(e.currentTarget.files)} />
        </label>
      )}
      {note && <p role="status">{note}</p>}
      <section aria-labelledby="walk-photos-title">
        <h2 id="walk-photos-title">{t('{count, plural, one {# photo on this walk} other {# photos on this walk}}', { count: photos.length })}</h2>
        <ul class="walk-photos">
          {photos.map((p, i) => (
            <li key={p.id}>
              <PhotoThumbnail photo={p} alt={p.caption ? t('Photo {number}: {caption}', { number: i + 1, caption: p.caption }) : t('Photo {number}', { number: i + 1 })} />
              <span>{p.caption || t('No caption')}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
