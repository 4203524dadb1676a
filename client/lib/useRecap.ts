// Keeps, for each seat played on this device, the mark of the moment its turn ended, and at the
// start of the viewer's turn works out once what happened since (lib/recap.ts). The recap stays
// the same for the whole turn: the player's own actions during it are not "since your last turn".
// Several seats are local when people pass one device around (solo with several people).
import type { LogEntry } from 'boardgame.io';
import { useEffect, useRef } from 'react';
import type { G, Seat } from '../../game/types';
import { loadMark, markOf, recapSince, saveMark, type Recap, type TurnMark } from './recap';

/**
 * `viewer`: the seat whose view is shown; `myTurn`: it may act now; `locals`: the seats played on
 * this device (the viewer's alone online). `matchKey` names the match in the tab's storage.
 */
export function useRecap(matchKey: string, g: G | null, log: readonly LogEntry[], viewer: Seat | null, myTurn: boolean, locals: readonly Seat[]): Recap | null {
  const marks = useRef(new Map<Seat, TurnMark | null>());
  const prevTurn = useRef<{ key: string; seat: Seat } | null>(null);
  const shown = useRef<{ turn: string; recap: Recap | null } | null>(null);
  const owner = useRef(matchKey);
  if (owner.current !== matchKey) {
    owner.current = matchKey;
    marks.current = new Map();
    prevTurn.current = null;
    shown.current = null;
  }
  const markFor = (seat: Seat): TurnMark | null => {
    if (!marks.current.has(seat)) marks.current.set(seat, loadMark(matchKey, seat));
    return marks.current.get(seat) ?? null;
  };
  const remember = (seat: Seat, state: G) => {
    const m = markOf(state, log);
    marks.current.set(seat, m);
    saveMark(matchKey, seat, m);
  };

  const turnKey = g && !g.gameover ? `${g.round}:${g.activeSeat}:${g.turnsTaken}` : null;
  const localKey = locals.join(',');
  useEffect(() => {
    if (!g || !turnKey) return;
    const prev = prevTurn.current;
    prevTurn.current = { key: turnKey, seat: g.activeSeat };
    // A local seat's turn has just ended: what follows is news to it at its next turn.
    if (prev && prev.key !== turnKey && locals.includes(prev.seat)) remember(prev.seat, g);
    // A local seat seen waiting for the first time, with no mark kept: from now on.
    for (const s of locals) if (s !== g.activeSeat && !markFor(s)) remember(s, g);
    // Only a change of turn matters here, not every new state.
  }, [turnKey, localKey, matchKey]);

  if (!g || !turnKey || !viewer || !myTurn) return null;
  if (shown.current?.turn !== `${turnKey}:${viewer}`) {
    let recap: Recap | null = null;
    try {
      const mark = markFor(viewer);
      recap = mark ? recapSince(mark, g, log, viewer) : null;
    } catch {
      recap = null; // a mark of another shape (kept by an older version of the page): none this time
    }
    shown.current = { turn: `${turnKey}:${viewer}`, recap };
  }
  return shown.current.recap;
}
