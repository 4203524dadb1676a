// The medium bot: greedy one-action look-ahead on the heuristic estimate of its final sovereignty.
import { applyEffects, check, cloneG, legalActions } from '../engine.js';
import type { Action, G, Rng, Seat } from '../types.js';
import { stateOf } from '../types.js';
import { estimate } from './heuristic.js';

/** Each legal action with the change it makes to the seat's estimate, best first. */
export function rankActions(view: G, seat: Seat, rng: Rng): { action: Action; gain: number }[] {
  const id = stateOf(seat);
  const base = estimate(view, id);
  const scored = legalActions(view, seat).map((action) => {
    if (action.type === 'pass') return { action, gain: 0, jitter: rng.next() };
    const plan = check(view, seat, action);
    if (typeof plan === 'string') return { action, gain: -Infinity, jitter: 0 };
    const after = cloneG(view);
    applyEffects(after, seat, action, plan);
    // A free token action is worth taking even when its gain is zero.
    const bonus = action.type === 'useToken' ? 0.01 : 0;
    return { action, gain: estimate(after, id) - base + bonus, jitter: rng.next() };
  });
  scored.sort((a, b) => b.gain - a.gain || b.jitter - a.jitter);
  return scored.map(({ action, gain }) => ({ action, gain }));
}

export function mediumBot(view: G, seat: Seat, rng: Rng): Action {
  return rankActions(view, seat, rng)[0]?.action ?? { type: 'pass' };
}
