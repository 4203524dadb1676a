// Invariants of the pure engine over many seeded random games (rules §1 ranges, §3 rounds, §5 blame,
// §10 score terms, §12 views, §14 plain JSON state). Every step of every game is checked.
import { describe, expect, it } from 'vitest';
import { applyAction, cloneG, legalActions, startGame } from '../../game/engine.js';
import { mediumBot } from '../../game/bots/medium.js';
import { randomBot } from '../../game/bots/random.js';
import { seededRng } from '../../game/rng.js';
import type { SetupOptions } from '../../game/setup.js';
import type { Action, G, Rng, Seat } from '../../game/types.js';
import { BOARDS, POWERS, SEATS, STATE_IDS, isSeat, seatOf } from '../../game/types.js';
import { playerView } from '../../game/view.js';

type Bot = (view: G, seat: Seat, rng: Rng) => Action;

const SCORE_TERMS = ['total', 'economy', 'security', 'stability', 'debt', 'balanced', 'agenda', 'neutrality', 'crisis'] as const;

/** Collects the first few problems of a game with the step they happened at. */
class Problems {
  list: string[] = [];
  constructor(private readonly where: () => string) {}
  check(ok: boolean, what: () => string): void {
    if (!ok && this.list.length < 10) this.list.push(`${this.where()}: ${what()}`);
  }
}

/**
 * Deep strict equality of a value parsed from JSON with the original (same own keys, same
 * primitives by Object.is, plain objects and arrays only): much faster than node's util.isDeepStrictEqual.
 */
function sameAsJson(parsed: unknown, orig: unknown): boolean {
  if (typeof parsed !== 'object' || parsed === null) return Object.is(parsed, orig);
  if (typeof orig !== 'object' || orig === null) return false;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(orig) || orig.length !== parsed.length) return false;
    for (let i = 0; i < parsed.length; i++) if (!(i in orig) || !sameAsJson(parsed[i], orig[i])) return false;
    return true;
  }
  if (Array.isArray(orig) || Object.getPrototypeOf(orig) !== Object.prototype) return false;
  const keys = Object.keys(parsed);
  if (Reflect.ownKeys(orig).length !== keys.length) return false;
  const o = orig as Record<string, unknown>;
  for (const k of keys) if (!Object.hasOwn(o, k) || !sameAsJson((parsed as Record<string, unknown>)[k], o[k])) return false;
  return true;
}

const inRange = (x: unknown, lo: number, hi: number): boolean => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;

/** The checks that hold at every step (before each action and after the last). */
function checkState(g: G, p: Problems): void {
  const t = g.tracks;
  p.check(inRange(t.tension, 0, 10), () => `tension ${t.tension}`);
  p.check(inRange(t.asymmetry, 0, 10), () => `asymmetry ${t.asymmetry}`);
  p.check(inRange(t.euEngagement, 0, 5), () => `euEngagement ${t.euEngagement}`);
  p.check(inRange(g.round, 1, g.rounds), () => `round ${g.round} of ${g.rounds}`);
  for (const id of STATE_IDS) {
    const s = g.states[id];
    for (const b of BOARDS) for (const pw of POWERS) {
      p.check(inRange(s.influence[b][pw], 0, 5), () => `${id} ${b} ${pw} influence ${s.influence[b][pw]}`);
    }
    for (const r of ['economy', 'security', 'stability', 'debt'] as const) {
      p.check(inRange(s[r], 0, 12), () => `${id} ${r} ${s[r]}`);
    }
    p.check(inRange(s.bri, 0, 1000), () => `${id} bri ${s.bri}`);
    p.check(new Set(s.members).size === s.members.length, () => `${id} duplicate membership ${s.members}`);
    p.check(new Set(s.bases).size === s.bases.length && s.bases.every((b) => b === 'RU' || b === 'CN'), () => `${id} bases ${s.bases}`);
    // rules §5: blame is the sum of the tension increases the seat caused.
    const seat = seatOf(id);
    let blamed = 0;
    for (const e of g.tensionLog) if (e.cause === `seat:${seat}` && e.delta > 0) blamed += e.delta;
    p.check(s.blame === blamed, () => `${id} blame ${s.blame} but its tension-log increases sum to ${blamed}`);
    p.check(typeof s.agenda === 'string', () => `${id} agenda ${s.agenda} in the full state`);
  }
  for (const e of g.tensionLog) p.check(Number.isInteger(e.delta) && e.delta !== 0, () => `tension entry ${JSON.stringify(e)}`);
  // rules §14: G is plain JSON data (no undefined fields, NaN, class instances, functions).
  p.check(sameAsJson(JSON.parse(JSON.stringify(g)), g), () => 'G does not survive a JSON round trip');
  if (!g.gameover) {
    p.check(isSeat(g.activeSeat), () => `activeSeat ${g.activeSeat}`);
    p.check(inRange(g.actionsLeft, 1, 2), () => `actionsLeft ${g.actionsLeft}`);
    p.check(inRange(g.turnsTaken, 0, 4), () => `turnsTaken ${g.turnsTaken}`);
  }
}

