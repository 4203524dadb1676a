// rules §4: the moves — court table, resist, institutions, bases, mediation, pass, tokens,
// special abilities — and rejection of illegal or malformed actions.
import { describe, expect, it } from 'vitest';
import { LIMITS, TURN } from '../../game/config.js';
import { BENEFIT_MAX, BRI } from '../../game/court.js';
import { explainIllegal, isLegal, legalActions } from '../../game/engine.js';
import { EVENTS } from '../../game/events.js';
import { scoreLine } from '../../game/score.js';
import { tensionCauseText } from '../../game/texts.js';
import type { Action, Board, G, Power, StateId } from '../../game/types.js';
import { seatOf } from '../../game/types.js';
import { activate, clean, must, mustFail, passRound, setBoard, setCell, setRes, setTrack, snapshot, stackEvent } from './helpers.js';

interface Delta {
  economy: number; security: number; stability: number; debt: number; bri: number;
  eu: number; tension: number; blame: number;
  inf: (board: Board, power: Power) => number;
}

/** Makes `id` active, applies a legal action, and returns what changed for it. */
function run(g: G, id: StateId, action: Action): Delta {
  if (g.activeSeat !== seatOf(id)) activate(g, id);
  const b = snapshot(g);
  must(g, id, action);
  const s = g.states[id];
  const o = b.states[id];
  return {
    economy: s.economy - o.economy, security: s.security - o.security, stability: s.stability - o.stability,
    debt: s.debt - o.debt, bri: s.bri - o.bri,
    eu: g.tracks.euEngagement - b.tracks.euEngagement, tension: g.tracks.tension - b.tracks.tension,
    blame: s.blame - o.blame,
    inf: (board, power) => s.influence[board][power] - o.influence[board][power],
  };
}

const court = (board: Board, power: Power): Action => ({ type: 'court', board, power });
const resist = (board: Board, power: Power): Action => ({ type: 'resist', board, power });
const pick = (d: Delta) => ({ economy: d.economy, security: d.security, stability: d.stability, debt: d.debt, eu: d.eu, tension: d.tension });
const ZERO = { economy: 0, security: 0, stability: 0, debt: 0, eu: 0, tension: 0 };

type Gains = Partial<typeof ZERO>;
interface Cell { board: Board; power: Power; who: StateId; gains: Gains; costs: Gains; setup?: (g: G) => void }

// rules §4 court table, every cell except the BRI project (tested on its own).
const CELLS: Cell[] = [
  { board: 'politics', power: 'RU', who: 'UZB', gains: { security: 1 }, costs: {} },
  { board: 'politics', power: 'CN', who: 'UZB', gains: { economy: 1 }, costs: {} },
  { board: 'politics', power: 'EU', who: 'UZB', gains: { stability: 1, eu: 1 }, costs: { security: -1 } },
  { board: 'economics', power: 'RU', who: 'UZB', gains: { economy: 1 }, costs: {} },
  { board: 'economics', power: 'EU', who: 'UZB', gains: { economy: 1 }, costs: {}, setup: (g) => setTrack(g, 'euEngagement', 2) },
  // RU military kept high so that the CN>RU tension rule stays out of the way here.
  { board: 'military', power: 'RU', who: 'UZB', gains: { security: 1 }, costs: {} },
  { board: 'military', power: 'CN', who: 'UZB', gains: { security: 1 }, costs: {}, setup: (g) => setCell(g, 'UZB', 'military', 'RU', 5) },
  { board: 'military', power: 'EU', who: 'UZB', gains: { security: 1 }, costs: { stability: -1 }, setup: (g) => setTrack(g, 'euEngagement', 4) },
  { board: 'culture', power: 'RU', who: 'UZB', gains: { economy: 1 }, costs: {} },
  { board: 'culture', power: 'CN', who: 'UZB', gains: { economy: 1 }, costs: {} },
  { board: 'culture', power: 'EU', who: 'UZB', gains: { stability: 1 }, costs: {} },
];

