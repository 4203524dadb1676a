// The shared helpers of game/board.ts: rules §1 leads, dominance and balance; clamping of
// influence (0..5), resources (0..12) and tracks; China's military-lead cause (rules §8); tension
// and blame bookkeeping (rules §5); TKM Neutrality and public sovereignty (rules §4, §10).
import { describe, expect, it } from 'vitest';
import {
  addInfluence, addResource, addTension, addTrack, balancedCount, dominant, isBalanced, leader,
  neutralityPoints, publicSovereignty, totalInfluence,
} from '../../game/board.js';
import { scoreLine } from '../../game/score.js';
import type { Board, G, Power, StateId } from '../../game/types.js';
import { BOARDS } from '../../game/types.js';
import { clean, setBoard, setCell, setRes, setTrack } from './helpers.js';

/** A clean game with UZB's politics set to [RU, CN, EU]. */
function politics(cells: [number, number, number]): G {
  const g = clean();
  setBoard(g, 'UZB', 'politics', cells);
  return g;
}

describe('rules §1 leads: influence ≥1 and strictly above each other power', () => {
  it.each([
    [[1, 0, 0], 'RU'], [[0, 1, 0], 'CN'], [[0, 0, 1], 'EU'],
    [[3, 2, 2], 'RU'], [[1, 3, 2], 'CN'], [[2, 1, 3], 'EU'],
  ] as [[number, number, number], Power][])('%j: %s leads', (cells, power) => {
    expect(leader(politics(cells), 'UZB', 'politics')).toBe(power);
  });

  it.each([
    [[0, 0, 0]], [[1, 1, 1]], [[2, 2, 1]], [[2, 1, 2]], [[1, 2, 2]], [[2, 0, 2]], [[0, 3, 3]],
  ] as [[number, number, number]][])('%j: a tie at the top, nobody leads', (cells) => {
    expect(leader(politics(cells), 'UZB', 'politics')).toBeNull();
  });
});

describe('rules §1 dominates: leads, has ≥4 and is ≥2 above the second; balanced when nobody does', () => {
  it.each([
    [[4, 0, 0], 'RU'], [[4, 2, 0], 'RU'], [[1, 4, 2], 'CN'], [[3, 3, 5], 'EU'], [[5, 3, 3], 'RU'],
  ] as [[number, number, number], Power][])('%j: %s dominates, the board is not balanced', (cells, power) => {
    const g = politics(cells);
    expect(dominant(g, 'UZB', 'politics')).toBe(power);
    expect(isBalanced(g, 'UZB', 'politics')).toBe(false);
  });

  it.each([
    [[3, 0, 0]], [[4, 3, 0]], [[1, 4, 3]], [[4, 4, 0]], [[5, 4, 4]], [[0, 0, 0]],
  ] as [[number, number, number]][])('%j: nobody dominates, the board is balanced', (cells) => {
    const g = politics(cells);
    expect(dominant(g, 'UZB', 'politics')).toBeNull();
    expect(isBalanced(g, 'UZB', 'politics')).toBe(true);
  });

  it('counts the balanced boards of a state', () => {
    const g = clean();
    setBoard(g, 'UZB', 'politics', [4, 1, 0]); // dominated
    setBoard(g, 'UZB', 'economics', [1, 4, 2]); // dominated
    setBoard(g, 'UZB', 'military', [4, 3, 0]);
    setBoard(g, 'UZB', 'culture', [2, 1, 0]);
    expect(balancedCount(g, 'UZB')).toBe(2);
  });
});

describe('totalInfluence: a power\'s influence summed over the four boards of a state', () => {
  it('adds up the four cells', () => {
    const g = clean();
    const eu: Record<Board, number> = { politics: 1, economics: 0, military: 2, culture: 3 };
    for (const b of BOARDS) setCell(g, 'UZB', b, 'EU', eu[b]);
    expect(totalInfluence(g, 'UZB', 'EU')).toBe(6);
    for (const b of BOARDS) setCell(g, 'UZB', b, 'EU', 0);
    expect(totalInfluence(g, 'UZB', 'EU')).toBe(0);
  });
});

