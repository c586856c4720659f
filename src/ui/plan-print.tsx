import { useMemo, useRef, useState } from 'preact/hooks';
import { MARGIN_MM, printLayout, printResolution } from '../model/print-layout';
import { frameBounds } from '../model/print-frame';
import { printCredits } from '../model/print-pages';
import { planSheet, type PlanSheetRow } from '../model/plan-sheet';
import { CATEGORIES } from '../model/categories';
import { scaleBarFor } from '../actions/print';
import { appState } from '../store/state';
import { A4Preview, Page, PrintButtons, TableHead } from './print-sheet';
import { printDate, SCALE_BAR_MAX_MM, withMargin } from './print-options';
import { bboxOfRecords } from '../lib/bbox';
import { usePrintMaps } from './use-print-map';
import { STATUS_LABELS, dayText, planWords, today } from './plan-text';
import { planPrintGroupId } from './ui-state';
import { msg, t } from '../lib/i18n';

/** Actions per page of the plan's table: rows of two lines each fit an A4 page under its header. */
const ROWS_PER_PAGE = 16;
/** The map takes the top of page one; the key of numbered assets fills the rest. */
const MAP_HEIGHT_MM = 150;
/** The printer's page: CSS, not words to translate. */
const PAGE_RULE = '@page { size: A4 portrait; margin: 10mm; }';

/** The actions table's columns and their shares of the page's width. */
const PLAN_COLUMNS = [
  [msg('Action'), '30%'],
  [msg('Builds on'), '10%'],
  [msg('Lead'), '17%'],
  [msg('Theme'), '13%'],
  [msg('Status'), '9%'],
  [msg('Due'), '10.5%'],
  [msg('Next review'), '10.5%'],
] as const;

