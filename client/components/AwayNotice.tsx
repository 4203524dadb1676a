// Online, while the person to move is away (disconnected): that a bot plays for them, or, once they
// have been away for a while, the button that asks a bot to (server: POST …/standin).
import { useEffect, useState } from 'react';
import type { Seat } from '../../game/types';
import { playerLabel, type SeatPlayer } from '../lib/roster';

export interface StandInOffer {
  ask: (seat: Seat) => void;
  busy: boolean;
  error: string | null;
}

/** How long the player to move must have been away before the others may ask for a stand-in. */
export const AWAY_GRACE_MS = 20_000;

/**
 * Whether the player to move (`active`, null when the match is over) has been away for
 * AWAY_GRACE_MS. Kept by the match screen, so that a change of layout does not restart the wait.
 */
export function useAwayLong(active: SeatPlayer | null): boolean {
  return useAwayFor(active && !active.bot && active.connected === false ? active.seat : null, AWAY_GRACE_MS);
}

/** Whether `seat` has been away for `ms`; resets when it changes. */
function useAwayFor(seat: Seat | null, ms: number): boolean {
  const [long, setLong] = useState<Seat | null>(null);
  useEffect(() => {
    setLong(null);
    if (seat === null) return;
    const t = setTimeout(() => setLong(seat), ms);
    return () => clearTimeout(t);
  }, [seat, ms]);
  return seat !== null && long === seat;
}

/** `active`: the player to move; `long`: away long enough (useAwayLong). Nothing while they are here. */
export function AwayNotice({ active, long, standIn }: { active: SeatPlayer; long: boolean; standIn?: StandInOffer }) {
  if (active.bot || active.connected !== false) return null;
  if (active.standIn) return <p className="wait-card__away" role="status">{playerLabel(active)} is away: a bot plays for {active.stateName} meanwhile.</p>;
  if (!long || !standIn) return null;
  return (
    <div className="wait-card__away" role="status">
      <p>{playerLabel(active)} seems to be away. So that the match goes on, a bot can play for {active.stateName} until they are back.</p>
      <button type="button" className="button button--small" onClick={() => standIn.ask(active.seat)} disabled={standIn.busy} aria-busy={standIn.busy}>
        Let a bot play for {active.stateName}
      </button>
      {standIn.error && <p className="notice notice--error" role="alert">{standIn.error}</p>}
    </div>
  );
}
