// The shipped numbers, pinned as literals from rules.md (v1.2) and docs/balance.md: the §2 setup
// table of every state, the §11 scenario tracks and adjustments, the §9 agenda points, and the
// constants of game/config.ts (§1 limits, §3 turns, §4 Neutrality, §7 powers phase, §8 upkeep,
// §10 crisis). Other tests compute from these constants; here they are checked against the rules.
import { describe, expect, it } from 'vitest';
import { AGENDAS, AGENDA_IDS } from '../../game/agendas.js';
import { CRISIS, LIMITS, POWERS_PHASE, TURN, UPKEEP } from '../../game/config.js';
import { seededRng } from '../../game/rng.js';
import { SCENARIOS, SCENARIO_IDS, createInitialState } from '../../game/setup.js';
import type { Board, G, StateId } from '../../game/types.js';
import { STATE_IDS } from '../../game/types.js';

type Triple = [number, number, number]; // [RU, CN, EU]

interface Row {
  politics: Triple; economics: Triple; military: Triple; culture: Triple;
  economy: number; security: number; stability: number; debt: number;
  members: string[]; bases: string[];
}

/**
 * rules §2, "2019 baseline", with the changes of docs/balance.md: TJK economy 3 (was 2) and
 * stability 6 (was 5), TKM stability 5 (was 6).
 */
const TABLE: Record<StateId, Row> = {
  KAZ: {
    politics: [3, 1, 1], economics: [2, 3, 1], military: [3, 1, 0], culture: [3, 0, 1],
    economy: 7, security: 6, stability: 6, debt: 1, members: ['SCO', 'CSTO', 'EAEU'], bases: ['RU'],
  },
  UZB: {
    politics: [2, 1, 1], economics: [2, 2, 1], military: [1, 1, 0], culture: [2, 1, 0],
    economy: 6, security: 5, stability: 5, debt: 1, members: ['SCO'], bases: [],
  },
  KGZ: {
    politics: [3, 1, 1], economics: [2, 2, 0], military: [3, 1, 0], culture: [3, 0, 0],
    economy: 3, security: 6, stability: 4, debt: 1, members: ['SCO', 'CSTO', 'EAEU'], bases: ['RU'],
  },
  TJK: {
    politics: [3, 1, 0], economics: [1, 3, 0], military: [3, 1, 0], culture: [3, 0, 0],
    economy: 3, security: 4, stability: 6, debt: 2, members: ['SCO', 'CSTO'], bases: ['RU'],
  },
  TKM: {
    politics: [2, 1, 0], economics: [1, 4, 1], military: [1, 0, 0], culture: [2, 1, 0],
    economy: 5, security: 5, stability: 5, debt: 1, members: [], bases: [],
  },
};

const BOARD_NAMES: Board[] = ['politics', 'economics', 'military', 'culture'];

/** The state's board as [RU, CN, EU]. */
const triple = (g: G, id: StateId, b: Board): Triple => {
  const c = g.states[id].influence[b];
  return [c.RU, c.CN, c.EU];
};

const build = (scenario?: string): G => createInitialState(scenario ? { scenario } : undefined, seededRng(1));

describe('rules §2 setup table (shipped, docs/balance.md)', () => {
  it.each(STATE_IDS.map((id) => [id]))('%s starts with the influence of the table on every board', (id) => {
    const g = build();
    for (const b of BOARD_NAMES) expect(triple(g, id, b), `${id} ${b}`).toEqual(TABLE[id][b]);
  });

  it.each(STATE_IDS.map((id) => [id]))('%s starts with the economy, security, stability and debt of the table', (id) => {
    const s = build().states[id];
    const row = TABLE[id];
    expect({ economy: s.economy, security: s.security, stability: s.stability, debt: s.debt })
      .toEqual({ economy: row.economy, security: row.security, stability: row.stability, debt: row.debt });
  });

  it.each(STATE_IDS.map((id) => [id]))('%s starts with the memberships and bases of the table', (id) => {
    const s = build().states[id];
    expect([...s.members].sort()).toEqual([...TABLE[id].members].sort());
    expect(s.bases).toEqual(TABLE[id].bases);
  });

  it('the 2019 baseline: tension 2, asymmetry 4, euEngagement 1, 8 rounds', () => {
    expect(SCENARIOS['baseline-2019'].tracks).toEqual({ tension: 2, asymmetry: 4, euEngagement: 1 });
    expect(SCENARIOS['baseline-2019'].rounds).toBe(8);
    const g = build();
    expect(g.tracks).toEqual({ tension: 2, asymmetry: 4, euEngagement: 1 });
    expect(g.rounds).toBe(8);
  });
});

