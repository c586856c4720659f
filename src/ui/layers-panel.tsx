import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { deleteOverlay, setOverlayValueField, setOverlayVisible } from '../actions/overlays';
import { ContextLayerDialog } from './context-layer-dialog';
import { OverlayLegend } from './overlay-legend';
import { toast } from './ui-state';
import { ConnectionsLayer } from './connections-layer';
import { WalkPhotosLayer } from './walk-photos-layer';
import { t } from '../lib/i18n';

/** The context layers tab: add small-area data such as deprivation, show or hide it, recolour it. */
export function LayersPanel() {
  const [adding, setAdding] = useState(false);
  const overlays = appState.overlays.value;
  return (
    <section aria-labelledby="layers-heading">
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => setAdding(true)}>
          {t('Add context layer')}
        </button>
      </div>
      <ConnectionsLayer />
      <WalkPhotosLayer />
      <h2 id="layers-heading" class="section-heading">
        {t('Context layers')} <span class="count">({overlays.length})</span>
      </h2>
      {overlays.length === 0 && (
        <p class="empty">{t('No context layers. Add small-area boundaries (such as LSOAs) joined to data such as the Index of Multiple Deprivation to see where need is greatest.')}</p>
      )}
      <ul class="layer-list" aria-label={t('Context layers')}>
        {overlays.map((o) => {
          const fields = [...new Set(o.areas.flatMap((a) => Object.keys(a.values)))];
          return (
            <li key={o.id} class="layer-row">
              <label class="check">
                <input type="checkbox" checked={o.visible} onChange={(e) => void setOverlayVisible(o.id, e.currentTarget.checked)} />
                <span>
                  {t('Show {layer}', { layer: o.name })}
                  <small>
                    {t('{count, plural, one {# area} other {# areas}}', { count: o.areas.length })}
                    {o.vintage ? ` · ${o.vintage}` : ''}
                  </small>
                </span>
              </label>
              {fields.length > 0 && (
                <div class="field">
                  <label for={`colour-${o.id}`}>{t('Colour by')}</label>
                  <select id={`colour-${o.id}`} value={o.valueField ?? ''} onChange={(e) => void setOverlayValueField(o.id, e.currentTarget.value)}>
                    {fields.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <OverlayLegend overlay={o} />
              {o.attribution && <p class="hint">{o.attribution}</p>}
              <button
                type="button"
                class="danger"
                aria-label={t('Delete layer {layer}', { layer: o.name })}
                onClick={() => void deleteOverlay(o.id).then((done) => done && (toast.value = { message: t('Deleted layer “{layer}”', { layer: o.name }), undoable: true }))}
              >
                {t('Delete layer')}
              </button>
            </li>
          );
        })}
      </ul>
      {adding && <ContextLayerDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
