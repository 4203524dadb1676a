// rules §7: the powers phase — China, then Russia, then the EU — with caps, ties and crises.
import { describe, expect, it } from 'vitest';
import { LIMITS, POWERS_PHASE } from '../../game/config.js';
import { chinaPhase, euPhase, powersPhase, russiaPhase } from '../../game/powers.js';
import { seededRng } from '../../game/rng.js';
import type { Board, G, Power, Rng, StateId } from '../../game/types.js';
import { BOARDS, STATE_IDS } from '../../game/types.js';
import { clean, fixedRng, passRound, rng, setBoard, setCell, setTrack, snapshot } from './helpers.js';

const BORDER = POWERS_PHASE.borderStates as readonly StateId[];
const chinaCount = (asym: number): number => POWERS_PHASE.chinaBase + Math.floor(asym / POWERS_PHASE.chinaPerAsymmetry);

/** Sum over states of a power's influence on a board. */
const boardTotal = (g: G, board: Board, power: Power): number => STATE_IDS.reduce((n, id) => n + g.states[id].influence[board][power], 0);

/** A state where China has room everywhere and Russia's military is strong (no tension from placements). */
function roomy(): G {
  const g = clean();
  for (const id of STATE_IDS) {
    setBoard(g, id, 'economics', [2, 0, 0]);
    setBoard(g, id, 'politics', [2, 0, 0]);
    setBoard(g, id, 'military', [5, 0, 0]);
  }
  return g;
}

describe('rules §7 China', () => {
  it('makes 1 + floor(asymmetry / 3) placements', () => {
    for (let asym = 0; asym <= LIMITS.asymmetryMax; asym++) {
      const g = roomy();
      setTrack(g, 'asymmetry', asym);
      const before = snapshot(g);
      chinaPhase(g, rng());
      const placed = BOARDS.reduce((n, b) => n + boardTotal(g, b, 'CN') - boardTotal(before, b, 'CN'), 0);
      expect(placed, `asymmetry ${asym}`).toBe(chinaCount(asym));
      expect(g.powersLog.filter((p) => p.power === 'CN' && !p.skipped)).toHaveLength(chinaCount(asym));
    }
  });

  it('at asymmetry ≥6: one military placement in the border state with the lowest CN military', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt);
    setCell(g, 'KAZ', 'military', 'CN', 2);
    setCell(g, 'KGZ', 'military', 'CN', 1);
    setCell(g, 'TJK', 'military', 'CN', 3);
    // UZB and TKM have less, but are not border states.
    const before = snapshot(g);
    chinaPhase(g, rng());
    expect(g.states.KGZ.influence.military.CN).toBe(2);
    expect(boardTotal(g, 'military', 'CN')).toBe(boardTotal(before, 'military', 'CN') + 1);
    expect(g.powersLog.filter((p) => p.board === 'military')).toHaveLength(1);
    expect(g.tracks.tension).toBe(before.tracks.tension); // RU military 5 there
  });

  it('the military placement raises tension (blamed on China) when CN military > RU military there', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt);
    setTrack(g, 'tension', 3);
    for (const id of BORDER) setBoard(g, id, 'military', [3, 2, 0]);
    setBoard(g, 'TJK', 'military', [1, 1, 0]);
    chinaPhase(g, rng());
    expect(g.states.TJK.influence.military).toEqual({ RU: 1, CN: 2, EU: 0 });
    expect(g.tracks.tension).toBe(4);
    expect(g.tensionLog).toEqual([expect.objectContaining({ delta: 1, cause: 'powers:CN' })]);
    for (const id of STATE_IDS) expect(g.states[id].blame).toBe(0);
  });

  it('the military placement raises no tension when CN military only equals RU military after', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt);
    for (const id of BORDER) setBoard(g, id, 'military', [3, 2, 0]);
    setBoard(g, 'TJK', 'military', [2, 1, 0]);
    chinaPhase(g, rng());
    expect(g.states.TJK.influence.military.CN).toBe(2);
    expect(g.tensionLog).toEqual([]);
  });

  it('below asymmetry 6 there is no military placement', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt - 1);
    chinaPhase(g, rng());
    expect(boardTotal(g, 'military', 'CN')).toBe(0);
  });

  it('at asymmetry ≥8: one politics placement where CN politics is lowest', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaPoliticsAt);
    for (const id of STATE_IDS) setCell(g, id, 'politics', 'CN', 3);
    setCell(g, 'UZB', 'politics', 'CN', 1);
    chinaPhase(g, rng());
    expect(g.states.UZB.influence.politics.CN).toBe(2);
    expect(g.powersLog.filter((p) => p.board === 'politics')).toHaveLength(1);
    expect(g.powersLog.filter((p) => p.board === 'military')).toHaveLength(1);
    expect(g.powersLog.filter((p) => p.board === 'economics')).toHaveLength(chinaCount(POWERS_PHASE.chinaPoliticsAt) - 2);
  });

  it('below asymmetry 8 there is no politics placement', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaPoliticsAt - 1);
    chinaPhase(g, rng());
    expect(boardTotal(g, 'politics', 'CN')).toBe(0);
  });

  it('otherwise: CN economics +1 where it is lowest', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', 0);
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 3);
    setCell(g, 'TKM', 'economics', 'CN', 2);
    chinaPhase(g, rng());
    expect(STATE_IDS.map((id) => g.states[id].influence.economics.CN)).toEqual([3, 3, 3, 3, 3]);
  });

  it('a placement that would exceed 5 is not made: the cap holds', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', 0);
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', LIMITS.influenceMax);
    chinaPhase(g, rng());
    for (const id of STATE_IDS) expect(g.states[id].influence.economics.CN).toBe(LIMITS.influenceMax);
  });

  it('with every border state at CN military 5 the military placement goes elsewhere (no cell above 5)', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt);
    for (const id of BORDER) setCell(g, id, 'military', 'CN', LIMITS.influenceMax);
    const before = snapshot(g);
    chinaPhase(g, rng());
    for (const id of STATE_IDS) expect(g.states[id].influence.military.CN).toBe(before.states[id].influence.military.CN);
    expect(boardTotal(g, 'economics', 'CN')).toBe(boardTotal(before, 'economics', 'CN') + chinaCount(POWERS_PHASE.chinaMilitaryAt));
  });
});

