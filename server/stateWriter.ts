// Writes each move's state and log on a worker thread, so the main thread (which serves every
// socket) does not spend its time in SQLite: the statements and the commit took about 14 % of it
// under load (measured). The main thread still turns the state into JSON; the worker runs the
// transaction on its own connection and answers; the move is acknowledged only after that answer,
// so a move is on disk before anyone hears of it, as before.
// A match's metadata (joins, connections, the end) is written here too. Written on the main
// thread's own connection, it had to wait whenever this thread held the write lock, and SQLite
// waits by sleeping a millisecond or more: 1.1 s of the main thread in one benchmark run of 15 s,
// up to 12 ms at once (measured).
// Writes are done in the order they were sent. The writes of one turn of the event loop (under
// load, several moves arrive together) go over in one message and come back in one answer: each
// message costs a wake-up of the other thread, and sending one per move took 5 % of the main
// thread (measured).
import type { Worker } from 'node:worker_threads';
import type { MatchWrite, MatchWritten, MetadataWrite, MetadataWritten, StateWrite, StateWritten } from './stateWrite.js';
import type { WriterReply, WriterRequest } from './stateWriterWorker.js';
import { startWorker, stopWorker, workerUrl } from './tsWorker.js';

const WORKER_URL = workerUrl(import.meta.url, 'stateWriterWorker');

interface Pending {
  resolve: (written: MatchWritten) => void;
  reject: (err: Error) => void;
}

export class StateWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  /** Writes not yet sent: they go at the end of this turn of the event loop. */
  private batch: ({ id: number } & MatchWrite)[] = [];
  private nextId = 1;
  private failure: Error | null = null;
  private stopping = false;
  /** Called when the last pending write is answered (stop waits for it). */
  private drained: (() => void) | null = null;
  private readonly exited: Promise<void>;

  /** `onFailure` hears once if the thread fails; the writer is then no longer `usable`. */
  constructor(file: string, private readonly onFailure: (message: string) => void) {
    this.worker = startWorker(WORKER_URL, 'state writer', { file });
    this.worker.on('message', (replies: WriterReply[]) => {
      for (const reply of replies) {
        const p = this.pending.get(reply.id);
        if (!p) continue;
        this.pending.delete(reply.id);
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.written);
      }
      if (this.pending.size === 0) this.drained?.();
    });
    this.worker.on('error', (err) => this.fail(err));
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      this.fail(new Error(`the state writer stopped (exit code ${code})`));
      resolve();
    }));
    this.worker.unref(); // the server's sockets keep the process alive, not this thread
  }

  /** False once the thread has failed or been stopped: write in the main thread then. */
  get usable(): boolean {
    return this.failure === null && !this.stopping;
  }

  /** Writes one move; resolves when it is committed. */
  writeState(w: StateWrite): Promise<StateWritten> {
    return this.write('state', w) as Promise<StateWritten>;
  }

  /** Writes a match's metadata; resolves when it is committed. */
  writeMetadata(w: MetadataWrite): Promise<MetadataWritten> {
    return this.write('metadata', w) as Promise<MetadataWritten>;
  }

  private write(kind: MatchWrite['kind'], w: StateWrite | MetadataWrite): Promise<MatchWritten> {
    if (!this.usable) return Promise.reject(this.failure ?? new Error('the state writer is stopped'));
    const id = this.nextId++;
    return new Promise<MatchWritten>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (!this.batch.length) setImmediate(this.send);
      this.batch.push({ id, kind, ...w } as { id: number } & MatchWrite);
    });
  }

  /** Sends the writes gathered in this turn of the event loop, as one message. */
  private readonly send = (): void => {
    const batch = this.batch;
    this.batch = [];
    if (batch.length && !this.failure) this.worker.postMessage(batch satisfies WriterRequest);
  };

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.drained?.();
    if (!this.stopping) this.onFailure(err.message);
  }

  /** Lets the writes already sent finish, then ends the thread (closing its connection). */
  async stop(): Promise<void> {
    if (this.stopping) return this.exited;
    this.stopping = true;
    this.send();
    if (this.pending.size) await new Promise<void>((resolve) => { this.drained = resolve; });
    if (this.failure) return;
    await stopWorker(this.worker, this.exited, 5_000);
  }
}
