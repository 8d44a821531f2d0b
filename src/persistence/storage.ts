/** The part of Web Storage the quiz uses: `localStorage` and `sessionStorage` have it, and so can a test's stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Web Storage that may fail: private modes, sandboxed frames and blocked
 * third-party storage throw on access, a full quota throws on write. The
 * first failure is reported once (`report`, with a sentence for the page's
 * developer) and the store turns itself off, so the quiz goes on in memory.
 * `open` gives the store to use now (null: keep nothing); reading the
 * global itself may throw, so it is called inside the guard.
 */
export class GuardedStorage {
  #broken = false;

  constructor(
    private readonly open: () => { name: string; storage: () => StorageLike } | null,
    private readonly report: (message: string) => void,
  ) {}

  #attempt<T>(use: (storage: StorageLike) => T): T | null {
    const store = this.open();
    if (!store || this.#broken) return null;
    try {
      return use(store.storage());
    } catch (error) {
      this.#broken = true;
      const reason = error instanceof Error ? error.name : 'an error';
      this.report(`${store.name} is not available (${reason}): progress is kept only while the page is open.`);
      return null;
    }
  }

  read(key: string): string | null {
    return this.#attempt((s) => s.getItem(key));
  }

  write(key: string, value: string | null): void {
    this.#attempt((s) => (value === null ? s.removeItem(key) : s.setItem(key, value)));
  }
}
