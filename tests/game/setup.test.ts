// rules §2 setup, §6 decks, §9 dealing agendas, §11 scenarios.
import { describe, expect, it } from 'vitest';
import { AGENDA_IDS } from '../../game/agendas.js';
import { TURN } from '../../game/config.js';
import { eraOf, startGame } from '../../game/engine.js';
import { ERA_A, ERA_B, EVENTS, EVENT_IDS } from '../../game/events.js';
import { seededRng } from '../../game/rng.js';
import { BASELINE, SCENARIOS, createInitialState, validateSetupOptions } from '../../game/setup.js';
import { BOARDS, POWERS, STATE_IDS, type Board, type G, type Power, type StateId } from '../../game/types.js';
import { fresh, passToEnd } from './helpers.js';

const POWER_INDEX: Record<Power, number> = { RU: 0, CN: 1, EU: 2 };
const baseInf = (id: StateId, b: Board, p: Power): number => BASELINE[id].influence[b][POWER_INDEX[p]];

describe('rules §2 setup: 2019 baseline', () => {
  it('every influence cell of every state is the setup table', () => {
    const g = createInitialState(undefined, seededRng(1));
    for (const id of STATE_IDS) for (const b of BOARDS) for (const p of POWERS) {
      expect(g.states[id].influence[b][p], `${id} ${b} ${p}`).toBe(baseInf(id, b, p));
    }
  });

  it('economy, security, stability and debt of every state are the setup table', () => {
    const g = createInitialState(undefined, seededRng(1));
    for (const id of STATE_IDS) {
      const s = g.states[id];
      const row = BASELINE[id];
      expect([s.economy, s.security, s.stability, s.debt], id).toEqual([row.economy, row.security, row.stability, row.debt]);
    }
  });

  it('memberships and bases are those of the table', () => {
    const g = createInitialState(undefined, seededRng(1));
    const members = (id: StateId) => [...g.states[id].members].sort();
    expect(members('KAZ')).toEqual(['CSTO', 'EAEU', 'SCO']);
    expect(members('UZB')).toEqual(['SCO']);
    expect(members('KGZ')).toEqual(['CSTO', 'EAEU', 'SCO']);
    expect(members('TJK')).toEqual(['CSTO', 'SCO']);
    expect(members('TKM')).toEqual([]);
    expect(g.states.KAZ.bases).toEqual(['RU']);
    expect(g.states.UZB.bases).toEqual([]);
    expect(g.states.KGZ.bases).toEqual(['RU']);
    expect(g.states.TJK.bases).toEqual(['RU']);
    expect(g.states.TKM.bases).toEqual([]);
  });

  it('tracks, round, BRI, blame and unrest start as the rules say', () => {
    const g = createInitialState(undefined, seededRng(1));
    expect(g.scenario).toBe('baseline-2019');
    expect(g.tracks).toEqual(SCENARIOS['baseline-2019'].tracks);
    expect(g.round).toBe(1);
    expect(g.rounds).toBe(SCENARIOS['baseline-2019'].rounds);
    for (const id of STATE_IDS) {
      expect(g.states[id].bri).toBe(0);
      expect(g.states[id].blame).toBe(0);
      expect(g.states[id].unrest).toBe(false);
      expect(g.states[id].tokens).toEqual([]);
    }
    expect(g.tensionLog).toEqual([]);
  });

  it('a started game is at round 1 with seat "0" to play a full turn', () => {
    const g = fresh();
    expect(g.round).toBe(1);
    expect(g.startSeat).toBe('0');
    expect(g.activeSeat).toBe('0');
    expect(g.actionsLeft).toBe(TURN.actions);
    expect(g.turnsTaken).toBe(0);
    expect(g.gameover).toBeNull();
  });

  it('round 1 event is already drawn from era A and applied', () => {
    const g = fresh();
    expect(g.event).not.toBeNull();
    expect(ERA_A).toContain(g.event);
    expect(g.eventsDrawn).toEqual([g.event]);
    // Applying the same card to the same setup gives the started state.
    const init = createInitialState(undefined, seededRng(1));
    init.deck.A.shift();
    EVENTS[g.event!].apply(init);
    expect(g.states).toEqual(init.states);
    expect(g.tracks).toEqual(init.tracks);
  });
});