describe('rules §1 influence stays within 0..5; addInfluence returns the change that happened', () => {
  it.each([
    [2, 1, 3, 1], [4, 3, 5, 1], [5, 1, 5, 0], [1, -2, 0, -1], [0, -1, 0, 0], [3, -1, 2, -1],
  ])('from %i, %i: ends at %i, returns %i', (from, delta, to, change) => {
    const g = clean();
    setCell(g, 'UZB', 'culture', 'EU', from);
    expect(addInfluence(g, 'UZB', 'culture', 'EU', delta, 'seat:1')).toBe(change);
    expect(g.states.UZB.influence.culture.EU).toBe(to);
  });
});

describe('rules §8 who gave China the military lead (for the upkeep\'s tension +1)', () => {
  const cause = (g: G, id: StateId) => g.states[id].cnMilitaryLeadCause;

  it('the change that gives China the lead names its cause', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'seat:1');
    expect(cause(g, 'UZB')).toBe('seat:1');
    const h = clean();
    setBoard(h, 'KGZ', 'military', [1, 1, 0]);
    addInfluence(h, 'KGZ', 'military', 'RU', -1, 'seat:2'); // pushing Russia back also gives the lead
    expect(cause(h, 'KGZ')).toBe('seat:2');
  });

  it('changes while China already leads do not replace the cause', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'seat:1');
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'powers:CN'); // [1, 3, 0]: still China
    addInfluence(g, 'UZB', 'military', 'RU', 1, 'powers:RU'); // [2, 3, 0]: still China
    expect(leader(g, 'UZB', 'military')).toBe('CN');
    expect(cause(g, 'UZB')).toBe('seat:1');
  });

  it('changes on the other boards never touch it', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'seat:1');
    for (const b of ['politics', 'economics', 'culture'] as Board[]) addInfluence(g, 'UZB', b, 'CN', 1, 'event:x');
    expect(cause(g, 'UZB')).toBe('seat:1');
    const h = clean();
    setBoard(h, 'UZB', 'politics', [1, 1, 0]);
    addInfluence(h, 'UZB', 'politics', 'CN', 1, 'seat:1'); // China leads politics, not military
    expect(cause(h, 'UZB')).toBeNull();
  });

  it('a military change that leaves China short of the lead names nobody', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [2, 0, 0]);
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'seat:1'); // [2, 1, 0]
    addInfluence(g, 'UZB', 'military', 'CN', 1, 'seat:1'); // [2, 2, 0]: a tie
    expect(cause(g, 'UZB')).toBeNull();
  });
});

describe('rules §1 resources stay within 0..12; addResource returns the change that happened', () => {
  it.each([
    ['economy', 5, 2, 7, 2], ['economy', 11, 3, 12, 1], ['security', 12, 1, 12, 0],
    ['stability', 1, -3, 0, -1], ['debt', 0, -1, 0, 0], ['debt', 4, 1, 5, 1],
  ] as const)('%s from %i, %i: ends at %i, returns %i', (res, from, delta, to, change) => {
    const g = clean();
    setRes(g, 'UZB', res, from);
    expect(addResource(g, 'UZB', res, delta)).toBe(change);
    expect(g.states.UZB[res]).toBe(to);
  });
});

describe('rules §1 tracks: asymmetry 0..10, euEngagement 0..5; addTrack returns the change that happened', () => {
  it.each([
    ['asymmetry', 5, 1, 6, 1], ['asymmetry', 9, 3, 10, 1], ['asymmetry', 10, 1, 10, 0],
    ['asymmetry', 1, -1, 0, -1], ['asymmetry', 0, -1, 0, 0],
    ['euEngagement', 4, 1, 5, 1], ['euEngagement', 5, 1, 5, 0], ['euEngagement', 3, 4, 5, 2],
    ['euEngagement', 1, -2, 0, -1],
  ] as const)('%s from %i, %i: ends at %i, returns %i', (track, from, delta, to, change) => {
    const g = clean();
    setTrack(g, track, from);
    expect(addTrack(g, track, delta)).toBe(change);
    expect(g.tracks[track]).toBe(to);
  });
});