describe('rules §7 Russia', () => {
  it('military placement where CN − RU is highest, with pushback tension when CN > RU there (checked before)', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    for (const id of STATE_IDS) setBoard(g, id, 'military', [3, 1, 0]);
    setBoard(g, 'KGZ', 'military', [2, 3, 0]);
    russiaPhase(g, rng());
    expect(g.states.KGZ.influence.military).toEqual({ RU: 3, CN: 3, EU: 0 });
    expect(g.tracks.tension).toBe(4);
    expect(g.tensionLog).toEqual([expect.objectContaining({ delta: 1, cause: 'powers:RU' })]);
    for (const id of STATE_IDS) expect(g.states[id].blame).toBe(0);
  });

  it('no pushback when China is not ahead there', () => {
    const g = clean();
    for (const id of STATE_IDS) setBoard(g, id, 'military', [3, 1, 0]);
    setBoard(g, 'TKM', 'military', [2, 2, 0]);
    russiaPhase(g, rng());
    expect(g.states.TKM.influence.military.RU).toBe(3);
    expect(g.tensionLog).toEqual([]);
  });

  it('a military placement that would exceed 5 goes to the next candidate', () => {
    const g = clean();
    for (const id of STATE_IDS) setBoard(g, id, 'military', [3, 0, 0]);
    setBoard(g, 'KAZ', 'military', [5, 5, 0]); // highest CN − RU, but RU is capped
    setBoard(g, 'TJK', 'military', [2, 1, 0]); // next highest
    russiaPhase(g, rng());
    expect(g.states.KAZ.influence.military.RU).toBe(LIMITS.influenceMax);
    expect(g.states.TJK.influence.military.RU).toBe(3);
  });

  it('then RU +1 in the politics or culture cell where its margin over the strongest other power is smallest', () => {
    const g = clean();
    for (const id of STATE_IDS) {
      setBoard(g, id, 'politics', [3, 1, 1]);
      setBoard(g, id, 'culture', [3, 1, 0]);
    }
    setBoard(g, 'TJK', 'culture', [2, 1, 3]); // margin −1: the smallest on politics/culture
    setBoard(g, 'UZB', 'economics', [0, 5, 0]); // smaller margin, but economics is not a candidate
    const before = snapshot(g);
    russiaPhase(g, rng());
    expect(g.states.TJK.influence.culture.RU).toBe(3);
    expect(g.states.UZB.influence.economics.RU).toBe(0);
    expect(boardTotal(g, 'politics', 'RU') + boardTotal(g, 'culture', 'RU'))
      .toBe(boardTotal(before, 'politics', 'RU') + boardTotal(before, 'culture', 'RU') + 1);
    expect(g.powersLog.map((p) => p.power)).toEqual(['RU', 'RU']);
  });
});

