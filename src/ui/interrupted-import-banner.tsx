import { settleInterruptedImport } from '../actions/workspace-actions';
import { t } from '../lib/i18n';
import { formatNumber } from '../lib/i18n/format';
import { appState } from '../store/state';

/** Says that an import was cut short (the tab closed mid-import) and lets the coordinator settle it. */
export function InterruptedImportBanner() {
  const cut = appState.interruptedImport.value;
  if (!cut) return null;
  const saved = cut.addedIds.length + cut.previous.length;
  return (
    <div class="banner warning" role="alert">
      <p>
        {t('{count, plural, one {An import of \u201c{file}\u201d was interrupted: {done} of # row were saved} other {An import of \u201c{file}\u201d was interrupted: {done} of # rows were saved}}', {
          count: cut.total,
          file: cut.fileName,
          done: formatNumber(cut.done),
        })}{' '}
        {cut.previous.length > 0
          ? t('({added, plural, one {# new record} other {# new records}}, {updated, plural, one {# record updated} other {# records updated}}).', {
              added: cut.addedIds.length,
              updated: cut.previous.length,
            })
          : t('({added, plural, one {# new record} other {# new records}}).', { added: cut.addedIds.length })}{' '}
        {cut.previous.length > 0
          ? t(
              '{saved, plural, one {Keep it, or remove it and put back the records as they were before? Either can be undone.} other {Keep them, or remove them and put back the records as they were before? Either can be undone.}}',
              { saved },
            )
          : t('{saved, plural, one {Keep it, or remove it? Either can be undone.} other {Keep them, or remove them? Either can be undone.}}', { saved })}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void settleInterruptedImport('keep')}>
          {t('Keep them')}
        </button>
        <button type="button" class="secondary" onClick={() => void settleInterruptedImport('remove')}>
          {t('Remove them')}
        </button>
      </div>
    </div>
  );
}