describe('rules §6 decks', () => {
  it('there are 12 distinct era A and 12 distinct era B cards, 24 in all', () => {
    expect(ERA_A).toHaveLength(12);
    expect(ERA_B).toHaveLength(12);
    expect(new Set([...ERA_A, ...ERA_B]).size).toBe(24);
    expect(new Set(EVENT_IDS).size).toBe(24);
    for (const id of ERA_A) expect(EVENTS[id].era).toBe('A');
    for (const id of ERA_B) expect(EVENTS[id].era).toBe('B');
  });

  it('the decks hold every card of their era once (the drawn one included)', () => {
    const g = fresh();
    expect([g.event!, ...g.deck.A].sort()).toEqual([...ERA_A].sort());
    expect([...g.deck.B].sort()).toEqual([...ERA_B].sort());
    expect(g.deckSize).toEqual({ A: 11, B: 12 });
  });

  it('the decks are shuffled by the seed: same seed same order, other seeds other orders', () => {
    const orders = (seed: number) => { const g = createInitialState(undefined, seededRng(seed)); return JSON.stringify(g.deck); };
    expect(orders(7)).toBe(orders(7));
    const seen = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) seen.add(orders(seed));
    expect(seen.size).toBeGreaterThan(5);
    // Not simply the printed order.
    const g = createInitialState(undefined, seededRng(1));
    expect(g.deck.A.join()).not.toBe(ERA_A.join());
  });

  it('era A cards come in rounds 1-4, era B in rounds 5-8, eight distinct cards', () => {
    const g = fresh();
    passToEnd(g);
    expect(g.eventsDrawn).toHaveLength(8);
    expect(new Set(g.eventsDrawn).size).toBe(8);
    for (const id of g.eventsDrawn.slice(0, 4)) expect(ERA_A).toContain(id);
    for (const id of g.eventsDrawn.slice(4)) expect(ERA_B).toContain(id);
  });
});