describe('rules §7 EU', () => {
  it('makes floor(euEngagement / 2) placements', () => {
    for (let eu = 0; eu <= LIMITS.euEngagementMax; eu++) {
      const g = clean();
      setTrack(g, 'euEngagement', eu);
      const before = snapshot(g);
      euPhase(g, rng());
      const placed = BOARDS.reduce((n, b) => n + boardTotal(g, b, 'EU') - boardTotal(before, b, 'EU'), 0);
      expect(placed, `eu ${eu}`).toBe(Math.floor(eu / POWERS_PHASE.euPerEngagement));
    }
  });

  it('alternating economics then politics, in the state with the most total EU influence', () => {
    const g = clean();
    for (const id of STATE_IDS) for (const b of BOARDS) setCell(g, id, b, 'EU', 0);
    setCell(g, 'KGZ', 'culture', 'EU', 2);
    setCell(g, 'UZB', 'military', 'EU', 1);
    setTrack(g, 'euEngagement', 2 * POWERS_PHASE.euPerEngagement);
    euPhase(g, rng());
    expect(g.powersLog.map((p) => [p.board, p.state])).toEqual([['economics', 'KGZ'], ['politics', 'KGZ']]);
    expect(g.states.KGZ.influence.economics.EU).toBe(1);
    expect(g.states.KGZ.influence.politics.EU).toBe(1);
  });

  it('a placement that would exceed 5 goes to the next state', () => {
    const g = clean();
    for (const id of STATE_IDS) for (const b of BOARDS) setCell(g, id, b, 'EU', 0);
    setCell(g, 'KGZ', 'economics', 'EU', LIMITS.influenceMax);
    setCell(g, 'TJK', 'culture', 'EU', 2);
    setTrack(g, 'euEngagement', 2 * POWERS_PHASE.euPerEngagement);
    euPhase(g, rng());
    expect(g.states.KGZ.influence.economics.EU).toBe(LIMITS.influenceMax);
    expect(g.states.TJK.influence.economics.EU).toBe(1);
    expect(g.states.KGZ.influence.politics.EU).toBe(1);
  });
});

