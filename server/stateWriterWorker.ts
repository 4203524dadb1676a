// The state writer's thread (server/stateWriter.ts): its own connection to the database file,
// one transaction per write (a move's state and log, or a match's metadata), each message (the
// writes the main thread gathered) answered by one message on the answers' port, in order.
import Database from 'better-sqlite3';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { prepareWrites, runWrite, type MatchWrite, type MatchWritten } from './stateWrite.js';

export type WriterRequest = ({ id: number } & MatchWrite)[] | 'stop';
export type WriterReply = { id: number; written: MatchWritten } | { id: number; error: string };
/** The database file, and the port the answers go to. */
export interface WriterData { file: string; answers: MessagePort }

const { file, answers } = workerData as WriterData;
const db = new Database(file, { fileMustExist: true });
// Per connection: NORMAL (not the default FULL, which would sync the disk at every commit), the
// same busy wait as the main connection, and the automatic checkpoint as a backstop
// (server/checkpointer.ts copies the log back meanwhile).
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('wal_autocheckpoint = 10000');
const writes = prepareWrites(db);

parentPort!.on('message', (msg: WriterRequest) => {
  if (msg === 'stop') {
    db.close();
    answers.close();
    parentPort!.close();
    return;
  }
  const replies = msg.map((w): WriterReply => {
    try {
      return { id: w.id, written: runWrite(writes, w) };
    } catch (err) {
      return { id: w.id, error: err instanceof Error ? err.message : String(err) };
    }
  });
  answers.postMessage(replies);
});
