// Plays whole games bot against bot on the pure engine: the simulator's and the arena's loop.
import { applyAction, startGame } from '../engine.js';
import { seededRng } from '../rng.js';
import type { SetupOptions } from '../setup.js';
import { TOKEN_KINDS } from '../tokens.js';
import type { Action, G, Seat } from '../types.js';
import { SEATS, stateOf } from '../types.js';
import { playerView } from '../view.js';
import type { BotFn } from './index.js';

export interface PlayedGame {
  g: G;
  /** Every action taken, with its seat, in order. */
  actions: { seat: Seat; action: Action; kind: string }[];
  /** Time each seat's bot spent deciding, in ms (summed) and how many decisions. */
  thinkMs: number[];
  decisions: number[];
}

/**
 * One game: `bots[i]` plays seat i, each deciding on its own player view with its own seeded
 * random source. Throws if a bot chooses an illegal action (bots must never do that).
 */
export function playGame(bots: BotFn[], options: SetupOptions, seed: number, clock: () => number = () => 0): PlayedGame {
  const gameRng = seededRng(seed);
  const botRngs = SEATS.map((s) => seededRng(`${seed}:${s}`));
  const g = startGame(options, gameRng);
  const actions: PlayedGame['actions'] = [];
  const thinkMs = [0, 0, 0, 0, 0];
  const decisions = [0, 0, 0, 0, 0];
  for (let steps = 0; !g.gameover; steps++) {
    if (steps > 10_000) throw new Error(`game ${seed} did not end`);
    const seat = g.activeSeat;
    const i = Number(seat);
    const t0 = clock();
    const action = bots[i](playerView(g, seat), seat, botRngs[i]);
    thinkMs[i] += clock() - t0;
    decisions[i] += 1;
    const kind = actionKind(action, g, seat);
    const r = applyAction(g, seat, action, gameRng);
    if (!r.ok) throw new Error(`bot of seat ${seat} chose an illegal action ${JSON.stringify(action)}: ${r.reason}`);
    actions.push({ seat, action, kind });
  }
  return { g, actions, thinkMs, decisions };
}

/** The kind of an action for statistics: the move with its power or institution, e.g. "court EU". */
export function actionKind(a: Action, g: G, seat: Seat): string {
  switch (a.type) {
    case 'court': case 'resist': case 'hostBase': case 'closeBase': return `${a.type} ${a.power}`;
    case 'join': case 'leave': return `${a.type} ${a.institution}`;
    case 'useToken': {
      const held = g.states[stateOf(seat)].tokens.find((t) => t.id === a.tokenId);
      const kind = held ? TOKEN_KINDS[held.kind] : undefined;
      const power = kind?.power ?? a.power ?? '?';
      return `${kind?.action ?? 'token'} ${power}`;
    }
    default: return a.type;
  }
}
