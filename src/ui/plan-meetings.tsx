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
    toast.value = { message: `Saved the meeting of ${dayText(saved.value.date)}`, undoable: true };
    onDone();
  };
  const dateError = errorFor(problems, 'date');
  return (
    <form
      class="plan-form"
      aria-label={meeting ? 'Edit meeting' : 'New meeting'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field id="meeting-date" label="Meeting date" error={dateError}>
        <input id="meeting-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} {...describedBy('meeting-date', dateError)} />
      </Field>
      <fieldset>
        <legend>Who came</legend>
        {group.members.length === 0 && <p class="hint">Add the group’s partners first.</p>}
        {group.members.map((m) => (
          <label key={m.id} class="check">
            <input type="checkbox" checked={came.includes(m.id)} onChange={(e) => setCame(e.currentTarget.checked ? [...came, m.id] : came.filter((id) => id !== m.id))} />
            {nameOf(m.id)}
          </label>
        ))}
      </fieldset>
      <Field id="meeting-notes" label="Meeting notes">
        <textarea id="meeting-notes" rows={3} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </Field>
      <SaveOrCancel save="Save meeting" onCancel={onDone} />
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
          Meetings <span class="count">({meetings.length})</span>
        </h4>
        {!editing && (
          <button type="button" onClick={() => setEditing('new')}>
            Record meeting
          </button>
        )}
      </div>
      {editing && <MeetingForm group={group} meeting={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {meetings.length === 0 && !editing && <p class="empty">No meetings recorded yet.</p>}
      <ul class="meeting-list" aria-label="Meetings">
        {meetings.map((m) => (
          <li key={m.id} aria-label={`Meeting of ${dayText(m.date)}`}>
            <span class="asset-name">{dayText(m.date)}</span>
            <span class="asset-meta">
              {m.attendeeIds.length} partner{m.attendeeIds.length === 1 ? '' : 's'} came
            </span>
            {m.notes && <p class="meeting-notes">{m.notes}</p>}
            <div class="row-actions">
              <button type="button" class="secondary" aria-label={`Edit meeting of ${dayText(m.date)}`} onClick={() => setEditing(m)}>
                Edit
              </button>
              <button
                type="button"
                class="secondary"
                aria-label={`Delete meeting of ${dayText(m.date)}`}
                onClick={() => void deleteMeeting(m.id).then((r) => r.ok && (toast.value = { message: `Deleted the meeting of ${dayText(m.date)}`, undoable: true }))}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
