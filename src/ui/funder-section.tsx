import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { setFunder } from '../actions/investments';
import type { Problem } from '../lib/result';
import { Field, describedBy, fieldProblem } from './form-fields';
import { t } from '../lib/i18n';

/**
 * Settings → Funder: the name, organisation identifier and 360Giving prefix a 360Giving file needs,
 * and the largest grant the team records (a larger amount is taken for a slip of the keyboard).
 */
export function FunderSection() {
  const settings = appState.settings.value;
  const [name, setName] = useState(settings.funder?.name ?? '');
  const [orgId, setOrgId] = useState(settings.funder?.orgId ?? '');
  const [prefix, setPrefix] = useState(settings.funder?.prefix ?? '');
  const [largest, setLargest] = useState(String(settings.largestGrantPence / 100));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const edit = (set: (v: string) => void) => (e: { currentTarget: HTMLInputElement }) => (set(e.currentTarget.value), setSaved(false));
  const save = async () => {
    const done = await setFunder({ name, orgId, prefix, largestGrantPounds: Number(largest.replace(/[£,\s]/g, '')) });
    setProblems(done.ok ? [] : done.error);
    setSaved(done.ok);
  };
  const errors = { name: fieldProblem(problems, 'name'), orgId: fieldProblem(problems, 'orgId'), prefix: fieldProblem(problems, 'prefix'), largest: fieldProblem(problems, 'largestGrantPence') };
  return (
    <section aria-labelledby="funder-title">
      <h2 class="section-heading" id="funder-title">
        {t('Funder')}
      </h2>
      <p class="hint">{t('Shared with the team. A 360Giving file names who gave each grant.')}</p>
      <Field id="funder-name" label={t('Funder’s name')} error={errors.name}>
        <input id="funder-name" value={name} onInput={edit(setName)} {...describedBy('funder-name', errors.name)} />
      </Field>
      <Field id="funder-org-id" label={t('Organisation identifier')} error={errors.orgId} hint={t('From org-id.guide: GB-CHC- and the charity number, or GB-COH- and the company number')}>
        <input id="funder-org-id" value={orgId} autoCapitalize="characters" onInput={edit(setOrgId)} {...describedBy('funder-org-id', errors.orgId, 'hint')} />
      </Field>
      <Field id="funder-prefix" label={t('360Giving prefix')} error={errors.prefix} hint={t('Given by 360Giving when you first publish, e.g. 360G-millbrookcf')}>
        <input id="funder-prefix" value={prefix} onInput={edit(setPrefix)} {...describedBy('funder-prefix', errors.prefix, 'hint')} />
      </Field>
      <Field id="largest-grant" label={t('Largest grant (£)')} error={errors.largest} hint={t('A grant over this is refused as a likely typing slip')}>
        <input id="largest-grant" inputMode="decimal" value={largest} onInput={edit(setLargest)} {...describedBy('largest-grant', errors.largest, 'hint')} />
      </Field>
      <div class="form-actions">
        <button type="button" onClick={() => void save()}>
          {t('Save funder')}
        </button>
      </div>
      {saved && <p role="status">{t('Saved: grants are published as {funder}’s.', { funder: appState.settings.value.funder?.name ?? '' })}</p>}
    </section>
  );
}
