// A Web Storage stand-in for client modules tested under Node: a working one kept in a Map, or one
// that refuses every call (storage disabled or full).
import { afterEach, beforeEach } from 'vitest';

type Kind = 'localStorage' | 'sessionStorage';
const global = globalThis as Record<string, unknown>;

/** Installs an empty working `kind` before each test and removes it after; returns its Map. */
export function withFakeStorage(kind: Kind): Map<string, string> {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    global[kind] = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => { store.set(k, v); },
      removeItem: (k: string) => { store.delete(k); },
    };
  });
  afterEach(() => { delete global[kind]; });
  return store;
}

/** Replaces `kind` (for the current test) by one whose every call throws. */
export function refuseStorage(kind: Kind): void {
  global[kind] = {
    getItem: () => { throw new Error('denied'); },
    setItem: () => { throw new Error('full'); },
    removeItem: () => { throw new Error('denied'); },
  };
}