describe('rules §4 court: the table, cell by cell', () => {
  it.each(CELLS)('court $power on $board gives its benefit while influence was ≤ BENEFIT_MAX before', (c) => {
    const g = clean();
    c.setup?.(g);
    setCell(g, c.who, c.board, c.power, BENEFIT_MAX);
    const d = run(g, c.who, court(c.board, c.power));
    expect(d.inf(c.board, c.power)).toBe(1);
    const expected = { ...ZERO };
    for (const [k, v] of Object.entries({ ...c.gains })) expected[k as keyof typeof ZERO] += v;
    for (const [k, v] of Object.entries({ ...c.costs })) expected[k as keyof typeof ZERO] += v;
    expect(pick(d)).toEqual(expected);
  });

  it.each(CELLS)('court $power on $board above BENEFIT_MAX: only +1 influence, costs still paid', (c) => {
    const g = clean();
    c.setup?.(g);
    setCell(g, c.who, c.board, c.power, BENEFIT_MAX + 1);
    const d = run(g, c.who, court(c.board, c.power));
    expect(d.inf(c.board, c.power)).toBe(1);
    expect(pick(d)).toEqual({ ...ZERO, ...c.costs });
  });

  it.each(CELLS)('court $power on $board is illegal at influence 5', (c) => {
    const g = clean();
    c.setup?.(g);
    setTrack(g, 'euEngagement', LIMITS.euEngagementMax);
    setCell(g, c.who, c.board, c.power, LIMITS.influenceMax);
    activate(g, c.who);
    mustFail(g, seatOf(c.who), court(c.board, c.power));
  });

  it('court RU on economics: +2 economy for an EAEU member, +1 otherwise', () => {
    const g = clean();
    setCell(g, 'KGZ', 'economics', 'RU', 1);
    setCell(g, 'UZB', 'economics', 'RU', 1);
    expect(g.states.KGZ.members).toContain('EAEU');
    expect(run(g, 'KGZ', court('economics', 'RU')).economy).toBe(2);
    expect(run(g, 'UZB', court('economics', 'RU')).economy).toBe(1);
  });

  it('court RU on military: +2 security for a CSTO member, +1 otherwise', () => {
    const g = clean();
    setCell(g, 'KGZ', 'military', 'RU', 1);
    setCell(g, 'UZB', 'military', 'RU', 1);
    expect(run(g, 'KGZ', court('military', 'RU')).security).toBe(2);
    expect(run(g, 'UZB', court('military', 'RU')).security).toBe(1);
  });

  it('court CN on economics is a BRI project: +3 economy, +1 debt, BRI +1', () => {
    const g = clean();
    setCell(g, 'UZB', 'economics', 'CN', 1);
    const d = run(g, 'UZB', court('economics', 'CN'));
    expect(d.inf('economics', 'CN')).toBe(1);
    expect(pick(d)).toEqual({ ...ZERO, economy: BRI.economy, debt: BRI.debt });
    expect(d.bri).toBe(1);
  });

  it('a BRI project comes whatever the influence, and is legal at CN economics 5 (which stays 5)', () => {
    const g = clean();
    setCell(g, 'UZB', 'economics', 'CN', BENEFIT_MAX + 2);
    let d = run(g, 'UZB', court('economics', 'CN'));
    expect(d.bri).toBe(1);
    expect(d.economy).toBe(BRI.economy);
    setCell(g, 'UZB', 'economics', 'CN', LIMITS.influenceMax);
    setRes(g, 'UZB', 'economy', 1);
    d = run(g, 'UZB', court('economics', 'CN'));
    expect(g.states.UZB.influence.economics.CN).toBe(LIMITS.influenceMax);
    expect(d.bri).toBe(1);
    expect(d.economy).toBe(BRI.economy);
    expect(d.debt).toBe(BRI.debt);
  });

  it('court EU on economics needs euEngagement 2 (EU-engagement requirement)', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 1);
    activate(g, 'UZB');
    const reason = mustFail(g, '1', court('economics', 'EU'));
    expect(reason).toMatch(/EU engagement 2 \(now 1\)/);
    setTrack(g, 'euEngagement', 2);
    expect(run(g, 'UZB', court('economics', 'EU')).economy).toBe(1);
  });

  it('court EU on economics needs euEngagement 3 for an EAEU member', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 2);
    setCell(g, 'KGZ', 'economics', 'EU', 0);
    activate(g, 'KGZ');
    mustFail(g, '2', court('economics', 'EU'));
    setTrack(g, 'euEngagement', 3);
    expect(run(g, 'KGZ', court('economics', 'EU')).economy).toBe(1);
  });

  it('court EU on military needs euEngagement 4 and costs 1 stability', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 3);
    activate(g, 'UZB');
    mustFail(g, '1', court('military', 'EU'));
    setTrack(g, 'euEngagement', 4);
    const d = run(g, 'UZB', court('military', 'EU'));
    expect(d.security).toBe(1);
    expect(d.stability).toBe(-1);
  });

  it('court CN on military: tension +1 (blamed on the seat) when CN military > RU military after', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    const d = run(g, 'UZB', court('military', 'CN'));
    expect(d.tension).toBe(1);
    expect(d.blame).toBe(1);
    expect(g.tensionLog.at(-1)).toMatchObject({ round: 1, delta: 1, cause: 'seat:1' });
  });

  it('court CN on military: the tension record names the deed, and the debrief tells it (rules §5)', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [1, 1, 0]);
    run(g, 'UZB', court('military', 'CN'));
    const entry = g.tensionLog.at(-1)!;
    expect(entry).toEqual({ round: 1, delta: 1, cause: 'seat:1', reason: 'court-CN-military' });
    expect(tensionCauseText(entry)).toBe(
      'Uzbekistan invited Chinese military help, lifting China above Russia on its military board: tension +1 (Uzbekistan\'s blame +1).');
  });

  it('court CN on military: no tension when CN military only equals RU military after', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [2, 1, 0]);
    const d = run(g, 'UZB', court('military', 'CN'));
    expect(d.tension).toBe(0);
    expect(d.security).toBe(1);
    expect(g.tensionLog).toEqual([]);
  });

  it('court CN on military: the tension applies even without the benefit', () => {
    const g = clean();
    setBoard(g, 'UZB', 'military', [3, BENEFIT_MAX + 1, 0]);
    const d = run(g, 'UZB', court('military', 'CN'));
    expect(d.security).toBe(0);
    expect(d.tension).toBe(1);
  });

  it('court at influence 5 is refused with a sentence that names the power with a capital', () => {
    const g = clean();
    setCell(g, 'KAZ', 'culture', 'EU', LIMITS.influenceMax);
    setCell(g, 'KAZ', 'politics', 'RU', LIMITS.influenceMax);
    expect(mustFail(g, '0', court('culture', 'EU'))).toBe('The EU already has the most influence (5) on Kazakhstan\'s culture.');
    expect(mustFail(g, '0', court('politics', 'RU'))).toBe('Russia already has the most influence (5) on Kazakhstan\'s politics.');
  });

  it('a cost that would take a resource below 0 makes court illegal', () => {
    const g = clean();
    setRes(g, 'UZB', 'security', 0);
    activate(g, 'UZB');
    mustFail(g, '1', court('politics', 'EU'));
    setCell(g, 'UZB', 'politics', 'EU', BENEFIT_MAX + 1); // no benefit: the cost still counts
    mustFail(g, '1', court('politics', 'EU'));
    setTrack(g, 'euEngagement', 4);
    setRes(g, 'UZB', 'stability', 0);
    mustFail(g, '1', court('military', 'EU'));
    setRes(g, 'UZB', 'security', 1);
    setRes(g, 'UZB', 'stability', 1);
    must(g, '1', court('politics', 'EU'));
    expect(g.states.UZB.security).toBe(0);
  });
});

