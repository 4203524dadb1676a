// rules §12: what each viewer may see. The server applies this to every state it sends.
import type { G } from './types.js';
import { STATE_IDS, isSeat, seatOf } from './types.js';

/**
 * The state as a seat (or a spectator, for any other playerID) may see it: its own agenda and
 * tokens only, no undrawn event order. After the end every agenda is revealed.
 */
export function playerView(g: G, playerID: string | null | undefined): G {
  const seat = isSeat(playerID) ? playerID : null;
  const states = { ...g.states };
  for (const id of STATE_IDS) {
    if (seatOf(id) === seat) continue;
    states[id] = { ...g.states[id], agenda: g.gameover ? g.states[id].agenda : null, tokens: [] };
  }
  return { ...g, states, deck: { A: [], B: [] } };
}

/** The full state, for a seminar facilitator (rules §12). */
export const facilitatorView = (g: G): G => g;