describe('rules §5 addTension: clamped 0..10, recorded, increases blamed on the seat that caused them', () => {
  it('records the clamped change and blames only a seat\'s increases', () => {
    const g = clean();
    setTrack(g, 'tension', 8);
    expect(addTension(g, 3, 'seat:2', 'host-base-CN')).toBe(2);
    expect(addTension(g, -1, 'seat:2')).toBe(-1);
    expect(addTension(g, 1, 'event:arms-deals')).toBe(1);
    expect(addTension(g, 1, 'powers:CN')).toBe(0); // at 10 already: nothing happens, nothing recorded
    expect(g.tracks.tension).toBe(10);
    expect(g.tensionLog).toEqual([
      { round: 1, delta: 2, cause: 'seat:2', reason: 'host-base-CN' },
      { round: 1, delta: -1, cause: 'seat:2' },
      { round: 1, delta: 1, cause: 'event:arms-deals' },
    ]);
    expect(g.states.KGZ.blame).toBe(2);
    for (const id of ['KAZ', 'UZB', 'TJK', 'TKM'] as StateId[]) expect(g.states[id].blame).toBe(0);
  });
});

describe('rules §4 TKM Neutrality (shipped +4; rules v1.2 +5, docs/balance.md step 1)', () => {
  it('+4 while Turkmenistan is in no institution and hosts no base, else 0', () => {
    const g = clean();
    expect(g.states.TKM.members).toEqual([]);
    expect(g.states.TKM.bases).toEqual([]);
    expect(neutralityPoints(g, 'TKM')).toBe(4);
    g.states.TKM.members = ['SCO'];
    expect(neutralityPoints(g, 'TKM')).toBe(0);
    g.states.TKM.members = [];
    g.states.TKM.bases = ['RU'];
    expect(neutralityPoints(g, 'TKM')).toBe(0);
  });

  it('no other state has it, even outside every institution', () => {
    const g = clean();
    g.states.UZB.members = [];
    expect(neutralityPoints(g, 'UZB')).toBe(0);
  });
});

describe('rules §10 public sovereignty: the score without the secret agenda', () => {
  it('= economy + security + stability − debt + 2 × balanced boards', () => {
    const g = clean();
    Object.assign(g.states.UZB, { economy: 7, security: 10, stability: 4, debt: 3, agenda: 'fortress' });
    for (const b of BOARDS) setBoard(g, 'UZB', b, [2, 1, 1]);
    setBoard(g, 'UZB', 'military', [5, 1, 0]); // dominated: 3 balanced boards
    expect(publicSovereignty(g, 'UZB')).toBe(7 + 10 + 4 - 3 + 2 * 3);
    expect(scoreLine(g, 'UZB', false, false).total).toBe(7 + 10 + 4 - 3 + 2 * 3 + 4); // Fortress met: 4 more
  });

  it('Turkmenistan\'s kept Neutrality counts: +4', () => {
    const g = clean();
    Object.assign(g.states.TKM, { economy: 6, security: 3, stability: 5, debt: 2, members: [], bases: [] });
    for (const b of BOARDS) setBoard(g, 'TKM', b, [2, 2, 1]); // 4 balanced boards
    expect(publicSovereignty(g, 'TKM')).toBe(6 + 3 + 5 - 2 + 2 * 4 + 4);
    g.states.TKM.members = ['SCO'];
    expect(publicSovereignty(g, 'TKM')).toBe(6 + 3 + 5 - 2 + 2 * 4);
  });
});
