import { printLayout } from '../model/print-layout';
import { printCredits } from '../model/print-pages';
import { isAwarded } from '../model/investment';
import { t } from '../lib/i18n';
import { formatMoney } from '../lib/i18n/format';
import { A4Preview, Page, PrintButtons } from './print-sheet';
import { printDate } from './print-options';
import { DecileChart, decileSummary } from './investment-chart';
import { InvestmentTable } from './investment-table';
import { useInvestmentFigures } from './investment-panel';
import { investmentPrintOpen, investmentProgramme } from './ui-state';

/** Neighbourhoods in the table on the first page; more go on the pages after. */
const ROWS_FIRST_PAGE = 14;
const ROWS_PER_PAGE = 30;
/** The printer's page: CSS, not words to translate. */
const PAGE_RULE = '@page { size: A4 portrait; margin: 10mm; }';

/**
 * Where the money went, on A4 portrait for a funders' panel or a workshop: the chart by deprivation
 * decile, its one-line reading, and the table by neighbourhood. Recipients are not listed, so no
 * person is named.
 */
export function InvestmentPrintView() {
  const { chosen, layer, byDecile, byNeighbourhood } = useInvestmentFigures();
  const programme = investmentProgramme.value;
  const layout = printLayout('A4', 'portrait');
  const awarded = chosen.filter(isAwarded);
  const total = awarded.reduce((s, i) => s + i.amountPence, 0);
  const printedOn = printDate(new Date());
  const title = programme ? t('{programme}: where the money went', { programme }) : t('Where the money went');
  const common = {
    layout,
    subtitle: t('{count, plural, one {{total} awarded in # grant · {date}} other {{total} awarded in # grants · {date}}}', { count: awarded.length, total: formatMoney(total), date: printedOn }),
    printedOn,
    credits: printCredits({ sources: [], boundaryCodes: byNeighbourhood.map((r) => r.neighbourhood?.code), layers: layer ? [layer.overlay] : [], year: new Date().getFullYear() }),
  };
  const pages = [byNeighbourhood.slice(0, ROWS_FIRST_PAGE)];
  for (let i = ROWS_FIRST_PAGE; i < byNeighbourhood.length; i += ROWS_PER_PAGE) pages.push(byNeighbourhood.slice(i, i + ROWS_PER_PAGE));
  return (
    <div class="print-view" role="dialog" aria-modal="true" aria-labelledby="investment-print-title">
      <style>{PAGE_RULE}</style>
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <h1 id="investment-print-title">{t('Print investment')}</h1>
        <p class="hint">
          {t(
            '{count, plural, one {The chart by deprivation decile and the table by neighbourhood on A4 portrait, # page. Recipients are not listed.} other {The chart by deprivation decile and the table by neighbourhood on A4 portrait, # pages. Recipients are not listed.}}',
            { count: pages.length },
          )}
        </p>
        <PrintButtons ready={true} onClose={() => (investmentPrintOpen.value = false)} />
      </form>
      <A4Preview pageHeightMm={layout.pageMm.height}>
        {pages.map((rows, i) => (
          <Page key={i} common={common} title={title} number={i + 1} total={pages.length}>
            {i === 0 && (
              <figure class="sheet-chart">
                <DecileChart id="investment-print-chart" rows={byDecile} />
                <figcaption>
                  {decileSummary(byDecile)}{' '}
                  {layer ? t('Deprivation: {layer}, the decile of each recipient’s small area.', { layer: layer.overlay.name }) : t('No deprivation layer: add one to compare with need.')}
                </figcaption>
              </figure>
            )}
            <section class="sheet-plan" aria-label={t('Money awarded by neighbourhood')}>
              <InvestmentTable rows={rows} />
            </section>
          </Page>
        ))}
      </A4Preview>
    </div>
  );
}
