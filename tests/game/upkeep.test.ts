// rules §8 upkeep, line by line and in order; China's new military lead; asymmetry; the start seat.
import { describe, expect, it } from 'vitest';
import { LIMITS, POWERS_PHASE, TURN, UPKEEP } from '../../game/config.js';
import { EVENTS } from '../../game/events.js';
import { chinaPhase } from '../../game/powers.js';
import { upkeep } from '../../game/upkeep.js';
import type { G } from '../../game/types.js';
import { STATE_IDS } from '../../game/types.js';
import { activate, clean, fresh, must, passRound, rng, setBoard, setCell, setRes, setTrack, snapshot, stackEvent } from './helpers.js';

/** A clean round-1 state with UZB calm: no resentment, no garrison, economy comfortable. */
function calm(): G {
  const g = clean();
  g.round = 1;
  setTrack(g, 'tension', 0);
  setBoard(g, 'UZB', 'economics', [2, 2, 1]);
  setBoard(g, 'UZB', 'culture', [2, 2, 0]);
  setBoard(g, 'UZB', 'military', [1, 1, 0]);
  setRes(g, 'UZB', 'economy', 6);
  setRes(g, 'UZB', 'security', 6);
  setRes(g, 'UZB', 'stability', 6);
  setRes(g, 'UZB', 'debt', 0);
  return g;
}

describe('rules §8 economy: growth, BRI, debt', () => {
  it.each([
    [0, 0], [1, 0], [UPKEEP.briPerEconomy, 0], [2 * UPKEEP.briPerEconomy + 1, 0],
    [0, UPKEEP.debtPerEconomyLoss - 1], [0, UPKEEP.debtPerEconomyLoss], [0, 2 * UPKEEP.debtPerEconomyLoss - 1],
    [0, 2 * UPKEEP.debtPerEconomyLoss], [3, 4],
  ])('bri %i, debt %i', (bri, debt) => {
    const g = calm();
    g.states.UZB.bri = bri;
    setRes(g, 'UZB', 'debt', debt);
    upkeep(g);
    const expected = 6 + UPKEEP.growth + Math.floor(bri / UPKEEP.briPerEconomy) - Math.floor(debt / UPKEEP.debtPerEconomyLoss);
    expect(g.states.UZB.economy).toBe(expected);
  });

  it('concretely: +1 growth, +1 per 2 BRI projects, −1 per full 3 debt', () => {
    const g = calm();
    g.states.UZB.bri = 2 * UPKEEP.briPerEconomy;
    setRes(g, 'UZB', 'debt', UPKEEP.debtPerEconomyLoss);
    upkeep(g);
    expect(g.states.UZB.economy).toBe(6 + UPKEEP.growth + 2 - 1);
  });
});

describe('rules §8 security decay', () => {
  it('security −1 without a garrison', () => {
    const g = calm();
    setBoard(g, 'UZB', 'military', [UPKEEP.garrison - 1, UPKEEP.garrison - 1, UPKEEP.garrison - 1]);
    upkeep(g);
    expect(g.states.UZB.security).toBe(5);
  });

  it.each([
    [[UPKEEP.garrison, 0, 0]], [[0, UPKEEP.garrison, 0]], [[0, 0, UPKEEP.garrison]],
  ] as [[number, number, number]][])('no decay when some power has ≥3 military: %j', (mil) => {
    const g = calm();
    setBoard(g, 'UZB', 'military', mil);
    upkeep(g);
    expect(g.states.UZB.security).toBe(6);
  });
});

