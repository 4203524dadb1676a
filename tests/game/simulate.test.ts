import { describe, expect, it } from 'vitest';
import { BOTS } from '../../game/bots/index.js';
import { playGame } from '../../game/bots/match.js';
import { rankActions } from '../../game/bots/medium.js';
import { startGame } from '../../game/engine.js';
import { seededRng } from '../../game/rng.js';
import { STATE_IDS } from '../../game/types.js';
import { playerView } from '../../game/view.js';
import { parseArgs, wilson } from '../../scripts/cli.js';
import { simulate } from '../../scripts/simulate.js';

describe('simulator', () => {
  it('reports every figure of rules §13 and is reproducible from its seed', () => {
    const a = simulate(12, Array(5).fill('medium'), 'baseline-2019', '5');
    const b = simulate(12, Array(5).fill('medium'), 'baseline-2019', '5');
    expect({ ...a, gamesPerSecond: 0 }).toEqual({ ...b, gamesPerSecond: 0 });
    const wins = STATE_IDS.reduce((n, id) => n + a.winRate[id].rate, 0);
    expect(wins).toBeCloseTo(1, 10); // exactly one winner a game
    const shares = Object.values(a.actionShare).reduce((n, x) => n + x, 0);
    expect(shares).toBeCloseTo(1, 10);
    expect(a.tensionByRound.length).toBeGreaterThan(0);
    for (const id of STATE_IDS) expect(a.winRate[id].lo).toBeLessThanOrEqual(a.winRate[id].rate);
    expect(Object.keys(a.agendaMet)).toHaveLength(8);
  });

  it('rotates a mixed line-up so every bot plays every seat', () => {
    const r = simulate(10, ['medium', 'random', 'random', 'random', 'random'], 'short', '3');
    expect(r.winRateByBot.medium.seatsPlayed).toBe(10);
    expect(r.winRateByBot.random.seatsPlayed).toBe(40);
  });

  it('parses its arguments and refuses unknown ones', () => {
    expect(parseArgs(['--games', '5', '--json'], ['games'], ['json'])).toEqual({ games: '5', json: true });
    expect(parseArgs(['--games=7'], ['games'], [])).toEqual({ games: '7' });
    expect(parseArgs(['--nope'], ['games'], [])).toMatch(/unknown option/);
    expect(parseArgs(['--games'], ['games'], [])).toMatch(/needs a value/);
  });

  it('computes Wilson intervals that contain the rate', () => {
    const w = wilson(20, 100);
    expect(w.rate).toBe(0.2);
    expect(w.lo).toBeGreaterThan(0.12);
    expect(w.hi).toBeLessThan(0.3);
    expect(wilson(0, 0)).toEqual({ rate: 0, lo: 0, hi: 0 });
  });
});

describe('medium bot', () => {
  it('is deterministic given the seed', () => {
    const bots = Array(5).fill(BOTS.medium);
    const a = playGame(bots, {}, 42);
    const b = playGame(bots, {}, 42);
    expect(a.actions).toEqual(b.actions);
    expect(JSON.stringify(a.g)).toBe(JSON.stringify(b.g));
  });

  it('prefers an action that meets its agenda to passing', () => {
    const g = startGame({}, seededRng(9));
    // Kazakhstan holds the Fortress agenda with security one step short of 10.
    g.states.KAZ.agenda = 'fortress';
    g.states.KAZ.security = 9;
    const ranked = rankActions(playerView(g, '0'), '0', seededRng(1));
    const best = ranked[0];
    expect(best.gain).toBeGreaterThan(0);
    const pass = ranked.find((r) => r.action.type === 'pass')!;
    expect(best.gain).toBeGreaterThan(pass.gain);
    // The best action raises security (court on military or politics, or a base).
    expect(['court', 'hostBase']).toContain(best.action.type);
  });

  it('beats four random bots far more often than a fair share', () => {
    const r = simulate(40, ['medium', 'random', 'random', 'random', 'random'], 'baseline-2019', '11');
    expect(r.winRateByBot.medium.rate).toBeGreaterThan(0.5);
  });
});
