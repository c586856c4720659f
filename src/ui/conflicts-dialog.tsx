import { useEffect, useRef, useState } from 'preact/hooks';
import { conflictVersions, myDevice, resolveConflict, teamState, type ConflictVersion } from '../actions/team';
import { editedText } from './team-words';
import { t } from '../lib/i18n';
import { differingFields, fieldLabel, fieldText, mergeFields } from '../model/record-differences';
import { problemLines, problemText } from './problem-words';

/** "Amina, 10:42" (today) or "Amina, 28 Nov 10:42". */
const whoWhen = (version: ConflictVersion): string => (version.incoming ? editedText(version.incoming, new Date()) : t('unreadable version'));

/** A field's value as the review shows it: "(empty)", "(none)" and a shape in the chosen language, what was typed as typed. */
function valueText(key: string, value: unknown): string {
  const text = fieldText(key, value);
  if (text === '(empty)' || text === '(none)') return t(text);
  return key === 'geometry' ? problemText(text) : text;
}

/** A record as a new version: its `updatedAt` (where it has one) is now. */
const touched = (record: Record<string, unknown>) => ('updatedAt' in record ? { ...record, updatedAt: new Date().toISOString() } : record);

const recordOf = (version: ConflictVersion | undefined): Record<string, unknown> | null =>
  version?.incoming?.what === 'record' ? (version.incoming.record as unknown as Record<string, unknown>) : null;

/** The versions as "mine" (written on this tablet, or the current winner) and "theirs". */
function sides(versions: readonly ConflictVersion[]): [ConflictVersion, ConflictVersion] | null {
  const device = myDevice();
  const mine = versions.find((v) => v.incoming?.device === device) ?? versions[0];
  const theirs = versions.find((v) => v !== mine);
  return mine && theirs ? [mine, theirs] : null;
}

/** The review of records saved differently on two tablets: both versions, field by field; nothing is lost until someone chooses. */
export function ConflictsDialog({ onClose }: { onClose: () => void }) {
  const conflicts = teamState.conflicts.value;
  const [open, setOpen] = useState<string | null>(conflicts[0]?.docId ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const current = conflicts.find((c) => c.docId === open) ?? conflicts[0];
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section class="dialog conflicts" role="dialog" aria-modal="true" aria-labelledby="conflicts-title">
        <h1 id="conflicts-title" ref={heading} tabIndex={-1}>
          {t('Conflicts')}
        </h1>
        {conflicts.length === 0 ? (
          <p role="status">{t('No conflicts: every record has one version.')}</p>
        ) : (
          <>
            <p class="hint">{t('These records were changed on two tablets before they could sync. Both versions are kept until you choose; your choice goes to the whole team.')}</p>
            {conflicts.length > 1 && (
              <ul class="conflict-list">
                {conflicts.map((c) => (
                  <li key={c.docId}>
                    <button type="button" class={c.docId === current?.docId ? 'primary' : 'secondary'} aria-pressed={c.docId === current?.docId} onClick={() => setOpen(c.docId)}>
                      {c.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {current && <ConflictReview key={current.docId} docId={current.docId} name={current.name} />}
          </>
        )}
        <div class="actions">
          <button type="button" class="primary" onClick={onClose}>
            {t('Close')}
          </button>
        </div>
      </section>
    </div>
  );
}

function ConflictReview({ docId, name }: { docId: string; name: string }) {
  const [versions, setVersions] = useState<ConflictVersion[] | null>(null);
  const [pickTheirs, setPickTheirs] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void conflictVersions(docId).then(setVersions);
  }, [docId]);
  if (!versions) return <p>{t('Reading both versions…')}</p>;
  const pair = sides(versions);
  if (!pair) return <p>{t('This record has only one version now.')}</p>;
  const [mine, theirs] = pair;
  const mineRecord = recordOf(mine);
  const theirsRecord = recordOf(theirs);
  const fields = mineRecord && theirsRecord ? differingFields(mineRecord, theirsRecord) : [];
  const keep = async (chosen: { record: unknown } | { deleted: true }) => {
    const done = await resolveConflict(docId, chosen);
    setProblem(done.ok ? null : problemLines(done.error).join(' '));
  };
  const keepVersion = (version: ConflictVersion) => {
    const record = recordOf(version);
    return keep(record ? { record: touched(record) } : { deleted: true });
  };
  const describe = (version: ConflictVersion) =>
    version.incoming?.what === 'deleted'
      ? t('Deleted by {who}', { who: whoWhen(version) })
      : version.incoming
        ? t('Edited by {who}', { who: whoWhen(version) })
        : t('Not readable: {reason}', { reason: version.reason ?? '' });
  return (
    <div class="conflict-review" role="group" aria-label={t('Conflict over {name}', { name })}>
      <h2>{name}</h2>
      <p>
        <strong>{t('Mine:')}</strong> {describe(mine)}. <strong>{t('Theirs:')}</strong> {describe(theirs)}.
      </p>
      {fields.length > 0 && (
        <table class="conflict-fields">
          <caption>{t('What differs — choose which to keep, field by field')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Field')}</th>
              <th scope="col">{t('Mine')}</th>
              <th scope="col">{t('Theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((key) => {
              const theirsPicked = pickTheirs.has(key);
              const choose = (toTheirs: boolean) => {
                const next = new Set(pickTheirs);
                if (toTheirs) next.add(key);
                else next.delete(key);
                setPickTheirs(next);
              };
              return (
                <tr key={key}>
                  <th scope="row">{t(fieldLabel(key))}</th>
                  <td>
                    <label class="check">
                      <input type="radio" name={`pick-${key}`} checked={!theirsPicked} onChange={() => choose(false)} aria-label={t('{field}: keep mine', { field: t(fieldLabel(key)) })} />
                      <span>{valueText(key, mineRecord?.[key])}</span>
                    </label>
                  </td>
                  <td>
                    <label class="check">
                      <input type="radio" name={`pick-${key}`} checked={theirsPicked} onChange={() => choose(true)} aria-label={t('{field}: keep theirs', { field: t(fieldLabel(key)) })} />
                      <span>{valueText(key, theirsRecord?.[key])}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void keepVersion(mine)}>
          {t('Keep mine')}
        </button>
        <button type="button" class="secondary" onClick={() => void keepVersion(theirs)}>
          {t('Keep theirs')}
        </button>
        {mineRecord && theirsRecord && fields.length > 1 && (
          <button type="button" class="primary" onClick={() => void keep({ record: touched(mergeFields(mineRecord, theirsRecord, pickTheirs)) })}>
            {t('Keep the fields chosen')}
          </button>
        )}
      </div>
    </div>
  );
}