describe('rules §7 ties and order', () => {
  const tiedChoice = (seed: number | Rng): StateId => {
    const g = roomy();
    setTrack(g, 'asymmetry', 0);
    chinaPhase(g, typeof seed === 'number' ? seededRng(seed) : seed);
    return STATE_IDS.find((id) => g.states[id].influence.economics.CN === 1)!;
  };

  it('ties are broken by the seeded random: same seed same result, other seeds can differ', () => {
    expect(tiedChoice(5)).toBe(tiedChoice(5));
    const seen = new Set<StateId>();
    for (let seed = 1; seed <= 30; seed++) seen.add(tiedChoice(seed));
    expect(seen.size).toBeGreaterThan(1);
    expect(tiedChoice(fixedRng(0))).not.toBe(tiedChoice(fixedRng(0.999)));
  });

  it('the whole phase is a function of the state and the seed', () => {
    const a = clean();
    const b = clean();
    setTrack(a, 'asymmetry', 9); setTrack(b, 'asymmetry', 9);
    setTrack(a, 'euEngagement', 5); setTrack(b, 'euEngagement', 5);
    powersPhase(a, seededRng(42));
    powersPhase(b, seededRng(42));
    expect(a).toEqual(b);
  });

  it('China acts first, then Russia, then the EU', () => {
    const g = clean();
    setTrack(g, 'asymmetry', 3);
    setTrack(g, 'euEngagement', 4);
    powersPhase(g, rng());
    expect(g.powersLog.map((p) => p.power)).toEqual(['CN', 'CN', 'RU', 'RU', 'EU', 'EU']);
  });
});

describe('rules §3/§7 a crisis stops the phase', () => {
  it('China\'s military placement bringing tension to 10 ends China\'s turn and skips Russia and the EU', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', LIMITS.asymmetryMax);
    setTrack(g, 'euEngagement', LIMITS.euEngagementMax);
    setTrack(g, 'tension', LIMITS.tensionMax - 1);
    setBoard(g, 'KGZ', 'military', [0, 0, 0]);
    for (const id of ['KAZ', 'TJK'] as StateId[]) setBoard(g, id, 'military', [5, 2, 0]);
    const before = snapshot(g);
    powersPhase(g, rng());
    expect(g.tracks.tension).toBe(LIMITS.tensionMax);
    expect(g.powersLog).toHaveLength(1);
    expect(g.states.KGZ.influence.military.CN).toBe(1);
    for (const id of STATE_IDS) for (const b of BOARDS) if (!(id === 'KGZ' && b === 'military')) {
      expect(g.states[id].influence[b]).toEqual(before.states[id].influence[b]);
    }
  });

  it('Russia\'s pushback bringing tension to 10 skips its second placement and the EU', () => {
    const g = clean();
    setTrack(g, 'asymmetry', 0);
    setTrack(g, 'euEngagement', LIMITS.euEngagementMax);
    setTrack(g, 'tension', LIMITS.tensionMax - 1);
    setBoard(g, 'TJK', 'military', [3, 4, 0]);
    powersPhase(g, rng());
    expect(g.tracks.tension).toBe(LIMITS.tensionMax);
    expect(g.powersLog.map((p) => p.power)).toEqual(['CN', 'RU']);
  });

  it('in a game, a crisis in the powers phase ends it before upkeep', () => {
    const g = clean();
    setTrack(g, 'asymmetry', 0);
    setTrack(g, 'tension', LIMITS.tensionMax - 1);
    setBoard(g, 'TJK', 'military', [3, 4, 0]);
    const before = snapshot(g);
    passRound(g);
    expect(g.gameover?.crisis).toBe(true);
    expect(g.round).toBe(1);
    for (const id of STATE_IDS) expect(g.states[id].economy).toBe(before.states[id].economy); // no growth
  });
});

