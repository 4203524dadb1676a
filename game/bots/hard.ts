// The hard bot: information-set Monte Carlo search on the pure rules core (rules §12, §13).
//
// At each decision it ranks its legal actions with the medium heuristic and keeps the best few.
// Then, again and again, it samples one DETERMINIZATION of what it cannot see (the other seats'
// agendas from the seven cards that are not its own, the order of the undrawn events, the other
// seats' tokens — game/bots/determinize.ts) and plays every kept candidate on that same sample
// (common random numbers: the same agendas, events and random draws for every candidate), each
// followed by a cheap greedy playout for all five seats to a cut-off: the end of the next round,
// or the end of the game when it is near. A playout is scored by the seat's estimated final
// sovereignty against the best rival's (it plays to win), exact scores at the game's end.
// Candidates that are clearly worse than the leader on the paired samples are dropped, so the
// budget goes to the close calls.
//
// It reads only its own player view: the view is filtered again on entry and every hidden field
// is overwritten by the determinization, so its choice cannot depend on hidden state.
import { applyAction, applyEffects, candidateActions, check } from '../engine.js';
import { seededRng } from '../rng.js';
import type { Action, G, Rng, Seat, StateId } from '../types.js';
import { STATE_IDS, stateOf } from '../types.js';
import { playerView } from '../view.js';
import { determinize } from './determinize.js';
import { estimate } from './heuristic.js';
import { rankActions } from './medium.js';

export interface HardOptions {
  /** Time per decision in ms (default 1000) — ignored when `iterations` is given. */
  budgetMs?: number;
  /** A fixed number of playouts per decision: deterministic for a given seed. */
  iterations?: number;
  /** Clock in ms for the budget (default performance.now). */
  clock?: () => number;
  /** How many candidate actions, best first by the medium heuristic, the search considers (default 6). */
  topK?: number;
  /** Rounds played out after the current one before the heuristic cut-off (default 1). */
  horizon?: number;
  /** Play out to the end of the game when at most this many rounds remain after the current one (default 2). */
  toEndWithin?: number;
  /** Score margin that counts as a clear lead (logistic scale of the reward, default 4). */
  scale?: number;
  /**
   * Weight of the seat's own final score in the reward, against its margin over the best rival
   * (default 0.3). Pure margin play would happily end the game in a crisis it is blamed for when
   * that hurts the rivals a little more; the own-score share keeps it a sound (and fair) player.
   */
  ownWeight?: number;
}

export const HARD_DEFAULTS = { budgetMs: 1000, topK: 6, horizon: 1, toEndWithin: 2, scale: 4, ownWeight: 0.3 } as const;

/** Per candidate: its action, its heuristic gain, and its rewards, one per sample batch (NaN when skipped). */
export interface CandidateStats {
  action: Action;
  prior: number;
  rewards: number[];
  alive: boolean;
}

export interface Search {
  /** Runs up to `maxIterations` playouts; returns how many ran (0 when nothing is left to decide: stop then). */
  step(maxIterations: number): number;
  /** The best action found so far. */
  best(): Action;
  /** Playouts run so far. */
  readonly iterations: number;
  /** True when there is nothing to search (a single candidate). */
  readonly trivial: boolean;
  /** The candidates and their figures, for hints and tests. */
  candidates(): CandidateStats[];
  /** The position searched: the seat's own player view of what it was given. */
  readonly root: G;
}

// ---------------------------------------------------------------- playout policy

/** A copy of G deep enough for applyEffects of one seat's action (its own state, tracks, counters). */
function lightClone(g: G, id: StateId): G {
  const s = g.states[id];
  const inf = s.influence;
  const own = {
    ...s,
    members: [...s.members],
    bases: [...s.bases],
    tokens: s.tokens.slice(),
    influence: {
      politics: { ...inf.politics }, economics: { ...inf.economics },
      military: { ...inf.military }, culture: { ...inf.culture },
    },
  };
  return { ...g, tracks: { ...g.tracks }, states: { ...g.states, [id]: own }, tensionLog: [] };
}

/**
 * The playout policy: the medium bot's greedy rule (best one-action change of the heuristic
 * estimate, a free token first on a tie, a pass worth 0) on the full legal set, with random
 * tie-breaks. It is the same rule as game/bots/medium.ts, with a lighter copy per action.
 */
