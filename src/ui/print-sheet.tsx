import type { ComponentChildren, Ref } from 'preact';
import { CATEGORIES, CATEGORY_LIST, type CategoryId } from '../model/categories';
import type { KeyEntry } from '../model/print-key';
import { printPage, type ScaleBar } from '../actions/print';
import { keyColumns } from '../model/print-pages';
import { MARGIN_MM } from '../model/print-layout';
import type { MapSheet, SheetCommon } from './print-options';
import { OverlayLegend } from './overlay-legend';
import { t } from '../lib/i18n';
import { formatNumber, formatPercent } from '../lib/i18n/format';
import { problemText } from './problem-words';

const pct = formatPercent;

/** The north arrow's letter: N on maps in every language the app speaks. */
const NORTH = 'N';

/** One printed page: title and date at the top, credits and the print line at the foot, every time. */
export function Page({
  common,
  title,
  number,
  total,
  children,
}: {
  common: Pick<SheetCommon, 'layout' | 'subtitle' | 'credits' | 'printedOn'>;
  title: string;
  number: number;
  total: number;
  children: ComponentChildren;
}) {
  const { layout } = common;
  return (
    <section class="sheet" style={{ width: `${layout.pageMm.width}mm`, height: `${layout.pageMm.height}mm` }} aria-label={t('Page {number} of {total}', { number, total })}>
      <header class="sheet-header">
        <h1>{title}</h1>
        <p>{common.subtitle}</p>
      </header>
      <div class="sheet-body">{children}</div>
      <footer class="sheet-footer">
        {/* Credits are made in the model; the licence statements publishers prescribe stay as they wrote them. */}
        {common.credits.map((line) => (
          <span key={line}>{problemText(line)} </span>
        ))}
        <span class="print-line">{t('Printed {date} with Asset Atlas · page {number} of {total}', { date: common.printedOn, number, total })}</span>
      </footer>
    </section>
  );
}

function KeyList({ entries }: { entries: readonly KeyEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.assetId} value={entry.number}>
          <b>{entry.number}</b> — <bdi>{entry.name}</bdi>, {t(CATEGORIES[entry.category].label).toLocaleLowerCase()}
          {entry.type ? ` · ${t(entry.type)}` : ''}
        </li>
      ))}
    </ol>
  );
}

/** The legend band under the map: categories with counts, boundaries, gaps, context layers. */
function Legend({ common, sheet }: { common: SheetCommon; sheet: MapSheet }) {
  const counts = new Map<CategoryId, number>();
  for (const entry of sheet.key) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return (
    <section class="sheet-legend" aria-label={t('Legend')}>
      <h2>{t('Legend')}</h2>
      <ul>
        {CATEGORY_LIST.filter((c) => common.categories.includes(c.id) && (c.id !== 'individuals' || !common.peopleAsCounts)).map((c) => (
          <li key={c.id}>
            <span class="sheet-swatch" style={{ background: c.colour }} />
            {t(c.label)} ({formatNumber(counts.get(c.id) ?? 0)})
          </li>
        ))}
        {common.coverage && (
          <li>
            <span class={`sheet-swatch gap${common.context.length > 0 ? ' dark' : ''}`} />
            {t('Gap: no {question}', { question: common.coverage.question })}
          </li>
        )}
        {common.showNeighbourhoods && (
          <li>
            <span class="sheet-swatch boundary" />
            {t('Neighbourhood boundary')}
          </li>
        )}
      </ul>
      {common.context.map((o) => (
        <OverlayLegend key={o.id} overlay={o} compact />
      ))}
      {sheet.people && sheet.people.length > 0 && (
        <p class="sheet-people">
          <b>{t('People with gifts and skills to share')}</b> {t('(counts only, to protect privacy):')}{' '}
          {sheet.people.map((p) => `${p.elsewhere ? t(p.name) : p.name}: ${formatNumber(p.count)}`).join(' · ')}
        </p>
      )}
    </section>
  );
}

/**
 * A printed table's columns and headers, each header over its column: by default a wide first one
 * for names, then figures; or the share of the page's width each column takes.
 */
