// Polls the lobby for a match's public details (seats, host, started) while a screen needs them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorText, getMatch, type MatchInfo } from './api';

export interface MatchInfoState {
  info: MatchInfo | null;
  /** A message when the last poll failed; `missing` when the match does not exist. */
  error: string | null;
  missing: boolean;
  refresh: () => Promise<void>;
}

export function useMatchInfo(matchID: string, intervalMs: number): MatchInfoState {
  const [info, setInfo] = useState<MatchInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const alive = useRef(true);
  const latest = useRef(matchID);
  latest.current = matchID;

  const refresh = useCallback(async () => {
    const id = matchID;
    try {
      const next = await getMatch(id);
      if (!alive.current || latest.current !== id) return;
      setInfo(next);
      setError(null);
      setMissing(false);
    } catch (err) {
      if (!alive.current || latest.current !== id) return;
      setMissing(err instanceof ApiError && err.status === 404);
      setError(errorText(err));
    }
  }, [matchID]);

  useEffect(() => {
    alive.current = true;
    setInfo(null);
    setMissing(false);
    void refresh();
    return () => { alive.current = false; };
  }, [refresh]);

  useEffect(() => {
    if (missing) return;
    const t = setInterval(() => { if (!document.hidden) void refresh(); }, intervalMs);
    return () => clearInterval(t);
  }, [refresh, intervalMs, missing]);

  return { info, error, missing, refresh };
}
