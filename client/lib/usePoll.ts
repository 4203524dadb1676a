// Polls a loader while a screen needs it: the last good answer stays on screen when a poll fails
// (the error is reported beside it), hidden tabs skip their polls, and a fatal error stops them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from './api';

export interface Poll<T> {
  data: T | null;
  /** The last poll's failure, as a sentence; null after a good answer. */
  error: string | null;
  /** The raw error of the last failed poll (to read its status). */
  failure: unknown;
  /** Polling stopped for good (the loader's answer said so). */
  stopped: boolean;
  refresh: () => Promise<void>;
}

/**
 * Calls `load` now and every `intervalMs`. `key` names what is loaded: a new key starts afresh.
 * `isFatal` tells which errors stop the polling (e.g. 404: the thing is gone).
 */
export function usePoll<T>(key: string, load: () => Promise<T>, intervalMs: number, isFatal: (err: unknown) => boolean = () => false): Poll<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null; failure: unknown; stopped: boolean }>(
    { key, data: null, error: null, failure: null, stopped: false },
  );
  const current = useRef(key);
  current.current = key;
  const loadRef = useRef(load);
  loadRef.current = load;
  const fatalRef = useRef(isFatal);
  fatalRef.current = isFatal;

  const refresh = useCallback(async () => {
    const k = key;
    try {
      const data = await loadRef.current();
      if (current.current === k) setState({ key: k, data, error: null, failure: null, stopped: false });
    } catch (err) {
      if (current.current !== k) return;
      setState((s) => ({ key: k, data: s.key === k ? s.data : null, error: errorText(err), failure: err, stopped: fatalRef.current(err) }));
    }
  }, [key]);

  const stopped = state.key === key && state.stopped;
  useEffect(() => { void refresh(); }, [refresh]);
  useEffect(() => {
    if (stopped || intervalMs <= 0) return;
    const t = setInterval(() => { if (!document.hidden) void refresh(); }, intervalMs);
    return () => clearInterval(t);
  }, [refresh, intervalMs, stopped]);

  const mine = state.key === key;
  return { data: mine ? state.data : null, error: mine ? state.error : null, failure: mine ? state.failure : null, stopped, refresh };
}
