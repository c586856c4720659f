import { useState } from 'preact/hooks';
import type { CategoryId } from '../model/categories';
import { decileField, type CoverageQuestion } from '../model/coverage';
import { appState } from '../store/state';
import { loadPostcodeTable } from '../actions/postcodes';
import { CategoryCheckboxes } from './category-checkboxes';
import { t } from '../lib/i18n';
import { formatDistance, formatNumber } from '../lib/i18n/format';
import { problemsText } from './problem-words';

const PRESETS = [400, 800, 1200] as const;
const splitList = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** What the form holds: the question as typed, before it is checked. */
export interface QuestionDraft {
  categories: ReadonlySet<CategoryId>;
  types: string;
  tags: string;
  activeOnly: boolean;
  cost: '' | 'free' | 'free-low';
  distance: string;
  allNeighbourhoods: boolean;
  neighbourhoodIds: ReadonlySet<string>;
  deprivationLayerId: string;
  priorityDeciles: number;
}

export function draftFromQuestion(q: CoverageQuestion | null): QuestionDraft {
  return {
    categories: new Set(q?.categories ?? ['physical']),
    types: q?.types.join(', ') ?? '',
    tags: q?.tags.join(', ') ?? '',
    activeOnly: q ? q.statuses.length === 1 && q.statuses[0] === 'active' : true,
    cost: q?.costs.length === 1 ? 'free' : q?.costs.length === 2 ? 'free-low' : '',
    distance: String(q?.distance ?? 800),
    allNeighbourhoods: (q?.neighbourhoodIds.length ?? 0) === 0,
    neighbourhoodIds: new Set(q?.neighbourhoodIds ?? []),
    deprivationLayerId: q?.deprivationLayerId ?? '',
    priorityDeciles: q?.priorityDeciles ?? 2,
  };
}

/** The raw question the action checks with zod; a distance that is not a number stays one, for its message. */
export function questionFromDraft(d: QuestionDraft): unknown {
  const distance = d.distance.trim() === '' ? undefined : Number(d.distance.replace(/[,\s]/g, ''));
  return {
    distance,
    categories: [...d.categories],
    types: splitList(d.types),
    tags: splitList(d.tags),
    statuses: d.activeOnly ? ['active'] : [],
    costs: d.cost === 'free' ? ['free'] : d.cost === 'free-low' ? ['free', 'low'] : [],
    neighbourhoodIds: d.allNeighbourhoods ? [] : [...d.neighbourhoodIds],
    priorityDeciles: d.priorityDeciles,
    ...(d.deprivationLayerId ? { deprivationLayerId: d.deprivationLayerId } : {}),
  };
}

