// The game through boardgame.io's headless client and its Local master: turns, rounds, the end,
// crises, what every viewer is sent (rules §12, stack-notes #13, #17), rejected moves, determinism
// and agreement of all clients after every move (stack-notes #14). Every test has its own matchID
// (stack-notes #5). Moves are `client: false`, so each test waits for the master's update.
import type { Game, LongFormMove } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { INVALID_MOVE } from 'boardgame.io/core';
import { Local } from 'boardgame.io/multiplayer';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { legalActions, startGame } from '../../game/engine.js';
import { EVENTS } from '../../game/events.js';
import { MdChess, actionFromMove, moveArgs } from '../../game/index.js';
import { randomInt, seededRng } from '../../game/rng.js';
import type { SetupOptions } from '../../game/setup.js';
import type { Action, G, Rng, Seat } from '../../game/types.js';
import { SEATS, STATE_IDS, seatOf } from '../../game/types.js';
import { playerView } from '../../game/view.js';

type BgClient = ReturnType<typeof Client<G>>;

/** A build of boardgame.io's client and Local transport. */
interface Lib { Client: typeof Client; Local: typeof Local }
/** The CommonJS build: what Node, tsx and Vitest load for `boardgame.io/client` and the server. */
const CJS: Lib = { Client, Local };
/** The ES-module build: what Vite bundles for the browser (e.g. a solo match on Local). */
async function esmLib(): Promise<Lib> {
  const client = (await import('boardgame.io/dist/esm/client.js' as string)) as typeof import('boardgame.io/client');
  const multiplayer = (await import('boardgame.io/dist/esm/multiplayer.js' as string)) as typeof import('boardgame.io/multiplayer');
  return { Client: client.Client, Local: multiplayer.Local };
}
type MdGame = Game<G, Record<string, unknown>, SetupOptions | undefined>;

const SCORE_TERMS = ['total', 'economy', 'security', 'stability', 'debt', 'balanced', 'agenda', 'neutrality', 'crisis'];

let matchCount = 0;
/** A fresh matchID for every match (stack-notes #5). */
const newMatchID = (label: string): string => `${label}-${++matchCount}-${Date.now().toString(36)}`;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * MdChess with a tap that records the full (unfiltered) G where only the master has it: after
 * setup and after every move (moves run only on the master, `client: false`). The tap is the
 * test's "facilitator view"; it changes nothing in the game. `setupData` stands in for the match
 * options (Local creates matches on demand without any).
 */
function tapped(opts: { seed?: string; setupData?: SetupOptions } = {}) {
  const tap: { full: G | null; initial: G | null } = { full: null, initial: null };
  // Same prototype as the game's own move map (null: see game/index.ts), so the tap hides no flaw.
  const moves = Object.create(Object.getPrototypeOf(MdChess.moves)) as Record<string, LongFormMove<G>>;
  for (const [name, m] of Object.entries(MdChess.moves ?? {})) {
    const long = m as LongFormMove<G>;
    moves[name] = {
      ...long,
      move: (context, ...args) => {
        const r = long.move(context, ...args);
        // A move returns the new G (see makeMove in game/index.ts); a refused one changes nothing.
        tap.full = clone(typeof r === 'object' && r !== null ? r : context.G);
        return r;
      },
    };
  }
  const game: MdGame = {
    ...MdChess,
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    moves,
    setup: (context, setupData) => {
      const g = MdChess.setup!(context, opts.setupData ?? setupData);
      tap.initial = clone(g);
      tap.full = clone(g);
      return g;
    },
  };
  return {
    game,
    full: (): G => { if (!tap.full) throw new Error('no master state yet'); return tap.full; },
    initial: (): G => { if (!tap.initial) throw new Error('no initial state yet'); return tap.initial; },
  };
}