function ActionsTable({ rows }: { rows: readonly PlanSheetRow[] }) {
  return (
    <table class="sheet-table plan-table">
      <TableHead columns={PLAN_COLUMNS.map(([name]) => t(name))} widths={PLAN_COLUMNS.map(([, width]) => width)} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.title}
              {r.lastNote && <small class="plan-note">{r.lastNote}</small>}
            </th>
            <td>{r.buildsOn}</td>
            <td>{r.lead}</td>
            <td>{r.theme && t(r.theme)}</td>
            <td>{t(STATUS_LABELS[r.status])}</td>
            <td>{r.due ? dayText(r.due) : ''}</td>
            <td>{r.nextReview && r.status !== 'done' && r.status !== 'stopped' ? dayText(r.nextReview) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A neighbourhood's local action plan on A4 portrait, for the next workshop: the neighbourhood's map
 * with the assets the plan builds on numbered, their key, then the actions table. People appear
 * only as "A resident" unless the coordinator includes them.
 */
export function PlanPrintView({ groupId }: { groupId: string }) {
  const [includePeople, setIncludePeople] = useState(false);
  const sheetsRef = useRef<HTMLDivElement>(null);
  const group = appState.actionGroups.value.find((g) => g.id === groupId);
  const area = appState.neighbourhoods.value.find((n) => n.id === group?.neighbourhoodId);
  const assets = appState.assets.value;
  const layout = printLayout('A4', 'portrait');
  const mapMm = { width: layout.pageMm.width - 2 * MARGIN_MM, height: MAP_HEIGHT_MM };
  const resolution = printResolution(mapMm);
  const sheet = useMemo(
    () => (group ? planSheet(group, appState.actions.value, appState.meetings.value, assets, includePeople, today(), planWords()) : null),
    [group, appState.actions.value, appState.meetings.value, assets, includePeople],
  );
  // The neighbourhood and every asset the plan builds on, even one just outside it (a library in town).
  const box = bboxOfRecords([...(area ? [area] : []), ...(sheet?.mapped ?? [])]);
  const ground = box ? withMargin(box, 0.06) : null;
  const bounds = ground ? frameBounds(ground, mapMm) : null;
  const numbers = sheet?.key ?? [];
  const { images, problem } = usePrintMaps(
    bounds && sheet ? [{ bounds, shown: sheet.mapped, key: numbers }] : [],
    { resolution, neighbourhoods: area ? [area] : [], showLabels: false, coverage: null, overlays: [] },
    [JSON.stringify([bounds, numbers.map((k) => [k.assetId, k.number])]), area],
  );
  if (!group || !sheet) return null;
  const printedOn = printDate(new Date());
  const common = {
    layout,
    subtitle: t('Local action plan of {group} \u00b7 {date}', { group: group.name, date: printedOn }),
    printedOn,
    credits: printCredits({ sources: [...new Set(sheet.mapped.map((a) => a.source))], boundaryCodes: area ? [area.code] : [], layers: [], year: new Date().getFullYear() }),
  };
  const tablePages: PlanSheetRow[][] = [];
  for (let i = 0; i < sheet.rows.length; i += ROWS_PER_PAGE) tablePages.push(sheet.rows.slice(i, i + ROWS_PER_PAGE));
  if (tablePages.length === 0) tablePages.push([]);
  const total = 1 + tablePages.length;
  const title = area?.name ?? group.name;
  const image = images[0];
  const scaleBar = image ? scaleBarFor(image, SCALE_BAR_MAX_MM) : null;
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="plan-print-title">
      <style>{PAGE_RULE}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="plan-print-title">{t('Print plan')}</h1>
        <p class="hint">
          {t(
            '{count, plural, one {{group}: # action on A4 portrait, with the map of the {assets} assets it builds on.} other {{group}: # actions on A4 portrait, with the map of the {assets} assets they build on.}}',
            {
              count: sheet.rows.length,
              group: group.name,
              assets: sheet.key.length,
            },
          )}
        </p>
        <label class="check">
          <input type="checkbox" checked={includePeople} onChange={(e) => setIncludePeople(e.currentTarget.checked)} />
          <span>
            {t('Include people’s names')}
            <small>{t('Otherwise a person is printed as \u201cA resident\u201d and left off the map.')}</small>
          </span>
        </label>
        <p role="status">
          {problem
            ? t('The map could not be drawn: {problem}', { problem })
            : image
              ? t('{pages, plural, one {Map drawn at {dpi} dpi \u00b7 # page} other {Map drawn at {dpi} dpi \u00b7 # pages}}', { dpi: resolution.dpi, pages: total })
              : t('Drawing the map…')}
        </p>
        <PrintButtons ready={!!image} onClose={() => (planPrintGroupId.value = null)} />
      </form>
      <A4Preview pageHeightMm={layout.pageMm.height} sheetsRef={sheetsRef}>
        <Page common={common} title={title} number={1} total={total}>
          <figure class="sheet-map" style={{ width: `${mapMm.width}mm`, height: `${mapMm.height}mm` }}>
            {image ? <img src={image.url} alt={t('Map: {title}', { title })} /> : <div class="sheet-map-pending">{t('Drawing the map…')}</div>}
            {scaleBar && (
              <div class="scale-bar" aria-label={t('Scale bar: {length}', { length: scaleBar.label })}>
                <div class="scale-bar-line" style={{ width: `${scaleBar.fraction * SCALE_BAR_MAX_MM}mm` }} />
                <span>{scaleBar.label}</span>
              </div>
            )}
          </figure>
          <section class="sheet-key plan-key" aria-label={t('Assets the plan builds on')}>
            <h2>{t('What the plan builds on')}</h2>
            <ol>
              {sheet.key.map((k) => (
                <li key={k.assetId} value={k.number}>
                  <b>{k.number}</b> — <bdi>{k.name}</bdi>, {t(CATEGORIES[k.category].label).toLocaleLowerCase()}
                  {k.type ? ` \u00b7 ${t(k.type)}` : ''}
                </li>
              ))}
            </ol>
            <p class="sheet-method">
              {sheet.partners.length > 0 ? t('Partners: {partners}.', { partners: sheet.partners.join('; ') }) : t('Partners: none yet.')}
              {sheet.lastMeeting ? ` ${t('Last met {date}.', { date: dayText(sheet.lastMeeting.date) })}` : ''}
            </p>
          </section>
        </Page>
        {tablePages.map((rows, i) => (
          <Page key={i} common={common} title={title} number={2 + i} total={total}>
            <section class="sheet-plan" aria-label={t('Actions')}>
              <h2>{i === 0 ? t('Actions') : t('Actions (continued)')}</h2>
              <ActionsTable rows={rows} />
            </section>
          </Page>
        ))}
      </A4Preview>
    </div>
  );
}
