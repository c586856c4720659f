import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { appState } from '../store/state';
import { deleteInvestment, downloadInvestmentTable, export360Giving, exportOpenReferral, investmentFigures, type NeighbourhoodInvestment } from '../actions/investments';
import { downloadBlob, datedFileName } from '../actions/download';
import { setOverlayVisible } from '../actions/overlays';
import { GONE_RECIPIENT, isAwarded, type Investment } from '../model/investment';
import { type Result } from '../lib/result';
import { Field } from './form-fields';
import { DecileChart, chartPng } from './investment-chart';
import { InvestmentTable } from './investment-table';
import { GrantForm, STATUS_NAMES } from './grant-form';
import { GrantImport } from './grant-import';
import { investmentPrintOpen, investmentProgramme, investmentSymbols, mapFocus, showInvestmentOnMap, toast } from './ui-state';
import { representativePoint } from '../model/geometry';
import { locale, t } from '../lib/i18n';
import { formatDay, formatMoney } from '../lib/i18n/format';
import { problemLines } from './problem-words';

const dayOf = (iso: string) => formatDay(iso, 'short');

/** The money awarded, worked out once per change of grants, assets, neighbourhoods, layers or programme. */
export function useInvestmentFigures() {
  const programme = investmentProgramme.value;
  const { investments, assets, neighbourhoods, overlays } = appState;
  // The signals are read here so a change to any of them works the figures out again.
  return useMemo(() => investmentFigures(programme), [investments.value, assets.value, neighbourhoods.value, overlays.value, programme]);
}

/** The largest disc's radius in pixels; the others' areas are in proportion to their money. */
const LARGEST_DISC = 36;

/** Discs for the map, one per neighbourhood that received money. */
function symbolsOf(rows: readonly NeighbourhoodInvestment[]) {
  const max = Math.max(1, ...rows.map((r) => r.totalPence));
  return rows.flatMap((r) =>
    r.neighbourhood && r.totalPence > 0
      ? [
          {
            id: r.neighbourhood.id,
            at: representativePoint(r.neighbourhood.geometry),
            label: `${formatMoney(r.totalPence)}\n${t('{count, plural, one {# grant} other {# grants}}', { count: r.count })}`,
            radius: Math.max(6, LARGEST_DISC * Math.sqrt(r.totalPence / max)),
          },
        ]
      : [],
  );
}