/** The "Analyse coverage" question: which assets count, how far, where. */
export function CoverageQuestionForm({ draft, onChange }: { draft: QuestionDraft; onChange: (d: QuestionDraft) => void }) {
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...draft, ...patch });
  const [homesMessage, setHomesMessage] = useState<string | null>(null);
  const preset = PRESETS.find((p) => String(p) === draft.distance.trim());
  const layers = appState.overlays.value.filter((o) => decileField(o.areas.map((a) => a.values)));
  const homes = appState.postcodeTable.value;
  const toggleArea = (id: string, on: boolean) => {
    const next = new Set(draft.neighbourhoodIds);
    if (on) next.add(id);
    else next.delete(id);
    set({ neighbourhoodIds: next });
  };
  return (
    <>
      <CategoryCheckboxes selected={draft.categories} onChange={(categories) => set({ categories })} />
      <div class="field-row">
        <div class="field">
          <label for="coverage-types">{t('Types')}</label>
          <input id="coverage-types" value={draft.types} placeholder={t('e.g. park, playground')} onInput={(e) => set({ types: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="coverage-tags">{t('Tags')}</label>
          <input id="coverage-tags" value={draft.tags} placeholder={t('e.g. walking')} onInput={(e) => set({ tags: e.currentTarget.value })} />
        </div>
      </div>
      <small class="field-hint">{t('Separate several with commas; leave empty for any.')}</small>
      <div class="field-row">
        <div class="field">
          <label for="coverage-cost">{t('Cost')}</label>
          <select id="coverage-cost" value={draft.cost} onChange={(e) => set({ cost: e.currentTarget.value as QuestionDraft['cost'] })}>
            <option value="">{t('Any cost')}</option>
            <option value="free">{t('Free only')}</option>
            <option value="free-low">{t('Free or low cost')}</option>
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={draft.activeOnly} onChange={(e) => set({ activeOnly: e.currentTarget.checked })} />
          <span>{t('Active assets only')}</span>
        </label>
      </div>
      <fieldset class="choice-row">
        <legend>{t('Distance')}</legend>
        {PRESETS.map((p) => (
          <label key={p} class="check">
            <input type="radio" name="coverage-distance" checked={preset === p} onChange={() => set({ distance: String(p) })} />
            <span>{formatDistance(p)}</span>
          </label>
        ))}
        <div class="field">
          <label for="coverage-distance">{t('Distance in metres')}</label>
          <input id="coverage-distance" inputMode="numeric" value={draft.distance} onInput={(e) => set({ distance: e.currentTarget.value })} />
        </div>
        <small class="field-hint">{t('Straight-line distance (as the crow flies), not walking distance: a river or a main road without a crossing is not taken into account.')}</small>
      </fieldset>
      <fieldset>
        <legend>{t('Neighbourhoods')}</legend>
        <label class="check">
          <input type="checkbox" checked={draft.allNeighbourhoods} onChange={(e) => set({ allNeighbourhoods: e.currentTarget.checked })} />
          <span>{t('All neighbourhoods ({count})', { count: appState.neighbourhoods.value.length })}</span>
        </label>
        {!draft.allNeighbourhoods && (
          <div class="check-list">
            {appState.neighbourhoods.value.map((n) => (
              <label key={n.id} class="check">
                <input type="checkbox" checked={draft.neighbourhoodIds.has(n.id)} onChange={(e) => toggleArea(n.id, e.currentTarget.checked)} />
                <span>{n.name}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div class="field-row">
        <div class="field">
          <label for="coverage-deprivation">{t('Deprivation layer')}</label>
          <select id="coverage-deprivation" value={draft.deprivationLayerId} onChange={(e) => set({ deprivationLayerId: e.currentTarget.value })}>
            <option value="">{t('None')}</option>
            {layers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="coverage-deciles">{t('Priority areas')}</label>
          <select id="coverage-deciles" value={String(draft.priorityDeciles)} disabled={!draft.deprivationLayerId} onChange={(e) => set({ priorityDeciles: Number(e.currentTarget.value) })}>
            <option value="1">{t('Most deprived 10% (decile 1)')}</option>
            <option value="2">{t('Most deprived 20% (deciles 1–2)')}</option>
            <option value="3">{t('Most deprived 30% (deciles 1–3)')}</option>
          </select>
        </div>
      </div>
      {layers.length === 0 && <small class="field-hint">{t('Add a deprivation layer on the Layers tab to list priority areas.')}</small>}
      <div class="field">
        <label for="coverage-homes">{t('Homes or postcodes (CSV)')}</label>
        <input
          id="coverage-homes"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void loadPostcodeTable(file).then((r) => setHomesMessage(r.ok ? r.value.note : problemsText(r.error)));
          }}
        />
        <small class="field-hint" role="status">
          {homes
            ? t('Counting {count} postcodes from “{file}” as homes.', { count: formatNumber(homes.lookup.size), file: homes.fileName })
            : t('Optional: a CSV of postcodes or homes with longitude and latitude gives “homes within reach”.')}
        </small>
        {homesMessage && <small class="field-error">{homesMessage}</small>}
      </div>
    </>
  );
}
