import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { deleteOverlay, setOverlayValueField, setOverlayVisible } from '../actions/overlays';
import { ContextLayerDialog } from './context-layer-dialog';
import { OverlayLegend } from './overlay-legend';
import { toast } from './ui-state';
import { ConnectionsLayer } from './connections-layer';
import { WalkPhotosLayer } from './walk-photos-layer';

/** The context layers tab: add small-area data such as deprivation, show or hide it, recolour it. */
export function LayersPanel() {
  const [adding, setAdding] = useState(false);
  const overlays = appState.overlays.value;
  return (
    <section aria-labelledby="layers-heading">
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => setAdding(true)}>
          Add context layer
        </button>
      </div>
      <ConnectionsLayer />
      <WalkPhotosLayer />
      <h2 id="layers-heading" class="section-heading">
        Context layers <span class="count">({overlays.length})</span>
      </h2>
      {overlays.length === 0 && (
        <p class="empty">No context layers. Add small-area boundaries (such as LSOAs) joined to data such as the Index of Multiple Deprivation to see where need is greatest.</p>
      )}
      <ul class="layer-list" aria-label="Context layers">
        {overlays.map((o) => {
          const fields = [...new Set(o.areas.flatMap((a) => Object.keys(a.values)))];
          return (
            <li key={o.id} class="layer-row">
              <label class="check">
                <input type="checkbox" checked={o.visible} onChange={(e) => void setOverlayVisible(o.id, e.currentTarget.checked)} />
                <span>
                  Show {o.name}
                  <small>
                    {o.areas.length} areas{o.vintage ? ` \u00b7 ${o.vintage}` : ''}
                  </small>
                </span>
              </label>
              {fields.length > 0 && (
                <div class="field">
                  <label for={`colour-${o.id}`}>Colour by</label>
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
                aria-label={`Delete layer ${o.name}`}
                onClick={() => void deleteOverlay(o.id).then((done) => done && (toast.value = { message: `Deleted layer \u201c${o.name}\u201d`, undoable: true }))}
              >
                Delete layer
              </button>
            </li>
          );
        })}
      </ul>
      {adding && <ContextLayerDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