/** rules §12: what the acting seat's bot is given. */
function checkView(g: G, view: G, seat: Seat, p: Problems): void {
  for (const id of STATE_IDS) {
    const own = seatOf(id) === seat;
    p.check(view.states[id].agenda === (own ? g.states[id].agenda : null), () => `seat ${seat} sees ${id}'s agenda`);
    p.check(own || view.states[id].tokens.length === 0, () => `seat ${seat} sees ${id}'s tokens`);
  }
  p.check(view.deck.A.length === 0 && view.deck.B.length === 0, () => `seat ${seat} sees the deck`);
}

function checkEnd(g: G, p: Problems): void {
  const over = g.gameover;
  p.check(over !== null, () => 'no gameover');
  if (!over) return;
  if (over.crisis) {
    p.check(g.tracks.tension === 10, () => `crisis with tension ${g.tracks.tension}`);
    p.check(g.history.length === g.round && g.round <= g.rounds, () => `crisis in round ${g.round}, history ${g.history.length}`);
  } else {
    p.check(g.tracks.tension < 10, () => `no crisis with tension ${g.tracks.tension}`);
    p.check(g.round === g.rounds, () => `ended in round ${g.round} of ${g.rounds}`);
    p.check(g.history.length === g.rounds, () => `history of ${g.history.length} rounds, expected ${g.rounds}`);
  }
  p.check(g.history.every((h, i) => h.round === i + 1), () => `history rounds ${g.history.map((h) => h.round)}`);
  p.check(over.winners.length === 1 && isSeat(over.winners[0]), () => `winners ${over.winners}`);
  const best = Math.max(...SEATS.map((s) => over.scores[s].total));
  p.check(over.scores[over.winners[0]]?.total === best, () => `winner ${over.winners[0]} does not have the best total ${best}`);
  for (const seat of SEATS) {
    const sc = over.scores[seat];
    p.check(SCORE_TERMS.every((k) => Number.isInteger(sc?.[k])), () => `score of ${seat}: ${JSON.stringify(sc)}`);
    if (!sc) continue;
    const sum = sc.economy + sc.security + sc.stability - sc.debt + sc.balanced + sc.agenda + sc.neutrality + sc.crisis;
    p.check(sc.total === sum, () => `score of ${seat}: total ${sc.total} but the terms add up to ${sum}`);
    p.check(over.crisis ? sc.crisis === -5 || sc.crisis === -10 : sc.crisis === 0, () => `crisis term ${sc.crisis} of ${seat}`);
    p.check(over.agendas[seat] === g.states[STATE_IDS[Number(seat)]].agenda, () => `agenda of ${seat} not revealed`);
  }
}

interface GameStats { steps: number; crisis: boolean; rounds: number }