interface Table {
  seats: BgClient[];
  spectator: BgClient;
  all: BgClient[];
  stop: () => void;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; !cond(); i++) {
    if (i > 500) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

/** Lets the master answer (or ignore) whatever was sent. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

function stateOfClient(c: BgClient) {
  const s = c.getState();
  if (!s) throw new Error(`client ${c.playerID} has no state`);
  return s;
}

/** Five seat clients and a spectator on one Local master, all synced. */
async function openTable(game: MdGame, label: string, { Client, Local }: Lib = CJS): Promise<Table> {
  const matchID = newMatchID(label);
  const multiplayer = Local();
  const seats = SEATS.map((playerID) => Client<G>({ game, multiplayer, matchID, playerID, numPlayers: SEATS.length }));
  const spectator = Client<G>({ game, multiplayer, matchID, numPlayers: SEATS.length });
  const all = [...seats, spectator];
  for (const c of all) c.start();
  await until(() => all.every((c) => c.getState() !== null), 'the first sync');
  return { seats, spectator, all, stop: () => { for (const c of all) c.stop(); } };
}

/** Sends a move from a seat's client and waits until every client has the master's new state. */
async function play(t: Table, seat: Seat | string, type: string, ...args: unknown[]): Promise<void> {
  const before = stateOfClient(t.spectator)._stateID;
  t.seats[Number(seat)].moves[type](...args);
  await until(() => t.all.every((c) => stateOfClient(c)._stateID > before), `${type}(${args.join(', ')}) by seat ${seat}`);
}

const playAction = (t: Table, seat: Seat, a: Action): Promise<void> => play(t, seat, a.type, ...moveArgs(a));

/** rules §12 and stack-notes #14: every client holds exactly its own view of the master's G. */
function expectAgreement(t: Table, full: G): void {
  const ref = stateOfClient(t.spectator);
  for (const c of t.all) {
    const s = stateOfClient(c);
    expect(s.G, `G of client ${c.playerID}`).toEqual(playerView(full, c.playerID));
    expect(s.ctx, `ctx of client ${c.playerID}`).toEqual(ref.ctx);
    expect(s._stateID).toBe(ref._stateID);
  }
  // All clients agree on the public state (their G, seen as a spectator would).
  const pub = JSON.stringify(playerView(ref.G, null));
  for (const c of t.all) expect(JSON.stringify(playerView(stateOfClient(c).G, null))).toBe(pub);
}

/** rules §12: own agenda and tokens only, no deck order, no random state; checks a state object as sent. */
function expectNoSecrets(sent: unknown, full: G, playerID: string | null | undefined, seed?: string): void {
  const s = sent as { G: G; plugins?: Record<string, { data?: unknown }> };
  const json = JSON.stringify(sent);
  for (const id of STATE_IDS) {
    const own = seatOf(id) === playerID;
    const agenda = full.states[id].agenda!;
    if (own || full.gameover) {
      expect(s.G.states[id].agenda).toBe(agenda);
    } else {
      expect(s.G.states[id].agenda, `${playerID} sees ${id}'s agenda`).toBeNull();
      expect(json.includes(`"${agenda}"`), `${playerID} is sent ${id}'s agenda ${agenda}`).toBe(false);
    }
    expect(s.G.states[id].tokens).toEqual(own ? full.states[id].tokens : []);
  }
  expect(s.G.deck).toEqual({ A: [], B: [] });
  for (const card of [...full.deck.A, ...full.deck.B]) {
    expect(json.includes(`"${card}"`), `${playerID} is sent the undrawn card ${card}`).toBe(false);
  }
  expect(s.plugins?.random?.data).toBeUndefined();
  expect(json).not.toContain('prngstate');
  if (seed) expect(json).not.toContain(seed);
}

/** The actions of a seat, as chosen by a seeded random bot on the seat's own client view. */
function randomChoice(t: Table, seat: Seat, rng: Rng, full: G): Action {
  const view = stateOfClient(t.seats[Number(seat)]).G;
  const legal = legalActions(view, seat);
  expect(legal).toEqual(legalActions(full, seat));
  expect(legal.length).toBeGreaterThan(0);
  return legal[randomInt(rng, legal.length)];
}

function expectScores(over: NonNullable<G['gameover']>): void {
  expect(over.winners).toHaveLength(1);
  expect(SEATS).toContain(over.winners[0]);
  expect(Object.keys(over.scores).sort()).toEqual([...SEATS]);
  for (const seat of SEATS) {
    const sc = over.scores[seat];
    expect(Object.keys(sc).sort()).toEqual([...SCORE_TERMS].sort());
    for (const k of SCORE_TERMS) expect(Number.isInteger(sc[k as keyof typeof sc]), `${seat} ${k}`).toBe(true);
    expect(sc.total).toBe(sc.economy + sc.security + sc.stability - sc.debt + sc.balanced + sc.agenda + sc.neutrality + sc.crisis);
  }
  const best = Math.max(...SEATS.map((s) => over.scores[s].total));
  expect(over.scores[over.winners[0]].total).toBe(best);
}

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  // boardgame.io reports rejected moves with console.error; collect them instead of printing.
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
});
const errorText = (): string => errors.mock.calls.map((c) => c.join(' ')).join('\n');

