// Queries and primitive changes of G shared by actions, events, the powers phase and upkeep.
import { LIMITS } from './config.js';
import type { Board, G, Power, Resource, Seat, StateId } from './types.js';
import { BOARDS, POWERS, STATE_IDS, isSeat, stateOf } from './types.js';

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** rules §1: the power that leads a cell (≥1 and strictly above each other power), or null. */
export function leader(g: G, id: StateId, board: Board): Power | null {
  const c = g.states[id].influence[board];
  if (c.RU >= 1 && c.RU > c.CN && c.RU > c.EU) return 'RU';
  if (c.CN >= 1 && c.CN > c.RU && c.CN > c.EU) return 'CN';
  if (c.EU >= 1 && c.EU > c.RU && c.EU > c.CN) return 'EU';
  return null;
}

/** rules §1: the power that dominates a cell (leads, ≥4, ≥2 above the second), or null. */
export function dominant(g: G, id: StateId, board: Board): Power | null {
  const lead = leader(g, id, board);
  if (!lead) return null;
  const c = g.states[id].influence[board];
  const top = c[lead];
  let second = 0;
  for (const p of POWERS) if (p !== lead && c[p] > second) second = c[p];
  return top >= 4 && top - second >= 2 ? lead : null;
}

/** rules §1: a board is balanced when no power dominates it. */
export const isBalanced = (g: G, id: StateId, board: Board): boolean => dominant(g, id, board) === null;

/** Number of balanced boards of a state (0..4). */
export function balancedCount(g: G, id: StateId): number {
  let n = 0;
  for (const b of BOARDS) if (isBalanced(g, id, b)) n++;
  return n;
}

/** Sum of a power's influence over the four boards of a state. */
export function totalInfluence(g: G, id: StateId, power: Power): number {
  let n = 0;
  for (const b of BOARDS) n += g.states[id].influence[b][power];
  return n;
}

/** Does China lead the military board of a state. */
export const cnLeadsMilitary = (g: G, id: StateId): boolean => leader(g, id, 'military') === 'CN';

/**
 * Changes one influence cell, clamped to 0..5; returns the change that happened.
 * Remembers who gave China the military lead, for the upkeep check of rules §8.
 */
export function addInfluence(g: G, id: StateId, board: Board, power: Power, delta: number, cause: string): number {
  const cell = g.states[id].influence[board];
  const before = cell[power];
  const after = clamp(before + delta, 0, LIMITS.influenceMax);
  if (after === before) return 0;
  const ledBefore = board === 'military' && cnLeadsMilitary(g, id);
  cell[power] = after;
  if (board === 'military' && !ledBefore && cnLeadsMilitary(g, id)) g.states[id].cnMilitaryLeadCause = cause;
  return after - before;
}

/** Changes a resource (or debt), clamped to 0..12; returns the change that happened. */
export function addResource(g: G, id: StateId, res: Resource, delta: number): number {
  const s = g.states[id];
  const before = s[res];
  s[res] = clamp(before + delta, 0, LIMITS.resourceMax);
  return s[res] - before;
}

/** Changes euEngagement or asymmetry, clamped; returns the change. */
export function addTrack(g: G, track: 'asymmetry' | 'euEngagement', delta: number): number {
  const max = track === 'asymmetry' ? LIMITS.asymmetryMax : LIMITS.euEngagementMax;
  const before = g.tracks[track];
  g.tracks[track] = clamp(before + delta, 0, max);
  return g.tracks[track] - before;
}

/** The seat named by a cause like 'seat:3', or null. */
export function causeSeat(cause: string): Seat | null {
  const s = cause.startsWith('seat:') ? cause.slice(5) : null;
  return isSeat(s) ? s : null;
}

/**
 * rules §5: changes tension (clamped 0..10), records the change that happened with its cause,
 * and adds increases caused by a seat to its blame. Returns the change that happened.
 * The caller checks `g.tracks.tension >= 10` for a crisis.
 */
export function addTension(g: G, delta: number, cause: string, reason?: string): number {
  const before = g.tracks.tension;
  g.tracks.tension = clamp(before + delta, 0, LIMITS.tensionMax);
  const d = g.tracks.tension - before;
  if (d !== 0) {
    g.tensionLog.push(reason ? { round: g.round, delta: d, cause, reason } : { round: g.round, delta: d, cause });
    const seat = causeSeat(cause);
    if (seat && d > 0) g.states[stateOf(seat)].blame += d;
  }
  return d;
}

export const inCrisis = (g: G): boolean => g.tracks.tension >= LIMITS.tensionMax;

/** Sovereignty without the secret agenda: resources, debt, balanced boards, Neutrality (rules §10). */
export function publicSovereignty(g: G, id: StateId): number {
  const s = g.states[id];
  return s.economy + s.security + s.stability - s.debt + 2 * balancedCount(g, id) + neutralityPoints(g, id);
}

/** rules §4 TKM Neutrality: +5 while Turkmenistan is in no institution and hosts no base. */
export function neutralityPoints(g: G, id: StateId): number {
  if (id !== 'TKM') return 0;
  const s = g.states[id];
  return s.members.length === 0 && s.bases.length === 0 ? LIMITS.neutralityPoints : 0;
}

export const allStates = STATE_IDS;
