// Keeps the mark of the moment this seat's turn ends, and at the start of its next turn works out
// once what happened since (lib/recap.ts). The recap stays the same for the whole turn: the
// player's own actions during it are not "since your last turn".
import type { LogEntry } from 'boardgame.io';
import { useEffect, useRef } from 'react';
import type { G, Seat } from '../../game/types';
import { loadMark, markOf, recapSince, saveMark, type Recap, type TurnMark } from './recap';

/** `myTurn`: this seat may act now. `matchKey` names the match in the tab's storage. */
export function useRecap(matchKey: string, g: G | null, log: readonly LogEntry[], seat: Seat | null, myTurn: boolean): Recap | null {
  const mark = useRef<TurnMark | null>(null);
  const loadedFor = useRef<string | null>(null);
  const wasMyTurn = useRef<boolean | null>(null);
  const shown = useRef<{ turn: string; recap: Recap | null } | null>(null);
  const owner = seat ? `${matchKey}:${seat}` : null;
  if (owner !== loadedFor.current) {
    loadedFor.current = owner;
    mark.current = seat ? loadMark(matchKey, seat) : null;
    wasMyTurn.current = null;
    shown.current = null;
  }

  const ready = !!g && !!seat && !g.gameover;
  useEffect(() => {
    if (!ready || !g || !seat) return;
    const was = wasMyTurn.current;
    wasMyTurn.current = myTurn;
    // The turn has just ended, or this page opens while others play and keeps no mark: from now on.
    if (!myTurn && (was === true || (was === null && !mark.current))) {
      mark.current = markOf(g, log);
      saveMark(matchKey, seat, mark.current);
    }
    // Only the change of hands matters here, not every new state.
  }, [ready, myTurn, matchKey, seat]);

  if (!ready || !myTurn) return null;
  const turn = `${g!.round}:${g!.activeSeat}`;
  if (shown.current?.turn !== turn) {
    let recap: Recap | null = null;
    try {
      recap = mark.current ? recapSince(mark.current, g!, log, seat!) : null;
    } catch {
      recap = null; // a mark of another shape (kept by an older version of the page): none this time
    }
    shown.current = { turn, recap };
  }
  return shown.current.recap;
}