describe('boardgame.io: turns and rounds', () => {
  it('plays a scripted first round with five seats and a spectator', async () => {
    const tap = tapped({ seed: 'scripted-round' });
    const t = await openTable(tap.game, 'scripted');
    try {
      const first = stateOfClient(t.spectator);
      const event1 = first.G.event;
      expect(event1).not.toBeNull();
      expect(first.G.round).toBe(1);
      expect(first.G.activeSeat).toBe('0');
      expect(first.ctx.currentPlayer).toBe('0');
      expect(first.G.powersLog).toEqual([]);
      expectAgreement(t, tap.full());

      /** One scripted action: legal on the seat's own view, then checked on every client. */
      const step = async (seat: Seat, a: Action, next: { seat: Seat; actionsLeft: number }): Promise<G> => {
        const view = stateOfClient(t.seats[Number(seat)]).G;
        expect(legalActions(view, seat)).toContainEqual(a);
        const before = clone(tap.full());
        await playAction(t, seat, a);
        const s = stateOfClient(t.spectator);
        expect(s.G.activeSeat).toBe(next.seat);
        expect(s.ctx.currentPlayer).toBe(next.seat);
        if (s.G.round === 1) expect(s.G.actionsLeft).toBe(next.actionsLeft);
        expectAgreement(t, tap.full());
        return before;
      };

      // KAZ courts the EU on culture twice: +1 EU culture and +1 stability each time.
      let b = await step('0', { type: 'court', board: 'culture', power: 'EU' }, { seat: '0', actionsLeft: 1 });
      expect(tap.full().states.KAZ.influence.culture.EU).toBe(b.states.KAZ.influence.culture.EU + 1);
      expect(tap.full().states.KAZ.stability).toBe(b.states.KAZ.stability + 1);
      b = await step('0', { type: 'court', board: 'culture', power: 'EU' }, { seat: '1', actionsLeft: 2 });
      expect(tap.full().states.KAZ.influence.culture.EU).toBe(b.states.KAZ.influence.culture.EU + 1);
      // UZB resists China in politics (its first resist of the turn is free), then passes.
      b = await step('1', { type: 'resist', board: 'politics', power: 'CN' }, { seat: '1', actionsLeft: 1 });
      expect(tap.full().states.UZB.influence.politics.CN).toBe(b.states.UZB.influence.politics.CN - 1);
      expect(tap.full().states.UZB.security).toBe(b.states.UZB.security);
      await step('1', { type: 'pass' }, { seat: '2', actionsLeft: 2 });
      // KGZ courts Russia on culture, then passes; TJK passes at once.
      b = await step('2', { type: 'court', board: 'culture', power: 'RU' }, { seat: '2', actionsLeft: 1 });
      expect(tap.full().states.KGZ.influence.culture.RU).toBe(b.states.KGZ.influence.culture.RU + 1);
      await step('2', { type: 'pass' }, { seat: '3', actionsLeft: 2 });
      await step('3', { type: 'pass' }, { seat: '4', actionsLeft: 2 });
      // TKM takes a BRI project, then passes: the round ends.
      b = await step('4', { type: 'court', board: 'economics', power: 'CN' }, { seat: '4', actionsLeft: 1 });
      expect(tap.full().states.TKM.bri).toBe(b.states.TKM.bri + 1);
      expect(tap.full().states.TKM.debt).toBe(b.states.TKM.debt + 1);
      await step('4', { type: 'pass' }, { seat: '1', actionsLeft: 2 });

      // After five turns: the powers phase and upkeep ran, and round 2 began with a new event.
      const s = stateOfClient(t.spectator);
      expect(s.G.round).toBe(2);
      expect(s.G.startSeat).toBe('1');
      expect(s.G.activeSeat).toBe('1');
      expect(s.G.turnsTaken).toBe(0);
      expect(s.G.actionsLeft).toBe(2);
      expect(s.ctx.currentPlayer).toBe('1');
      expect(s.ctx.turn).toBe(first.ctx.turn + 5);
      expect(s.G.powersLog.length).toBeGreaterThan(0);
      expect(s.G.history.map((h) => h.round)).toEqual([1]);
      expect(s.G.eventsDrawn).toHaveLength(2);
      expect(s.G.eventsDrawn[0]).toBe(event1);
      expect(s.G.event).toBe(s.G.eventsDrawn[1]);
      expect(s.G.event).not.toBe(event1);
      expect(s.G.deckSize.A).toBe(first.G.deckSize.A - 1);
      expect(s.ctx.gameover).toBeUndefined();
      expectAgreement(t, tap.full());
    } finally {
      t.stop();
    }
  });

  it('plays a whole game of random legal moves to the end; every client agrees after every move', async () => {
    const tap = tapped({ seed: 'full-game' });
    const t = await openTable(tap.game, 'full');
    const rng = seededRng('full-game-bots');
    const ownAgenda: Record<string, string | null> = {};
    let moves = 0;
    try {
      for (const c of t.seats) ownAgenda[c.playerID!] = stateOfClient(c).G.states[STATE_IDS[Number(c.playerID)]].agenda;
      while (stateOfClient(t.spectator).ctx.gameover === undefined) {
        expect(moves++).toBeLessThan(1000);
        const s = stateOfClient(t.spectator);
        const seat = s.G.activeSeat;
        expect(s.ctx.currentPlayer).toBe(seat);
        await playAction(t, seat, randomChoice(t, seat, rng, tap.full()));
        const full = tap.full();
        expectAgreement(t, full);
        for (const c of t.all) expectNoSecrets(stateOfClient(c), full, c.playerID, 'full-game');
      }
      const full = tap.full();
      const over = stateOfClient(t.spectator).ctx.gameover as NonNullable<G['gameover']>;
      expect(over).toEqual(full.gameover);
      expectScores(over);
      expect(over.crisis).toBe(full.tracks.tension >= 10);
      if (!over.crisis) {
        expect(full.round).toBe(full.rounds);
        expect(full.history).toHaveLength(full.rounds);
      }
      // At the end every agenda is revealed to everyone, and each is the one its seat held.
      expect(over.agendas).toEqual(ownAgenda);
      for (const c of t.all) {
        for (const id of STATE_IDS) expect(stateOfClient(c).G.states[id].agenda).toBe(ownAgenda[seatOf(id)]);
      }
      expect(moves).toBeGreaterThan(20);
      // No move is accepted after the end.
      const before = JSON.stringify(stateOfClient(t.spectator));
      for (const c of t.seats) c.moves.pass();
      await settle();
      expect(JSON.stringify(stateOfClient(t.spectator))).toBe(before);
    } finally {
      t.stop();
    }
  }, 60_000);

  it('ends at once in a crisis when tension reaches 10', async () => {
    const tap = tapped({ seed: 'crisis', setupData: { tracks: { tension: 9 } } });
    const t = await openTable(tap.game, 'crisis');
    try {
      const s0 = stateOfClient(t.spectator);
      expect(s0.G.tracks.tension).toBeGreaterThanOrEqual(8); // era A events lower tension by 1 at most
      expect(s0.ctx.gameover).toBeUndefined();
      // Hosting a Chinese base raises tension by 2 (rules §4).
      await play(t, '0', 'hostBase', 'CN');
      const s = stateOfClient(t.spectator);
      const over = s.ctx.gameover as NonNullable<G['gameover']>;
      expect(over).toBeDefined();
      expect(over.crisis).toBe(true);
      expect(s.G.tracks.tension).toBe(10);
      expect(s.G.gameover).toEqual(over);
      expect(s.G.tensionLog.at(-1)).toMatchObject({ cause: 'seat:0', round: 1 });
      expect(s.G.states.KAZ.blame).toBeGreaterThan(0);
      expectScores(over);
      // Every state −5; KAZ, alone to blame, −5 more.
      expect(over.scores['0'].crisis).toBe(-10);
      for (const seat of ['1', '2', '3', '4']) expect(over.scores[seat].crisis).toBe(-5);
      expect(s.G.history.map((h) => h.round)).toEqual([1]);
      expectAgreement(t, tap.full());
      // Nothing moves after the crisis.
      const before = JSON.stringify(s);
      t.seats[0].moves.pass();
      await settle();
      expect(JSON.stringify(stateOfClient(t.spectator))).toBe(before);
    } finally {
      t.stop();
    }
  });
});

