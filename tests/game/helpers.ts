// Test fixtures for the rules engine: started games with a fixed seed, direct setters, turn control.
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { expect } from 'vitest';
import { mediumBot } from '../../game/bots/medium.js';
import { MdChess, moveArgs } from '../../game/index.js';
import type { ReplayMove } from '../../game/replay.js';
import { playerView } from '../../game/view.js';
import { TURN } from '../../game/config.js';
import { applyAction, type ApplyResult } from '../../game/engine.js';
import { startGame } from '../../game/engine.js';
import { seededRng } from '../../game/rng.js';
import { createInitialState, type SetupOptions } from '../../game/setup.js';
import type { Action, Board, G, Power, Resource, Rng, Seat, StateData, StateId, Track } from '../../game/types.js';
import { STATE_IDS, seatOf } from '../../game/types.js';

export const SEED = 1;

/** The seeded generator the tests use (mulberry32). */
export const rng = (seed: number = SEED): Rng => seededRng(seed);

/** An Rng that always returns the same number (default 0). */
export const fixedRng = (value = 0): Rng => ({ next: () => value });

/** A started game: setup with a fixed seed, then round 1's event (rules §2, §3). */
export function fresh(options?: SetupOptions, seed: number = SEED): G {
  return startGame(options, seededRng(seed));
}

/**
 * A started game (round 1, seat "0" to play, decks and agendas as dealt by the seed) whose
 * states and tracks are exactly the scenario's setup table: the first event's effects are undone,
 * so tests start from known numbers.
 */
export function clean(options?: SetupOptions, seed: number = SEED): G {
  const g = fresh(options, seed);
  const init = createInitialState(options, seededRng(seed));
  for (const id of STATE_IDS) g.states[id] = init.states[id];
  g.tracks = init.tracks;
  g.tensionLog = [];
  g.mediationsLeft = TURN.mediationsPerRound;
  return g;
}

/** A deep copy to compare against later. */
export const snapshot = (g: G): G => structuredClone(g);

export const st = (g: G, id: StateId): StateData => g.states[id];

export function setCell(g: G, id: StateId, board: Board, power: Power, n: number): void {
  g.states[id].influence[board][power] = n;
}

/** Sets one board of a state as [RU, CN, EU]. */
export function setBoard(g: G, id: StateId, board: Board, [RU, CN, EU]: [number, number, number]): void {
  g.states[id].influence[board] = { RU, CN, EU };
}

export function setRes(g: G, id: StateId, res: Resource, n: number): void {
  g.states[id][res] = n;
}

export function setTrack(g: G, track: Track, n: number): void {
  g.tracks[track] = n;
}

/** Makes a seat the active one with a full turn (rules §3: 2 actions) at the start of the round's turns. */
export function activate(g: G, seat: Seat | StateId, actions: number = TURN.actions, turnsTaken = 0): void {
  const s = (seat.length === 1 ? seat : seatOf(seat as StateId)) as Seat;
  g.activeSeat = s;
  g.actionsLeft = actions;
  g.turnsTaken = turnsTaken;
  g.resistedThisTurn = false;
}

/** Applies an action and expects it to be legal. */
export function must(g: G, seat: Seat | StateId, action: Action, r: Rng = rng()): void {
  const s = seat.length === 1 ? seat : seatOf(seat as StateId);
  const res: ApplyResult = applyAction(g, s, action, r);
  expect(res, JSON.stringify(action)).toEqual({ ok: true });
}

/** Applies an action that must be illegal, and checks that it changed nothing. */
export function mustFail(g: G, seat: unknown, action: unknown, r: Rng = rng()): string {
  const before = snapshot(g);
  const res = applyAction(g, seat, action, r);
  expect(res.ok, JSON.stringify(action)).toBe(false);
  expect(g).toEqual(before);
  return res.ok ? '' : res.reason;
}

/** The active seat passes until the round changes or the game ends. */
export function passRound(g: G, r: Rng = rng()): void {
  const round = g.round;
  while (!g.gameover && g.round === round) {
    const res = applyAction(g, g.activeSeat, { type: 'pass' }, r);
    if (!res.ok) throw new Error(res.reason);
  }
}

/** Plays every round by passing, calming tension before each so that no crisis intervenes. */
export function passToEnd(g: G, r: Rng = rng()): void {
  while (!g.gameover) {
    g.tracks.tension = 0;
    passRound(g, r);
  }
}

/** Puts an event card at the front of its era deck (it is drawn next in that era). */
export function stackEvent(g: G, era: 'A' | 'B', id: string): void {
  g.deck[era] = [id, ...g.deck[era].filter((c) => c !== id)];
}

/**
 * A whole match of five medium bots through boardgame.io's reducer, as the server plays it: its
 * start, every move as submitted and the state after each (index 0: the start).
 */
export function playRecordedMatch(seed: string, setupData: SetupOptions = { scenario: 'short' }) {
  const game = { ...MdChess, seed };
  const reducer = CreateGameReducer({ game });
  const initial = InitializeGame({ game, numPlayers: 5, setupData }) as State<G>;
  let state = initial;
  const rng = seededRng(7);
  const moves: ReplayMove[] = [];
  const states: G[] = [state.G];
  while (!state.G.gameover && moves.length < 400) {
    const seat = state.G.activeSeat;
    const action = mediumBot(playerView(state.G, seat), seat, rng);
    const move: ReplayMove = { seat, move: action.type, args: moveArgs(action) };
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type: move.move, args: move.args, playerID: seat } } as never) as State<G>;
    moves.push(move);
    states.push(state.G);
  }
  return { initial, moves, states, final: state.G };
}