describe('rules §4 resist', () => {
  it.each([
    ['politics', 'RU', { security: -1 }],
    ['economics', 'CN', { economy: -1 }],
    ['military', 'RU', { security: -1 }],
    ['culture', 'RU', { economy: -1, stability: 1 }],
  ] as [Board, Power, Gains][])('resist on %s costs as the rules say', (board, power, cost) => {
    const g = clean();
    setCell(g, 'KAZ', board, power, 2);
    const d = run(g, 'KAZ', resist(board, power));
    expect(d.inf(board, power)).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, ...cost });
  });

  it('resist is illegal where the power has no influence', () => {
    const g = clean();
    setCell(g, 'KAZ', 'military', 'EU', 0);
    expect(mustFail(g, '0', resist('military', 'EU'))).toMatch(/no influence/);
  });

  it('resist at influence 0 is refused with a sentence that names the power with a capital', () => {
    const g = clean();
    setCell(g, 'KAZ', 'military', 'EU', 0);
    setCell(g, 'KAZ', 'culture', 'CN', 0);
    expect(mustFail(g, '0', resist('military', 'EU'))).toBe('The EU has no influence on Kazakhstan\'s military to push back.');
    expect(mustFail(g, '0', resist('culture', 'CN'))).toBe('China has no influence on Kazakhstan\'s culture to push back.');
  });

  it('a resist whose cost would take a resource below 0 is illegal (even with culture\'s gain)', () => {
    const g = clean();
    setRes(g, 'KAZ', 'security', 0);
    mustFail(g, '0', resist('politics', 'RU'));
    mustFail(g, '0', resist('military', 'RU'));
    setRes(g, 'KAZ', 'economy', 0);
    mustFail(g, '0', resist('economics', 'CN'));
    mustFail(g, '0', resist('culture', 'RU'));
  });
});

describe('rules §4 join and leave', () => {
  it('join CSTO needs RU politics 2: RU military +1, security +1', () => {
    const g = clean();
    setCell(g, 'UZB', 'politics', 'RU', 1);
    activate(g, 'UZB');
    expect(mustFail(g, '1', { type: 'join', institution: 'CSTO' })).toMatch(/Russian politics 2/);
    setCell(g, 'UZB', 'politics', 'RU', 2);
    const d = run(g, 'UZB', { type: 'join', institution: 'CSTO' });
    expect(g.states.UZB.members).toContain('CSTO');
    expect(d.inf('military', 'RU')).toBe(1);
    expect(pick(d)).toEqual({ ...ZERO, security: 1 });
  });

  it('join EAEU needs RU politics 2: RU economics +1, economy +1', () => {
    const g = clean();
    setCell(g, 'UZB', 'politics', 'RU', 1);
    activate(g, 'UZB');
    mustFail(g, '1', { type: 'join', institution: 'EAEU' });
    setCell(g, 'UZB', 'politics', 'RU', 2);
    const d = run(g, 'UZB', { type: 'join', institution: 'EAEU' });
    expect(g.states.UZB.members).toContain('EAEU');
    expect(d.inf('economics', 'RU')).toBe(1);
    expect(pick(d)).toEqual({ ...ZERO, economy: 1 });
  });

  it('join SCO has no requirement: RU politics +1, CN politics +1', () => {
    const g = clean();
    setCell(g, 'TKM', 'politics', 'RU', 0);
    const d = run(g, 'TKM', { type: 'join', institution: 'SCO' });
    expect(g.states.TKM.members).toEqual(['SCO']);
    expect(d.inf('politics', 'RU')).toBe(1);
    expect(d.inf('politics', 'CN')).toBe(1);
    expect(pick(d)).toEqual(ZERO);
  });

  it('leave CSTO: RU military −1, RU politics −1, security −1', () => {
    const g = clean();
    const d = run(g, 'KAZ', { type: 'leave', institution: 'CSTO' });
    expect(g.states.KAZ.members).not.toContain('CSTO');
    expect(d.inf('military', 'RU')).toBe(-1);
    expect(d.inf('politics', 'RU')).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, security: -1 });
  });

  it('leave EAEU: RU economics −1, economy −2', () => {
    const g = clean();
    const d = run(g, 'KAZ', { type: 'leave', institution: 'EAEU' });
    expect(g.states.KAZ.members).not.toContain('EAEU');
    expect(d.inf('economics', 'RU')).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, economy: -2 });
  });

  it('leave SCO: RU politics −1, CN politics −1, stability −1', () => {
    const g = clean();
    const d = run(g, 'KAZ', { type: 'leave', institution: 'SCO' });
    expect(g.states.KAZ.members).not.toContain('SCO');
    expect(d.inf('politics', 'RU')).toBe(-1);
    expect(d.inf('politics', 'CN')).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, stability: -1 });
  });

  it('leave SCO takes exactly 1 from each of RU and CN politics (3 → 2 both)', () => {
    const g = clean();
    setBoard(g, 'KAZ', 'politics', [3, 3, 1]);
    run(g, 'KAZ', { type: 'leave', institution: 'SCO' });
    expect(g.states.KAZ.influence.politics).toEqual({ RU: 2, CN: 2, EU: 1 });
  });

  it('influence is clamped to 0..5 while the rest of the effect still applies', () => {
    const g = clean();
    setCell(g, 'KAZ', 'politics', 'CN', 0);
    let d = run(g, 'KAZ', { type: 'leave', institution: 'SCO' });
    expect(g.states.KAZ.influence.politics.CN).toBe(0);
    expect(d.inf('politics', 'RU')).toBe(-1);
    expect(d.stability).toBe(-1);
    setCell(g, 'UZB', 'military', 'RU', LIMITS.influenceMax);
    d = run(g, 'UZB', { type: 'join', institution: 'CSTO' });
    expect(g.states.UZB.influence.military.RU).toBe(LIMITS.influenceMax);
    expect(d.security).toBe(1);
    setCell(g, 'TKM', 'politics', 'RU', LIMITS.influenceMax);
    d = run(g, 'TKM', { type: 'join', institution: 'SCO' });
    expect(g.states.TKM.influence.politics.RU).toBe(LIMITS.influenceMax);
    expect(d.inf('politics', 'CN')).toBe(1);
  });

  it('joining twice and leaving what you are not in are illegal', () => {
    const g = clean();
    mustFail(g, '0', { type: 'join', institution: 'SCO' });
    mustFail(g, '0', { type: 'join', institution: 'CSTO' });
    mustFail(g, '0', { type: 'join', institution: 'EAEU' });
    activate(g, 'TKM');
    mustFail(g, '4', { type: 'leave', institution: 'SCO' });
    mustFail(g, '4', { type: 'leave', institution: 'CSTO' });
    mustFail(g, '4', { type: 'leave', institution: 'EAEU' });
  });
});

