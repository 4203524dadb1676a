// A heuristic estimate of a state's final sovereignty from a position, for greedy and search bots.
// It reads only what the seat may see: its own agenda, public tracks and states.
import { AGENDAS } from '../agendas.js';
import { balancedCount, dominant, leader, neutralityPoints } from '../board.js';
import { LIMITS, UPKEEP } from '../config.js';
import type { G, StateId } from '../types.js';
import { BOARDS, POWERS, STATE_IDS } from '../types.js';

/** Weights of the estimate; exported so tests and tuning can see them. */
export const WEIGHTS = {
  /** How much of the projected drift of resources over the remaining upkeeps counts. */
  drift: 0.5,
  /** Share of an unmet agenda's points credited for partial progress. */
  progress: 0.8,
  /** Expected crisis cost scale. */
  crisis: 1,
  /** Cost of each point of one's own blame. */
  blame: 0.6,
  /** Cost of unrest (one action lost). */
  unrest: 2,
} as const;

const cap = (x: number): number => Math.max(0, Math.min(LIMITS.resourceMax, x));

/** Progress toward an agenda in [0, 1] (1 = met). */
export function agendaProgress(g: G, id: StateId, agenda: string): number {
  const s = g.states[id];
  switch (agenda) {
    case 'multi-vector': {
      const leaders = new Set(BOARDS.map((b) => leader(g, id, b)).filter(Boolean));
      return (balancedCount(g, id) / 4) * 0.7 + Math.min(leaders.size, 2) * 0.15;
    }
    case 'silk-road-hub':
      return (Math.min(s.bri, 2) / 2) * (s.debt <= 4 ? 1 : 0.5);
    case 'eurasian-integrator':
      return (Number(s.members.includes('EAEU')) + Number(s.members.includes('CSTO')) +
        Number(leader(g, id, 'politics') === 'RU') + Number(leader(g, id, 'military') === 'RU')) / 4;
    case 'european-bridge': {
      const parts = BOARDS.map((b) => Math.min(s.influence[b].EU, 3) / 3).sort((a, b) => b - a);
      return ((parts[0] + parts[1]) / 2) * 0.8 + (Math.min(g.tracks.euEngagement, 4) / 4) * 0.2;
    }
    case 'fortress': return Math.min(s.security, 10) / 10;
    case 'mandate': return Math.min(s.stability, 10) / 10;
    case 'peacemaker': return (Math.min(s.mediations, 2) / 2) * (g.tracks.tension <= 5 ? 1 : 0.4);
    case 'unaligned':
      return (s.bases.length === 0 ? 0.6 : 0.3 - 0.15 * s.bases.length) + (dominant(g, id, 'military') === null ? 0.4 : 0);
    default: return 0;
  }
}

/** The chance of a crisis before the end, roughly, from tension and the rounds to go. */
export function crisisRisk(g: G): number {
  const t = g.tracks.tension;
  const togo = g.rounds - g.round + 1;
  const pressure = (t - 5 + togo * 0.35) / 5;
  return Math.max(0, Math.min(1, pressure)) ** 2;
}

/** The terms of the heuristic estimate; they sum to `estimate` (hints explain a move by them). */
export interface EstimateTerms {
  economy: number;
  security: number;
  stability: number;
  debt: number;
  balanced: number;
  neutrality: number;
  agenda: number;
  crisis: number;
  blame: number;
  unrest: number;
}

/** The estimate of a state's final sovereignty, term by term. */
export function estimateTerms(g: G, id: StateId): EstimateTerms {
  const s = g.states[id];
  const upkeeps = Math.max(0, g.rounds - g.round + 1);
  const d = WEIGHTS.drift * upkeeps;
  const econDrift = UPKEEP.growth + Math.floor(s.bri / UPKEEP.briPerEconomy) - Math.floor(s.debt / UPKEEP.debtPerEconomyLoss);
  const garrisoned = POWERS.some((p) => s.influence.military[p] >= UPKEEP.garrison);
  const secDrift = (garrisoned ? 0 : -1) + (g.tracks.tension >= UPKEEP.tenseAt ? -1 : 0);
  const stabDrift = (s.influence.economics.CN - s.influence.culture.CN >= UPKEEP.resentmentGap ? -1 : 0) +
    (s.economy <= UPKEEP.povertyLine ? -1 : 0);
  let agenda = 0;
  if (s.agenda && AGENDAS[s.agenda]) {
    const def = AGENDAS[s.agenda];
    agenda = def.met(g, id) ? def.points : def.points * WEIGHTS.progress * agendaProgress(g, id, s.agenda);
  }
  const maxOther = Math.max(...STATE_IDS.filter((o) => o !== id).map((o) => g.states[o].blame));
  const blamedMost = s.blame > 0 && s.blame >= maxOther;
  return {
    economy: cap(s.economy + econDrift * d),
    security: cap(s.security + secDrift * d),
    stability: cap(s.stability + stabDrift * d),
    debt: -s.debt,
    balanced: 2 * balancedCount(g, id),
    neutrality: neutralityPoints(g, id),
    agenda,
    crisis: -WEIGHTS.crisis * crisisRisk(g) * (5 + (blamedMost ? 5 : 0)),
    blame: -WEIGHTS.blame * s.blame,
    unrest: s.stability <= 0 ? -WEIGHTS.unrest : 0,
  };
}

/**
 * Estimated final sovereignty of a state, as its own seat would judge it: the sum of its terms
 * (added in the order that keeps every bot's choices as they were).
 */
export function estimate(g: G, id: StateId): number {
  const t = estimateTerms(g, id);
  let v = t.economy + t.security + t.stability + t.debt;
  v += t.balanced + t.neutrality;
  v += t.unrest;
  v += t.agenda;
  v += t.crisis;
  v += t.blame;
  return v;
}
