// Copies the SQLite write-ahead log back into the database file from a worker thread, so the
// main thread never stalls on it. Left to SQLite's automatic checkpoint, the commit that crosses
// the threshold copies the whole log (tens of MB) and stalls every match for 30-40 ms, about
// every two seconds under load (measured). Here a connection of its own
// (server/checkpointerWorker.ts) copies what was written in the last CHECKPOINT_EVERY_MS,
// passively: it never waits for or blocks a write. The main connection keeps its automatic
// checkpoint as a backstop; it then finds almost nothing left to copy (the slowest write fell
// from 40 to 2 ms) and restarts the log from its beginning.
import { startWorker, stopWorker, workerUrl } from './tsWorker.js';

/** How often the worker copies the log back (its cost: about 5 % of a core under full load). */
export const CHECKPOINT_EVERY_MS = 100;

const WORKER_URL = workerUrl(import.meta.url, 'checkpointerWorker');

export interface Checkpointer {
  /** Stops the worker (its connection closes; the main connection's close finishes the log). */
  stop(): Promise<void>;
}

/**
 * Starts the checkpointing worker for a WAL-mode database file (which must exist). Failures are
 * reported to `onError` and are never fatal: the main connection's own checkpoint still runs.
 */
export function startCheckpointer(file: string, onError: (message: string) => void, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  const worker = startWorker(WORKER_URL, 'checkpointer', { file, everyMs });
  let ended = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => { ended = true; resolve(); }));
  worker.on('message', (msg: { error?: string }) => { if (msg?.error) onError(msg.error); });
  worker.on('error', (err) => onError(err.message));
  worker.unref(); // after the listeners, which would otherwise hold the process open
  return {
    stop: () => (ended ? Promise.resolve() : stopWorker(worker, exited, 1_000)),
  };
}