describe('boardgame.io: what each viewer is sent (rules §12, stack-notes #13, #17)', () => {
  /** A seed whose first event gives every seat a token, found with a local (non-networked) client. */
  function seedWithTokens(): string {
    for (let i = 0; i < 500; i++) {
      const seed = `tokens-${i}`;
      const probe = Client<G>({ game: { ...MdChess, seed }, numPlayers: SEATS.length });
      const event = probe.getState()!.G.event;
      if (event === 'bri-forum' || event === 'eu-strategy') return seed;
    }
    throw new Error('no seed deals a token event first');
  }

  it.each(['cjs', 'esm'])('sends each seat its own agenda and tokens only, and a spectator neither; nor the deck or random state (%s build)', async (build) => {
    const lib = build === 'esm' ? await esmLib() : CJS;
    const seed = seedWithTokens();
    const tap = tapped({ seed });
    const t = await openTable(tap.game, `views-${build}`, lib);
    try {
      const full = tap.full();
      for (const id of STATE_IDS) expect(full.states[id].tokens.length).toBeGreaterThan(0);
      for (const c of t.all) {
        const s = stateOfClient(c);
        expectNoSecrets(s, full, c.playerID, seed);
        expect(s.G.deckSize).toEqual(full.deckSize);
        for (const id of STATE_IDS) {
          const own = seatOf(id) === c.playerID;
          expect(s.G.states[id].agenda === null).toBe(!own);
          expect(s.G.states[id].tokens.length > 0).toBe(own);
        }
      }
      // The initial state the master sent on sync is filtered the same way (stack-notes #13).
      const initial = tap.initial();
      for (const c of t.all) {
        const init = c.getInitialState() as unknown as { G: G; plugins: Record<string, { data?: unknown }> } | null;
        expect(init, `initial state of ${c.playerID}`).not.toBeNull();
        expect(init!.G).toEqual(playerView(initial, c.playerID));
        expectNoSecrets(init, initial, c.playerID, seed);
      }
      // The log holds no state either.
      for (const c of t.all) expect(JSON.stringify(c.log)).not.toContain('prngstate');

      // Play a few moves (a token among them), then a client that joins late gets the same filtering.
      const tokenOf = (seat: Seat): string => tap.full().states[STATE_IDS[Number(seat)]].tokens[0].id;
      const token = tap.full().states.KAZ.tokens[0];
      await play(t, '0', 'useToken', tokenOf('0'));
      expect(tap.full().states.KAZ.tokens.map((x) => x.id)).not.toContain(token.id);
      await play(t, '0', 'pass');
      await play(t, '1', 'pass');
      t.seats[2].stop();
      const late = lib.Client<G>({ game: tap.game, multiplayer: lib.Local(), matchID: t.seats[0].matchID, playerID: '2', numPlayers: SEATS.length });
      late.start();
      await until(() => late.getState() !== null, 'the late client');
      t.seats[2] = late;
      t.all[2] = late;
      expectNoSecrets(stateOfClient(late), tap.full(), '2', seed);
      expectNoSecrets(late.getInitialState(), initial, '2', seed);
      expectAgreement(t, tap.full());
      await play(t, '2', 'pass');
      expectAgreement(t, tap.full());
    } finally {
      t.stop();
    }
  });
});

