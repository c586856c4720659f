import type { NeighbourhoodInvestment } from '../actions/investments';
import type { AreaGeometry } from '../model/geometry';
import { t } from '../lib/i18n';
import { formatMoney } from '../lib/i18n/format';

/**
 * Money awarded per neighbourhood, with £ per 1,000 residents where the context layer counts them
 * and the neighbourhood's deprivation decile: on screen (a row's name frames it on the map) and on paper.
 */
export function InvestmentTable({ rows, onShow }: { rows: readonly NeighbourhoodInvestment[]; onShow?: (geometry: AreaGeometry) => void }) {
  return (
    <table class="investment-table">
      <caption>{t('Money awarded by neighbourhood')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Neighbourhood')}</th>
          <th scope="col">{t('Awarded')}</th>
          <th scope="col">{t('Grants')}</th>
          <th scope="col">{t('£ per 1,000 residents')}</th>
          <th scope="col">{t('IMD decile')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const area = r.neighbourhood;
          return (
            <tr key={area?.id ?? 'none'}>
              <th scope="row">
                {area && onShow ? (
                  <button type="button" class="link" onClick={() => onShow(area.geometry)}>
                    {area.name}
                  </button>
                ) : (
                  (area?.name ?? t('In no neighbourhood'))
                )}
              </th>
              <td>{formatMoney(r.totalPence)}</td>
              <td>{r.count}</td>
              <td>{r.perThousandPence === null ? '—' : formatMoney(r.perThousandPence)}</td>
              <td>{r.decile ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
