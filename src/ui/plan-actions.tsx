import { findAsset } from '../model/asset-links';
import { useState } from 'preact/hooks';
import { planOrder, reviewState, type Action, type ActionGroup, type ActionStatus } from '../model/action-plan';
import { appState } from '../store/state';
import { addProgress, deleteAction, setActionStatus } from '../actions/action-plans';

import { Field } from './form-fields';
import { ActionForm } from './action-form';
import { ChoiceSelect, memberChoices, statusChoices, themeChoices } from './plan-fields';
import { STATUS_LABELS, dayText, memberNamer, reviewText, today } from './plan-text';
import { mapFocus, planHighlight, toast } from './ui-state';
import { msg, t } from '../lib/i18n';
import { problemLines } from './problem-words';

/** Shows the assets an action builds on: ringed on the map, and framed. */
function showOnMap(action: Action): void {
  planHighlight.value = action.buildsOn;
  const assets = appState.assets.value.filter((a) => action.buildsOn.includes(a.id) && a.geometry);
  const first = assets[0]?.geometry;
  if (first) mapFocus.value = { geometry: { coordinates: assets.map((a) => a.geometry?.coordinates) } };
}

/** One action opened: what it builds on, its progress notes, a new note, its status. */
function ActionCard({ action, onEdit }: { action: Action; onEdit: () => void }) {
  const [note, setNote] = useState('');
  const [noteDate, setNoteDate] = useState(today());
  const [error, setError] = useState<string | undefined>();
  const assets = appState.assets.value;
  const review = async () => {
    const added = await addProgress(action.id, noteDate, note);
    if (!added.ok) return setError(problemLines(added.error).join(' '));
    setError(undefined);
    setNote('');
    toast.value = { message: t('Reviewed \u201c{title}\u201d: next review {date}', { title: action.title, date: dayText(added.value.nextReview ?? noteDate) }), undoable: true };
  };
  const status = async (next: ActionStatus) => {
    const changed = await setActionStatus(action.id, next);
    if (changed.ok)
      toast.value = {
        message: t(
          '{status, select, idea {\u201c{title}\u201d is now an idea} agreed {\u201c{title}\u201d is now agreed} done {\u201c{title}\u201d is now done} stopped {\u201c{title}\u201d is now stopped} other {\u201c{title}\u201d is now under way}}',
          { title: action.title, status: next },
        ),
        undoable: true,
      };
  };
  return (
    <div class="action-card">
      <h5>{t('Builds on')}</h5>
      {action.buildsOn.length === 0 ? (
        <p class="hint">{t('No assets named yet.')}</p>
      ) : (
        <ul class="builds-on" aria-label={t('{title} builds on', { title: action.title })}>
          {action.buildsOn.map((id) => {
            const asset = findAsset(assets, id);
            return (
              <li key={id}>
                {asset ? (
                  <button type="button" class="link-button" onClick={() => (appState.selectedAssetId.value = id)}>
                    {asset.name}
                  </button>
                ) : (
                  t('An asset no longer on the map')
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Field id={`status-${action.id}`} label={t('Status')}>
        <ChoiceSelect id={`status-${action.id}`} value={action.status} onChange={(v) => void status(v as ActionStatus)} choices={statusChoices()} />
      </Field>
      <h5>{t('Progress')}</h5>
      {action.progress.length === 0 && <p class="hint">{t('No progress notes yet.')}</p>}
      <ol class="progress-notes">
        {action.progress.map((p, i) => (
          <li key={`${p.date}-${i}`}>
            <span class="asset-meta">{dayText(p.date)}</span> {p.note}
          </li>
        ))}
      </ol>
      <div class="field-pair">
        <Field id={`note-date-${action.id}`} label={t('Date of review')}>
          <input id={`note-date-${action.id}`} type="date" value={noteDate} onInput={(e) => setNoteDate(e.currentTarget.value)} />
        </Field>
      </div>
      <Field id={`note-${action.id}`} label={t('Progress note')} error={error}>
        <textarea id={`note-${action.id}`} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <div class="form-actions">
        <button type="button" onClick={() => void review()}>
          {t('Add progress note')}
        </button>
        <button type="button" class="secondary" onClick={() => showOnMap(action)}>
          {t('Show on map')}
        </button>
        <button type="button" class="secondary" onClick={onEdit}>
          {t('Edit action')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => void deleteAction(action.id).then((done) => done.ok && (toast.value = { message: t('Deleted action \u201c{title}\u201d', { title: action.title }), undoable: true }))}
        >
          {t('Delete action')}
        </button>
      </div>
    </div>
  );
}

/** The order the plan is read in: reviews due first, then by status from what is moving to what is settled. */
const SECTIONS: readonly { id: string; label: string; has: (a: Action, on: string) => boolean }[] = [
  { id: 'review', label: msg('Reviews due'), has: (a, on) => ['overdue', 'due'].includes(reviewState(a, on)) },
  ...(['under way', 'agreed', 'idea', 'done', 'stopped'] as const).map((s) => ({
    id: s,
    label: STATUS_LABELS[s],
    has: (a: Action, on: string) => a.status === s && !['overdue', 'due'].includes(reviewState(a, on)),
  })),
];

/** The local action plan: filters by theme and lead, actions by status with reviews due first. */
export function PlanActions({ group }: { group: ActionGroup }) {
  const [theme, setTheme] = useState('');
  const [lead, setLead] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const on = today();
  const nameOf = memberNamer(group, appState.assets.value);
  const all = appState.actions.value.filter((a) => a.actionGroupId === group.id);
  const shown = planOrder(
    all.filter((a) => (!theme || a.theme === theme) && (!lead || a.leadMemberId === lead)),
    on,
  );
  const themes = [...new Set(all.map((a) => a.theme).filter(Boolean))].sort();
  if (editing)
    return (
      <ActionForm
        group={group}
        action={editing === 'new' ? null : editing}
        onDone={() => {
          setEditing(null);
        }}
      />
    );
  const toggle = (action: Action) => {
    const opening = openId !== action.id;
    setOpenId(opening ? action.id : null);
    if (opening) showOnMap(action);
    else planHighlight.value = [];
  };
  return (
    <section class="plan-actions" aria-labelledby="plan-actions-heading">
      <div class="section-heading-row">
        <h4 id="plan-actions-heading" class="section-heading">
          {t('Local action plan')} <span class="count">({all.length})</span>
        </h4>
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          {t('Add action')}
        </button>
      </div>
      {all.length > 0 && (
        <div class="field-pair">
          <Field id="plan-theme-filter" label={t('Theme')}>
            <ChoiceSelect id="plan-theme-filter" value={theme} onChange={setTheme} empty={t('All themes')} choices={themeChoices(themes)} />
          </Field>
          <Field id="plan-lead-filter" label={t('Lead')}>
            <ChoiceSelect id="plan-lead-filter" value={lead} onChange={setLead} empty={t('All leads')} choices={memberChoices(group, nameOf)} />
          </Field>
        </div>
      )}
      {all.length === 0 && <p class="empty">{t('No actions yet. Agree with the partners what to do first, building on the assets you mapped.')}</p>}
      {SECTIONS.map((section) => {
        const actions = shown.filter((a) => section.has(a, on));
        if (actions.length === 0) return null;
        return (
          <div key={section.id} class="plan-section">
            <h5>
              {t(section.label)} <span class="count">({actions.length})</span>
            </h5>
            <ul class="action-list" aria-label={t(section.label)}>
              {actions.map((a) => {
                const due = reviewText(a, on);
                return (
                  <li key={a.id} class={`action-row${reviewState(a, on) === 'overdue' ? ' overdue' : ''}`}>
                    <button type="button" class="action-summary" aria-expanded={openId === a.id} onClick={() => toggle(a)}>
                      <span class="asset-name">{a.title}</span>
                      <span class="asset-meta">
                        {[
                          t(STATUS_LABELS[a.status]),
                          a.theme && t(a.theme),
                          a.leadMemberId ? t('Lead: {name}', { name: nameOf(a.leadMemberId) }) : '',
                          a.due ? t('Due {date}', { date: dayText(a.due) }) : '',
                        ]
                          .filter(Boolean)
                          .join(' \u00b7 ')}
                      </span>
                      {due && <span class="review-note">{due}</span>}
                    </button>
                    {openId === a.id && <ActionCard action={a} onEdit={() => setEditing(a)} />}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
