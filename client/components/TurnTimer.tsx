// The turn timer of a class match: the time left on the active seat's turn, counting down each
// second, frozen (and marked) while the facilitator has paused the match.
import type { Control } from '../../game/types';
import { formatClock, spokenClock, timeLeft, useNow } from '../lib/clock';

/** Two bars: paused (drawn, as the ⏸ glyph is missing from many fonts). */
export function PauseIcon() {
  return (
    <svg className="ctl-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="2" y="1.5" width="3" height="9" rx="0.6" /><rect x="7" y="1.5" width="3" height="9" rx="0.6" />
    </svg>
  );
}

/** A stopwatch: the turn timer. */
export function ClockIcon() {
  return (
    <svg className="ctl-icon ctl-icon--clock" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="6.8" r="4.4" fill="none" strokeWidth="1.4" /><path d="M6 4.2v2.8l1.8 1.1" fill="none" strokeWidth="1.3" strokeLinecap="round" />
      <path d="M4.6 0.9h2.8" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}

/** Under this, the timer is drawn as urgent. */
const LOW_MS = 30_000;

export function TurnTimer({ control, offset, className = '' }: { control: Control; offset: number; className?: string }) {
  const now = useNow(1000, !control.paused && control.turnEndsAt !== null);
  const left = timeLeft(control, now, offset);
  if (left === null) return null;
  const low = !control.paused && left <= LOW_MS;
  return (
    <span
      className={`turn-timer${low ? ' turn-timer--low' : ''}${control.paused ? ' turn-timer--paused' : ''} ${className}`}
      role="timer"
      aria-label={`Time left on the turn: ${spokenClock(left)}${control.paused ? ', paused' : ''}`}
    >
      {control.paused ? <PauseIcon /> : <ClockIcon />}
      <span className="turn-timer__n num">{formatClock(left)}</span>
      <span className="turn-timer__what">{control.paused ? 'left · paused' : 'left'}</span>
    </span>
  );
}
