// The easy bot: random play with a little sense. It never makes a pointless or harmful move —
// no pass while some action does no harm, no action that lowers its own heuristic estimate
// sharply, never an action that brings tension to 10 (a crisis) — and otherwise picks at random
// among what is left. Deterministic given its rng.
import { LIMITS } from '../config.js';
import { applyEffects, check, cloneG } from '../engine.js';
import { randomInt } from '../rng.js';
import type { Action, G, Rng, Seat } from '../types.js';
import { rankActions } from './medium.js';

/** How far an action may lower the bot's own estimate before it counts as "sharply". */
export const EASY_MAX_LOSS = 1;

/** Would this action take tension to the crisis mark (10)? */
export function bringsCrisis(view: G, seat: Seat, a: Action): boolean {
  const plan = check(view, seat, a);
  if (typeof plan === 'string' || plan.tension <= 0) return false;
  const after = cloneG(view);
  applyEffects(after, seat, a, plan);
  return after.tracks.tension >= LIMITS.tensionMax;
}

/** The actions the easy bot picks from at random, in the order the heuristic ranks them. */
export function easyChoices(view: G, seat: Seat, rng: Rng): Action[] {
  const ranked = rankActions(view, seat, rng);
  const sensible = ranked.filter(({ action, gain }) =>
    action.type !== 'pass' && gain >= -EASY_MAX_LOSS && !bringsCrisis(view, seat, action));
  const harmless = sensible.some((r) => r.gain >= 0);
  const out = sensible.map((r) => r.action);
  if (!harmless) out.push({ type: 'pass' });
  return out;
}

export function easyBot(view: G, seat: Seat, rng: Rng): Action {
  const choices = easyChoices(view, seat, rng);
  return choices[randomInt(rng, choices.length)] ?? { type: 'pass' };
}
