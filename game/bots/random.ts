// The random bot: a uniformly random legal action (issue 2, simulator baseline).
import { legalActions } from '../engine.js';
import { randomInt } from '../rng.js';
import type { Action, G, Rng, Seat } from '../types.js';

export function randomBot(view: G, seat: Seat, rng: Rng): Action {
  const actions = legalActions(view, seat);
  return actions[randomInt(rng, actions.length)] ?? { type: 'pass' };
}
