// A small setting of this browser (the colour theme, the turn chime): kept in localStorage, shared
// as React state by every part of the page that shows it, and followed across the browser's tabs
// through the storage event. Storage that is full, disabled or garbled never breaks the page: the
// setting then holds for this page only, or falls back to its default.
import { useSyncExternalStore } from 'react';

export interface Setting<T> {
  get(): T;
  set(value: T): void;
  /** Calls `cb` after every change, here or in another tab; returns the unsubscribe. */
  subscribe(cb: () => void): () => void;
}

/**
 * A setting stored under `key`. `parse` turns the stored text (or null) into a value, whatever it
 * is; `serialize` gives the text to store, or null to remove the key (the default).
 */
export function localSetting<T>(key: string, parse: (raw: string | null) => T, serialize: (value: T) => string | null): Setting<T> {
  let value: T | undefined;
  const listeners = new Set<() => void>();
  let following = false;

  const read = (): T => {
    try {
      return parse(localStorage.getItem(key));
    } catch {
      return parse(null);
    }
  };
  const notify = () => {
    for (const l of listeners) l();
  };

  return {
    get() {
      value ??= read();
      return value;
    },
    set(next) {
      value = next;
      try {
        const raw = serialize(next);
        if (raw === null) localStorage.removeItem(key);
        else localStorage.setItem(key, raw);
      } catch {
        // Storage full or disabled: the value holds for this page only.
      }
      notify();
    },
    subscribe(cb) {
      listeners.add(cb);
      if (!following && typeof window !== 'undefined') {
        following = true;
        window.addEventListener('storage', (e) => {
          if (e.key !== key && e.key !== null) return;
          value = read();
          notify();
        });
      }
      return () => listeners.delete(cb);
    },
  };
}

/** The setting's value, as React state. */
export function useSetting<T>(setting: Setting<T>, serverValue: T): T {
  return useSyncExternalStore(setting.subscribe, setting.get, () => serverValue);
}