describe('rules §8 stability', () => {
  it('−1 for public resentment when CN economics − CN culture ≥3', () => {
    const g = calm();
    setCell(g, 'UZB', 'economics', 'CN', 1 + UPKEEP.resentmentGap);
    setCell(g, 'UZB', 'culture', 'CN', 1);
    upkeep(g);
    expect(g.states.UZB.stability).toBe(5);
    const h = calm();
    setCell(h, 'UZB', 'economics', 'CN', UPKEEP.resentmentGap);
    setCell(h, 'UZB', 'culture', 'CN', 1);
    upkeep(h);
    expect(h.states.UZB.stability).toBe(6);
  });

  it('−1 when economy ≤2 — judged after growth', () => {
    const g = calm();
    setRes(g, 'UZB', 'economy', UPKEEP.povertyLine - UPKEEP.growth);
    upkeep(g);
    expect(g.states.UZB.economy).toBe(UPKEEP.povertyLine);
    expect(g.states.UZB.stability).toBe(5);
    const h = calm();
    setRes(h, 'UZB', 'economy', UPKEEP.povertyLine);
    upkeep(h);
    expect(h.states.UZB.stability).toBe(6);
  });

  it('resentment and poverty add up', () => {
    const g = calm();
    setRes(g, 'UZB', 'economy', 0);
    setRes(g, 'UZB', 'debt', 0);
    setCell(g, 'UZB', 'economics', 'CN', 4);
    setCell(g, 'UZB', 'culture', 'CN', 0);
    upkeep(g);
    expect(g.states.UZB.stability).toBe(4);
  });
});

describe('rules §8 high tension', () => {
  it('tension ≥7: security −1 in every state', () => {
    const g = calm();
    for (const id of STATE_IDS) setBoard(g, id, 'military', [UPKEEP.garrison, 0, 0]);
    setTrack(g, 'tension', UPKEEP.tenseAt);
    const before = snapshot(g);
    upkeep(g);
    for (const id of STATE_IDS) expect(g.states[id].security).toBe(Math.max(0, before.states[id].security - 1));
  });

  it('tension 6: no such loss', () => {
    const g = calm();
    for (const id of STATE_IDS) setBoard(g, id, 'military', [UPKEEP.garrison, 0, 0]);
    setTrack(g, 'tension', UPKEEP.tenseAt - 1);
    const before = snapshot(g);
    upkeep(g);
    for (const id of STATE_IDS) expect(g.states[id].security).toBe(before.states[id].security);
  });
});

describe('rules §8 clamp', () => {
  it('every resource ends within 0..12', () => {
    const g = calm();
    setRes(g, 'UZB', 'economy', LIMITS.resourceMax);
    g.states.UZB.bri = 4;
    setRes(g, 'KAZ', 'security', 0);
    setTrack(g, 'tension', UPKEEP.tenseAt);
    setRes(g, 'TKM', 'stability', 0);
    setCell(g, 'TKM', 'economics', 'CN', 5);
    setCell(g, 'TKM', 'culture', 'CN', 0);
    upkeep(g);
    expect(g.states.UZB.economy).toBe(LIMITS.resourceMax);
    expect(g.states.KAZ.security).toBe(0);
    expect(g.states.TKM.stability).toBe(0);
    for (const id of STATE_IDS) for (const r of ['economy', 'security', 'stability', 'debt'] as const) {
      expect(g.states[id][r]).toBeGreaterThanOrEqual(0);
      expect(g.states[id][r]).toBeLessThanOrEqual(LIMITS.resourceMax);
    }
  });

  it('the clamp comes before the security-0 check: a deep fall costs 1 stability, once', () => {
    const g = calm();
    setRes(g, 'UZB', 'security', 1);
    setTrack(g, 'tension', UPKEEP.tenseAt); // decay −1 and tension −1: security −1, clamped to 0
    upkeep(g);
    expect(g.states.UZB.security).toBe(0);
    expect(g.states.UZB.stability).toBe(5);
  });
});

