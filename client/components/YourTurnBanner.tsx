// Whose turn it is, for everyone; "Your turn — 2 actions" when it is yours, also announced to
// screen readers through a polite live region, with the others' moves as they land. In a class match: the turn timer, and a strip
// while the facilitator has paused the match.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { playerLabel, type SeatPlayer } from '../lib/roster';
import { plural } from '../lib/words';
import { StateMark } from './StateMark';
import { PauseIcon } from './TurnTimer';

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
  /** The facilitator has paused the match: nobody may act. */
  paused?: boolean;
  /** The turn timer, shown next to whose turn it is. */
  timer?: ReactNode;
  /** At the start of this seat's turn, what moved since its last one, read out before its actions. */
  recapSummary?: string;
  /** The latest move of someone else (not made on this device), read out as it lands. */
  othersMove?: { key: string; text: string } | null;
  /** The player's state is in unrest: why the turn has one action (the state card says it too). */
  unrest?: boolean;
}

export function YourTurnBanner({ isMyTurn, actionsLeft, tokens, active, thinking, over, waitText, extra, paused = false, timer, recapSummary = '', othersMove = null, unrest = false }: YourTurnBannerProps) {
  let text: string;
  if (over) text = 'The match is over.';
  else if (isMyTurn) text = `Your turn — ${plural(actionsLeft, 'action')}${tokens ? ` and ${plural(tokens, 'free action')}` : ''}`;
  else if (active) text = `${active.stateName} (${playerLabel(active)}) ${thinking ? 'is thinking…' : 'is playing.'}`;
  else text = 'Waiting for the game…';

  // The live region speaks when the turn changes hands, and during one's own turn when an action
  // is used (so its text never says "2 actions" after one was played); not on every update.
  const [announce, setAnnounce] = useState('');
  const who = over ? 'over' : paused ? 'paused' : isMyTurn ? 'me' : active?.seat ?? '';
  const lastWho = useRef<string | null>(null);
  // Another player's move is read out once, as it lands (the first render's is old news).
  const lastMoveKey = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const handsChanged = lastWho.current !== who;
    lastWho.current = who;
    const fresh = lastMoveKey.current !== undefined && othersMove && othersMove.key !== lastMoveKey.current;
    lastMoveKey.current = othersMove?.key ?? null;
    const news = fresh ? `${othersMove!.text} ` : '';
    if (!handsChanged) {
      if (who === 'me') setAnnounce(`${plural(actionsLeft, 'action')} left.`);
      else if (news) setAnnounce(news.trim());
      return;
    }
    setAnnounce(news + (
      over ? 'The match is over.'
        : paused ? 'The facilitator has paused the match.'
          : isMyTurn ? `Your turn. ${recapSummary ? `${recapSummary} ` : ''}You have ${plural(actionsLeft, 'action')}${unrest ? ': unrest, your stability fell to 0' : ''}.`
            : active ? `${active.stateName} is playing.` : ''
    ));
  }, [who, actionsLeft, othersMove?.key]);

  const isPaused = paused && !over;
  return (
    <section className={`turn-banner${isMyTurn ? ' turn-banner--mine' : ''}${isPaused ? ' turn-banner--paused' : ''}`} aria-label="Whose turn">
      {isPaused && (
        <p className="turn-banner__paused" data-testid="paused-strip">
          <PauseIcon /> <strong>Paused by the facilitator</strong>
          <span className="turn-banner__paused-sub"><span className="turn-banner__dash"> · </span>Nobody can move until the match resumes.</span>
        </p>
      )}
      {active && !over && <StateMark id={active.state} size="sm" />}
      <p className="turn-banner__text">
        <strong>{text}</strong>
        {!isMyTurn && !over && waitText && <span className="turn-banner__wait"> {waitText}</span>}
      </p>
      {!over && timer}
      {extra}
      <div className="visually-hidden" aria-live="polite" role="status">{announce}</div>
    </section>
  );
}