describe('boardgame.io: rejected moves change nothing', () => {
  /** Calls, from the active seat "0" in round 1, that are malformed or illegal for KAZ. */
  const BAD: [string, ...unknown[]][] = [
    ['court', 'space', 'RU'], ['court', 'politics', 'US'], ['court', 'politics'], ['court'],
    ['court', 'politics', 'RU', 'extra'], ['court', 1, 2], ['court', null, 'RU'], ['court', { board: 'politics' }, 'RU'],
    ['court', ['politics'], 'RU'], ['court', '__proto__', 'RU'], ['court', 'constructor', 'RU'], ['court', 'politics', 'toString'],
    ['resist', 'culture', 'XX'], ['resist', 'politics', 'EU', 1], ['resist', 'military', 'EU'],
    ['join', 'NATO'], ['join', 'SCO'], ['join'], ['join', 'SCO', 'CSTO'], ['join', 7], ['join', ['EAEU']],
    ['leave', 'WTO'], ['leave', {}], ['leave', 'CSTO', 'now'],
    ['hostBase', 'EU'], ['hostBase', 'RU'], ['hostBase', 'CN', 'extra'], ['hostBase'],
    ['closeBase', 'CN'], ['closeBase', 'US'], ['closeBase', 'RU', 'RU'],
    ['mediate', 'x'], ['pass', 1], ['pass', undefined],
    ['useToken', 'no-such-token'], ['useToken'], ['useToken', 5], ['useToken', '__proto__'],
    ['useToken', 'x', 'politics', 'RU', 'extra'],
  ];

  it('each move returns INVALID_MOVE for malformed or illegal calls, other seats and spectators', () => {
    const g = startGame(undefined, seededRng(3));
    const before = JSON.stringify(g);
    const call = (name: string, playerID: unknown, ...args: unknown[]): unknown => {
      const m = (MdChess.moves as Record<string, LongFormMove<G>>)[name];
      // plainG is what plainStatePlugin adds to every move's context inside boardgame.io.
      const context = { G: g, plainG: g, ctx: {}, playerID, random: { Number: () => 0.5 }, events: {}, log: {} };
      return m.move(context as never, ...args);
    };
    for (const [name, ...args] of BAD) {
      expect(call(name, '0', ...args), `${name}(${JSON.stringify(args)})`).toBe(INVALID_MOVE);
    }
    // A legal action of KAZ, but made by another seat or a viewer without a seat.
    for (const pid of ['1', '3', '4', null, undefined, '5', '-1', '0 ', 0, 'KAZ']) {
      expect(call('court', pid, 'culture', 'EU'), `court by ${String(pid)}`).toBe(INVALID_MOVE);
      expect(call('pass', pid), `pass by ${String(pid)}`).toBe(INVALID_MOVE);
    }
    expect(JSON.stringify(g)).toBe(before);
    // The same legal action by the active seat is accepted: the move returns the new G and leaves
    // the one it was given as it was.
    const next = call('court', '0', 'culture', 'EU') as G;
    expect(next.states.KAZ.influence.culture.EU).toBe(g.states.KAZ.influence.culture.EU + 1);
    expect(Object.isFrozen(next)).toBe(true);
    expect(JSON.stringify(g)).toBe(before);
  });

  it('the master rejects them and no client sees a change', async () => {
    const tap = tapped({ seed: 'illegal' });
    const t = await openTable(tap.game, 'illegal');
    try {
      const snapshot = (): string => JSON.stringify([
        tap.full(), t.all.map((c) => { const s = stateOfClient(c); return [s.G, s.ctx, s._stateID]; }),
      ]);
      const before = snapshot();
      const expectRejected = async (send: () => void, message: string): Promise<void> => {
        errors.mockClear();
        send();
        await settle();
        expect(snapshot()).toBe(before);
        expect(errorText()).toContain(message);
      };
      for (const [name, ...args] of BAD) {
        await expectRejected(() => t.seats[0].moves[name](...args), `invalid move: ${name}`);
      }
      // Not your turn, and a spectator: the master turns them away before the move runs.
      await expectRejected(() => t.seats[2].moves.court('culture', 'RU'), 'player not active');
      await expectRejected(() => t.seats[4].moves.pass(), 'player not active');
      await expectRejected(() => t.spectator.moves.pass(), 'player not active');
      await expectRejected(() => t.spectator.moves.court('culture', 'EU'), 'player not active');
      // Names inherited from Object.prototype are no moves, even sent raw past the client's API.
      for (const name of ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf', '__defineGetter__']) {
        const store = (t.seats[0] as unknown as { store: { dispatch: (a: unknown) => void } }).store;
        await expectRejected(
          () => store.dispatch({ type: 'MAKE_MOVE', payload: { type: name, args: [], playerID: '0' } }),
          `disallowed move: ${name}`,
        );
      }
      // The game offers clients no boardgame.io events (endTurn, endGame, setActivePlayers, …).
      for (const c of t.all) expect(Object.keys(c.events)).toEqual([]);
      // The game goes on normally afterwards.
      const id = stateOfClient(t.spectator)._stateID;
      await play(t, '0', 'court', 'culture', 'EU');
      expect(stateOfClient(t.spectator)._stateID).toBeGreaterThan(id);
      expectAgreement(t, tap.full());
    } finally {
      t.stop();
    }
  });

  // boardgame.io 0.50.2 processes any GAME_EVENT a client sends, even when the game disables that
  // event (`events: { endGame: false }` only hides it from the client API). A raw socket client on
  // its turn could therefore end the match with a winner of its choice. Our patch
  // (patches/boardgame.io+0.50.2.patch) makes the reducer's GAME_EVENT case refuse disabled events.
  it('the master refuses boardgame.io events sent raw by a client', async () => {
    const tap = tapped({ seed: 'events' });
    const t = await openTable(tap.game, 'events');
    try {
      const before = JSON.stringify(stateOfClient(t.spectator));
      const store = (t.seats[0] as unknown as { store: { dispatch: (a: unknown) => void } }).store;
      for (const [type, args] of [['endGame', [{ winners: ['0'] }]], ['setActivePlayers', [{ all: 'x' }]], ['endTurn', []]] as const) {
        store.dispatch({ type: 'GAME_EVENT', payload: { type, args, playerID: '0' } });
        await settle();
        expect(JSON.stringify(stateOfClient(t.spectator))).toBe(before);
      }
    } finally {
      t.stop();
    }
  });
});