describe('rules §4 bases', () => {
  it('host an RU base: RU military +2, security +3', () => {
    const g = clean();
    setCell(g, 'UZB', 'military', 'RU', 1);
    const d = run(g, 'UZB', { type: 'hostBase', power: 'RU' });
    expect(g.states.UZB.bases).toEqual(['RU']);
    expect(d.inf('military', 'RU')).toBe(2);
    expect(pick(d)).toEqual({ ...ZERO, security: 3 });
  });

  it('host a CN base: CN military +2, security +3, economy +1, tension +2 blamed on the seat', () => {
    const g = clean();
    const d = run(g, 'UZB', { type: 'hostBase', power: 'CN' });
    expect(g.states.UZB.bases).toEqual(['CN']);
    expect(d.inf('military', 'CN')).toBe(2);
    expect(pick(d)).toEqual({ ...ZERO, security: 3, economy: 1, tension: 2 });
    expect(d.blame).toBe(2);
  });

  it('host a CN base: the tension record names the base, and the debrief tells it (rules §5)', () => {
    const g = clean();
    run(g, 'UZB', { type: 'hostBase', power: 'CN' });
    const entry = g.tensionLog.at(-1)!;
    expect(entry).toEqual({ round: 1, delta: 2, cause: 'seat:1', reason: 'host-base-CN' });
    expect(tensionCauseText(entry)).toBe('Uzbekistan let China open a military base, which Moscow resents: tension +2 (Uzbekistan\'s blame +2).');
  });

  it('close an RU base: RU military −2, security −2, RU politics −1', () => {
    const g = clean();
    const d = run(g, 'KAZ', { type: 'closeBase', power: 'RU' });
    expect(g.states.KAZ.bases).toEqual([]);
    expect(d.inf('military', 'RU')).toBe(-2);
    expect(d.inf('politics', 'RU')).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, security: -2 });
  });

  it('close a CN base: CN military −2, security −2, nothing on politics', () => {
    const g = clean();
    g.states.UZB.bases = ['CN'];
    setCell(g, 'UZB', 'military', 'CN', 3);
    const d = run(g, 'UZB', { type: 'closeBase', power: 'CN' });
    expect(g.states.UZB.bases).toEqual([]);
    expect(d.inf('military', 'CN')).toBe(-2);
    expect(d.inf('politics', 'RU')).toBe(0);
    expect(d.inf('politics', 'CN')).toBe(0);
    expect(pick(d)).toEqual({ ...ZERO, security: -2 });
  });

  it('hosting a base that is there, closing one that is not, or an EU base, are illegal', () => {
    const g = clean();
    mustFail(g, '0', { type: 'hostBase', power: 'RU' });
    mustFail(g, '0', { type: 'closeBase', power: 'CN' });
    mustFail(g, '0', { type: 'hostBase', power: 'EU' });
    mustFail(g, '0', { type: 'closeBase', power: 'EU' });
  });
});