/** Plays one game with `bots[i]` on seat i, deciding on its own view; checks everything. */
function checkedGame(bots: Bot[], options: SetupOptions | undefined, seed: number): { problems: string[]; stats: GameStats; g: G } {
  const gameRng = seededRng(seed);
  const botRngs = SEATS.map((s) => seededRng(`${seed}:${s}`));
  let step = 0;
  let g: G | null = null;
  const p = new Problems(() => `seed ${seed} step ${step} round ${g?.round} seat ${g?.activeSeat}`);
  try {
    g = startGame(options, gameRng);
    for (; !g.gameover; step++) {
      if (step > 2000) { p.check(false, () => 'the game does not end'); break; }
      checkState(g, p);
      const seat = g.activeSeat;
      const view = playerView(g, seat);
      checkView(g, view, seat, p);
      const legal = legalActions(g, seat);
      p.check(legal.length > 0, () => 'no legal action');
      const legalJson = legal.map((a) => JSON.stringify(a));
      p.check(JSON.stringify(legalActions(view, seat)) === `[${legalJson.join(',')}]`, () => 'the legal actions on the view differ from those on the full state');
      const action = bots[Number(seat)](view, seat, botRngs[Number(seat)]);
      p.check(legalJson.includes(JSON.stringify(action)), () => `bot chose ${JSON.stringify(action)}, not in legalActions`);
      const r = applyAction(g, seat, action, gameRng);
      if (!r.ok) { p.check(false, () => `bot chose an illegal action ${JSON.stringify(action)}: ${r.reason}`); break; }
      if (p.list.length) break;
    }
    checkState(g, p);
    checkEnd(g, p);
  } catch (e) {
    p.check(false, () => `exception: ${(e as Error).stack ?? e}`);
  }
  return { problems: p.list, stats: { steps: step, crisis: !!g?.gameover?.crisis, rounds: g?.round ?? 0 }, g: g! };
}

/** Runs `games` games and expects no problem in any of them. */
function runMany(bots: Bot[], options: SetupOptions | undefined, games: number, firstSeed: number): GameStats[] {
  const problems: string[] = [];
  const stats: GameStats[] = [];
  for (let i = 0; i < games; i++) {
    const r = checkedGame(bots, options, firstSeed + i);
    stats.push(r.stats);
    problems.push(...r.problems);
    if (problems.length >= 20) break;
  }
  expect(problems).toEqual([]);
  expect(stats.length).toBe(games);
  return stats;
}

const RANDOM: Bot[] = SEATS.map(() => randomBot);

