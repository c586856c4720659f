import { CATEGORY_LIST } from '../model/categories';
import { STATUS_VALUES } from '../model/asset';
import { EMPTY_QUERY, isEmptyQuery, type AssetQuery } from '../model/asset-query';
import { appState } from '../store/state';
import { assetVocabulary, mapFocus, query } from './ui-state';
import { findPlaces, type FoundPlace } from '../model/find-places';
import { showValue } from '../model/type-fields';
import { msg, t } from '../lib/i18n';
import { STATUS_LABELS } from './value-labels';

/** A square of about 400 m around a point: the map shows a postcode's streets, not one house. */
const aroundPoint = ([lon, lat]: readonly [number, number]) => {
  const d = 0.002;
  return {
    coordinates: [
      [
        [lon - d * 1.6, lat - d],
        [lon + d * 1.6, lat - d],
        [lon + d * 1.6, lat + d],
        [lon - d * 1.6, lat + d],
        [lon - d * 1.6, lat - d],
      ],
    ],
  };
};

/** The search box and filters over the asset list (and the map, which shows the same assets). */
export function FindControls() {
  const q = query.value;
  const set = (patch: Partial<AssetQuery>) => (query.value = { ...q, ...patch });
  const { types, tags, details } = assetVocabulary.value;
  // A detail is named as its type's field where one has that key ("Café" for `cafe`), else by its key.
  const fields = appState.settings.value.typeFields.flatMap((t) => t.fields);
  const fieldOf = (key: string) => fields.find((f) => f.key === key);
  const chosenDetail = details.find((d) => d.key === q.detail);
  const places = findPlaces(q.text, appState.neighbourhoods.value, appState.postcodeTable.value?.lookup ?? null);
  // The map moves to the place and the search is cleared: the list is about assets, not places.
  const goTo = (place: FoundPlace) => {
    mapFocus.value = { geometry: place.kind === 'neighbourhood' ? place.geometry : aroundPoint(place.lngLat) };
    set({ text: '' });
  };
  const select = (id: string, label: string, value: string, options: readonly (readonly [string, string])[], key: keyof AssetQuery) => (
    <div class="filter">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(e) => set({ [key]: e.currentTarget.value, ...(key === 'detail' ? { detailValue: '' } : {}) })}>
        <option value="">{t('All')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <search class="find">
      <label for="search-assets" class="visually-hidden">
        {t('Search assets')}
      </label>
      <input id="search-assets" type="search" placeholder={t('Search assets, places, postcodes')} value={q.text} onInput={(e) => set({ text: e.currentTarget.value })} autoComplete="off" />
      {places.length > 0 && (
        <ul class="places" aria-label={t('Places')}>
          {places.map((p) => (
            <li key={p.kind === 'neighbourhood' ? p.id : p.postcode}>
              <button type="button" class="secondary" onClick={() => goTo(p)}>
                {t('Go to {place}', { place: p.kind === 'neighbourhood' ? p.name : p.postcode })}
                <small> {p.kind === 'neighbourhood' ? `${t('neighbourhood')}${p.code ? ` ${p.code}` : ''}` : t('postcode')}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details class="filters">
        <summary>{isEmptyQuery({ ...q, text: '' }) ? t('Filters') : t('Filters (on)')}</summary>
        <div class="filter-grid">
          {select(
            'filter-category',
            msg('Category'),
            q.category,
            CATEGORY_LIST.map((c) => [c.id, t(c.label)] as const),
            'category',
          )}
          {select(
            'filter-type',
            msg('Type'),
            q.type,
            types.map((type) => [type, t(type)] as const),
            'type',
          )}
          {select(
            'filter-tag',
            msg('Tag'),
            q.tag,
            tags.map((tag) => [tag, tag] as const),
            'tag',
          )}
          {select(
            'filter-neighbourhood',
            msg('Neighbourhood'),
            q.neighbourhoodId,
            appState.neighbourhoods.value.map((n) => [n.id, n.name] as const),
            'neighbourhoodId',
          )}
          {select(
            'filter-status',
            msg('Status'),
            q.status,
            STATUS_VALUES.map((s) => [s, t(STATUS_LABELS[s])] as const),
            'status',
          )}
          {details.length > 0 &&
            select(
              'filter-detail',
              msg('Detail'),
              q.detail,
              details.map((d) => [d.key, fieldOf(d.key)?.label ?? d.key] as const),
              'detail',
            )}
          {chosenDetail && (
            <div class="filter">
              <label for="filter-detail-value">{t('{detail} is', { detail: fieldOf(chosenDetail.key)?.label ?? chosenDetail.key })}</label>
              <select id="filter-detail-value" value={q.detailValue} onChange={(e) => set({ detailValue: e.currentTarget.value })}>
                <option value="">{t('Anything')}</option>
                {chosenDetail.values.map((v) => (
                  <option key={v} value={v}>
                    {showValue(fieldOf(chosenDetail.key), v)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <button type="button" class="secondary wide" onClick={() => (query.value = EMPTY_QUERY)} disabled={isEmptyQuery(q)}>
          {t('Clear search and filters')}
        </button>
      </details>
    </search>
  );
}