describe('boardgame.io: a move\'s arguments and the copy of G it works on', () => {
  /** Runs a move as boardgame.io would (plainG is what plainStatePlugin adds to the context). */
  const call = (g: G, name: string, playerID: string, ...args: unknown[]): unknown => {
    const m = (MdChess.moves as Record<string, LongFormMove<G>>)[name];
    const context = { G: g, plainG: g, ctx: {}, playerID, random: { Number: () => 0.5 }, events: {}, log: {} };
    return m.move(context as never, ...args);
  };

  it('useToken(tokenId, board?, power?): one to three arguments, in that order (rules §14)', () => {
    expect(actionFromMove('useToken', ['t'])).toEqual({ type: 'useToken', tokenId: 't' });
    expect(actionFromMove('useToken', ['t', 'culture'])).toEqual({ type: 'useToken', tokenId: 't', board: 'culture' });
    expect(actionFromMove('useToken', ['t', 'culture', 'RU'])).toEqual({ type: 'useToken', tokenId: 't', board: 'culture', power: 'RU' });
    expect(actionFromMove('useToken', [])).toBeNull();
    expect(actionFromMove('useToken', ['t', 'culture', 'RU', 'EU'])).toBeNull();
  });

  it('a token for "court CN on economics" is refused with another board or a fourth argument', () => {
    const g = startGame(undefined, seededRng(3));
    EVENTS['bri-forum'].apply(g);
    const t = g.states.KAZ.tokens[0].id;
    expect(call(g, 'useToken', '0', t, 'politics')).toBe(INVALID_MOVE);
    expect(call(g, 'useToken', '0', t, 'economics', 'CN', 'extra')).toBe(INVALID_MOVE);
    const next = call(g, 'useToken', '0', t, 'economics', 'CN') as G;
    expect(next.states.KAZ.bri).toBe(g.states.KAZ.bri + 1);
    expect(next.states.KAZ.tokens).toEqual([]);
  });

  it('a move copies the facilitator\'s banner, and keeps "no banner" as none', () => {
    const g = startGame(undefined, seededRng(3));
    g.control = { paused: false, turnSeconds: null, turnEndsAt: null, turnMsLeft: null, banner: null, log: [] };
    expect((call(g, 'pass', '0') as G).control?.banner).toBeNull();
    g.control.banner = { text: 'Five minutes left', at: 1 };
    const next = call(g, 'pass', '0') as G;
    expect(next.control?.banner).toEqual({ text: 'Five minutes left', at: 1 });
    expect(next.control?.banner).not.toBe(g.control.banner); // a copy: the old G stays as it was
  });

  it('the master refuses undo and redo: a move once made stands', async () => {
    const tap = tapped({ seed: 'undo' });
    const t = await openTable(tap.game, 'undo');
    try {
      await play(t, '0', 'court', 'culture', 'EU');
      const snapshot = (): string => JSON.stringify(t.all.map((c) => { const s = stateOfClient(c); return [s.G, s.ctx, s._stateID]; }));
      const before = snapshot();
      errors.mockClear();
      t.seats[0].undo();
      await settle();
      expect(snapshot()).toBe(before);
      expect(errorText()).toContain('Undo is not enabled');
      t.seats[0].redo();
      await settle();
      expect(snapshot()).toBe(before);
      expect(errorText()).toContain('Redo is not enabled');
    } finally {
      t.stop();
    }
  });
});

