// Where a seat stands in this round's order of turns, for "your turn in 2 turns" (rules §3: the
// round opens with the start seat and goes round the table once).
import type { G, Seat } from '../../game/types';

export type TurnWhen = { when: 'now' } | { when: 'later'; turns: number } | { when: 'nextRound' } | { when: 'over' };

export function turnWhen(g: G, seat: Seat): TurnWhen {
  if (g.gameover) return { when: 'over' };
  const pos = (s: Seat) => (Number(s) - Number(g.startSeat) + 5) % 5;
  const mine = pos(seat);
  const active = pos(g.activeSeat);
  if (mine === active) return { when: 'now' };
  if (mine > active) return { when: 'later', turns: mine - active };
  return { when: g.round >= g.rounds ? 'over' : 'nextRound' };
}

/** A short phrase: "next", "in 3 turns", "next round". */
export function turnWhenText(t: TurnWhen): string {
  switch (t.when) {
    case 'now': return 'now';
    case 'later': return t.turns === 1 ? 'next' : `in ${t.turns} turns`;
    case 'nextRound': return 'next round';
    case 'over': return 'not again this game';
  }
}
