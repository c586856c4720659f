import { useEffect, useRef, useState } from 'preact/hooks';
import { openDemoWorkspace, setOnlineBasemap, startEmpty } from '../actions/workspace-actions';
import { msg, t } from '../lib/i18n';
import { problemsText } from './problem-words';

/** The street map choice, the same words on the first screen and in Settings. */
export const STREET_MAP_CHOICE = msg('Show a street map when there is signal \u2014 OpenStreetMap');
export const STREET_MAP_DETAIL = msg(
  'Map data \u00a9 OpenStreetMap contributors (ODbL). Tiles come from OpenStreetMap\u2019s servers, which see the area you look at; your records never leave this device. Without signal your data shows on a plain background.',
);

/** Shown until the coordinator chooses how to begin; nothing is written before they choose. */
export function FirstRun() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [streetMap, setStreetMap] = useState(false);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), []);
  const openDemo = async () => {
    setBusy(true);
    if (streetMap) await setOnlineBasemap(true);
    const result = await openDemoWorkspace();
    if (!result.ok) setProblem(problemsText(result.error));
    setBusy(false);
  };
  return (
    <div class="dialog-backdrop">
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="first-run-title" aria-describedby="first-run-text">
        <h1 id="first-run-title">{t('Welcome to Asset Atlas')}</h1>
        <p id="first-run-text">
          {t(
            'Map what your neighbourhood already has — people’s skills, groups, institutions, spaces, shops and culture — on this device, with or without a signal. Everything you record stays on this device until you export it.',
          )}
        </p>
        <label class="check">
          <input type="checkbox" checked={streetMap} onChange={(e) => setStreetMap(e.currentTarget.checked)} />
          <span>
            {t(STREET_MAP_CHOICE)}
            <small>
              {t(STREET_MAP_DETAIL)} {t('You can change this in Settings.')}
            </small>
          </span>
        </label>
        <div class="actions">
          <button type="button" class="primary" ref={primary} disabled={busy} onClick={openDemo}>
            {t('Open demo workspace')}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => void (streetMap ? setOnlineBasemap(true) : Promise.resolve()).then(startEmpty)}>
            {t('Start empty')}
          </button>
        </div>
        <p class="hint">{t('The demo is Millbrook, a fictional town with five neighbourhoods and about 150 assets. You can undo it.')}</p>
        {problem && <p role="alert">{problem}</p>}
      </section>
    </div>
  );
}
