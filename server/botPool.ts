// Bot decisions for the server: the cheap levels (easy, random, medium) inline, the hard bot in a
// worker thread so its search (about a second) never blocks the event loop. A small pool — one
// worker by default, reused for every decision — runs server/botWorker.ts. The worker loads the
// TypeScript sources through tsx (server/tsWorker.ts), whether the server runs as
// `tsx server/main.ts`, `node --import tsx server/main.ts` or `npm start`. If the worker fails or
// times out, the decision falls back to the medium bot inline, so a bot seat never stalls a match.
import type { Worker } from 'node:worker_threads';
import { HARD_DEFAULTS } from '../game/bots/hard.js';
import { BOTS, isBotKind, type BotKind } from '../game/bots/index.js';
import { mediumBot } from '../game/bots/medium.js';
import { seededRng } from '../game/rng.js';
import type { Action, G, Seat } from '../game/types.js';
import { playerView } from '../game/view.js';
import type { BotReply, BotRequest } from './botWorker.js';
import { startWorker, workerUrl } from './tsWorker.js';

/** Levels decided in the worker; every other level is cheap enough to run inline. */
export const WORKER_LEVELS: readonly BotKind[] = ['hard'];

export interface BotPoolOptions {
  /** Worker threads (default 1). */
  size?: number;
  /** Extra time a worker gets beyond the budget before it is restarted (default 15 s: tsx compiles on first use). */
  graceMs?: number;
  /** Called when a worker fails or times out (the decision then falls back to medium). */
  onError?: (err: Error) => void;
}

interface Job {
  req: BotRequest;
  resolve: (a: Action) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = workerUrl(import.meta.url, 'botWorker');

export class BotPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly graceMs: number;

  constructor(opts: BotPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? 1);
    this.graceMs = opts.graceMs ?? 15_000;
  }

  /** Runs one decision in a worker. Rejects if the worker fails, times out or the pool is closed. */
  run(level: BotKind, view: G, seat: Seat, seed: number | string, budgetMs?: number): Promise<Action> {
    if (this.closed) return Promise.reject(new Error('bot pool is closed'));
    return new Promise<Action>((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, level, view, seat, seed, budgetMs }, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers alive now (for tests and health). */
  get workers(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = startWorker(WORKER_URL, 'bot worker');
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: BotReply) => {
      const job = slot.job;
      if (!job || job.req.id !== reply.id) return;
      this.finish(slot);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.action);
      this.dispatch();
    });
    const fail = (err: Error) => {
      const job = slot.job;
      slot.job = null;
      this.drop(slot);
      if (job) job.reject(err);
      this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`bot worker exited with code ${code}`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private drop(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.slots = this.slots.filter((s) => s !== slot);
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      const s = slot;
      s.timer = setTimeout(() => {
        const err = new Error('bot worker timed out');
        s.job = null;
        this.drop(s);
        void s.worker.terminate();
        job.reject(err);
        this.dispatch();
      }, (job.req.budgetMs ?? HARD_DEFAULTS.budgetMs) + this.graceMs);
      slot.worker.postMessage(job.req);
    }
  }

  /** Stops every worker; queued and running decisions are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const err = new Error('bot pool is closed');
    for (const j of this.queue.splice(0)) j.reject(err);
    const slots = this.slots.splice(0);
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      s.job?.reject(err);
      s.job = null;
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let shared: BotPool | null = null;
let sharedOptions: BotPoolOptions = {};

/** Options of the shared pool (before its first use, or it is rebuilt on the next decision). */
export function configureBotPool(opts: BotPoolOptions): void {
  sharedOptions = opts;
  const old = shared;
  shared = null;
  void old?.close();
}

/** Stops the shared pool's workers (at server shutdown and after tests). */
export async function closeBotPool(): Promise<void> {
  const old = shared;
  shared = null;
  await old?.close();
}

/**
 * The action a bot of `level` takes for `seat`. `view` should be the seat's player view; it is
 * filtered again here, so the bot can never see more. The same `seed` gives the same choice
 * (for 'hard', only with the same search time — it is time-bounded by `budgetMs`, default 1 s).
 */
export async function chooseBotAction(level: BotKind, view: G, seat: Seat, seed: number | string, budgetMs?: number): Promise<Action> {
  if (!isBotKind(level)) throw new Error(`unknown bot level ${String(level).slice(0, 20)}`);
  const own = playerView(view, seat);
  if (!WORKER_LEVELS.includes(level)) return BOTS[level](own, seat, seededRng(seed));
  shared ??= new BotPool(sharedOptions);
  try {
    return await shared.run(level, own, seat, seed, budgetMs);
  } catch (err) {
    sharedOptions.onError?.(err instanceof Error ? err : new Error(String(err)));
    return mediumBot(own, seat, seededRng(seed));
  }
}