describe('rules §4 mediate', () => {
  it('an SCO member mediates: tension −1, stability +1, no blame', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    const d = run(g, 'KAZ', { type: 'mediate' });
    expect(pick(d)).toEqual({ ...ZERO, tension: -1, stability: 1 });
    expect(d.blame).toBe(0);
    expect(g.states.KAZ.mediations).toBe(1);
    expect(g.tensionLog.at(-1)).toMatchObject({ delta: -1, cause: 'seat:0' });
  });

  it('the tension record names the mediation, and the debrief tells it (rules §5)', () => {
    const g = clean();
    setTrack(g, 'tension', 3);
    run(g, 'KAZ', { type: 'mediate' });
    const entry = g.tensionLog.at(-1)!;
    expect(entry).toEqual({ round: 1, delta: -1, cause: 'seat:0', reason: 'mediate' });
    expect(tensionCauseText(entry)).toBe('Kazakhstan mediated through the SCO: tension −1.');
  });

  it('mediates at tension 1, the least it needs: tension 1 → 0', () => {
    const g = clean();
    setTrack(g, 'tension', 1);
    const d = run(g, 'KAZ', { type: 'mediate' });
    expect(g.tracks.tension).toBe(0);
    expect(pick(d)).toEqual({ ...ZERO, tension: -1, stability: 1 });
  });

  it('needs SCO membership', () => {
    const g = clean();
    activate(g, 'TKM');
    expect(mustFail(g, '4', { type: 'mediate' })).toMatch(/SCO/);
  });

  it('needs tension ≥ 1', () => {
    const g = clean();
    setTrack(g, 'tension', 0);
    mustFail(g, '0', { type: 'mediate' });
  });

  it('once per round for the whole region', () => {
    const g = clean();
    setTrack(g, 'tension', 5);
    must(g, '0', { type: 'mediate' });
    mustFail(g, '0', { type: 'mediate' }); // the same state
    activate(g, 'UZB');
    mustFail(g, '1', { type: 'mediate' }); // another SCO member
  });

  it('is available again next round', () => {
    const g = clean();
    setTrack(g, 'tension', 5);
    stackEvent(g, 'A', 'sanctions');
    must(g, '0', { type: 'mediate' });
    passRound(g);
    expect(g.round).toBe(2);
    activate(g, 'KAZ');
    must(g, '0', { type: 'mediate' });
  });

  it('sco-expansion allows a second use, which the first user may take', () => {
    const g = clean();
    setTrack(g, 'tension', 5);
    EVENTS['sco-expansion'].apply(g);
    must(g, '0', { type: 'mediate' });
    must(g, '0', { type: 'mediate' });
    expect(g.states.KAZ.mediations).toBe(2);
    activate(g, 'UZB');
    mustFail(g, '1', { type: 'mediate' });
  });

  it('sco-expansion: the second use may go to another SCO member', () => {
    const g = clean();
    setTrack(g, 'tension', 5);
    EVENTS['sco-expansion'].apply(g);
    must(g, '0', { type: 'mediate' });
    activate(g, 'UZB');
    must(g, '1', { type: 'mediate' });
    activate(g, 'KGZ');
    mustFail(g, '2', { type: 'mediate' });
  });
});

describe('rules §3/§4 turns and pass', () => {
  it('pass ends the turn; unused actions are lost', () => {
    const g = clean();
    const kaz = structuredClone(g.states.KAZ);
    must(g, '0', { type: 'pass' });
    expect(g.states.KAZ).toEqual(kaz);
    expect(g.activeSeat).toBe('1');
    expect(g.actionsLeft).toBe(TURN.actions);
    expect(g.turnsTaken).toBe(1);
    mustFail(g, '0', { type: 'pass' });
  });

  it('a turn has TURN.actions actions, then passes to the next seat', () => {
    const g = clean();
    for (let i = 0; i < TURN.actions; i++) {
      expect(g.activeSeat).toBe('0');
      must(g, '0', court('culture', 'EU'));
    }
    expect(g.activeSeat).toBe('1');
  });

  it('a state in unrest has TURN.actionsInUnrest action(s)', () => {
    const g = clean();
    g.states.UZB.unrest = true;
    must(g, '0', { type: 'pass' });
    expect(g.activeSeat).toBe('1');
    expect(g.actionsLeft).toBe(TURN.actionsInUnrest);
    for (let i = 0; i < TURN.actionsInUnrest; i++) must(g, '1', court('culture', 'EU'));
    expect(g.activeSeat).toBe('2');
  });

  it('tension reaching 10 in upkeep ends the game at once, scored as a crisis (rules §3, §8, §10)', () => {
    const g = clean();
    setTrack(g, 'asymmetry', 0); // China places on economics only
    setTrack(g, 'tension', 8);
    // Russia pushes back in TJK (tension 9) but China still leads there: upkeep adds the last +1.
    setBoard(g, 'TJK', 'military', [2, 4, 0]);
    passRound(g);
    expect(g.tracks.tension).toBe(10);
    expect(g.tensionLog.map((t) => t.reason)).toEqual(['ru-pushback', 'cn-military-lead']);
    expect(g.round).toBe(1);
    expect(g.gameover?.crisis).toBe(true);
    // Every state −5; nobody has blame, so nobody loses 5 more.
    for (const seat of ['0', '1', '2', '3', '4']) expect(g.gameover!.scores[seat].crisis).toBe(-5);
  });
});

