// The bot levels (issue "Strong bots"): every level only ever chooses legal actions; the easy bot
// has a little sense; the hard bot searches on its own player view only (rules §12), is
// deterministic for a seed and an iteration count, finds a winning last move and stays out of a
// crisis the medium bot walks into; hints name a move and say why in one sentence.
import { describe, expect, it } from 'vitest';
import { EASY_MAX_LOSS, bringsCrisis, easyBot, easyChoices } from '../../game/bots/easy.js';
import { determinize, seatsStillToPlay } from '../../game/bots/determinize.js';
import { createSearch, greedyAction, hardBot } from '../../game/bots/hard.js';
import { estimate } from '../../game/bots/heuristic.js';
import { estimateTerms, explainAction, suggestMove } from '../../game/bots/hint.js';
import { BOTS, BOT_KINDS, type BotFn } from '../../game/bots/index.js';
import { playGame } from '../../game/bots/match.js';
import { mediumBot, rankActions } from '../../game/bots/medium.js';
import { ONE_TRACK_BOTS } from '../../game/bots/onetrack.js';
import { AGENDA_IDS } from '../../game/agendas.js';
import { applyAction, cloneG, isLegal, legalActions, startGame } from '../../game/engine.js';
import { ERA_A, ERA_B } from '../../game/events.js';
import { seededRng } from '../../game/rng.js';
import { SEAT_KINDS, isSeatKind } from '../../game/setup.js';
import type { Action, G, Seat } from '../../game/types.js';
import { SEATS, STATE_IDS, seatOf, stateOf } from '../../game/types.js';
import { playerView } from '../../game/view.js';

/** Positions from seeded games of medium bots: [full state, seat to move]. */
function positions(n: number, seed = 1): { g: G; seat: Seat }[] {
  const out: { g: G; seat: Seat }[] = [];
  for (let k = 0; out.length < n; k++) {
    const g = startGame({}, seededRng(seed + k));
    const r = seededRng(`pos:${seed + k}`);
    for (let step = 0; !g.gameover && out.length < n; step++) {
      const seat = g.activeSeat;
      if (step % 9 === 4) out.push({ g: cloneG(g), seat });
      applyAction(g, seat, mediumBot(playerView(g, seat), seat, r), r);
    }
  }
  return out;
}

/** The view with every field the seat may not see replaced by other values. */
function garbled(view: G, seat: Seat, rng = seededRng(99)): G {
  const v = cloneG(view);
  for (const id of STATE_IDS) {
    if (seatOf(id) === seat) continue;
    v.states[id].agenda = AGENDA_IDS[Math.floor(rng.next() * AGENDA_IDS.length)];
    v.states[id].tokens = [{ id: `junk-${id}`, kind: 'resist-any-free' }, { id: 'x', kind: 'court-CN-economics' }];
  }
  v.deck = { A: [...ERA_A].reverse(), B: ['pamir-outpost', 'pamir-outpost', 'nonsense'] };
  return v;
}

describe('every level plays only legal actions', () => {
  it('registers easy, random, medium and hard, and offers them as seat kinds', () => {
    expect(BOT_KINDS).toEqual(expect.arrayContaining(['easy', 'random', 'medium', 'hard']));
    for (const k of ['human', 'easy', 'random', 'medium', 'hard']) expect(isSeatKind(k)).toBe(true);
    for (const k of SEAT_KINDS) if (k !== 'human') expect(BOTS[k]).toBeTypeOf('function');
  });

  it('easy, random and medium over 1,000 seeded games (each level in every game)', () => {
    const kinds = ['easy', 'random', 'medium', 'easy', 'random'] as const;
    let crises = 0;
    for (let i = 0; i < 1000; i++) {
      const bots = SEATS.map((_, s) => BOTS[kinds[(s + i) % kinds.length]]);
      const { g } = playGame(bots, {}, 10_000 + i); // throws on an illegal action
      expect(g.gameover).not.toBeNull();
      if (g.gameover!.crisis) crises++;
    }
    expect(crises).toBeLessThan(1000);
  });

  it('the one-track bots over 50 games against medium', () => {
    const lines = Object.values(ONE_TRACK_BOTS);
    for (let i = 0; i < 50; i++) {
      const bots: BotFn[] = SEATS.map((_, s) => (s === i % 5 ? lines[i % lines.length] : BOTS.medium));
      expect(playGame(bots, {}, 20_000 + i).g.gameover).not.toBeNull();
    }
  });

  it('hard (20 playouts a decision) over 30 games, one hard seat rotated among medium and easy bots', () => {
    const hard: BotFn = (v, s, r) => hardBot(v, s, r, { iterations: 20 });
    for (let i = 0; i < 30; i++) {
      const field = i % 2 ? BOTS.medium : BOTS.easy;
      const bots = SEATS.map((_, s) => (s === i % 5 ? hard : field));
      expect(playGame(bots, { scenario: i % 3 === 0 ? 'short' : 'baseline-2019' }, 30_000 + i).g.gameover).not.toBeNull();
    }
  });
});

