// The boardgame.io adapter: a thin wrapper that wires the pure engine into turns, moves and views.
import type { Ctx, Game, Move, Plugin } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { applyAction, cloneG } from './engine.js';
import { validateSetupOptions, type SetupOptions } from './setup.js';
import { startGame } from './engine.js';
import type { Action, G, Rng } from './types.js';
import { playerView } from './view.js';

export const GAME_NAME = 'mdchess';
export const NUM_SEATS = 5;

interface RandomAPI { Number(): number }

const rngOf = (random: RandomAPI): Rng => ({ next: () => random.Number() });

/** How each move's positional arguments become an Action; null when their number is wrong. */
const ARGS: Record<Action['type'], (args: unknown[]) => Record<string, unknown> | null> = {
  court: (a) => (a.length === 2 ? { board: a[0], power: a[1] } : null),
  resist: (a) => (a.length === 2 ? { board: a[0], power: a[1] } : null),
  join: (a) => (a.length === 1 ? { institution: a[0] } : null),
  leave: (a) => (a.length === 1 ? { institution: a[0] } : null),
  hostBase: (a) => (a.length === 1 ? { power: a[0] } : null),
  closeBase: (a) => (a.length === 1 ? { power: a[0] } : null),
  mediate: (a) => (a.length === 0 ? {} : null),
  pass: (a) => (a.length === 0 ? {} : null),
  useToken: (a) => {
    if (a.length < 1 || a.length > 3) return null;
    const out: Record<string, unknown> = { tokenId: a[0] };
    if (a.length >= 2) out.board = a[1];
    if (a.length === 3) out.power = a[2];
    return out;
  },
};

/** Turns positional move arguments into an Action, or null when they cannot be one. */
export function actionFromMove(type: Action['type'], args: unknown[]): Action | null {
  const fields = ARGS[type](args);
  return fields ? ({ type, ...fields } as Action) : null;
}

/** The positional arguments of the boardgame.io move for an Action (inverse of actionFromMove). */
export function moveArgs(action: Action): unknown[] {
  switch (action.type) {
    case 'court': case 'resist': return [action.board, action.power];
    case 'join': case 'leave': return [action.institution];
    case 'hostBase': case 'closeBase': return [action.power];
    case 'useToken': return [action.tokenId, action.board, action.power].filter((x) => x !== undefined);
    default: return [];
  }
}

/**
 * boardgame.io hands a move an immer draft of G. The engine reads and writes G a great deal, and
 * through the draft's proxies a move cost about 0.3 ms on the server, a third of its whole
 * handling. So this plugin, whose wrapper runs outside immer's, passes the move the plain G as
 * well; the move applies the action to a copy of it and returns the copy (immer accepts a
 * returned value when the draft itself was not touched). The copy's root is frozen: immer then
 * takes it as finished and skips walking and freezing the whole tree (177 µs a move, measured).
 */
export const plainStatePlugin: Plugin = {
  name: 'mdchess-plain-g',
  fnWrap: (fn, method) => ((method as string) === 'MOVE'
    ? (context, ...args) => fn({ ...context, plainG: context.G } as typeof context, ...args)
    : fn),
};

/**
 * Every move runs only where the full state is (client: false): the end of a turn can draw the
 * next event, which the clients' filtered views do not hold (stack-notes #14).
 */
function makeMove(type: Action['type']): Move<G> {
  return {
    move: (context, ...args: unknown[]) => {
      const action = actionFromMove(type, args);
      if (!action) return INVALID_MOVE;
      const { plainG } = context as typeof context & { plainG?: G };
      if (!plainG) throw new Error('mdchess moves need plainStatePlugin in the game\'s plugins');
      const next = cloneG(plainG);
      const r = applyAction(next, context.playerID, action, rngOf(context.random as RandomAPI));
      return r.ok ? Object.freeze(next) : INVALID_MOVE;
    },
    client: false,
  };
}

export const MdChess: Game<G, Record<string, unknown>, SetupOptions | undefined> = {
  name: GAME_NAME,
  minPlayers: NUM_SEATS,
  maxPlayers: NUM_SEATS,
  disableUndo: true,
  plugins: [plainStatePlugin],
  setup: ({ random }, setupData) => startGame(setupData, rngOf(random as RandomAPI)),
  validateSetupData: (setupData, numPlayers) => {
    if (numPlayers !== NUM_SEATS) return `A match has exactly ${NUM_SEATS} seats.`;
    return validateSetupOptions(setupData);
  },
  // Moves in a null-prototype object: boardgame.io finds a move with `name in moves`, so a client
  // sending an inherited name ('toString', 'constructor') would otherwise run it as a move and wreck G.
  moves: Object.assign(Object.create(null) as Record<string, Move<G>>, {
    court: makeMove('court'),
    resist: makeMove('resist'),
    join: makeMove('join'),
    leave: makeMove('leave'),
    hostBase: makeMove('hostBase'),
    closeBase: makeMove('closeBase'),
    mediate: makeMove('mediate'),
    pass: makeMove('pass'),
    useToken: makeMove('useToken'),
  }),
  // No boardgame.io events from clients: the engine alone ends turns and the game. Enabled, any seat
  // could call events.endGame({ winner }) or setActivePlayers on its turn.
  events: {
    endTurn: false, pass: false, endPhase: false, setPhase: false, endGame: false,
    setActivePlayers: false, endStage: false, setStage: false,
  },
  turn: {
    // The engine owns the order of seats (the start seat moves on each round).
    order: {
      first: ({ G, ctx }: { G: G; ctx: Ctx }) => ctx.playOrder.indexOf(G.activeSeat),
      next: ({ G, ctx }: { G: G; ctx: Ctx }) => ctx.playOrder.indexOf(G.activeSeat),
    },
    endIf: ({ G, ctx }) => !G.gameover && G.activeSeat !== ctx.currentPlayer,
  },
  endIf: ({ G }) => G.gameover ?? undefined,
  playerView: ({ G, playerID }) => playerView(G, playerID),
};

export default MdChess;
export * from './types.js';
export { startGame, applyAction, legalActions, explainIllegal, isLegal, cloneG, candidateActions } from './engine.js';
export { previewAction } from './preview.js';
export { playerView } from './view.js';
