// The bots by name, as the simulator, the server and the solo client choose them.
import type { Action, G, Rng, Seat } from '../types.js';
import { mediumBot } from './medium.js';
import { randomBot } from './random.js';

export type BotFn = (view: G, seat: Seat, rng: Rng) => Action;
export type BotKind = 'random' | 'medium';

export const BOTS: Record<BotKind, BotFn> = { random: randomBot, medium: mediumBot };
export const BOT_KINDS = Object.keys(BOTS) as BotKind[];
export const isBotKind = (x: unknown): x is BotKind => typeof x === 'string' && x in BOTS;
