import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import { questionText } from './coverage-words';
import type { Orientation, Paper, PrintQuality } from '../model/print-layout';
import { CategoryCheckboxes } from './category-checkboxes';
import { ALL_NEIGHBOURHOODS, CURRENT_AREA, EACH_NEIGHBOURHOOD, type PrintOptions } from './print-options';
import { t } from '../lib/i18n';
import { formatDay } from '../lib/i18n/format';

/** Paper sizes are named the same in every language. */
const PAPERS: readonly Paper[] = ['A4', 'A3'];

/** The print view's choices: area, paper, title, categories and layers. */
export function PrintControls({
  options,
  onChange,
  areas,
  analysis,
  hasContext,
  title,
  subtitle,
}: {
  options: PrintOptions;
  onChange: (patch: Partial<PrintOptions>) => void;
  areas: readonly Neighbourhood[];
  analysis: Analysis | null;
  hasContext: boolean;
  title: string;
  subtitle: string;
}) {
  const check = (field: 'showNeighbourhoods' | 'showLabels' | 'showCoverage' | 'includePeople' | 'showContext') => ({
    checked: options[field],
    onChange: (e: Event) => onChange({ [field]: (e.currentTarget as HTMLInputElement).checked }),
  });
  return (
    <>
      <label for="print-area">{t('Area')}</label>
      <select id="print-area" value={options.areaId} onChange={(e) => onChange({ areaId: e.currentTarget.value })}>
        <option value={CURRENT_AREA}>{t('Current map area')}</option>
        {areas.length > 1 && <option value={ALL_NEIGHBOURHOODS}>{t('All neighbourhoods')}</option>}
        {areas.length > 1 && <option value={EACH_NEIGHBOURHOOD}>{t('Each neighbourhood on its own sheet (atlas)')}</option>}
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <div class="field-row">
        <div>
          <label for="print-paper">{t('Paper')}</label>
          <select id="print-paper" value={options.paper} onChange={(e) => onChange({ paper: e.currentTarget.value as Paper })}>
            {PAPERS.map((paper) => (
              <option key={paper}>{paper}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="print-orientation">{t('Orientation')}</label>
          <select id="print-orientation" value={options.orientation} onChange={(e) => onChange({ orientation: e.currentTarget.value as Orientation })}>
            <option value="landscape">{t('Landscape')}</option>
            <option value="portrait">{t('Portrait')}</option>
          </select>
        </div>
        <div>
          <label for="print-quality">{t('Quality')}</label>
          <select id="print-quality" value={options.quality} onChange={(e) => onChange({ quality: e.currentTarget.value as PrintQuality })}>
            <option value="best">{t('Best (300 dpi)')}</option>
            <option value="draft">{t('Draft (150 dpi, quicker)')}</option>
          </select>
        </div>
      </div>
      <label for="print-title-text">{t('Title')}</label>
      <input id="print-title-text" value={title} onInput={(e) => onChange({ title: e.currentTarget.value })} />
      <label for="print-subtitle">{t('Subtitle')}</label>
      <input id="print-subtitle" value={subtitle} onInput={(e) => onChange({ subtitle: e.currentTarget.value })} />
      <CategoryCheckboxes selected={options.categories} onChange={(categories) => onChange({ categories })} />
      <fieldset>
        <legend>{t('Layers')}</legend>
        <label class="check">
          <input type="checkbox" {...check('showNeighbourhoods')} />
          <span>{t('Neighbourhood boundaries')}</span>
        </label>
        <label class="check">
          <input type="checkbox" {...check('showLabels')} />
          <span>{t('Asset names on the map')}</span>
        </label>
        {hasContext && (
          <label class="check">
            <input type="checkbox" {...check('showContext')} />
            <span>
              {t('Context layers (deprivation)')}
              <small>{t('The layers shown on the map, with their legends and vintages.')}</small>
            </span>
          </label>
        )}
        {analysis && (
          <label class="check">
            <input type="checkbox" {...check('showCoverage')} />
            <span>
              {t('Coverage gaps')}
              <small>{t('{question}, run {date}', { question: questionText(analysis.question), date: formatDay(analysis.createdAt, 'short') })}</small>
            </span>
          </label>
        )}
        <label class="check">
          <input type="checkbox" {...check('includePeople')} />
          <span>
            {t('Show people on the map')}
            <small>{t('Personal data: by default people are printed only as counts per neighbourhood.')}</small>
          </span>
        </label>
      </fieldset>
    </>
  );
}