describe('rules §11 scenarios (tracks and table changes as literals)', () => {
  it('there are exactly the four scenarios of the rules', () => {
    expect([...SCENARIO_IDS].sort()).toEqual(['baseline-2019', 'fraying-2024', 'pivot-2014', 'short']);
  });

  it.each([
    ['pivot-2014', { tension: 1, asymmetry: 2, euEngagement: 0 }, 8],
    ['fraying-2024', { tension: 5, asymmetry: 7, euEngagement: 2 }, 8],
    ['short', { tension: 2, asymmetry: 4, euEngagement: 1 }, 5],
  ] as const)('%s starts with the tracks %j and lasts %i rounds', (scenario, tracks, rounds) => {
    const g = build(scenario);
    expect(g.tracks).toEqual(tracks);
    expect(g.rounds).toBe(rounds);
  });

  it('pivot-2014: every CN influence of the table one lower, never below 0', () => {
    const g = build('pivot-2014');
    // [RU, CN, EU] per board: politics, economics, military, culture.
    const want: Record<StateId, Triple[]> = {
      KAZ: [[3, 0, 1], [2, 2, 1], [3, 0, 0], [3, 0, 1]],
      UZB: [[2, 0, 1], [2, 1, 1], [1, 0, 0], [2, 0, 0]],
      KGZ: [[3, 0, 1], [2, 1, 0], [3, 0, 0], [3, 0, 0]],
      TJK: [[3, 0, 0], [1, 2, 0], [3, 0, 0], [3, 0, 0]],
      TKM: [[2, 0, 0], [1, 3, 1], [1, 0, 0], [2, 0, 0]],
    };
    for (const id of STATE_IDS) expect(BOARD_NAMES.map((b) => triple(g, id, b)), id).toEqual(want[id]);
  });

  it('fraying-2024: CN military 2 in KAZ, KGZ and TJK, the rest of the military board as the table', () => {
    const g = build('fraying-2024');
    expect(triple(g, 'KAZ', 'military')).toEqual([3, 2, 0]);
    expect(triple(g, 'UZB', 'military')).toEqual([1, 1, 0]);
    expect(triple(g, 'KGZ', 'military')).toEqual([3, 2, 0]);
    expect(triple(g, 'TJK', 'military')).toEqual([3, 2, 0]);
    expect(triple(g, 'TKM', 'military')).toEqual([1, 0, 0]);
  });
});

describe('rules §9 agenda points (shipped conditions in docs/balance.md; points unchanged)', () => {
  it('eight agendas with the points of the table', () => {
    const points = Object.fromEntries(AGENDA_IDS.map((id) => [id, AGENDAS[id].points]));
    expect(points).toEqual({
      'multi-vector': 6,
      'silk-road-hub': 5,
      'eurasian-integrator': 5,
      'european-bridge': 5,
      fortress: 4,
      mandate: 4,
      peacemaker: 5,
      unaligned: 5,
    });
  });
});

describe('game/config.ts constants against the rules', () => {
  it('rules §1 limits: influence 0-5, resources 0-12, tension 0-10, asymmetry 0-10, euEngagement 0-5; §4 Neutrality +4 (balance.md, was +5)', () => {
    expect(LIMITS).toEqual({
      influenceMax: 5,
      resourceMax: 12,
      tensionMax: 10,
      asymmetryMax: 10,
      euEngagementMax: 5,
      neutralityPoints: 4,
    });
  });

  it('rules §3: 2 actions a turn, 1 in unrest; §4 mediation once a round', () => {
    expect(TURN).toEqual({ actions: 2, actionsInUnrest: 1, mediationsPerRound: 1 });
  });

  it('rules §10: a crisis costs every state 5 and the most blamed 5 more', () => {
    expect(CRISIS).toEqual({ everyState: -5, mostBlamed: -5 });
  });

  it('rules §8 upkeep numbers', () => {
    expect(UPKEEP).toEqual({
      growth: 1, // economy +1
      briPerEconomy: 2, // +1 for every 2 BRI projects
      debtPerEconomyLoss: 3, // -1 for every full 3 debt
      garrison: 3, // security -1 unless some power has >=3 military
      resentmentGap: 3, // stability -1 if CN economics - CN culture >= 3
      povertyLine: 2, // stability -1 if economy <= 2
      tenseAt: 7, // security -1 if tension >= 7
      asymmetryRounds: [2, 4, 6], // asymmetry +1 after rounds 2, 4 and 6
      loanEconomy: 2, // emergency loan: economy 2
    });
  });

  it('rules §7 powers phase numbers', () => {
    expect(POWERS_PHASE).toEqual({
      chinaBase: 1, // 1 + floor(asymmetry / 3) placements
      chinaPerAsymmetry: 3,
      chinaMilitaryAt: 6, // military placement when asymmetry >= 6
      chinaPoliticsAt: 8, // politics placement when asymmetry >= 8
      borderStates: ['KAZ', 'KGZ', 'TJK'],
      euPerEngagement: 2, // floor(euEngagement / 2) placements
    });
  });
});
