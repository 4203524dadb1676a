// Whose turn it is, for everyone; "Your turn — 2 actions" when it is yours, also announced to
// screen readers through a polite live region.
import { useEffect, useState, type ReactNode } from 'react';
import { playerLabel, type SeatPlayer } from '../lib/roster';
import { StateMark } from './StateMark';

export interface YourTurnBannerProps {
  isMyTurn: boolean;
  actionsLeft: number;
  tokens: number;
  active: SeatPlayer | null;
  /** A solo bot is about to move. */
  thinking: boolean;
  over: boolean;
  waitText?: string;
  /** A control shown at the end of the banner (e.g. back to the final scores). */
  extra?: ReactNode;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function YourTurnBanner({ isMyTurn, actionsLeft, tokens, active, thinking, over, waitText, extra }: YourTurnBannerProps) {
  let text: string;
  if (over) text = 'The match is over.';
  else if (isMyTurn) text = `Your turn — ${plural(actionsLeft, 'action')}${tokens ? ` and ${plural(tokens, 'free action')}` : ''}`;
  else if (active) text = `${active.stateName} (${playerLabel(active)}) ${thinking ? 'is thinking…' : 'is playing.'}`;
  else text = 'Waiting for the game…';

  // The live region speaks when the turn changes hands, not on every update.
  const [announce, setAnnounce] = useState('');
  const who = over ? 'over' : isMyTurn ? 'me' : active?.seat ?? '';
  useEffect(() => {
    setAnnounce(isMyTurn ? `Your turn. You have ${plural(actionsLeft, 'action')}.` : over ? 'The match is over.' : active ? `${active.stateName} is playing.` : '');
    // Announce on a change of hands only.
  }, [who]);

  return (
    <section className={`turn-banner${isMyTurn ? ' turn-banner--mine' : ''}`} aria-label="Whose turn">
      {active && !over && <StateMark id={active.state} size="sm" />}
      <p className="turn-banner__text">
        <strong>{text}</strong>
        {!isMyTurn && !over && waitText && <span className="turn-banner__wait"> {waitText}</span>}
      </p>
      {extra}
      <div className="visually-hidden" aria-live="polite" role="status">{announce}</div>
    </section>
  );
}
