// A Web Worker that runs the hard bot's search off the page's thread, so the page never freezes
// while a solo opponent thinks. One message is one decision: { id, view, seat, draw, budgetMs }
// → { id, action } or { id, error }. `draw` is the one number the search takes from the caller's
// random source, so the worker decides exactly as the page would.
import { hardBot } from '../../game/bots/hard';
import type { Action, G, Seat } from '../../game/types';
import { playerView } from '../../game/view';

export interface HardRequest { id: number; view: G; seat: Seat; draw: number; budgetMs: number }
export type HardReply = { id: number; action: Action } | { id: number; error: string };

self.onmessage = (e: MessageEvent<HardRequest>) => {
  const { id, view, seat, draw, budgetMs } = e.data;
  let reply: HardReply;
  try {
    reply = { id, action: hardBot(playerView(view, seat), seat, { next: () => draw }, { budgetMs }) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
