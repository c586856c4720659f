import type { Ref } from 'preact';
import type { DecileInvestment } from '../actions/investments';
import { DECILE_COLOURS } from '../model/choropleth';
import { t, textDirection } from '../lib/i18n';
import { formatMoney, formatWholePercent } from '../lib/i18n/format';

/** The chart's drawing size in SVG units; it scales to its box on screen and on paper. */
const WIDTH = 360;
const HEIGHT = 200;
const LEFT = 8;
const BOTTOM = 34;
const TOP = 22;
const UNKNOWN_COLOUR = '#9e9e9e';

/** £ in a bar's label: "£12k" past ten thousand, so eleven labels fit above their bars. */
function shortPounds(pence: number): string {
  const pounds = pence / 100;
  if (pounds >= 10_000) return `£${Math.round(pounds / 1000)}k`;
  if (pounds >= 1_000) return `£${(pounds / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `£${Math.round(pounds)}`;
}

/** One sentence a screen reader hears for the chart, and the chart's printed caption. */
export function decileSummary(rows: readonly DecileInvestment[]): string {
  const total = rows.reduce((s, r) => s + r.totalPence, 0);
  if (total === 0) return t('No money awarded yet.');
  const known = rows.filter((r) => r.decile !== null);
  const mostDeprived = known.filter((r) => (r.decile ?? 99) <= 2).reduce((s, r) => s + r.totalPence, 0);
  const unknown = rows.find((r) => r.decile === null)?.totalPence ?? 0;
  const share = (pence: number) => formatWholePercent(pence / total);
  const values = { share: share(mostDeprived), total: formatMoney(total), unknown: share(unknown) };
  return unknown > 0
    ? t('{share} of the {total} awarded went to groups in the 20% most deprived areas (deciles 1 and 2); {unknown} to groups whose area’s decile is not known.', values)
    : t('{share} of the {total} awarded went to groups in the 20% most deprived areas (deciles 1 and 2).', values);
}

/**
 * Money awarded by the deprivation decile of each recipient's small area: the question "did we
 * target the neighbourhoods of greatest inequality?" as a picture. Plain SVG (eleven bars need no
 * chart library), coloured as the map's deprivation layer is, each bar labelled so colour is never
 * the only cue; the table beside it carries the same figures for a screen reader.
 */
export function DecileChart({ rows, id, svgRef }: { rows: readonly DecileInvestment[]; id: string; svgRef?: Ref<SVGSVGElement> }) {
  const max = Math.max(1, ...rows.map((r) => r.totalPence));
  const slot = (WIDTH - LEFT * 2) / rows.length;
  const plot = HEIGHT - TOP - BOTTOM;
  // The chart's axis runs left to right in every language; its two captions start from the side
  // the language reads from.
  const rtl = textDirection() === 'rtl';
  const caption = { x: rtl ? WIDTH - LEFT : LEFT, direction: rtl ? 'rtl' : 'ltr' } as const;
  return (
    <svg
      ref={svgRef}
      id={id}
      width={WIDTH}
      height={HEIGHT}
      class="decile-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      xmlns="http://www.w3.org/2000/svg"
      font-family="'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Gurmukhi', 'Noto Sans Bengali', system-ui, sans-serif"
      direction="ltr"
    >
      <title id={`${id}-title`}>{t('Money awarded by deprivation decile')}</title>
      <desc id={`${id}-desc`}>{decileSummary(rows)}</desc>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <line x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#444444" stroke-width="1" />
      {rows.map((r, i) => {
        const h = (r.totalPence / max) * plot;
        const x = LEFT + i * slot + slot * 0.14;
        const w = slot * 0.72;
        const fill = r.decile === null ? UNKNOWN_COLOUR : (DECILE_COLOURS[r.decile - 1] ?? UNKNOWN_COLOUR);
        return (
          <g key={r.decile ?? 'unknown'}>
            <rect x={x} y={HEIGHT - BOTTOM - h} width={w} height={h} fill={fill} stroke="#444444" stroke-width="0.6" />
            {r.totalPence > 0 && (
              <text x={x + w / 2} y={HEIGHT - BOTTOM - h - 4} text-anchor="middle" font-size="9" fill="#222222">
                {shortPounds(r.totalPence)}
              </text>
            )}
            <text x={x + w / 2} y={HEIGHT - BOTTOM + 12} text-anchor="middle" font-size="10" fill="#222222">
              {r.decile ?? '?'}
            </text>
          </g>
        );
      })}
      <text x={caption.x} direction={caption.direction} y={HEIGHT - 6} font-size="9" fill="#444444">
        {t('Decile of the recipient’s area: 1 = most deprived 10%, 10 = least')}
      </text>
      <text x={caption.x} direction={caption.direction} y={12} font-size="10" font-weight="600" fill="#222222">
        {t('£ awarded')}
      </text>
    </svg>
  );
}

/** The chart as a PNG at twice its size (sharp on paper and on a projector), drawn from its own SVG. */
export async function chartPng(svg: SVGSVGElement): Promise<Blob> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH * 4;
    canvas.height = HEIGHT * 4;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('This browser cannot draw images'));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('The chart could not be saved as PNG')))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
