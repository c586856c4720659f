import { useEffect, useRef, useState } from 'preact/hooks';
import { useThisTab } from '../actions/workspace-actions';
import { appState } from '../store/state';
import { toast } from './ui-state';
import { t } from '../lib/i18n';
import { changeText } from './change-words';

/**
 * Shown over the app while another tab is the editing tab: this tab holds nothing that could go
 * stale or clash, and one tap brings editing here (the other tab then shows this same screen).
 */
export function ElsewhereScreen() {
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const take = async () => {
    setBusy(true);
    await useThisTab();
    setBusy(false);
    const next = appState.undoLabel.value;
    const using = t('Using this tab again, with every change made in the other tab.');
    toast.value = { message: next ? `${using} ${t('Undo would now undo “{change}”.', { change: changeText(next) })}` : using, undoable: false };
  };
  return (
    <div class="dialog-backdrop elsewhere">
      <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="elsewhere-title" aria-describedby="elsewhere-text">
        <h1 id="elsewhere-title">{t('Asset Atlas is open in another tab')}</h1>
        <p id="elsewhere-text">{t('Only one tab edits at a time, so no change is lost or undone by another tab. Your records are safe; use this tab instead, and the other one will pause.')}</p>
        <div class="actions">
          <button type="button" class="primary" ref={button} disabled={busy} onClick={() => void take()}>
            {t('Use this one instead')}
          </button>
        </div>
      </section>
    </div>
  );
}
