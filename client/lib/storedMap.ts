// A small keyed store in localStorage (id → record), tolerant of full, disabled or garbled storage.
export interface StoredMap<T> {
  get(id: string): T | null;
  set(id: string, value: T): void;
  remove(id: string): void;
  list(): T[];
}

/** A map kept as one JSON object under `key`; `valid` drops records of an older or broken shape. */
export function storedMap<T>(key: string, valid: (x: Partial<T>) => boolean): StoredMap<T> {
  const readAll = (): Record<string, T> => {
    try {
      const raw = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
      return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, T>) : {};
    } catch {
      return {};
    }
  };
  const writeAll = (all: Record<string, T>): void => {
    try {
      localStorage.setItem(key, JSON.stringify(all));
    } catch {
      // Storage full or disabled: the record only lives as long as the page.
    }
  };
  const ok = (x: unknown): x is T => !!x && typeof x === 'object' && valid(x as Partial<T>);
  return {
    get: (id) => {
      const x = readAll()[id];
      return ok(x) ? x : null;
    },
    set: (id, value) => writeAll({ ...readAll(), [id]: value }),
    remove: (id) => {
      const all = readAll();
      delete all[id];
      writeAll(all);
    },
    list: () => Object.values(readAll()).filter(ok),
  };
}