export function greedyAction(g: G, seat: Seat, rng: Rng): Action {
  const id = stateOf(seat);
  const base = estimate(g, id);
  let best: Action = { type: 'pass' };
  let bestGain = 0;
  let bestJitter = rng.next();
  for (const a of candidateActions(g, seat)) {
    if (a.type === 'pass') continue;
    const plan = check(g, seat, a);
    if (typeof plan === 'string') continue;
    const after = lightClone(g, id);
    applyEffects(after, seat, a, plan);
    const gain = estimate(after, id) - base + (a.type === 'useToken' ? 0.01 : 0);
    if (gain < bestGain) continue;
    const jitter = rng.next();
    if (gain > bestGain || jitter > bestJitter) { best = a; bestGain = gain; bestJitter = jitter; }
  }
  return best;
}

// ---------------------------------------------------------------- evaluation

/** Final score and margin against the best rival (a tie settled by the winner list). */
function finalOutcome(g: G, me: Seat): { mine: number; margin: number } {
  const over = g.gameover!;
  const mine = over.scores[me].total;
  let rival = -Infinity;
  for (const [s, line] of Object.entries(over.scores)) if (s !== me && line.total > rival) rival = line.total;
  const m = mine - rival;
  return { mine, margin: m !== 0 ? m : over.winners.includes(me) ? 0.5 : -0.5 };
}

/** Estimated score and margin against the best rival, each judged by the heuristic with its (sampled) agenda. */
function estimatedOutcome(g: G, me: Seat): { mine: number; margin: number } {
  const meId = stateOf(me);
  const mine = estimate(g, meId);
  let rival = -Infinity;
  for (const id of STATE_IDS) if (id !== meId) rival = Math.max(rival, estimate(g, id));
  return { mine, margin: mine - rival };
}

// ---------------------------------------------------------------- search

const MIN_BATCHES_TO_PRUNE = 4;

