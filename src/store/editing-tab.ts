/** The part of the Web Locks API this module uses (navigator.locks), so a test can name what it needs. */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

export const EDITING_LOCK = 'asset-atlas-editing-tab';

/**
 * One editing tab per device. Every tab of the app shares one database and one undo log, so two
 * tabs editing at once would each show stale records and undo each other's changes. The tab that
 * holds a Web Lock edits; another tab shows "Asset Atlas is open in another tab — use this one
 * instead", and taking over steals the lock, which the first tab notices at once. Where a browser
 * has no Web Locks (none of the supported ones), every tab edits as before.
 */
export class EditingTab {
  constructor(
    private readonly onLost: () => void,
    private readonly locks: LockManagerLike | undefined = globalThis.navigator?.locks,
    private readonly name = EDITING_LOCK,
  ) {}

  /** Becomes the editing tab if no other tab is; true when this tab may edit. */
  async claim(): Promise<boolean> {
    if (!this.locks) return true;
    return this.hold({ ifAvailable: true });
  }

  /** Takes editing over from the other tab, which is told at once (its lock is stolen). */
  async takeOver(): Promise<void> {
    if (!this.locks) return;
    await this.hold({ steal: true });
  }

  private hold(options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
    const locks = this.locks;
    if (!locks) return Promise.resolve(true);
    return new Promise<boolean>((answer) => {
      const held = locks.request(this.name, options, (lock) => {
        if (!lock) {
          answer(false);
          return Promise.resolve();
        }
        answer(true);
        // Held until this page goes away or another tab steals it.
        return new Promise<void>(() => undefined);
      });
      // A stolen lock rejects its request with AbortError: another tab is editing now.
      held.catch(() => this.onLost());
    });
  }
}
