import type { Ref } from 'preact';
import { CATEGORIES, CATEGORY_LIST, type CategoryId } from '../model/categories';
import type { KeyEntry } from '../model/print-key';
import type { PrintLayout } from '../model/print-layout';
import type { ScaleBar } from '../actions/print';

export interface SheetContent {
  title: string;
  subtitle: string;
  layout: PrintLayout;
  mapUrl: string | null;
  scaleBar: ScaleBar | null;
  scaleBarMaxMm: number;
  key: readonly KeyEntry[];
  categories: readonly CategoryId[];
  showNeighbourhoods: boolean;
  people: readonly { name: string; count: number }[] | null;
  attribution: string;
  printedOn: string;
  /** A coverage analysis shown on the map: what was asked, how, and the figures per neighbourhood. */
  coverage: { question: string; method: string; runOn: string; rows: readonly { name: string; covered: number; gapM2: number }[] } | null;
}

/** One printed page (and its continuation): everything on it is text or the rendered map image. */
export function PrintSheet({ content, sheetRef, zoom }: { content: SheetContent; sheetRef: Ref<HTMLDivElement>; zoom: number }) {
  const { layout, key } = content;
  const counts = new Map<CategoryId, number>();
  for (const entry of key) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return (
    <div class="sheet" ref={sheetRef} style={{ width: `${layout.pageMm.width}mm`, minHeight: `${layout.pageMm.height}mm`, zoom }} aria-label="Print preview">
      <header class="sheet-header">
        <h1>{content.title}</h1>
        <p>{content.subtitle}</p>
      </header>
      <figure class="sheet-map" style={{ width: `${layout.mapMm.width}mm`, height: `${layout.mapMm.height}mm` }}>
        {content.mapUrl ? <img src={content.mapUrl} alt={`Map: ${content.title}`} /> : <div class="sheet-map-pending">Drawing the map…</div>}
        <svg class="north-arrow" viewBox="0 0 40 56" role="img" aria-label="North arrow: north is up">
          <path d="M20 2 L34 40 L20 32 L6 40 Z" fill="#1d2330" />
          <text x="20" y="54" text-anchor="middle" font-size="13" font-weight="700" fill="#1d2330">
            N
          </text>
        </svg>
        {content.scaleBar && (
          <div class="scale-bar" aria-label={`Scale bar: ${content.scaleBar.label}`}>
            <div class="scale-bar-line" style={{ width: `${content.scaleBar.fraction * content.scaleBarMaxMm}mm` }} />
            <span>{content.scaleBar.label}</span>
          </div>
        )}
      </figure>
      <section class="sheet-legend" aria-label="Legend">
        <h2>Legend</h2>
        <ul>
          {CATEGORY_LIST.filter((c) => content.categories.includes(c.id) && (c.id !== 'individuals' || !content.people)).map((c) => (
            <li key={c.id}>
              <span class="sheet-swatch" style={{ background: c.colour }} />
              {c.label} ({counts.get(c.id) ?? 0})
            </li>
          ))}
          {content.coverage && (
            <li>
              <span class="sheet-swatch gap" />
              Gap: no {content.coverage.question}
            </li>
          )}
          {content.showNeighbourhoods && (
            <li>
              <span class="sheet-swatch boundary" />
              Neighbourhood boundary
            </li>
          )}
        </ul>
      </section>
      {content.coverage && (
        <section class="sheet-coverage" aria-label="Coverage">
          <h2>Coverage: {content.coverage.question}</h2>
          <p>{content.coverage.rows.map((r) => `${r.name} ${(r.covered * 100).toFixed(1)}% covered`).join(' \u00b7 ')}</p>
          <p class="sheet-method">
            {content.coverage.method}. Analysed {content.coverage.runOn}.
          </p>
        </section>
      )}
      {content.people && (
        <section class="sheet-people" aria-label="People">
          <h2>People with gifts and skills to share (counts only, to protect privacy)</h2>
          <p>{content.people.map((p) => `${p.name}: ${p.count}`).join(' \u00b7 ')}</p>
        </section>
      )}
      <section class="sheet-key" aria-label="Key to numbered assets">
        <h2>Key</h2>
        <ol>
          {key.map((entry) => (
            <li key={entry.assetId} value={entry.number}>
              <b>{entry.number}</b> — {entry.name}, {CATEGORIES[entry.category].label.toLowerCase()}
              {entry.type ? ` \u00b7 ${entry.type}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <footer class="sheet-footer">
        {content.attribution} · Printed {content.printedOn} with Asset Atlas.
      </footer>
    </div>
  );
}
