// Copies the SQLite write-ahead log back into the database file from a worker thread, so the
// main thread never stalls on it. Left to SQLite's automatic checkpoint, the commit that crosses
// the threshold copies the whole log (tens of MB) and stalls every match for 30-40 ms, about
// every two seconds under load (measured): most of the slowest move round trips. Here a second
// connection copies what was written in the last CHECKPOINT_EVERY_MS, passively: it never waits
// for or blocks the main thread's writes. The main connection keeps its automatic checkpoint as
// a backstop; it then finds almost nothing left to copy (the slowest write fell from 40 to 2 ms)
// and restarts the log from its beginning.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies the log back (its cost: about 5 % of a core under full load). */
export const CHECKPOINT_EVERY_MS = 100;

// Plain JavaScript run as the worker's script (eval), so it needs no TypeScript loader.
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (err) {
    // SQLITE_BUSY and the like: the next tick tries again; report a persistent failure once.
    if (++failures === 50) parentPort.postMessage({ error: String(err && err.message || err) });
  }
}, workerData.everyMs);
parentPort.on('message', (msg) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker (its connection closes; the main connection's close finishes the log). */
  stop(): Promise<void>;
}

/**
 * Starts the checkpointing worker for a WAL-mode database file (which must exist). Failures are
 * reported to `onError` and are never fatal: the main connection's own checkpoint still runs.
 */
export function startCheckpointer(file: string, onError: (message: string) => void, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(SCRIPT, { eval: true, workerData: { driver, file, everyMs } });
  let ended = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => { ended = true; resolve(); }));
  worker.on('message', (msg: { error?: string }) => { if (msg?.error) onError(msg.error); });
  worker.on('error', (err) => onError(err.message));
  worker.unref(); // after the listeners, which would otherwise hold the process open
  return {
    async stop() {
      if (ended) return;
      worker.postMessage('stop');
      // A worker that does not end by itself within a second is stopped.
      const timeout = setTimeout(() => void worker.terminate(), 1_000);
      timeout.unref();
      await exited;
      clearTimeout(timeout);
    },
  };
}
