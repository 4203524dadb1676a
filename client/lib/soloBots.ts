// The solo match's bots, run in the browser. The hard bot searches for about a second in a Web
// Worker (hardBotWorker.ts) so the page stays responsive; where workers are not available it
// searches in short slices between tasks instead (game/bots/hard.ts createSearch).
import { BOTS } from '../../game/bots/index';
import { createSearch } from '../../game/bots/hard';
import type { Action, G, Rng, Seat } from '../../game/types';
import type { HardReply, HardRequest } from './hardBotWorker';
import type { BotLevel } from './solo';

const HARD_BUDGET_MS = 1000;
const SLICE_MS = 12;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (a: Action) => void; fallback: () => void }>();

/** Starts the hard bot's worker ahead of its first decision (a solo match works offline after). */
export function startHardWorker(): void {
  hardWorker();
}

/** The shared worker, started on first use; null when this browser cannot run one. */
function hardWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./hardBotWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<HardReply>) => {
      const w = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      if (!w) return;
      if ('action' in e.data) w.resolve(e.data.action);
      else w.fallback();
    };
    worker.onerror = () => {
      // A worker that fails to load or crashes: finish what waits for it on the page.
      worker?.terminate();
      worker = null;
      for (const w of waiting.values()) w.fallback();
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** The hard bot on the page's thread, in slices of a few milliseconds. */
function slicedSearch(view: G, seat: Seat, draw: number): Promise<Action> {
  const search = createSearch(view, seat, { next: () => draw });
  if (search.trivial) return Promise.resolve(search.best());
  const t0 = performance.now();
  return new Promise((resolve) => {
    const slice = () => {
      const s0 = performance.now();
      while (performance.now() - s0 < SLICE_MS) search.step(2);
      if (performance.now() - t0 >= HARD_BUDGET_MS) resolve(search.best());
      else setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  });
}

/** The action a bot of this level takes on its view; resolves when it has decided. */
export function chooseBotAction(level: BotLevel, view: G, seat: Seat, rng: Rng): Promise<Action> {
  if (level !== 'hard') return Promise.resolve((BOTS[level] ?? BOTS.medium)(view, seat, rng));
  // The search takes exactly one number from the caller's random source.
  const draw = rng.next();
  const w = hardWorker();
  if (!w) return slicedSearch(view, seat, draw);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { resolve, fallback: () => { void slicedSearch(view, seat, draw).then(resolve); } });
    const req: HardRequest = { id, view, seat, draw, budgetMs: HARD_BUDGET_MS };
    w.postMessage(req);
  });
}