describe('rules §9 agendas are dealt', () => {
  it('there are eight agendas and each seat gets a distinct one', () => {
    expect(AGENDA_IDS).toHaveLength(8);
    for (let seed = 1; seed <= 5; seed++) {
      const g = createInitialState(undefined, seededRng(seed));
      const dealt = STATE_IDS.map((id) => g.states[id].agenda);
      for (const a of dealt) expect(AGENDA_IDS).toContain(a);
      expect(new Set(dealt).size).toBe(5);
    }
  });

  it('the deal depends on the seed', () => {
    const deal = (seed: number) => STATE_IDS.map((id) => createInitialState(undefined, seededRng(seed)).states[id].agenda).join();
    expect(deal(3)).toBe(deal(3));
    const seen = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) seen.add(deal(seed));
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('rules §11 scenarios', () => {
  const build = (scenario: string): G => createInitialState({ scenario }, seededRng(1));

  it('pivot-2014: its tracks, and every CN influence one lower (never below 0)', () => {
    const g = build('pivot-2014');
    expect(g.scenario).toBe('pivot-2014');
    expect(g.tracks).toEqual(SCENARIOS['pivot-2014'].tracks);
    expect(g.rounds).toBe(8);
    for (const id of STATE_IDS) for (const b of BOARDS) {
      expect(g.states[id].influence[b].CN).toBe(Math.max(0, baseInf(id, b, 'CN') - 1));
      expect(g.states[id].influence[b].RU).toBe(baseInf(id, b, 'RU'));
      expect(g.states[id].influence[b].EU).toBe(baseInf(id, b, 'EU'));
    }
  });

  it('fraying-2024: its tracks, and CN military +1 in KAZ, KGZ and TJK only', () => {
    const g = build('fraying-2024');
    expect(g.tracks).toEqual(SCENARIOS['fraying-2024'].tracks);
    expect(g.rounds).toBe(8);
    for (const id of STATE_IDS) for (const b of BOARDS) for (const p of POWERS) {
      const plus = b === 'military' && p === 'CN' && ['KAZ', 'KGZ', 'TJK'].includes(id) ? 1 : 0;
      expect(g.states[id].influence[b][p], `${id} ${b} ${p}`).toBe(baseInf(id, b, p) + plus);
    }
  });

  it('short: the baseline in 5 rounds, era A for rounds 1-3 and era B for rounds 4-5', () => {
    const g = build('short');
    const base = build('baseline-2019');
    expect(g.rounds).toBe(5);
    expect(g.tracks).toEqual(base.tracks);
    expect(g.states).toEqual(base.states);
    expect([1, 2, 3, 4, 5].map((r) => eraOf(g, r))).toEqual(['A', 'A', 'A', 'B', 'B']);
    const played = fresh({ scenario: 'short' });
    passToEnd(played);
    expect(played.eventsDrawn).toHaveLength(5);
    for (const id of played.eventsDrawn.slice(0, 3)) expect(ERA_A).toContain(id);
    for (const id of played.eventsDrawn.slice(3)) expect(ERA_B).toContain(id);
    expect(played.round).toBe(5);
  });

  it('the other scenarios change only the table and the tracks (memberships, bases, resources stay)', () => {
    const base = build('baseline-2019');
    for (const sc of ['pivot-2014', 'fraying-2024', 'short']) {
      const g = build(sc);
      for (const id of STATE_IDS) {
        const { influence: _a, ...rest } = g.states[id];
        const { influence: _b, ...baseRest } = base.states[id];
        expect(rest, `${sc} ${id}`).toEqual(baseRest);
      }
    }
  });

  it('a facilitator may set the tracks and the round count', () => {
    const g = fresh({ scenario: 'pivot-2014', rounds: 3, tracks: { tension: 4 } });
    expect(g.rounds).toBe(3);
    expect(g.tracks.asymmetry).toBe(SCENARIOS['pivot-2014'].tracks.asymmetry);
    expect(g.tracks.euEngagement).toBe(SCENARIOS['pivot-2014'].tracks.euEngagement);
    const g2 = createInitialState({ tracks: { tension: 4, asymmetry: 9, euEngagement: 5 } }, seededRng(1));
    expect(g2.tracks).toEqual({ tension: 4, asymmetry: 9, euEngagement: 5 });
    const short = fresh({ rounds: 3 });
    passToEnd(short);
    expect(short.round).toBe(3);
    expect(short.eventsDrawn).toHaveLength(3);
  });
});

describe('validateSetupOptions', () => {
  it('accepts nothing, the four scenarios and sensible overrides', () => {
    expect(validateSetupOptions(undefined)).toBeUndefined();
    expect(validateSetupOptions(null)).toBeUndefined();
    expect(validateSetupOptions({})).toBeUndefined();
    for (const scenario of ['baseline-2019', 'pivot-2014', 'fraying-2024', 'short']) {
      expect(validateSetupOptions({ scenario })).toBeUndefined();
    }
    expect(validateSetupOptions({ rounds: 1 })).toBeUndefined();
    expect(validateSetupOptions({ rounds: 12 })).toBeUndefined();
    expect(validateSetupOptions({ tracks: { tension: 0, asymmetry: 10, euEngagement: 5 } })).toBeUndefined();
  });

  it.each([
    ['not an object', 'baseline-2019'],
    ['an array', []],
    ['unknown key', { seed: 1 }],
    ['unknown scenario', { scenario: 'cold-war' }],
    ['scenario of the wrong type', { scenario: 3 }],
    ['inherited name as scenario', { scenario: 'constructor' }],
    ['inherited name as scenario', { scenario: 'toString' }],
    ['rounds 0', { rounds: 0 }],
    ['rounds 13', { rounds: 13 }],
    ['fractional rounds', { rounds: 2.5 }],
    ['rounds as a string', { rounds: '8' }],
    ['tracks not an object', { tracks: 5 }],
    ['tracks an array', { tracks: [1] }],
    ['unknown track', { tracks: { friction: 3 } }],
    ['inherited name as track', { tracks: { constructor: 3 } }],
    ['tension 10 (instant crisis)', { tracks: { tension: 10 } }],
    ['negative tension', { tracks: { tension: -1 } }],
    ['asymmetry 11', { tracks: { asymmetry: 11 } }],
    ['euEngagement 6', { tracks: { euEngagement: 6 } }],
    ['fractional track', { tracks: { asymmetry: 1.5 } }],
  ])('rejects %s', (_name, opts) => {
    const r = validateSetupOptions(opts);
    expect(typeof r).toBe('string');
    expect((r as string).length).toBeGreaterThan(0);
  });
});

describe('validateSetupOptions: seats and track bounds', () => {
  it('accepts five seats, each a person or a bot level', () => {
    expect(validateSetupOptions({ seats: ['human', 'easy', 'random', 'medium', 'hard'] })).toBeUndefined();
    expect(validateSetupOptions({ seats: ['human', 'human', 'human', 'human', 'human'] })).toBeUndefined();
  });

  it.each([
    ['four seats', ['human', 'human', 'human', 'human']],
    ['six seats', ['human', 'human', 'human', 'human', 'human', 'human']],
    ['a string of five letters', 'human'],
  ])('rejects %s: seats must list the five seats', (_name, seats) => {
    expect(validateSetupOptions({ seats })).toMatch(/Seats must list/);
  });

  it.each([
    ['an unknown kind', ['human', 'human', 'human', 'human', 'expert']],
    ['a number', ['human', 'human', 'human', 'human', 3]],
  ])('rejects a seat that is %s', (_name, seats) => {
    expect(validateSetupOptions({ seats })).toMatch(/Each seat must be one of/);
  });

  it('tracks start at 0: tension, asymmetry and euEngagement 0 are accepted (rules §1 ranges)', () => {
    expect(validateSetupOptions({ tracks: { tension: 0 } })).toBeUndefined();
    expect(validateSetupOptions({ tracks: { asymmetry: 0 } })).toBeUndefined();
    expect(validateSetupOptions({ tracks: { euEngagement: 0 } })).toBeUndefined();
  });

  it('rejects tracks that are null or an array with the tracks message (and does not throw)', () => {
    expect(validateSetupOptions({ tracks: null })).toBe('Tracks must be an object.');
    expect(validateSetupOptions({ tracks: [1] })).toBe('Tracks must be an object.');
  });
});

describe('hints option', () => {
  it('is on by default, can be turned off, and must be a boolean', () => {
    expect(startGame({}, seededRng(1)).hints).toBe(true);
    expect(startGame({ hints: false }, seededRng(1)).hints).toBe(false);
    expect(validateSetupOptions({ hints: false })).toBeUndefined();
    expect(validateSetupOptions({ hints: 'no' })).toMatch(/Hints/);
  });
});
