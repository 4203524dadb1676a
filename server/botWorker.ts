// A worker thread that makes bot decisions off the server's main thread (server/botPool.ts).
// Each message is one decision: { id, level, view, seat, seed, budgetMs } → { id, action } or
// { id, error }. The view is the seat's player view (rules §12); the bot reads nothing else.
import { parentPort } from 'node:worker_threads';
import { HARD_DEFAULTS, hardBot } from '../game/bots/hard.js';
import { BOTS, isBotKind } from '../game/bots/index.js';
import { seededRng } from '../game/rng.js';
import type { Action, G, Seat } from '../game/types.js';
import { isSeat } from '../game/types.js';
import { playerView } from '../game/view.js';

export interface BotRequest {
  id: number;
  level: string;
  view: G;
  seat: Seat;
  seed: number | string;
  budgetMs?: number;
}

export type BotReply = { id: number; action: Action; ms: number } | { id: number; error: string };

/** One decision, as the worker makes it (exported for tests that run it in-thread). */
export function decide(req: BotRequest): Action {
  if (!isBotKind(req.level)) throw new Error(`unknown bot level ${String(req.level).slice(0, 20)}`);
  if (!isSeat(req.seat)) throw new Error('unknown seat');
  const view = playerView(req.view, req.seat);
  const rng = seededRng(req.seed);
  if (req.level === 'hard') return hardBot(view, req.seat, rng, { budgetMs: req.budgetMs ?? HARD_DEFAULTS.budgetMs });
  return BOTS[req.level](view, req.seat, rng);
}

parentPort?.on('message', (req: BotRequest) => {
  const t0 = performance.now();
  let reply: BotReply;
  try {
    reply = { id: req.id, action: decide(req), ms: performance.now() - t0 };
  } catch (err) {
    reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
