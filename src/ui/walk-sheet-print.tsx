import { useEffect, useMemo, useState } from 'preact/hooks';
import { printLayout } from '../model/print-layout';
import { printCredits } from '../model/print-pages';
import { walkSheet, type WalkSheetItem } from '../model/walk-sheet';
import { appState } from '../store/state';
import { A4Preview, Page, PrintButtons } from './print-sheet';
import { printDate } from './print-options';
import { walkSheetNeighbourhoodId } from './ui-state';
import { nearWords } from './walk-review';
import { locale, t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

/** Six photos to an A4 page: two across, three down, each with room for its caption and place. */
const PER_PAGE = 6;
/** The printer's page: CSS, not words to translate. */
const PAGE_RULE = '@page { size: A4 portrait; margin: 10mm; }';

/** Object URLs for the sheet's images, freed when the sheet changes or closes. */
function useImageUrls(items: readonly WalkSheetItem[]): ReadonlyMap<string, string> {
  const urls = useMemo(() => new Map(items.map((item) => [item.id, URL.createObjectURL(item.photo.blob)])), [items]);
  useEffect(
    () => () => {
      for (const url of urls.values()) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return urls;
}

/**
 * A neighbourhood's photo walk photos on A4 portrait for the next workshop: each photo with its
 * caption, what it shows and where it was taken. Photos set aside are left off unless asked for.
 */
export function WalkSheetPrintView({ neighbourhoodId }: { neighbourhoodId: string }) {
  const [includeSetAside, setIncludeSetAside] = useState(false);
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const area = appState.neighbourhoods.value.find((n) => n.id === neighbourhoodId);
  const items = useMemo(
    () => walkSheet(appState.walkPhotos.value, appState.assets.value, neighbourhoodId, includeSetAside, nearWords),
    [appState.walkPhotos.value, appState.assets.value, neighbourhoodId, includeSetAside, locale()],
  );
  const urls = useImageUrls(items);
  const layout = printLayout('A4', 'portrait');
  const printedOn = printDate(new Date());
  const title = area?.name ?? t('Photo walk');
  const walks = [...new Set(items.map((i) => i.walk))];
  const common = {
    layout,
    subtitle: walks.length === 1 ? t('Photo walk: {walk} · {date}', { walk: walks[0], date: printedOn }) : t('Photo walks: {count} walks · {date}', { count: walks.length, date: printedOn }),
    printedOn,
    credits: [
      ...printCredits({ sources: [], boundaryCodes: area ? [area.code] : [], layers: [], year: new Date().getFullYear() }),
      t('Photos: taken by residents on the walk, shared with their agreement.'),
    ],
  };
  const pages: WalkSheetItem[][] = [];
  for (let i = 0; i < items.length; i += PER_PAGE) pages.push(items.slice(i, i + PER_PAGE));
  const ready = items.every((i) => loaded.has(i.id));
  const close = () => (walkSheetNeighbourhoodId.value = null);
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="walk-sheet-title">
      <style>{PAGE_RULE}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="walk-sheet-title">{t('Print photo sheet')}</h1>
        <p class="hint">{t('{title}: the photo walks’ photos with their captions and places, six to a page.', { title })}</p>
        <label class="check">
          <input type="checkbox" checked={includeSetAside} onChange={(e) => setIncludeSetAside(e.currentTarget.checked)} />
          <span>{t('Include photos set aside')}</span>
        </label>
        <p role="status">
          {items.length === 0
            ? t('No photos to print.')
            : ready
              ? t('{count, plural, one {# photo on {pages}} other {# photos on {pages}}}', { count: items.length, pages: t('{count, plural, one {# page} other {# pages}}', { count: pages.length }) })
              : t('Preparing the photos…')}
        </p>
        <PrintButtons ready={ready && items.length > 0} onClose={close} />
      </form>
      <A4Preview pageHeightMm={layout.pageMm.height}>
        {pages.map((photos, p) => (
          <Page key={p} common={common} title={title} number={p + 1} total={pages.length}>
            <ol class="walk-sheet" start={p * PER_PAGE + 1}>
              {photos.map((item, i) => (
                <li key={item.id}>
                  <figure>
                    <img
                      src={urls.get(item.id)}
                      alt={item.caption || t('Photo {number}', { number: p * PER_PAGE + i + 1 })}
                      onLoad={() => setLoaded((before) => new Set(before).add(item.id))}
                      onError={() => setLoaded((before) => new Set(before).add(item.id))}
                    />
                    <figcaption>
                      <b>
                        {p * PER_PAGE + i + 1}. {item.caption || t('No caption')}
                      </b>
                      {item.theme && <span>{t('Shows: {theme}', { theme: t(item.theme) })}</span>}
                      <span>{t('Where: {place}', { place: item.place })}</span>
                      <span>
                        {formatDay(new Date(item.photo.takenAt))}
                        {item.outcome === 'set aside' ? ` \u00b7 ${t('set aside')}` : ''}
                      </span>
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ol>
          </Page>
        ))}
      </A4Preview>
    </div>
  );
}
