import type { Neighbourhood } from '../model/neighbourhood';
import type { Analysis } from '../model/coverage';
import { describeQuestion } from '../model/coverage';
import type { Orientation, Paper, PrintQuality } from '../model/print-layout';
import { CategoryCheckboxes } from './category-checkboxes';
import { ALL_NEIGHBOURHOODS, CURRENT_AREA, EACH_NEIGHBOURHOOD, type PrintOptions } from './print-options';

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
      <label for="print-area">Area</label>
      <select id="print-area" value={options.areaId} onChange={(e) => onChange({ areaId: e.currentTarget.value })}>
        <option value={CURRENT_AREA}>Current map area</option>
        {areas.length > 1 && <option value={ALL_NEIGHBOURHOODS}>All neighbourhoods</option>}
        {areas.length > 1 && <option value={EACH_NEIGHBOURHOOD}>Each neighbourhood on its own sheet (atlas)</option>}
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <div class="field-row">
        <div>
          <label for="print-paper">Paper</label>
          <select id="print-paper" value={options.paper} onChange={(e) => onChange({ paper: e.currentTarget.value as Paper })}>
            <option>A4</option>
            <option>A3</option>
          </select>
        </div>
        <div>
          <label for="print-orientation">Orientation</label>
          <select id="print-orientation" value={options.orientation} onChange={(e) => onChange({ orientation: e.currentTarget.value as Orientation })}>
            <option value="landscape">Landscape</option>
            <option value="portrait">Portrait</option>
          </select>
        </div>
        <div>
          <label for="print-quality">Quality</label>
          <select id="print-quality" value={options.quality} onChange={(e) => onChange({ quality: e.currentTarget.value as PrintQuality })}>
            <option value="best">Best (300 dpi)</option>
            <option value="draft">Draft (150 dpi, quicker)</option>
          </select>
        </div>
      </div>
      <label for="print-title-text">Title</label>
      <input id="print-title-text" value={title} onInput={(e) => onChange({ title: e.currentTarget.value })} />
      <label for="print-subtitle">Subtitle</label>
      <input id="print-subtitle" value={subtitle} onInput={(e) => onChange({ subtitle: e.currentTarget.value })} />
      <CategoryCheckboxes selected={options.categories} onChange={(categories) => onChange({ categories })} />
      <fieldset>
        <legend>Layers</legend>
        <label class="check">
          <input type="checkbox" {...check('showNeighbourhoods')} />
          <span>Neighbourhood boundaries</span>
        </label>
        <label class="check">
          <input type="checkbox" {...check('showLabels')} />
          <span>Asset names on the map</span>
        </label>
        {hasContext && (
          <label class="check">
            <input type="checkbox" {...check('showContext')} />
            <span>
              Context layers (deprivation)
              <small>The layers shown on the map, with their legends and vintages.</small>
            </span>
          </label>
        )}
        {analysis && (
          <label class="check">
            <input type="checkbox" {...check('showCoverage')} />
            <span>
              Coverage gaps
              <small>
                {describeQuestion(analysis.question)}, run {new Date(analysis.createdAt).toLocaleDateString('en-GB')}
              </small>
            </span>
          </label>
        )}
        <label class="check">
          <input type="checkbox" {...check('includePeople')} />
          <span>
            Show people on the map
            <small>Personal data: by default people are printed only as counts per neighbourhood.</small>
          </span>
        </label>
      </fieldset>
    </>
  );
}