// rules §7: the powers phase is public; each step is recorded with the cell, the +1, why it was
// chosen and the tension it caused (0 when none), for the match log and the debrief.
describe('rules §7 the record of the powers phase', () => {
  it('China: the military, politics and economics placements, each +1 with its reason', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', 8); // 1 + floor(8 / 3) = 3 placements
    setCell(g, 'KAZ', 'military', 'CN', 2);
    setCell(g, 'KGZ', 'military', 'CN', 1);
    setCell(g, 'TJK', 'military', 'CN', 3);
    for (const id of STATE_IDS) {
      setCell(g, id, 'politics', 'CN', 3);
      setCell(g, id, 'economics', 'CN', 3);
    }
    setCell(g, 'UZB', 'politics', 'CN', 1);
    setCell(g, 'TKM', 'economics', 'CN', 2);
    chinaPhase(g, rng());
    expect(g.powersLog).toEqual([
      { power: 'CN', board: 'military', state: 'KGZ', delta: 1, reason: 'cn-border-military', tension: 0 }, // RU military 5 there
      { power: 'CN', board: 'politics', state: 'UZB', delta: 1, reason: 'cn-lowest-politics', tension: 0 },
      { power: 'CN', board: 'economics', state: 'TKM', delta: 1, reason: 'cn-lowest-economics', tension: 0 },
    ]);
  });

  it('China: the military placement that raises tension records it', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', 6); // 3 placements: military, then economics twice
    setTrack(g, 'tension', 3);
    for (const id of BORDER) setBoard(g, id, 'military', [3, 2, 0]);
    setBoard(g, 'TJK', 'military', [1, 1, 0]);
    chinaPhase(g, rng());
    expect(g.powersLog[0]).toEqual({ power: 'CN', board: 'military', state: 'TJK', delta: 1, reason: 'cn-border-military', tension: 1 });
  });

  it('China: a placement with every cell capped is recorded as skipped, +0, in the first state of the tie', () => {
    const g = roomy();
    setTrack(g, 'asymmetry', 0);
    for (const id of STATE_IDS) setCell(g, id, 'economics', 'CN', 5);
    // A generator that never swaps leaves the five-way tie in seat order: Kazakhstan first.
    chinaPhase(g, fixedRng(0.999));
    expect(g.powersLog).toEqual([
      { power: 'CN', board: 'economics', state: 'KAZ', delta: 0, reason: 'cap', skipped: true, tension: 0 },
    ]);
  });

  it('Russia: pushback records its tension; a plain military placement and the second placement record none', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    for (const id of STATE_IDS) {
      setBoard(g, id, 'military', [3, 1, 0]);
      setBoard(g, id, 'politics', [3, 1, 1]);
      setBoard(g, id, 'culture', [3, 1, 0]);
    }
    setBoard(g, 'KGZ', 'military', [2, 3, 0]);
    setBoard(g, 'TJK', 'culture', [2, 1, 3]);
    russiaPhase(g, rng());
    expect(g.powersLog).toEqual([
      { power: 'RU', board: 'military', state: 'KGZ', delta: 1, reason: 'ru-pushback', tension: 1 },
      { power: 'RU', board: 'culture', state: 'TJK', delta: 1, reason: 'ru-smallest-margin', tension: 0 },
    ]);
    const h = clean();
    for (const id of STATE_IDS) setBoard(h, id, 'military', [3, 1, 0]);
    setBoard(h, 'TKM', 'military', [2, 2, 0]); // China level with Russia, not ahead
    russiaPhase(h, rng());
    expect(h.powersLog[0]).toEqual({ power: 'RU', board: 'military', state: 'TKM', delta: 1, reason: 'ru-military-gap', tension: 0 });
    expect(h.tensionLog).toEqual([]);
  });

  it('EU: each placement +1 where the EU is strongest', () => {
    const g = clean();
    for (const id of STATE_IDS) for (const b of BOARDS) setCell(g, id, b, 'EU', 0);
    setCell(g, 'KGZ', 'culture', 'EU', 2);
    setTrack(g, 'euEngagement', 4);
    euPhase(g, rng());
    expect(g.powersLog).toEqual([
      { power: 'EU', board: 'economics', state: 'KGZ', delta: 1, reason: 'eu-strongest', tension: 0 },
      { power: 'EU', board: 'politics', state: 'KGZ', delta: 1, reason: 'eu-strongest', tension: 0 },
    ]);
  });

  it('each powers phase starts a fresh record: last round\'s steps are gone', () => {
    const g = clean();
    setTrack(g, 'asymmetry', 3);
    setTrack(g, 'euEngagement', 4);
    powersPhase(g, rng());
    expect(g.powersLog).toHaveLength(6);
    powersPhase(g, rng());
    expect(g.powersLog.map((p) => p.power)).toEqual(['CN', 'CN', 'RU', 'RU', 'EU', 'EU']);
  });
});