describe('rules §4 tokens (free actions from events)', () => {
  const tokenOf = (g: G, id: StateId): string => g.states[id].tokens[0].id;

  it('court CN on economics token: a BRI project that costs no action and is used up', () => {
    const g = clean();
    EVENTS['bri-forum'].apply(g);
    const t = tokenOf(g, 'UZB');
    activate(g, 'UZB');
    const d = run(g, 'UZB', { type: 'useToken', tokenId: t });
    expect(d.bri).toBe(1);
    expect(d.economy).toBe(BRI.economy);
    expect(g.actionsLeft).toBe(TURN.actions);
    expect(g.activeSeat).toBe('1');
    expect(g.states.UZB.tokens).toEqual([]);
    mustFail(g, '1', { type: 'useToken', tokenId: t });
  });

  it('court EU on politics token: its cost is paid (it is not "at no cost")', () => {
    const g = clean();
    EVENTS['eu-strategy'].apply(g);
    const t = tokenOf(g, 'UZB');
    activate(g, 'UZB');
    setRes(g, 'UZB', 'security', 0);
    mustFail(g, '1', { type: 'useToken', tokenId: t });
    setRes(g, 'UZB', 'security', 2);
    setCell(g, 'UZB', 'politics', 'EU', 1);
    const d = run(g, 'UZB', { type: 'useToken', tokenId: t });
    expect(pick(d)).toEqual({ ...ZERO, security: -1, stability: 1, eu: 1 });
    expect(d.inf('politics', 'EU')).toBe(1);
  });

  it('court RU on military token', () => {
    const g = clean();
    EVENTS['afghan-border'].apply(g);
    const t = tokenOf(g, 'TJK');
    setCell(g, 'TJK', 'military', 'RU', 2);
    const d = run(g, 'TJK', { type: 'useToken', tokenId: t });
    expect(d.inf('military', 'RU')).toBe(1);
    expect(d.security).toBe(3); // CSTO +2, Frontline +1
  });

  it('resist CN on economics at no cost: no economy needed, none paid', () => {
    const g = clean();
    EVENTS['land-protests'].apply(g);
    const holder = (['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] as StateId[]).find((id) => g.states[id].tokens.length > 0)!;
    setRes(g, holder, 'economy', 0);
    const d = run(g, holder, { type: 'useToken', tokenId: tokenOf(g, holder) });
    expect(d.inf('economics', 'CN')).toBe(-1);
    expect(d.economy).toBe(0);
  });

  it('resist any power on any board at no cost: culture still gives +1 stability', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    const t = tokenOf(g, 'KAZ');
    setRes(g, 'KAZ', 'economy', 0);
    const d = run(g, 'KAZ', { type: 'useToken', tokenId: t, board: 'culture', power: 'RU' });
    expect(d.inf('culture', 'RU')).toBe(-1);
    expect(pick(d)).toEqual({ ...ZERO, stability: 1 });
    expect(g.actionsLeft).toBe(TURN.actions);
  });

  it('a token\'s action must be legal in the ordinary way', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    setCell(g, 'KAZ', 'military', 'EU', 0);
    mustFail(g, '0', { type: 'useToken', tokenId: tokenOf(g, 'KAZ'), board: 'military', power: 'EU' });
    const g2 = clean();
    EVENTS['eu-strategy'].apply(g2);
    setCell(g2, 'KAZ', 'politics', 'EU', LIMITS.influenceMax);
    mustFail(g2, '0', { type: 'useToken', tokenId: tokenOf(g2, 'KAZ') });
  });

  it('wrong token arguments are rejected', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    const t = tokenOf(g, 'KAZ');
    mustFail(g, '0', { type: 'useToken', tokenId: t }); // board and power needed
    mustFail(g, '0', { type: 'useToken', tokenId: t, board: 'culture' });
    mustFail(g, '0', { type: 'useToken', tokenId: t, board: 'space', power: 'RU' });
    mustFail(g, '0', { type: 'useToken', tokenId: t, board: 'culture', power: 'US' });
    mustFail(g, '0', { type: 'useToken', tokenId: 'no-such-token', board: 'culture', power: 'RU' });
    mustFail(g, '0', { type: 'useToken', tokenId: 7 });
    const g2 = clean();
    EVENTS['bri-forum'].apply(g2);
    const t2 = tokenOf(g2, 'KAZ');
    mustFail(g2, '0', { type: 'useToken', tokenId: t2, board: 'politics', power: 'CN' });
    mustFail(g2, '0', { type: 'useToken', tokenId: t2, board: 'economics', power: 'RU' });
    must(g2, '0', { type: 'useToken', tokenId: t2, board: 'economics', power: 'CN' });
  });

  it('a token id must be a string of at most 64 characters, else the action is malformed', () => {
    const g = clean();
    EVENTS['bri-forum'].apply(g);
    expect(mustFail(g, '0', { type: 'useToken', tokenId: 7 })).toBe('Unknown token.');
    expect(mustFail(g, '0', { type: 'useToken', tokenId: null })).toBe('Unknown token.');
    expect(mustFail(g, '0', { type: 'useToken', tokenId: 'x'.repeat(65) })).toBe('Unknown token.');
    // 64 characters is well formed: it is refused only because Kazakhstan holds no such token.
    expect(mustFail(g, '0', { type: 'useToken', tokenId: 'x'.repeat(64) })).toBe('Kazakhstan holds no such token.');
  });

  it('a token is used only by its holder, during its own turn, and only if it has one', () => {
    const g = clean();
    EVENTS['afghan-border'].apply(g); // only CSTO members among TJK, UZB, TKM get one
    const t = tokenOf(g, 'TJK');
    mustFail(g, '3', { type: 'useToken', tokenId: t }); // not TJK's turn
    mustFail(g, '0', { type: 'useToken', tokenId: t }); // KAZ holds none
  });

  it('a token does not end the turn and can be used with one action left', () => {
    const g = clean();
    EVENTS['bri-forum'].apply(g);
    must(g, '0', court('culture', 'EU'));
    expect(g.actionsLeft).toBe(TURN.actions - 1);
    must(g, '0', { type: 'useToken', tokenId: tokenOf(g, 'KAZ') });
    expect(g.activeSeat).toBe('0');
    expect(g.actionsLeft).toBe(TURN.actions - 1);
  });

  it('tokens expire at upkeep', () => {
    const g = clean();
    EVENTS['bri-forum'].apply(g);
    stackEvent(g, 'A', 'sanctions'); // next event gives no token
    passRound(g);
    expect(g.round).toBe(2);
    for (const id of ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] as StateId[]) expect(g.states[id].tokens).toEqual([]);
  });
});

