// rules §8 upkeep: growth, decay, unrest, emergency loans, China's military lead, asymmetry.
import { addInfluence, addResource, addTension, clamp, cnLeadsMilitary, inCrisis } from './board.js';
import { LIMITS, UPKEEP } from './config.js';
import type { G, StateId } from './types.js';
import { POWERS, STATE_IDS } from './types.js';

/** rules §8 for one state, in the order the rules give. */
function stateUpkeep(g: G, id: StateId): void {
  const s = g.states[id];
  // Values may pass the limits within the step; they are clamped at the clamp step.
  s.economy += UPKEEP.growth + Math.floor(s.bri / UPKEEP.briPerEconomy) - Math.floor(s.debt / UPKEEP.debtPerEconomyLoss);
  const garrisoned = POWERS.some((p) => s.influence.military[p] >= UPKEEP.garrison);
  if (!garrisoned) s.security -= 1;
  if (s.influence.economics.CN - s.influence.culture.CN >= UPKEEP.resentmentGap) s.stability -= 1;
  if (s.economy <= UPKEEP.povertyLine) s.stability -= 1;
  if (g.tracks.tension >= UPKEEP.tenseAt) s.security -= 1;
  for (const r of ['economy', 'security', 'stability', 'debt'] as const) s[r] = clamp(s[r], 0, LIMITS.resourceMax);
  s.unrest = s.stability === 0;
  if (s.unrest) addInfluence(g, id, 'politics', 'RU', 1, 'upkeep');
  if (s.security === 0) addResource(g, id, 'stability', -1);
  if (s.economy === 0) {
    s.economy = UPKEEP.loanEconomy;
    addResource(g, id, 'debt', 1);
    addInfluence(g, id, 'economics', 'CN', 1, 'upkeep');
  }
}

/**
 * rules §8: the whole upkeep. Returns early on a crisis (the caller ends the game).
 * Tokens expire and the start seat moves on in the engine, which owns turn order.
 */
export function upkeep(g: G): void {
  for (const id of STATE_IDS) stateUpkeep(g, id);
  for (const id of STATE_IDS) {
    const s = g.states[id];
    const leads = cnLeadsMilitary(g, id);
    if (leads && !s.cnMilitaryLead) {
      addTension(g, 1, s.cnMilitaryLeadCause ?? 'powers:CN', 'cn-military-lead');
    }
    s.cnMilitaryLead = leads;
    s.cnMilitaryLeadCause = null;
    if (inCrisis(g)) return;
  }
  if (UPKEEP.asymmetryRounds.includes(g.round)) {
    g.tracks.asymmetry = clamp(g.tracks.asymmetry + 1, 0, LIMITS.asymmetryMax);
  }
}
