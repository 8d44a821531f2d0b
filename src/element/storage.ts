import { warn } from './report.js';

/**
 * Web Storage that may fail: private modes, sandboxed frames and blocked
 * third-party storage throw on access, a full quota throws on write. The
 * first failure is reported once and the store turns itself off, so the
 * quiz goes on in memory (as `persist="none"`).
 */
export class SafeStorage {
  #broken = false;

  constructor(private readonly kind: () => 'local' | 'session' | 'none') {}

  #attempt<T>(use: (storage: Storage) => T): T | null {
    const kind = this.kind();
    if (kind === 'none' || this.#broken) return null;
    try {
      return use(kind === 'local' ? localStorage : sessionStorage);
    } catch (error) {
      this.#broken = true;
      const reason = error instanceof Error ? error.name : 'an error';
      warn(`${kind}Storage is not available (${reason}): progress is kept only while the page is open.`);
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