describe('rules §4 special abilities', () => {
  it('KAZ Corridor: each BRI project gives +1 extra economy', () => {
    const g = clean();
    expect(run(g, 'KAZ', court('economics', 'CN')).economy).toBe(BRI.economy + BRI.corridorBonus);
    expect(run(g, 'UZB', court('economics', 'CN')).economy).toBe(BRI.economy);
  });

  it('KAZ Corridor: court EU on economics at euEngagement 2 despite EAEU membership (not at 1)', () => {
    const g = clean();
    expect(g.states.KAZ.members).toContain('EAEU');
    setTrack(g, 'euEngagement', 1);
    mustFail(g, '0', court('economics', 'EU'));
    setTrack(g, 'euEngagement', 2);
    expect(run(g, 'KAZ', court('economics', 'EU')).economy).toBe(1);
  });

  it('UZB Own course: the first resist of each turn is free, the second costs', () => {
    const g = clean();
    stackEvent(g, 'A', 'sanctions');
    must(g, '0', { type: 'pass' });
    expect(g.activeSeat).toBe('1');
    let d = run(g, 'UZB', resist('politics', 'RU'));
    expect(d.security).toBe(0);
    d = run(g, 'UZB', resist('economics', 'CN'));
    expect(d.economy).toBe(-1);
    // Next round, a new turn: free again.
    passRound(g);
    while (g.activeSeat !== '1') must(g, g.activeSeat, { type: 'pass' });
    d = run(g, 'UZB', resist('military', 'RU'));
    expect(d.security).toBe(0);
    expect(d.inf('military', 'RU')).toBe(-1);
  });

  it('UZB Own course: the first resist is legal even without the resource to pay', () => {
    const g = clean();
    activate(g, 'UZB');
    setRes(g, 'UZB', 'security', 0);
    must(g, '1', resist('politics', 'RU'));
    mustFail(g, '1', resist('politics', 'CN'));
  });

  it('other states pay for their first resist', () => {
    const g = clean();
    expect(run(g, 'KGZ', resist('politics', 'RU')).security).toBe(-1);
  });

  it('KGZ Remittances: court RU on culture gives +2 economy', () => {
    const g = clean();
    setCell(g, 'KGZ', 'culture', 'RU', 1);
    expect(run(g, 'KGZ', court('culture', 'RU')).economy).toBe(2);
  });

  it('TJK Frontline: every security gain from court on military is +1', () => {
    const g = clean();
    setTrack(g, 'euEngagement', 4);
    setBoard(g, 'TJK', 'military', [2, 0, 0]);
    expect(run(g, 'TJK', court('military', 'RU')).security).toBe(3);
    expect(run(g, 'TJK', court('military', 'CN')).security).toBe(2);
    activate(g, 'TJK');
    expect(run(g, 'TJK', court('military', 'EU')).security).toBe(2);
  });

  it('TKM Neutrality: court CN on economics gives +1 extra economy', () => {
    const g = clean();
    setRes(g, 'TKM', 'economy', 1);
    expect(run(g, 'TKM', court('economics', 'CN')).economy).toBe(BRI.economy + BRI.gasBonus);
  });

  it('TKM Neutrality: +5 at the end while in no institution and hosting no base', () => {
    const g = clean();
    expect(scoreLine(g, 'TKM', false, false).neutrality).toBe(LIMITS.neutralityPoints);
    for (const id of ['KAZ', 'UZB', 'KGZ', 'TJK'] as StateId[]) expect(scoreLine(g, id, false, false).neutrality).toBe(0);
    g.states.UZB.members = [];
    expect(scoreLine(g, 'UZB', false, false).neutrality).toBe(0);
    const joined = clean();
    must(joined, '0', { type: 'pass' });
    activate(joined, 'TKM');
    must(joined, '4', { type: 'join', institution: 'SCO' });
    expect(scoreLine(joined, 'TKM', false, false).neutrality).toBe(0);
    const based = clean();
    activate(based, 'TKM');
    must(based, '4', { type: 'hostBase', power: 'RU' });
    expect(scoreLine(based, 'TKM', false, false).neutrality).toBe(0);
  });
});

describe('rules §4 illegal and malformed actions change nothing', () => {
  it.each([
    ['unknown board', { type: 'court', board: 'space', power: 'RU' }],
    ['unknown power', { type: 'court', board: 'politics', power: 'US' }],
    ['unknown power on resist', { type: 'resist', board: 'politics', power: 'TR' }],
    ['unknown institution', { type: 'join', institution: 'NATO' }],
    ['unknown institution to leave', { type: 'leave', institution: 'OSCE' }],
    ['board of the wrong type', { type: 'court', board: 1, power: 'RU' }],
    ['power of the wrong type', { type: 'court', board: 'politics', power: ['RU'] }],
    ['missing arguments', { type: 'court' }],
    ['extra field', { type: 'court', board: 'politics', power: 'RU', extra: 1 }],
    ['extra field on pass', { type: 'pass', now: true }],
    ['extra field on mediate', { type: 'mediate', x: 0 }],
    ['unknown type', { type: 'fly' }],
    ['inherited name as type', { type: 'constructor' }],
    ['inherited name as type', { type: 'toString' }],
    ['inherited name as type', { type: '__proto__' }],
    ['type of the wrong type', { type: 3 }],
    ['no type', { board: 'politics', power: 'RU' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'court'],
    ['an array', ['court', 'politics', 'RU']],
    ['a number', 42],
  ])('rejects %s', (_name, action) => {
    const g = clean();
    const reason = mustFail(g, '0', action);
    expect(reason.length).toBeGreaterThan(0);
    expect(explainIllegal(g, '0', action)).toBe(reason);
  });

  it('rejects a seat that is not the active one', () => {
    const g = clean();
    for (const seat of ['1', '2', '3', '4']) expect(mustFail(g, seat, court('culture', 'EU'))).toMatch(/not your turn/);
  });

  it.each([null, undefined, '9', '5', 0, 'spectator', ''])('rejects spectator %s', (seat) => {
    const g = clean();
    mustFail(g, seat, court('culture', 'EU'));
    mustFail(g, seat, { type: 'pass' });
  });

  it('rejects every action after the game is over', () => {
    const g = clean();
    setTrack(g, 'tension', 9);
    must(g, '0', { type: 'hostBase', power: 'CN' });
    expect(g.gameover).not.toBeNull();
    expect(mustFail(g, '0', { type: 'pass' })).toMatch(/over/);
    mustFail(g, g.activeSeat, court('culture', 'EU'));
    expect(legalActions(g, '0')).toEqual([]);
  });

  it('legalActions lists only actions that applyAction accepts', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    const legal = legalActions(g, '0');
    expect(legal.length).toBeGreaterThan(0);
    for (const a of legal) expect(explainIllegal(g, '0', a)).toBeNull();
    expect(legalActions(g, '1')).toEqual([]);
  });
});

