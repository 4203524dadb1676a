// Time for turn timers: a ticking "now", the offset of the server's clock from this browser's
// (timers end at a server time), and the way a time left is written.
import { useEffect, useState } from 'react';

/** The current time (ms), re-rendering every `intervalMs` while `active`. */
export function useNow(intervalMs = 1000, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs, active]);
  return now;
}

/** Server time minus local time, from a server time read between sending and receiving. */
export const offsetFrom = (serverNow: number, sentAt: number, receivedAt: number): number => serverNow - (sentAt + receivedAt) / 2;

let measured: Promise<number> | null = null;

/** Measures the server's clock once per page from the Date header of the health route (±1 s). */
function measureOffset(): Promise<number> {
  measured ??= (async () => {
    const sentAt = Date.now();
    const res = await fetch('/healthz', { cache: 'no-store' });
    const date = Date.parse(res.headers.get('date') ?? '');
    // The header has whole seconds: add half a second to centre the error.
    return Number.isFinite(date) ? offsetFrom(date + 500, sentAt, Date.now()) : 0;
  })().catch(() => 0);
  return measured;
}

/** The server's clock offset for pages without a server time of their own (0 until measured). */
export function useServerOffset(active = true): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (!active) return;
    let alive = true;
    void measureOffset().then((o) => { if (alive) setOffset(o); });
    return () => { alive = false; };
  }, [active]);
  return offset;
}

/** Milliseconds left on a turn timer (frozen while paused), or null when there is no timer. */
export function timeLeft(
  control: { paused: boolean; turnEndsAt: number | null; turnMsLeft: number | null; turnSeconds: number | null },
  now: number,
  offset: number,
): number | null {
  if (control.turnSeconds === null) return null;
  if (control.paused) return control.turnMsLeft;
  if (control.turnEndsAt === null) return null;
  // A clock measured to the second must not show more than a whole turn.
  return Math.min(control.turnSeconds * 1000, Math.max(0, control.turnEndsAt - (now + offset)));
}

/** "2:05", "0:09". */
export function formatClock(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "2 minutes 5 seconds", for screen readers. */
export function spokenClock(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(s / 60);
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s % 60 || !m ? `${s % 60} second${s % 60 === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}