describe('boardgame.io: determinism', () => {
  /** Plays a whole seeded game with seeded random bots; returns the full G and each client's G after every move. */
  async function record(seed: string, label: string): Promise<{ trace: string[]; final: string }> {
    const tap = tapped({ seed });
    const t = await openTable(tap.game, label);
    const rng = seededRng('determinism-bots');
    const trace: string[] = [JSON.stringify(tap.full())];
    try {
      for (let n = 0; stateOfClient(t.spectator).ctx.gameover === undefined; n++) {
        expect(n).toBeLessThan(1000);
        const seat = stateOfClient(t.spectator).G.activeSeat;
        const view = stateOfClient(t.seats[Number(seat)]).G;
        const legal = legalActions(view, seat);
        await playAction(t, seat, legal[randomInt(rng, legal.length)]);
        trace.push(JSON.stringify([tap.full(), t.all.map((c) => stateOfClient(c).G)]));
      }
      return { trace, final: JSON.stringify(tap.full()) };
    } finally {
      t.stop();
    }
  }

  it('the same seed and the same moves give byte-identical states', async () => {
    const a = await record('x', 'det-a');
    const b = await record('x', 'det-b');
    expect(a.trace.length).toBeGreaterThan(20);
    expect(b.trace.length).toBe(a.trace.length);
    for (let i = 0; i < a.trace.length; i++) expect(b.trace[i], `after move ${i}`).toBe(a.trace[i]);
    expect(b.final).toBe(a.final);
    // Another seed deals another game.
    const c = await record('y', 'det-c');
    expect(c.trace[0]).not.toBe(a.trace[0]);
  }, 60_000);
});