/** A time-sliceable search for one decision of `seat` on its view. */
export function createSearch(view: G, seat: Seat, rng: Rng, opts: HardOptions = {}): Search {
  const root = playerView(view, seat);
  const topK = Math.max(1, opts.topK ?? HARD_DEFAULTS.topK);
  const horizon = opts.horizon ?? HARD_DEFAULTS.horizon;
  const toEndWithin = opts.toEndWithin ?? HARD_DEFAULTS.toEndWithin;
  const scale = opts.scale ?? HARD_DEFAULTS.scale;
  const ownWeight = opts.ownWeight ?? HARD_DEFAULTS.ownWeight;
  // One seeded stream for the whole search, drawn once from the caller's rng.
  const srng = seededRng(Math.floor(rng.next() * 2 ** 32));

  const ranked = root.gameover || root.activeSeat !== seat ? [] : rankActions(root, seat, srng);
  const cands: CandidateStats[] = ranked.slice(0, topK).map((r) => ({ action: r.action, prior: r.gain, rewards: [], alive: true }));
  // A free token costs no action: the best use of one always stays in the running.
  const token = ranked.find((r) => r.action.type === 'useToken');
  if (token && !cands.some((c) => c.action === token.action)) cands.push({ action: token.action, prior: token.gain, rewards: [], alive: true });
  const trivial = cands.length <= 1;

  // The seat's own estimate now: the centre of the own-score part of the reward.
  const ownRef = root.gameover ? 0 : estimate(root, stateOf(seat));
  const lastRound = root.round >= root.rounds - toEndWithin ? Infinity : root.round + horizon;
  let iterations = 0;
  let batch = -1;
  let sample: G | null = null;
  let sampleSeed = 0;
  let next = 0; // index of the next candidate to play in this batch

  function playout(c: CandidateStats): number {
    const g = structuredCloneLite(sample!);
    const prng = seededRng(sampleSeed);
    const r = applyAction(g, seat, c.action, prng);
    if (!r.ok) return 0; // cannot happen: legality depends on public and own data only
    // Never set off a crisis yourself unless it makes you the winner.
    if (g.gameover?.crisis && !g.gameover.winners.includes(seat)) return 0;
    let steps = 0;
    while (!g.gameover && g.round <= lastRound && steps++ < 500) {
      const s = g.activeSeat;
      applyAction(g, s, greedyAction(g, s, prng), prng);
    }
    const o = g.gameover ? finalOutcome(g, seat) : estimatedOutcome(g, seat);
    return (1 - ownWeight) * sigmoid(o.margin / scale) + ownWeight * sigmoid((o.mine - ownRef) / scale);
  }

  function prune(): void {
    const alive = cands.filter((c) => c.alive);
    if (alive.length <= 1 || batch + 1 < MIN_BATCHES_TO_PRUNE) return;
    const mean = (c: CandidateStats) => avg(c.rewards.filter((x) => !Number.isNaN(x)));
    const leader = alive.reduce((a, b) => (mean(b) > mean(a) ? b : a));
    for (const c of alive) {
      if (c === leader) continue;
      const diffs: number[] = [];
      for (let j = 0; j < c.rewards.length && j < leader.rewards.length; j++) {
        const a = c.rewards[j], b = leader.rewards[j];
        if (!Number.isNaN(a) && !Number.isNaN(b)) diffs.push(b - a);
      }
      if (diffs.length < MIN_BATCHES_TO_PRUNE) continue;
      const m = avg(diffs);
      const se = Math.sqrt(variance(diffs) / diffs.length);
      if (m > 2.5 * se + 1e-9) c.alive = false;
    }
  }

  function step(maxIterations: number): number {
    if (trivial) return 0;
    let ran = 0;
    while (ran < maxIterations) {
      // One candidate left standing: the decision is made.
      if (sample !== null && next >= cands.length && cands.filter((c) => c.alive).length <= 1) break;
      if (sample === null || next >= cands.length) {
        if (sample !== null) prune();
        batch += 1;
        sample = determinize(root, seat, srng);
        sampleSeed = Math.floor(srng.next() * 2 ** 32);
        next = 0;
        for (const c of cands) c.rewards[batch] = NaN;
      }
      const c = cands[next++];
      if (!c.alive) continue;
      c.rewards[batch] = playout(c);
      ran += 1;
      iterations += 1;
    }
    return ran;
  }

  function best(): Action {
    if (cands.length === 0) return { type: 'pass' };
    // Compare on the batches every live candidate has played (a budget may stop mid-batch).
    const complete = next >= cands.length ? batch + 1 : batch;
    let bestC = cands[0];
    let bestV = -Infinity;
    for (const c of cands) {
      if (!c.alive) continue;
      const played = c.rewards.filter((x) => !Number.isNaN(x));
      const full = c.rewards.slice(0, complete).filter((x) => !Number.isNaN(x));
      const rs = full.length ? full : played;
      // Unplayed candidates keep their heuristic rank (the first is the medium bot's choice).
      const v = rs.length ? avg(rs) : -Infinity;
      if (v > bestV) { bestV = v; bestC = c; }
    }
    return bestC.action;
  }

  return {
    step,
    best,
    get iterations() { return iterations; },
    trivial,
    root,
    candidates: () => cands.map((c) => ({ ...c, rewards: [...c.rewards] })),
  };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const avg = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
function variance(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = avg(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
}

/** A copy of a sampled state for one playout (history and logs are not needed by the rules). */
function structuredCloneLite(g: G): G {
  const states = {} as G['states'];
  for (const id of STATE_IDS) {
    const s = g.states[id];
    const inf = s.influence;
    states[id] = {
      ...s, members: [...s.members], bases: [...s.bases], tokens: s.tokens.map((t) => ({ ...t })),
      influence: {
        politics: { ...inf.politics }, economics: { ...inf.economics },
        military: { ...inf.military }, culture: { ...inf.culture },
      },
    };
  }
  return {
    ...g, tracks: { ...g.tracks }, states, tensionLog: [], powersLog: [], history: [],
    deck: { A: [...g.deck.A], B: [...g.deck.B] }, deckSize: { ...g.deckSize }, eventsDrawn: [...g.eventsDrawn],
    gameover: null,
  };
}

/** The hard bot: a search of `budgetMs` (default 1000 ms), or of exactly `iterations` playouts. */
export function hardBot(view: G, seat: Seat, rng: Rng, opts: HardOptions = {}): Action {
  const search = createSearch(view, seat, rng, opts);
  if (search.trivial) return search.best();
  if (opts.iterations !== undefined) {
    search.step(Math.max(1, opts.iterations));
    return search.best();
  }
  const clock = opts.clock ?? (() => performance.now());
  const budget = opts.budgetMs ?? HARD_DEFAULTS.budgetMs;
  const t0 = clock();
  while (search.step(4) > 0 && clock() - t0 < budget);
  return search.best();
}
