import { msg } from '../lib/i18n/msg';

/** Why a store operation failed, in a form the UI can act on and a sentence it can show. */
export type StoreErrorCode = 'quota-exceeded' | 'connection-lost' | 'blocked' | 'version-changed' | 'elsewhere' | 'invalid-record' | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const MESSAGES: Record<StoreErrorCode, string> = {
  'quota-exceeded': msg('The device is out of storage space, so nothing was saved. Free some space (for example an offline basemap) and try again; your entry is still here.'),
  'connection-lost': msg('Lost the connection to on-device storage, so nothing was saved. Reload the page to reconnect; your entry is still here.'),
  blocked: msg('Asset Atlas is open in another tab with an older version. Close that tab to finish updating.'),
  'version-changed': msg('A newer version of Asset Atlas was opened in another tab. Reload this page to keep working.'),
  elsewhere: msg('Asset Atlas is being used in another tab, so nothing was saved here. Use this tab instead to keep working in it.'),
  'invalid-record': msg('A record was refused because it is not valid.'),
  unknown: msg('Saving failed for an unexpected reason, so nothing was saved.'),
};

/** True when an error means the database connection is gone and reopening may help. */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const { name, message } = error as { name: string; message: string };
  return name === 'InvalidStateError' || (name === 'UnknownError' && /connection|lost|server/i.test(message)) || /database connection is closing|connection.*lost/i.test(message);
}

/** Maps any failure of IndexedDB to a StoreError with a sentence a coordinator understands. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StoreError('quota-exceeded', MESSAGES['quota-exceeded']);
  if (isConnectionLoss(error)) return new StoreError('connection-lost', MESSAGES['connection-lost']);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError('unknown', MESSAGES.unknown, [detail]);
}

export function storeError(code: StoreErrorCode, details: readonly string[] = []): StoreError {
  return new StoreError(code, MESSAGES[code], details);
}