describe('rules §8 unrest', () => {
  it('stability 0 → unrest and RU politics +1', () => {
    const g = calm();
    setRes(g, 'UZB', 'stability', 1);
    setRes(g, 'UZB', 'economy', 0); // poverty: −1
    setCell(g, 'UZB', 'politics', 'RU', 2);
    upkeep(g);
    expect(g.states.UZB.stability).toBe(0);
    expect(g.states.UZB.unrest).toBe(true);
    expect(g.states.UZB.influence.politics.RU).toBe(3);
    for (const id of STATE_IDS.filter((s) => s !== 'UZB')) expect(g.states[id].unrest).toBe(false);
  });

  it('unrest lasts until the next upkeep finds stability above 0', () => {
    const g = calm();
    g.states.UZB.unrest = true;
    upkeep(g);
    expect(g.states.UZB.unrest).toBe(false);
  });

  it('in the next round the state in unrest has 1 action', () => {
    const g = clean();
    stackEvent(g, 'A', 'sanctions');
    setRes(g, 'UZB', 'stability', 0);
    setRes(g, 'UZB', 'economy', 10);
    passRound(g);
    expect(g.round).toBe(2);
    expect(g.states.UZB.unrest).toBe(true);
    while (g.activeSeat !== '1') must(g, g.activeSeat, { type: 'pass' });
    expect(g.actionsLeft).toBe(TURN.actionsInUnrest);
    must(g, '1', { type: 'court', board: 'culture', power: 'EU' });
    expect(g.activeSeat).toBe('2');
  });

  it('unrest is judged before the security-0 loss (the order of §8)', () => {
    const g = calm();
    setRes(g, 'UZB', 'stability', 1);
    setRes(g, 'UZB', 'security', 1); // decays to 0, then costs 1 stability
    upkeep(g);
    expect(g.states.UZB.security).toBe(0);
    expect(g.states.UZB.stability).toBe(0);
    expect(g.states.UZB.unrest).toBe(false);
  });
});

describe('rules §8 security 0 and economy 0', () => {
  it('security 0 → stability −1', () => {
    const g = calm();
    setRes(g, 'UZB', 'security', 1);
    upkeep(g);
    expect(g.states.UZB.security).toBe(0);
    expect(g.states.UZB.stability).toBe(5);
    const h = calm();
    setRes(h, 'UZB', 'security', 2);
    upkeep(h);
    expect(h.states.UZB.stability).toBe(6);
  });

  it('economy 0 → emergency loan: economy 2, debt +1, CN economics +1', () => {
    const g = calm();
    setRes(g, 'UZB', 'economy', 0);
    setRes(g, 'UZB', 'debt', 2 * UPKEEP.debtPerEconomyLoss); // 0 + 1 − 2 = −1, clamped to 0
    upkeep(g);
    expect(g.states.UZB.economy).toBe(UPKEEP.loanEconomy);
    expect(g.states.UZB.debt).toBe(2 * UPKEEP.debtPerEconomyLoss + 1);
    expect(g.states.UZB.influence.economics.CN).toBe(3);
    expect(g.states.UZB.stability).toBe(5); // poverty was judged before the loan
  });

  it('no loan above economy 0', () => {
    const g = calm();
    setRes(g, 'UZB', 'economy', 0);
    upkeep(g);
    expect(g.states.UZB.economy).toBe(UPKEEP.growth);
    expect(g.states.UZB.debt).toBe(0);
    expect(g.states.UZB.influence.economics.CN).toBe(2);
  });
});

