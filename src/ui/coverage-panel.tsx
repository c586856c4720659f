import { useRef, useState } from 'preact/hooks';
import { runCoverage, type CoverageProgress } from '../actions/coverage';
import { type Problem } from '../lib/result';
import { appState } from '../store/state';
import { CoverageQuestionForm, draftFromQuestion, questionFromDraft, type QuestionDraft } from './coverage-question';
import { CoverageResults } from './coverage-results';
import { panelTab, send, shownAnalysis, shownAnalysisId } from './ui-state';
import { msg, t } from '../lib/i18n';
import { problemsText } from './problem-words';

/** The Coverage tab: ask "how much of each neighbourhood is within reach of…?", see and keep the answers. */
export function CoveragePanel() {
  const latest = shownAnalysis.value;
  const [draft, setDraft] = useState<QuestionDraft>(() => draftFromQuestion(latest?.question ?? null));
  const [progress, setProgress] = useState<CoverageProgress | null>(null);
  const [refusal, setRefusal] = useState<readonly Problem[] | null>(null);
  const running = useRef<AbortController | null>(null);

  const run = async (question: unknown) => {
    const controller = new AbortController();
    running.current = controller;
    setRefusal(null);
    setProgress({ done: 0, total: 1, stage: msg('Starting') });
    const result = await runCoverage(question, { onProgress: setProgress, signal: controller.signal });
    running.current = null;
    setProgress(null);
    if (result.ok) {
      shownAnalysisId.value = result.value.id;
      // The answer appears below the question: bring it into view.
      requestAnimationFrame(() => document.getElementById('coverage-results-heading')?.scrollIntoView({ block: 'start' }));
    } else setRefusal(result.error);
  };

  const editBoundary = (id: string) => {
    const n = appState.neighbourhoods.value.find((x) => x.id === id);
    if (!n) return;
    panelTab.value = 'neighbourhoods';
    send({ type: 'edit-neighbourhood', neighbourhood: n });
  };

  // A refusal about one neighbourhood's boundary names it: offer to open it.
  const toRepair = refusal?.find((p) => p.recordId)?.recordId;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" class="section-heading">
        {t('Analyse coverage')}
      </h2>
      <form
        class="coverage-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running.current) void run(questionFromDraft(draft));
        }}
      >
        <CoverageQuestionForm draft={draft} onChange={setDraft} />
        {refusal && (
          <div class="warning" role="alert">
            <p>{problemsText(refusal)}</p>
            {toRepair && (
              <button type="button" onClick={() => editBoundary(toRepair)}>
                {t('Edit this neighbourhood')}
              </button>
            )}
          </div>
        )}
        {progress ? (
          <div class="progress-block">
            <label for="coverage-progress">{t('Analysing: {stage}', { stage: t(progress.stage) })}</label>
            <progress id="coverage-progress" max={progress.total} value={progress.done} />
            <button type="button" onClick={() => running.current?.abort()}>
              {t('Cancel analysis')}
            </button>
          </div>
        ) : (
          <div class="form-actions">
            <button type="submit" class="primary">
              {t('Analyse coverage')}
            </button>
          </div>
        )}
      </form>
      {latest && !progress && <CoverageResults analysis={latest} onRerun={() => void run(latest.question)} />}
    </section>
  );
}
