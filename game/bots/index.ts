// The bots by name, as the simulator, the server and the solo client choose them.
import type { Action, G, Rng, Seat } from '../types.js';
import { easyBot } from './easy.js';
import { hardBot } from './hard.js';
import { mediumBot } from './medium.js';
import { randomBot } from './random.js';

export type BotFn = (view: G, seat: Seat, rng: Rng) => Action;
export type BotKind = 'easy' | 'random' | 'medium' | 'hard';

/**
 * Every level, weakest first by intent. `hard` here searches for its default budget (1 s a
 * decision, game/bots/hard.ts); a host that must stay responsive runs it off the main thread
 * (server/botPool.ts) or in slices with `createSearch`.
 */
export const BOTS: Record<BotKind, BotFn> = {
  easy: easyBot,
  random: randomBot,
  medium: mediumBot,
  hard: (view, seat, rng) => hardBot(view, seat, rng),
};
export const BOT_KINDS = Object.keys(BOTS) as BotKind[];
export const isBotKind = (x: unknown): x is BotKind => typeof x === 'string' && x in BOTS;