describe('rules §4 legalActions: every kind of action is offered exactly when it is legal', () => {
  const ofType = (legal: Action[], type: Action['type']): Action[] => legal.filter((a) => a.type === type);

  it('Kazakhstan at the 2019 setup (tension 2, EU engagement 1): the full list', () => {
    const g = clean();
    const legal = legalActions(g, '0');
    const cells = (pairs: [Board, Power][], type: 'court' | 'resist'): Action[] => pairs.map(([board, power]) => ({ type, board, power }));
    const expected: Action[] = [
      // Court everywhere below 5 but EU economics (needs engagement 2) and EU military (needs 4).
      ...cells([['politics', 'RU'], ['politics', 'CN'], ['politics', 'EU'], ['economics', 'RU'], ['economics', 'CN'],
        ['military', 'RU'], ['military', 'CN'], ['culture', 'RU'], ['culture', 'CN'], ['culture', 'EU']], 'court'),
      // Resist wherever the power has influence (EU military and CN culture are 0).
      ...cells([['politics', 'RU'], ['politics', 'CN'], ['politics', 'EU'], ['economics', 'RU'], ['economics', 'CN'],
        ['economics', 'EU'], ['military', 'RU'], ['military', 'CN'], ['culture', 'RU'], ['culture', 'EU']], 'resist'),
      // A member of all three: only leaving; an RU base to close and a CN base to host.
      { type: 'leave', institution: 'SCO' }, { type: 'leave', institution: 'CSTO' }, { type: 'leave', institution: 'EAEU' },
      { type: 'closeBase', power: 'RU' }, { type: 'hostBase', power: 'CN' },
      { type: 'mediate' }, { type: 'pass' },
    ];
    expect(legal).toHaveLength(expected.length);
    expect(legal).toEqual(expect.arrayContaining(expected));
  });

  it('a state in no institution and hosting no base is offered every join and both bases, no leave and no close', () => {
    const g = clean();
    activate(g, 'TKM'); // RU politics 2: CSTO and EAEU are open to it
    const legal = legalActions(g, '4');
    expect(ofType(legal, 'join')).toEqual([
      { type: 'join', institution: 'SCO' }, { type: 'join', institution: 'CSTO' }, { type: 'join', institution: 'EAEU' },
    ]);
    expect(ofType(legal, 'leave')).toEqual([]);
    expect(ofType(legal, 'hostBase')).toEqual([{ type: 'hostBase', power: 'RU' }, { type: 'hostBase', power: 'CN' }]);
    expect(ofType(legal, 'closeBase')).toEqual([]);
    expect(ofType(legal, 'mediate')).toEqual([]); // not in the SCO
    setCell(g, 'TKM', 'politics', 'RU', 1);
    expect(ofType(legalActions(g, '4'), 'join')).toEqual([{ type: 'join', institution: 'SCO' }]);
  });

  it('mediate is offered to an SCO member only while there is tension to ease', () => {
    const g = clean();
    setTrack(g, 'tension', 1);
    expect(ofType(legalActions(g, '0'), 'mediate')).toEqual([{ type: 'mediate' }]);
    setTrack(g, 'tension', 0);
    expect(ofType(legalActions(g, '0'), 'mediate')).toEqual([]);
  });

  it('a token with a named action is offered once, without board or power', () => {
    const g = clean();
    EVENTS['bri-forum'].apply(g);
    const t = g.states.KAZ.tokens[0].id;
    expect(ofType(legalActions(g, '0'), 'useToken')).toEqual([{ type: 'useToken', tokenId: t }]);
  });

  it('a "resist any power on any board" token is offered for every cell with influence to push back', () => {
    const g = clean();
    EVENTS['leaders-summit'].apply(g);
    const t = g.states.KAZ.tokens[0].id;
    const offered = ofType(legalActions(g, '0'), 'useToken');
    expect(offered).toHaveLength(10); // 12 cells but EU military and CN culture, which are 0
    expect(offered).toContainEqual({ type: 'useToken', tokenId: t, board: 'culture', power: 'RU' });
    expect(offered).not.toContainEqual({ type: 'useToken', tokenId: t, board: 'military', power: 'EU' });
    expect(offered).not.toContainEqual({ type: 'useToken', tokenId: t });
  });

  it('isLegal says yes exactly when explainIllegal has no reason', () => {
    const g = clean();
    expect(isLegal(g, '0', court('culture', 'EU'))).toBe(true);
    expect(isLegal(g, '0', court('economics', 'EU'))).toBe(false); // EU engagement 1
    expect(isLegal(g, '1', { type: 'pass' })).toBe(false); // not its turn
    expect(isLegal(g, '0', { type: 'fly' })).toBe(false);
  });
});
