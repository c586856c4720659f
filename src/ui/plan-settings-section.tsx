import { useState } from 'preact/hooks';
import { appState } from '../store/state';
import { setPlanSettings } from '../actions/workspace-actions';
import type { Problem } from '../lib/result';
import { Field, describedBy } from './form-fields';
import { errorFor } from './action-form';
import { t } from '../lib/i18n';

/** The team's list of themes for actions, and how many weeks apart reviews fall by default. */
export function PlanSettingsSection() {
  const settings = appState.settings.value;
  const [themes, setThemes] = useState(settings.actionThemes.join('\n'));
  const [weeks, setWeeks] = useState(String(settings.reviewWeeks));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    const done = await setPlanSettings(themes, Number(weeks));
    setProblems(done.ok ? [] : done.error);
    setSaved(done.ok);
  };
  const themesError = errorFor(problems, 'actionThemes');
  const weeksError = errorFor(problems, 'reviewWeeks');
  return (
    <section aria-labelledby="plan-settings-title">
      <h2 class="section-heading" id="plan-settings-title">
        {t('Action plans')}
      </h2>
      <p class="hint">{t('Shared with the team. Existing actions keep their theme when it leaves the list.')}</p>
      <Field id="action-themes" label={t('Themes (one per line)')} error={themesError}>
        <textarea id="action-themes" rows={6} value={themes} onInput={(e) => (setThemes(e.currentTarget.value), setSaved(false))} {...describedBy('action-themes', themesError)} />
      </Field>
      <Field id="review-weeks" label={t('Weeks between reviews')} error={weeksError}>
        <input id="review-weeks" type="number" min={1} max={52} value={weeks} onInput={(e) => (setWeeks(e.currentTarget.value), setSaved(false))} {...describedBy('review-weeks', weeksError)} />
      </Field>
      <div class="form-actions">
        <button type="button" onClick={() => void save()}>
          {t('Save themes and reviews')}
        </button>
      </div>
      {saved && (
        <p role="status">
          {t('{themes, plural, one {Saved: # theme,} other {Saved: # themes,}} {weeks, plural, one {reviews every week.} other {reviews every # weeks.}}', {
            themes: appState.settings.value.actionThemes.length,
            weeks: appState.settings.value.reviewWeeks,
          })}
        </p>
      )}
    </section>
  );
}