describe('engine invariants with five random bots', () => {
  it('holds at every step of 1,000 baseline games', () => {
    const stats = runMany(RANDOM, undefined, 1000, 1);
    // Games are non-trivial: every one lasts several turns, and most reach the last round.
    expect(stats.every((s) => s.steps >= 5)).toBe(true);
    expect(stats.filter((s) => !s.crisis).length).toBeGreaterThan(0);
    expect(stats.filter((s) => !s.crisis).every((s) => s.rounds === 8)).toBe(true);
  }, 120_000);

  for (const scenario of ['short', 'pivot-2014', 'fraying-2024']) {
    it(`holds at every step of 300 '${scenario}' games`, () => {
      const stats = runMany(RANDOM, { scenario }, 300, 100_001);
      const rounds = scenario === 'short' ? 5 : 8;
      expect(stats.filter((s) => !s.crisis).every((s) => s.rounds === rounds)).toBe(true);
    }, 120_000);
  }

  it('holds with seminar overrides of rounds and tracks', () => {
    runMany(RANDOM, { rounds: 3, tracks: { tension: 8, asymmetry: 9, euEngagement: 5 } }, 200, 200_001);
    runMany(RANDOM, { rounds: 12, tracks: { tension: 0, asymmetry: 0, euEngagement: 0 } }, 100, 300_001);
  }, 120_000);

  it('notices what it checks for (a self-test of the checker)', () => {
    const cheat: Bot = () => ({ type: 'court', board: 'politics', power: 'US' }) as unknown as Action;
    expect(checkedGame(SEATS.map(() => cheat), undefined, 1).problems.join('\n')).toMatch(/not in legalActions/);
    const g = startGame(undefined, seededRng(1));
    const probe = (mutate: (h: G) => void, re: RegExp): void => {
      const h = structuredClone(g);
      mutate(h);
      const p = new Problems(() => 'probe');
      checkState(h, p);
      expect(p.list.join('\n')).toMatch(re);
    };
    probe((h) => { h.tracks.tension = 11; }, /tension 11/);
    probe((h) => { h.tracks.asymmetry = Number.NaN; }, /asymmetry NaN/);
    probe((h) => { h.states.KAZ.influence.military.CN = 6; }, /KAZ military CN influence 6/);
    probe((h) => { h.states.TJK.debt = -1; }, /TJK debt -1/);
    probe((h) => { h.states.KGZ.economy = 2.5; }, /KGZ economy 2.5/);
    probe((h) => { h.states.UZB.blame += 1; }, /UZB blame/);
    probe((h) => { (h as unknown as Record<string, unknown>).extra = undefined; }, /JSON round trip/);
    probe((h) => { (h as unknown as Record<string, unknown>).when = new Date(0); }, /JSON round trip/);
    probe((h) => { h.states.TKM.influence.culture.EU = -0; }, /JSON round trip/);
    const over = checkedGame(RANDOM, undefined, 7).g;
    over.gameover!.scores['2'].total += 1;
    const p = new Problems(() => 'probe');
    checkEnd(over, p);
    expect(p.list.join('\n')).toMatch(/score of 2: total/);
  });

  it('is reproducible: the same seed gives the same game', () => {
    const a = checkedGame(RANDOM, undefined, 4242).g;
    const b = checkedGame(RANDOM, undefined, 4242).g;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(checkedGame(RANDOM, undefined, 4243).g)).not.toBe(JSON.stringify(a));
  });
});

// The medium bot (game/bots/medium.ts): 200 games of five medium bots, same checks.
describe('engine invariants with five medium bots', () => {
  it('holds at every step of 200 baseline games', () => {
    const stats = runMany(SEATS.map(() => mediumBot), undefined, 200, 500_001);
    expect(stats.every((s) => s.steps >= 5)).toBe(true);
  }, 300_000);
});

// cloneG shares the entries of G's logs with the state it copies (game/engine.ts): the rules must
// never change a state they did not copy. The server keeps each match's latest state (deeply
// frozen outside production) and the bots search on copies of the real state.
describe('a copy made with cloneG', () => {
  const deepFreeze = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || Object.isFrozen(x)) return;
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  };

  it('takes every action without changing the state it was copied from (60 games, each state frozen)', () => {
    let steps = 0;
    let roundsRecorded = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rng = seededRng(seed);
      const pick = seededRng(`pick:${seed}`);
      const bots = seed % 2 ? RANDOM : SEATS.map(() => mediumBot);
      let g = startGame(seed % 3 === 0 ? { scenario: 'short' } : undefined, rng);
      while (!g.gameover) {
        deepFreeze(g);
        const before = JSON.stringify(g);
        const next = cloneG(g);
        const seat = g.activeSeat;
        const r = applyAction(next, seat, bots[Number(seat)](playerView(next, seat), seat, pick), rng);
        expect(r.ok).toBe(true);
        expect(JSON.stringify(g)).toBe(before);
        if (next.history.length > g.history.length) roundsRecorded++;
        g = next;
        steps++;
      }
    }
    // The games passed round ends (history), powers phases and tension changes, not just turns.
    expect(steps).toBeGreaterThan(1_000);
    expect(roundsRecorded).toBeGreaterThan(100);
  });
});
