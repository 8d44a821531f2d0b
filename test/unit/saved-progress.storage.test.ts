import { describe, expect, it } from 'vitest';
import { GuardedStorage, type StorageLike } from '../../src/persistence/storage.js';

/** A Storage stand-in: a map, or one that throws like a full quota or a blocked store. */
function store(fail?: { on: 'read' | 'write'; error: Error }): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const guard = (op: 'read' | 'write') => {
    if (fail?.on === op) throw fail.error;
  };
  return {
    items,
    getItem: (key) => (guard('read'), items.get(key) ?? null),
    setItem: (key, value) => (guard('write'), void items.set(key, String(value))),
    removeItem: (key) => (guard('write'), void items.delete(key)),
  };
}

const guarded = (storage: StorageLike | null) => {
  const reports: string[] = [];
  const kept = new GuardedStorage(() => storage && { name: 'sessionStorage', storage: () => storage }, (m) => reports.push(m));
  return { kept, reports };
};

describe('guarded storage', () => {
  it('reads, writes and removes through the store it is given', () => {
    const s = store();
    const { kept, reports } = guarded(s);
    kept.write('exosome-quiz', 'progress');
    expect(s.items.get('exosome-quiz')).toBe('progress');
    expect(kept.read('exosome-quiz')).toBe('progress');
    kept.write('exosome-quiz', null);
    expect(s.items.has('exosome-quiz')).toBe(false);
    expect(reports).toEqual([]);
  });

  it('keeps nothing when there is no store (persist="none")', () => {
    const { kept, reports } = guarded(null);
    kept.write('exosome-quiz', 'progress');
    expect(kept.read('exosome-quiz')).toBe(null);
    expect(reports).toEqual([]);
  });

  it('a full quota is reported once, by name and reason, and the store turns itself off', () => {
    const s = store({ on: 'write', error: new DOMException('full', 'QuotaExceededError') });
    s.items.set('exosome-quiz', 'older');
    const { kept, reports } = guarded(s);
    kept.write('exosome-quiz', 'progress');
    kept.write('exosome-quiz', 'more');
    expect(kept.read('exosome-quiz'), 'off after the failure: it reads nothing either').toBe(null);
    expect(reports).toEqual(['sessionStorage is not available (QuotaExceededError): progress is kept only while the page is open.']);
  });

  it('a store that throws on access (a sandboxed frame) is reported once', () => {
    const { kept, reports } = guarded(store({ on: 'read', error: new DOMException('denied', 'SecurityError') }));
    expect(kept.read('exosome-quiz')).toBe(null);
    expect(kept.read('exosome-quiz')).toBe(null);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('SecurityError');
  });
});