describe('rules §8 China newly taking the military lead', () => {
  it('tension +1, blamed on the seat whose action gave China the lead', () => {
    const g = clean();
    setTrack(g, 'tension', 2);
    activate(g, 'UZB');
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    must(g, '1', { type: 'court', board: 'military', power: 'CN' }); // court's own +1 too
    expect(g.states.UZB.blame).toBe(1);
    upkeep(g);
    expect(g.tracks.tension).toBe(4);
    expect(g.tensionLog.at(-1)).toMatchObject({ delta: 1, cause: 'seat:1', reason: 'cn-military-lead' });
    expect(g.states.UZB.blame).toBe(2);
  });

  it('a seat that lets China lead by pushing Russia back is the one blamed', () => {
    const g = clean();
    activate(g, 'KAZ');
    setBoard(g, 'KAZ', 'military', [2, 1, 0]);
    must(g, '0', { type: 'resist', board: 'military', power: 'RU' }); // 1 vs 1: no lead yet
    activate(g, 'KGZ');
    setBoard(g, 'KGZ', 'military', [1, 1, 0]);
    const t = g.tracks.tension;
    must(g, '2', { type: 'resist', board: 'military', power: 'RU' }); // 0 vs 1: China leads
    expect(g.tracks.tension).toBe(t);
    upkeep(g);
    expect(g.tensionLog.filter((e) => e.reason === 'cn-military-lead')).toEqual([
      expect.objectContaining({ delta: 1, cause: 'seat:2' }),
    ]);
    expect(g.states.KGZ.blame).toBe(1);
    expect(g.states.KAZ.blame).toBe(0);
  });

  it('tension +1, blamed on the powers phase when China\'s placement gave the lead', () => {
    const g = clean();
    setTrack(g, 'asymmetry', POWERS_PHASE.chinaMilitaryAt);
    for (const id of POWERS_PHASE.borderStates) setBoard(g, id, 'military', [3, 2, 0]);
    setBoard(g, 'TJK', 'military', [1, 1, 0]);
    chinaPhase(g, rng());
    const t = g.tracks.tension;
    upkeep(g);
    expect(g.tracks.tension).toBe(t + 1);
    expect(g.tensionLog.at(-1)).toMatchObject({ delta: 1, cause: 'powers:CN', reason: 'cn-military-lead' });
    for (const id of STATE_IDS) expect(g.states[id].blame).toBe(0);
  });

  it('only once: a lead held at the last upkeep raises nothing', () => {
    const g = clean();
    activate(g, 'UZB');
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    must(g, '1', { type: 'court', board: 'military', power: 'CN' });
    upkeep(g);
    const t = g.tracks.tension;
    const n = g.tensionLog.length;
    upkeep(g);
    expect(g.tracks.tension).toBe(t);
    expect(g.tensionLog).toHaveLength(n);
  });

  it('a lead taken and lost again before upkeep raises nothing', () => {
    const g = clean();
    activate(g, 'UZB');
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    must(g, '1', { type: 'court', board: 'military', power: 'CN' });
    must(g, '1', { type: 'resist', board: 'military', power: 'CN' });
    const t = g.tracks.tension;
    upkeep(g);
    expect(g.tracks.tension).toBe(t);
  });
});

describe('rules §8 end of upkeep', () => {
  it('asymmetry +1 after rounds 2, 4 and 6 only', () => {
    for (let round = 1; round <= 8; round++) {
      const g = calm();
      g.round = round;
      setTrack(g, 'asymmetry', 4);
      upkeep(g);
      expect(g.tracks.asymmetry, `round ${round}`).toBe(UPKEEP.asymmetryRounds.includes(round) ? 5 : 4);
    }
    expect([...UPKEEP.asymmetryRounds]).toEqual([2, 4, 6]);
  });

  it('asymmetry stays within its maximum', () => {
    const g = calm();
    g.round = UPKEEP.asymmetryRounds[0];
    setTrack(g, 'asymmetry', LIMITS.asymmetryMax);
    upkeep(g);
    expect(g.tracks.asymmetry).toBe(LIMITS.asymmetryMax);
  });

  it('the start seat moves on one seat each round, and opens the round', () => {
    const g = fresh();
    const starts: string[] = [g.startSeat];
    for (let r = 0; r < 6; r++) {
      g.tracks.tension = 0;
      passRound(g);
      starts.push(g.startSeat);
      if (!g.gameover) expect(g.activeSeat).toBe(g.startSeat);
    }
    expect(starts).toEqual(['0', '1', '2', '3', '4', '0', '1']);
  });

  it('tokens expire', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    stackEvent(g, 'A', 'sanctions');
    passRound(g);
    for (const id of STATE_IDS) expect(g.states[id].tokens).toEqual([]);
  });

  it('the round ends after every seat has taken a turn: 5 turns, then powers and upkeep', () => {
    const g = clean();
    stackEvent(g, 'A', 'sanctions');
    for (let i = 0; i < 4; i++) must(g, g.activeSeat, { type: 'pass' });
    expect(g.round).toBe(1);
    const economy = g.states.TKM.economy;
    must(g, '4', { type: 'pass' });
    expect(g.round).toBe(2);
    expect(g.history.map((h) => h.round)).toEqual([1]);
    expect(g.powersLog.length).toBeGreaterThan(0);
    expect(g.states.TKM.economy).toBe(economy + UPKEEP.growth); // upkeep ran; sanctions leave economy alone
  });
});
