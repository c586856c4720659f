import { useState } from 'preact/hooks';
import type { ActionGroup, Meeting } from '../model/action-plan';
import { appState } from '../store/state';
import { deleteMeeting, saveMeeting } from '../actions/action-plans';
import type { Problem } from '../lib/result';
import { Field, describedBy } from './form-fields';
import { errorFor } from './action-form';
import { SaveOrCancel } from './plan-fields';
import { dayText, memberNamer, today } from './plan-text';
import { toast } from './ui-state';
import { t } from '../lib/i18n';

/** Records a meeting (or corrects one): its date, who came, and notes. */
function MeetingForm({ group, meeting, onDone }: { group: ActionGroup; meeting: Meeting | null; onDone: () => void }) {
  const [date, setDate] = useState(meeting?.date ?? today());
  const [came, setCame] = useState<readonly string[]>(meeting?.attendeeIds ?? []);
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const nameOf = memberNamer(group, appState.assets.value);
  const save = async () => {
    const saved = await saveMeeting({ id: meeting?.id ?? null, groupId: group.id, date, attendeeIds: came, notes });
    if (!saved.ok) return setProblems(saved.error);
    toast.value = { message: t('Saved the meeting of {date}', { date: dayText(saved.value.date) }), undoable: true };
    onDone();
  };
  const dateError = errorFor(problems, 'date');
  return (
    <form
      class="plan-form"
      aria-label={meeting ? t('Edit meeting') : t('New meeting')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field id="meeting-date" label={t('Meeting date')} error={dateError}>
        <input id="meeting-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} {...describedBy('meeting-date', dateError)} />
      </Field>
      <fieldset>
        <legend>{t('Who came')}</legend>
        {group.members.length === 0 && <p class="hint">{t('Add the group’s partners first.')}</p>}
        {group.members.map((m) => (
          <label key={m.id} class="check">
            <input type="checkbox" checked={came.includes(m.id)} onChange={(e) => setCame(e.currentTarget.checked ? [...came, m.id] : came.filter((id) => id !== m.id))} />
            {nameOf(m.id)}
          </label>
        ))}
      </fieldset>
      <Field id="meeting-notes" label={t('Meeting notes')}>
        <textarea id="meeting-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </Field>
      <SaveOrCancel save={t('Save meeting')} onCancel={onDone} />
    </form>
  );
}

/** The group's meetings, newest first. */
export function PlanMeetings({ group }: { group: ActionGroup }) {
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const meetings = appState.meetings.value.filter((m) => m.actionGroupId === group.id).sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="plan-meetings" aria-labelledby="plan-meetings-heading">
      <div class="section-heading-row">
        <h4 id="plan-meetings-heading" class="section-heading">
          {t('Meetings')} <span class="count">({meetings.length})</span>
        </h4>
        {!editing && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('Record meeting')}
          </button>
        )}
      </div>
      {editing && <MeetingForm group={group} meeting={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {meetings.length === 0 && !editing && <p class="empty">{t('No meetings recorded yet.')}</p>}
      <ul class="meeting-list" aria-label={t('Meetings')}>
        {meetings.map((m) => (
          <li key={m.id} aria-label={t('Meeting of {date}', { date: dayText(m.date) })}>
            <span class="asset-name">{dayText(m.date)}</span>
            <span class="asset-meta">{t('{count, plural, one {# partner came} other {# partners came}}', { count: m.attendeeIds.length })}</span>
            {m.notes && <p class="meeting-notes">{m.notes}</p>}
            <div class="row-actions">
              <button type="button" class="secondary" aria-label={t('Edit meeting of {date}', { date: dayText(m.date) })} onClick={() => setEditing(m)}>
                {t('Edit')}
              </button>
              <button
                type="button"
                class="secondary"
                aria-label={t('Delete meeting of {date}', { date: dayText(m.date) })}
                onClick={() => void deleteMeeting(m.id).then((r) => r.ok && (toast.value = { message: t('Deleted the meeting of {date}', { date: dayText(m.date) }), undoable: true }))}
              >
                {t('Delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