function GrantList({ grants, names, onEdit }: { grants: readonly Investment[]; names: ReadonlyMap<string, string>; onEdit: (g: Investment) => void }) {
  const sorted = [...grants].sort((a, b) => b.awardedOn.localeCompare(a.awardedOn) || a.id.localeCompare(b.id));
  return (
    <ul class="grant-list" aria-label={t('Grants')}>
      {sorted.map((g) => (
        <li key={g.id} class={`grant-item status-${g.status}`}>
          <div>
            <b>{formatMoney(g.amountPence)}</b> {t('to {recipient}', { recipient: names.get(g.id) ?? '' })}
            <small>
              {dayOf(g.awardedOn)} · {t(STATUS_NAMES[g.status])} · {g.programme}
            </small>
            <small class="grant-purpose">{g.purpose}</small>
          </div>
          <div class="grant-buttons">
            <button
              type="button"
              class="secondary"
              aria-label={t('Edit the grant of {amount} to {recipient}', { amount: formatMoney(g.amountPence), recipient: names.get(g.id) ?? '' })}
              onClick={() => onEdit(g)}
            >
              {t('Edit')}
            </button>
            <button
              type="button"
              class="secondary danger"
              aria-label={t('Delete the grant of {amount} to {recipient}', { amount: formatMoney(g.amountPence), recipient: names.get(g.id) ?? '' })}
              onClick={() => void deleteInvestment(g.id).then((r) => r.ok && (toast.value = { message: t('Deleted the grant of {amount}', { amount: formatMoney(g.amountPence) }), undoable: true }))}
            >
              {t('Delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

const savedGrants = (file: string, count: number) => t('{count, plural, one {Saved {file}: # grant.} other {Saved {file}: # grants.}}', { count, file });

/** "Export as 360Giving" and "Export as Open Referral UK": what funders and councils publish. */
function Publish({ programme }: { programme: string }) {
  const [contactNames, setContactNames] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const report = <T,>(result: Result<T>, text: (v: T) => string) => setSaid(result.ok ? { ok: true, text: text(result.value) } : { ok: false, text: problemLines(result.error).join(' ') });
  return (
    <section class="investment-publish" aria-labelledby="publish-title">
      <h3 id="publish-title">{t('Publish open data')}</h3>
      <p class="hint">{t('360Giving for grants awarded (people never named), Open Referral UK for the groups, institutions and places on the map.')}</p>
      <div class="form-actions">
        <button type="button" onClick={() => report(export360Giving('json', programme), (v) => savedGrants(v.fileName, v.grants))}>
          {t('Export as 360Giving (JSON)')}
        </button>
        <button type="button" onClick={() => report(export360Giving('csv', programme), (v) => savedGrants(v.fileName, v.grants))}>
          {t('Export as 360Giving (CSV)')}
        </button>
        <button
          type="button"
          onClick={() =>
            void exportOpenReferral(contactNames).then((r) =>
              report(r, (v) => t('{count, plural, one {Saved {file}: # service.} other {Saved {file}: # services.}}', { count: v.services, file: v.fileName })),
            )
          }
        >
          {t('Export as Open Referral UK')}
        </button>
      </div>
      <label class="check">
        <input type="checkbox" checked={contactNames} onChange={(e) => setContactNames(e.currentTarget.checked)} />
        <span>
          {t('Include contact names in Open Referral UK')}
          <small>{t('Names of contact people are personal data: include them only with their agreement.')}</small>
        </span>
      </label>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} class={said.ok ? '' : 'field-error'}>
          {said.text}
        </p>
      )}
    </section>
  );
}

/**
 * The Investment tab: grants recorded or imported, where the money went against deprivation (a
 * chart by decile and a table by neighbourhood), printed or downloaded, and published as open data.
 */
export function InvestmentPanel() {
  const [editing, setEditing] = useState<Investment | 'new' | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const chart = useRef<SVGSVGElement>(null);
  const programme = investmentProgramme.value;
  const all = appState.investments.value;
  const programmes = [...new Set(all.map((i) => i.programme))].sort();
  const { chosen, placed, layer, byDecile, byNeighbourhood } = useInvestmentFigures();
  // The map draws the discs while this tab is open; leaving it takes them away.
  useEffect(() => {
    investmentSymbols.value = symbolsOf(byNeighbourhood);
  }, [byNeighbourhood, locale()]);
  useEffect(() => () => void (investmentSymbols.value = []), []);
  const names = new Map(placed.map((p) => [p.investment.id, p.recipientName === GONE_RECIPIENT ? t(GONE_RECIPIENT) : p.recipientName]));
  const awarded = chosen.filter(isAwarded);
  const total = awarded.reduce((s, i) => s + i.amountPence, 0);
  const savePng = async () => {
    if (!chart.current) return;
    const fileName = datedFileName(`${programme ? `${programme} ` : ''}investment by decile`, 'png');
    try {
      downloadBlob(await chartPng(chart.current), fileName);
      setSaving(t('Saved {files}.', { files: fileName }));
    } catch (error) {
      setSaving(t('The chart could not be saved: {reason}.', { reason: error instanceof Error ? error.message : t('this browser refused to draw it') }));
    }
  };
  if (editing) return <GrantForm key={editing === 'new' ? 'new' : editing.id} grant={editing === 'new' ? null : editing} programmes={programmes} onDone={() => setEditing(null)} />;
  return (
    <section class="investment" aria-labelledby="investment-heading">
      <h2 id="investment-heading" class="visually-hidden">
        {t('Investment')}
      </h2>
      {programmes.length > 0 && (
        <Field id="investment-programme" label={t('Programme')}>
          <select id="investment-programme" value={programme} onChange={(e) => (investmentProgramme.value = e.currentTarget.value)}>
            <option value="">{t('All programmes')}</option>
            {programmes.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
      )}
      <p class="investment-total">
        {awarded.length === 0
          ? t('No grant awarded yet.')
          : t('{count, plural, one {{amount} awarded in # grant} other {{amount} awarded in # grants}}', { count: awarded.length, amount: formatMoney(total) })}
        {chosen.length > awarded.length && <small>{t('{count} applied for or withdrawn, not counted', { count: chosen.length - awarded.length })}</small>}
      </p>
      {awarded.length > 0 && (
        <>
          <figure class="investment-chart">
            <DecileChart id="investment-chart" svgRef={chart} rows={byDecile} />
            <figcaption>
              {layer ? t('Deprivation from {layer}.', { layer: layer.overlay.name }) : t('Add a context layer with deprivation deciles (Layers tab) to see where the money went against need.')}
            </figcaption>
          </figure>
          <InvestmentTable rows={byNeighbourhood} onShow={(geometry) => (mapFocus.value = { geometry })} />
          <label class="check">
            <input type="checkbox" checked={showInvestmentOnMap.value} onChange={(e) => (showInvestmentOnMap.value = e.currentTarget.checked)} />
            <span>{t('Show money awarded on the map')}</span>
          </label>
          {layer && (
            <label class="check">
              <input type="checkbox" checked={layer.overlay.visible} onChange={(e) => void setOverlayVisible(layer.overlay.id, e.currentTarget.checked)} />
              <span>
                {t('Show deprivation on the map')}
                <small>{t('{layer}, as on the Layers tab', { layer: layer.overlay.name })}</small>
              </span>
            </label>
          )}
          <div class="form-actions">
            <button type="button" onClick={() => (investmentPrintOpen.value = true)}>
              {t('Print investment')}
            </button>
            <button type="button" onClick={() => void savePng()}>
              {t('Download chart (PNG)')}
            </button>
            <button type="button" onClick={() => setSaving(t('Saved {files}.', { files: downloadInvestmentTable(programme) }))}>
              {t('Download table (CSV)')}
            </button>
          </div>
          {saving && <p role="status">{saving}</p>}
        </>
      )}
      <h3 class="investment-grants-title">{t('Grants')}</h3>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('Add grant')}
        </button>
      </div>
      {chosen.length > 0 && <GrantList grants={chosen} names={names} onEdit={setEditing} />}
      <GrantImport defaultProgramme={programme || programmes[0] || ''} />
      <Publish programme={programme} />
    </section>
  );
}
