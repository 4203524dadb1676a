// The checkpointer's thread (server/checkpointer.ts): its own connection to the database file,
// copying the write-ahead log back every `everyMs`, passively (never waiting for or blocking a
// writer).
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** A persistent failure is reported once, after this many failed ticks in a row. */
const REPORT_AFTER = 50;

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new Database(file, { fileMustExist: true });
let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (err) {
    // SQLITE_BUSY and the like: the next tick tries again.
    if (++failures === REPORT_AFTER) parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
}, everyMs);

parentPort!.on('message', (msg: unknown) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort!.close();
});