export function TableHead({ columns, widths }: { columns: readonly string[]; widths?: readonly string[] }) {
  return (
    <>
      <colgroup>
        {columns.map((c, i) => (
          <col key={c} class={!widths && i === 0 ? 'wide' : undefined} style={widths ? { width: widths[i] } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** The coverage figures and priority areas of a sheet, as tables whose columns fit the page. */
function CoverageTables({ common, sheet }: { common: SheetCommon; sheet: MapSheet }) {
  if (!common.coverage) return null;
  return (
    <section class="sheet-coverage" aria-label={t('Coverage')}>
      <h2>{t('Coverage: {question}', { question: common.coverage.question })}</h2>
      <table class="sheet-table">
        <TableHead columns={[t('Neighbourhood'), t('Covered'), t('Gap (km²)')]} />
        <tbody>
          {sheet.coverageRows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{pct(r.covered)}</td>
              <td>{formatNumber(r.gapM2 / 1e6, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sheet.priorityRows.length > 0 && (
        <>
          <h2>{common.coverage.deprivation ? t('Priority areas ({layer})', { layer: common.coverage.deprivation }) : t('Priority areas')}</h2>
          <table class="sheet-table">
            <TableHead columns={[t('Small area'), t('Decile'), t('Out of reach')]} />
            <tbody>
              {sheet.priorityRows.map((p) => (
                <tr key={p.code}>
                  <th scope="row">{p.name ? `${p.name} (${p.code})` : p.code}</th>
                  <td>{p.decile}</td>
                  <td>{pct(p.outOfReach)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="sheet-method">
        {common.coverage.method}. {t('Analysed {date}.', { date: common.coverage.runOn })}
      </p>
    </section>
  );
}

/** How many pages a sheet takes: the map page, key continuations, and the coverage page. */
export const pagesOf = (sheet: MapSheet, common: SheetCommon) => 1 + sheet.keyPages.more.length + (common.coverage && sheet.coverageRows.length > 0 ? 1 : 0);

export interface SheetImage {
  url: string | null;
  scaleBar: ScaleBar | null;
}

/**
 * Every page of a print: for each map sheet, the map with its legend and the start of the key, then
 * "Key (continued)" pages in columns, then the coverage tables. Only text and the rendered map images.
 */
export function PrintSheets({
  sheets,
  images,
  common,
  sheetsRef,
  zoom,
  scaleBarMaxMm,
}: {
  sheets: readonly MapSheet[];
  images: readonly SheetImage[];
  common: SheetCommon;
  sheetsRef: Ref<HTMLDivElement>;
  zoom: number;
  scaleBarMaxMm: number;
}) {
  const total = sheets.reduce((n, s) => n + pagesOf(s, common), 0);
  let number = 0;
  const next = () => (number += 1);
  const { layout } = common;
  return (
    <div class="sheets" ref={sheetsRef} style={{ zoom, '--key-columns': String(keyColumns(layout)), '--page-content-height': `${layout.pageMm.height - 2 * MARGIN_MM - 0.5}mm` }}>
      {sheets.map((sheet, i) => {
        const image = images[i];
        return (
          <div key={sheet.id} class="map-sheet">
            <Page common={common} title={sheet.title} number={next()} total={total}>
              <figure class="sheet-map" style={{ width: `${layout.mapMm.width}mm`, height: `${layout.mapMm.height}mm` }}>
                {image?.url ? <img src={image.url} alt={t('Map: {title}', { title: sheet.title })} /> : <div class="sheet-map-pending">{t('Drawing the map…')}</div>}
                <svg class="north-arrow" viewBox="0 0 40 56" role="img" aria-label={t('North arrow: north is up')}>
                  <path d="M20 2 L34 40 L20 32 L6 40 Z" fill="#1d2330" />
                  <text x="20" y="54" text-anchor="middle" font-size="13" font-weight="700" fill="#1d2330">
                    {NORTH}
                  </text>
                </svg>
                {image?.scaleBar && (
                  <div class="scale-bar" aria-label={t('Scale bar: {length}', { length: image.scaleBar.label })}>
                    <div class="scale-bar-line" style={{ width: `${image.scaleBar.fraction * scaleBarMaxMm}mm` }} />
                    <span>{image.scaleBar.label}</span>
                  </div>
                )}
              </figure>
              <Legend common={common} sheet={sheet} />
              {sheet.keyPages.first.length > 0 && (
                <section class="sheet-key" aria-label={t('Key to numbered assets')}>
                  <h2>{t('Key')}</h2>
                  <KeyList entries={sheet.keyPages.first} />
                </section>
              )}
            </Page>
            {sheet.keyPages.more.map((entries, k) => (
              <Page key={`key-${k}`} common={common} title={sheet.title} number={next()} total={total}>
                <section class="sheet-key" aria-label={t('Key to numbered assets, continued')}>
                  <h2>{sheet.keyPages.first.length === 0 && k === 0 ? t('Key') : t('Key (continued)')}</h2>
                  <KeyList entries={entries} />
                </section>
              </Page>
            ))}
            {common.coverage && sheet.coverageRows.length > 0 && (
              <Page common={common} title={sheet.title} number={next()} total={total}>
                <CoverageTables common={common} sheet={sheet} />
              </Page>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** A print view's Print and Close buttons; Print waits until the sheet is ready. */
export function PrintButtons({ ready, onClose }: { ready: boolean; onClose: () => void }) {
  return (
    <div class="form-actions">
      <button type="button" class="primary" disabled={!ready} onClick={printPage}>
        {t('Print')}
      </button>
      <button type="button" class="secondary" onClick={onClose}>
        {t('Close')}
      </button>
    </div>
  );
}

/** The pages of an A4 portrait print view, shrunk to fit the screen beside its controls. */
export function A4Preview({ pageHeightMm, sheetsRef, children }: { pageHeightMm: number; sheetsRef?: Ref<HTMLDivElement>; children: ComponentChildren }) {
  return (
    <div class="print-preview" role="region" aria-label={t('Print preview')} tabIndex={0}>
      <div class="sheets" ref={sheetsRef} style={{ zoom: 0.6, '--page-content-height': `${pageHeightMm - 2 * MARGIN_MM - 0.5}mm` }}>
        {children}
      </div>
    </div>
  );
}