describe('easy bot', () => {
  it('never passes while a harmless action exists, never loses much, never sets off a crisis', () => {
    for (const { g, seat } of positions(120, 7)) {
      const view = playerView(g, seat);
      const ranked = rankActions(view, seat, seededRng(1));
      const gain = new Map(ranked.map((r) => [JSON.stringify(r.action), r.gain]));
      const a = easyBot(view, seat, seededRng(3));
      expect(isLegal(g, seat, a)).toBe(true);
      const harmless = ranked.some((r) => r.action.type !== 'pass' && r.gain >= 0 && !bringsCrisis(view, seat, r.action));
      if (harmless) expect(a.type).not.toBe('pass');
      if (a.type !== 'pass') {
        expect(gain.get(JSON.stringify(a))!).toBeGreaterThanOrEqual(-EASY_MAX_LOSS);
        expect(bringsCrisis(view, seat, a)).toBe(false);
      }
    }
  });

  it('refuses the move that brings tension to 10', () => {
    const g = startGame({}, seededRng(4));
    g.tracks.tension = 8;
    g.activeSeat = '3';
    g.actionsLeft = 2;
    const view = playerView(g, '3');
    expect(isLegal(g, '3', { type: 'hostBase', power: 'CN' })).toBe(true);
    for (let s = 0; s < 30; s++) expect(easyBot(view, '3', seededRng(s))).not.toEqual({ type: 'hostBase', power: 'CN' });
    expect(easyChoices(view, '3', seededRng(1))).not.toContainEqual({ type: 'hostBase', power: 'CN' });
  });

  it('is deterministic given its rng, and still random', () => {
    const { g, seat } = positions(1, 3)[0];
    const view = playerView(g, seat);
    expect(easyBot(view, seat, seededRng(5))).toEqual(easyBot(view, seat, seededRng(5)));
    const seen = new Set(Array.from({ length: 40 }, (_, s) => JSON.stringify(easyBot(view, seat, seededRng(s)))));
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('determinization', () => {
  it('fills in what the seat cannot see from what it can, and nothing else', () => {
    const { g, seat } = positions(5, 11)[4];
    const view = playerView(g, seat);
    const mine = g.states[stateOf(seat)].agenda;
    for (let s = 0; s < 20; s++) {
      const d = determinize(view, seat, seededRng(s));
      const agendas = STATE_IDS.map((id) => d.states[id].agenda);
      expect(new Set(agendas).size).toBe(5); // dealt without replacement
      expect(agendas[STATE_IDS.indexOf(stateOf(seat))]).toBe(mine);
      for (const id of STATE_IDS) expect(AGENDA_IDS).toContain(d.states[id].agenda);
      const drawn = new Set(g.eventsDrawn);
      expect([...d.deck.A].sort()).toEqual(ERA_A.filter((c) => !drawn.has(c)).sort());
      expect([...d.deck.B].sort()).toEqual(ERA_B.filter((c) => !drawn.has(c)).sort());
      // Public fields are untouched.
      expect(d.tracks).toEqual(g.tracks);
      for (const id of STATE_IDS) expect(d.states[id].influence).toEqual(g.states[id].influence);
      // The same sample whatever the hidden fields held.
      expect(determinize(garbled(view, seat), seat, seededRng(s))).toEqual(d);
      expect(determinize(g, seat, seededRng(s))).toEqual(d);
    }
  });

  it('guesses the tokens of the seats still to play from the public event', () => {
    const g = startGame({}, seededRng(2));
    g.event = 'leaders-summit';
    for (const id of STATE_IDS) g.states[id].tokens = [{ id: 'leaders-summit-r1', kind: 'resist-any-free' }];
    g.startSeat = '0';
    g.activeSeat = '2';
    g.turnsTaken = 2;
    expect(seatsStillToPlay(g, '2')).toEqual(['3', '4']);
    const d = determinize(playerView(g, '2'), '2', seededRng(1));
    expect(d.states.TJK.tokens).toEqual([{ id: 'leaders-summit-r1', kind: 'resist-any-free' }]);
    expect(d.states.TKM.tokens).toHaveLength(1);
    expect(d.states.KAZ.tokens).toEqual([]);
    expect(d.states.KGZ.tokens).toEqual(g.states.KGZ.tokens);
  });
});

describe('hard bot', () => {
  it('searches on its own player view: the input it is given is the seat\'s playerView, and it filters again', () => {
    const seen: { view: G; full: G; seat: Seat }[] = [];
    let current: G | null = null;
    const spy: BotFn = (v, s, r) => {
      seen.push({ view: structuredClone(v), full: cloneG(current!), seat: s }); // views share objects with G
      return hardBot(v, s, r, { iterations: 6 });
    };
    // Plays a short game by hand, so the full state is known at each of the hard seat's decisions.
    const bots: BotFn[] = SEATS.map((_, i) => (i === 2 ? spy : BOTS.medium));
    const g0 = startGame({ scenario: 'short' }, seededRng(77));
    current = g0;
    const r = seededRng(78);
    for (let steps = 0; !g0.gameover && steps < 200; steps++) {
      const s = g0.activeSeat;
      const a = bots[Number(s)](playerView(g0, s), s, seededRng(steps));
      expect(applyAction(g0, s, a, r).ok).toBe(true);
    }
    expect(seen.length).toBeGreaterThan(5);
    for (const { view, full, seat } of seen) {
      expect(view).toEqual(playerView(full, seat));
      expect(createSearch(full, seat, seededRng(1), {}).root).toEqual(playerView(full, seat));
    }
  });

  it('never reads hidden state: garbage in the hidden fields changes nothing', () => {
    for (const { g, seat } of positions(8, 21)) {
      const view = playerView(g, seat);
      const opts = { iterations: 24 };
      const a = createSearch(view, seat, seededRng(4), opts);
      const b = createSearch(garbled(view, seat), seat, seededRng(4), opts);
      const c = createSearch(g, seat, seededRng(4), opts); // the full state, with the true hidden fields
      a.step(24); b.step(24); c.step(24);
      expect(b.best()).toEqual(a.best());
      expect(c.best()).toEqual(a.best());
      expect(b.candidates()).toEqual(a.candidates());
      expect(c.candidates()).toEqual(a.candidates());
      expect(hardBot(garbled(view, seat, seededRng(5)), seat, seededRng(6), opts)).toEqual(hardBot(view, seat, seededRng(6), opts));
    }
  });

  it('is deterministic for a seed and an iteration count, and can run in slices', () => {
    const { g, seat } = positions(3, 31)[2];
    const view = playerView(g, seat);
    const a = hardBot(view, seat, seededRng(8), { iterations: 30 });
    expect(hardBot(view, seat, seededRng(8), { iterations: 30 })).toEqual(a);
    const sliced = createSearch(view, seat, seededRng(8), {});
    let ran = 0;
    for (let n = 1; ran < 30 && n > 0; ran += n) n = sliced.step(Math.min(4, 30 - ran));
    expect(sliced.iterations).toBe(ran);
    expect(ran).toBeGreaterThan(0);
    expect(sliced.best()).toEqual(a);
    expect(isLegal(g, seat, a)).toBe(true);
  });

  it('keeps to a time budget', () => {
    const { g, seat } = positions(2, 41)[1];
    let t = 0;
    let reads = 0;
    // A fake clock that moves 10 ms at each reading: a 50 ms budget stops after five slices.
    const clock = () => { reads++; return (t += 10); };
    const a = hardBot(playerView(g, seat), seat, seededRng(1), { budgetMs: 50, clock });
    expect(isLegal(g, seat, a)).toBe(true);
    expect(reads).toBe(6);
  });

  it('finds the last action of the game that meets its agenda and wins', () => {
    const g = startGame({}, seededRng(9));
    g.round = 8;
    g.startSeat = '1';
    g.activeSeat = '0';
    g.turnsTaken = 4;
    g.actionsLeft = 1;
    g.tracks.tension = 3;
    const kaz = g.states.KAZ;
    Object.assign(kaz, { agenda: 'fortress', security: 9, economy: 8, stability: 7, bases: ['RU', 'CN'] });
    Object.assign(g.states.UZB, { economy: 11, security: 10, stability: 6 });
    for (const id of ['UZB', 'KGZ', 'TJK', 'TKM'] as const) g.states[id].agenda = 'peacemaker';
    // Which actions win, played out for real (the powers phase's tie-breaks with several seeds).
    const wins = (a: Action) => [1, 2, 3].every((s) => {
      const c = cloneG(g);
      applyAction(c, '0', a, seededRng(s));
      return c.gameover!.winners[0] === '0';
    });
    const legal = legalActions(g, '0');
    const winning = legal.filter(wins);
    expect(winning).toEqual([{ type: 'court', board: 'military', power: 'CN' }]);
    expect(legal.length).toBeGreaterThan(10);
    for (const seed of [1, 2, 3]) {
      expect(hardBot(playerView(g, '0'), '0', seededRng(seed), { iterations: 40 })).toEqual(winning[0]);
    }
  });

  it('stays out of a crisis at tension 9 that the medium bot walks into', () => {
    const g = startGame({}, seededRng(4));
    g.round = 8;
    g.tracks.tension = 9;
    g.tracks.asymmetry = 4;
    Object.assign(g.states.TJK, { blame: 3, security: 7, agenda: 'fortress' });
    g.startSeat = '4';
    g.activeSeat = '3';
    g.turnsTaken = 4;
    g.actionsLeft = 1;
    g.mediationsLeft = 0;
    const view = playerView(g, '3');
    const crisis: Action = { type: 'hostBase', power: 'CN' };
    expect(bringsCrisis(view, '3', crisis)).toBe(true);
    expect(mediumBot(view, '3', seededRng(1))).toEqual(crisis);
    for (const seed of [1, 2, 3]) {
      const a = hardBot(view, '3', seededRng(seed), { iterations: 40 });
      expect(isLegal(g, '3', a)).toBe(true);
      expect(bringsCrisis(view, '3', a)).toBe(false);
      const after = cloneG(g);
      applyAction(after, '3', a, seededRng(seed));
      expect(after.gameover?.crisis).toBe(false);
    }
  });

  it('plays its playouts with the medium rule', () => {
    for (const { g, seat } of positions(20, 51)) {
      const a = greedyAction(g, seat, seededRng(1));
      expect(isLegal(g, seat, a)).toBe(true);
      const ranked = rankActions(g, seat, seededRng(1));
      const gainOf = (x: Action) => ranked.find((r) => JSON.stringify(r.action) === JSON.stringify(x))!.gain;
      expect(gainOf(a)).toBeCloseTo(ranked[0].gain, 9);
    }
  });
});

describe('hints', () => {
  it('estimate terms add up to the estimate', () => {
    for (const { g, seat } of positions(30, 61)) {
      const id = stateOf(seat);
      const terms = estimateTerms(g, id);
      expect(Object.values(terms).reduce((a, b) => a + b, 0)).toBeCloseTo(estimate(g, id), 9);
    }
  });

  it('suggest the medium or the hard move with one plain sentence', () => {
    for (const { g, seat } of positions(12, 71)) {
      const view = playerView(g, seat);
      const m = suggestMove(view, seat, 'medium', seededRng(3));
      expect(m.action).toEqual(mediumBot(view, seat, seededRng(3)));
      const h = suggestMove(view, seat, 'hard', seededRng(3), { iterations: 12 });
      expect(h.action).toEqual(hardBot(view, seat, seededRng(3), { iterations: 12 }));
      for (const hint of [m, h]) {
        expect(isLegal(g, seat, hint.action)).toBe(true);
        expect(hint.reason).toMatch(/^[A-Z][^\n]*\.$/);
        expect(hint.reason.slice(0, -1)).not.toMatch(/[.!?](\s|$)/); // one sentence
        expect(hint.reason.length).toBeLessThan(240);
      }
    }
  });

  it('names the agenda an action meets and the tension it adds', () => {
    const g = startGame({}, seededRng(9));
    Object.assign(g.states.KAZ, { agenda: 'fortress', security: 9 });
    const view = playerView(g, '0');
    const meets = explainAction(view, '0', { type: 'court', board: 'military', power: 'CN' });
    expect(meets).toMatch(/^Court China on military: \+1 security.*which meets your Fortress state agenda \(\+4 at the end\)/);
    const bri = explainAction(view, '0', { type: 'court', board: 'economics', power: 'CN' });
    expect(bri).toMatch(/^Take a BRI project \(court China on economics\): \+4 economy, debt \+1/);
    const t = startGame({}, seededRng(4));
    t.activeSeat = '3';
    const base = explainAction(playerView(t, '3'), '3', { type: 'hostBase', power: 'CN' });
    expect(base).toMatch(/^Host a Chinese base: .*\+3 security.*adds 2 tension blamed on you\.$/);
    const pass = explainAction(view, '0', { type: 'pass' }, { best: { type: 'resist', board: 'politics', power: 'RU' }, bestGain: -0.5 });
    expect(pass).toMatch(/^Pass: every action left would lower your standing/);
  });

  it('say when it is not the seat\'s turn', () => {
    const g = startGame({}, seededRng(1));
    expect(suggestMove(playerView(g, '2'), '2', 'medium', seededRng(1)).reason).toMatch(/not your turn/);
  });
});
