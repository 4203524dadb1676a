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
// Under load the main thread's turns are long (it serves every socket), and a write that waited
// for the end of the turn to be sent, then for the next turn to hear its answer, held its move
// back p50 9–17 ms, p99 40–80 ms at 1,500 moves/s (measured in the server). So the storage also
// calls `poll` as it reads a match for the next move: the answers already there are taken at once
// (synchronously, from the answers' own port), and writes gathered for SEND_AFTER_MS or longer are
// sent without waiting for the end of the turn.
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { MatchWrite, MatchWritten, MetadataWrite, MetadataWritten, StateWrite, StateWritten } from './stateWrite.js';
import type { WriterData, WriterReply, WriterRequest } from './stateWriterWorker.js';
import { startWorker, stopWorker, workerUrl } from './tsWorker.js';

const WORKER_URL = workerUrl(import.meta.url, 'stateWriterWorker');

/**
 * Writes gathered this long are sent when the storage polls, before the end of the turn. Sending
 * at every poll (each move) cost the main thread up to 10 % more in messages; every 3 ms still
 * doubled the time spent posting them at 1,500 moves/s, against sending at the end of turns only.
 * With 10 ms only long turns send early, and the server's part of a move stayed under 20 ms at p99
 * (measured, docs/performance.md).
 */
export const SEND_AFTER_MS = 10;

interface Pending {
  resolve: (written: MatchWritten) => void;
  reject: (err: Error) => void;
}

export class StateWriter {
  private readonly worker: Worker;
  /** The thread's answers arrive here (a port of their own, so `poll` can take them synchronously). */
  private readonly answers: MessagePort;
  private readonly pending = new Map<number, Pending>();
  /** Writes not yet sent: they go at the end of this turn of the event loop, or at a poll once SEND_AFTER_MS old. */
  private batch: ({ id: number } & MatchWrite)[] = [];
  /** When the first write of the batch was gathered. */
  private batchSince = 0;
  private nextId = 1;
  private failure: Error | null = null;
  private stopping = false;
  /** Called when the last pending write is answered (stop waits for it). */
  private drained: (() => void) | null = null;
  private readonly exited: Promise<void>;

  /** `onFailure` hears once if the thread fails; the writer is then no longer `usable`. */
  constructor(file: string, private readonly onFailure: (message: string) => void) {
    const { port1, port2 } = new MessageChannel();
    this.answers = port1;
    this.worker = startWorker(WORKER_URL, 'state writer', { file, answers: port2 } satisfies WriterData, [port2]);
    this.answers.on('message', this.take);
    this.worker.on('error', (err) => this.fail(err));
    this.exited = new Promise((resolve) => this.worker.once('exit', (code) => {
      this.fail(new Error(`the state writer stopped (exit code ${code})`));
      this.answers.close();
      resolve();
    }));
    // The server's sockets keep the process alive, not this thread (stop refs the answers' port
    // while it waits for the last ones).
    this.worker.unref();
    this.answers.unref();
  }

  /** Settles the writes of one answer. */
  private readonly take = (replies: WriterReply[]): void => {
    for (const reply of replies) {
      const p = this.pending.get(reply.id);
      if (!p) continue;
      this.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.written);
    }
    if (this.pending.size === 0) this.drained?.();
  };

  /**
   * Sends the gathered writes if they have waited SEND_AFTER_MS, and takes the answers that have
   * arrived, now, without waiting for the event loop. Returns how many answers it took.
   */
  poll(now = performance.now()): number {
    if (this.batch.length && now - this.batchSince >= SEND_AFTER_MS) this.send();
    return this.takeArrived();
  }

  /** Takes the answers already on the port, without waiting for the event loop. */
  private takeArrived(): number {
    let taken = 0;
    for (let m = receiveMessageOnPort(this.answers); m; m = receiveMessageOnPort(this.answers)) {
      this.take(m.message as WriterReply[]);
      taken++;
    }
    return taken;
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
      if (!this.batch.length) {
        setImmediate(this.send);
        this.batchSince = performance.now();
      }
      this.batch.push({ id, kind, ...w } as { id: number } & MatchWrite);
    });
  }

  /** Sends the writes gathered (in this turn of the event loop, or for SEND_AFTER_MS), as one message. */
  private readonly send = (): void => {
    const batch = this.batch;
    this.batch = [];
    if (batch.length && !this.failure) this.worker.postMessage(batch satisfies WriterRequest);
  };

  private fail(err: Error): void {
    if (this.failure) return;
    // Answers already sent are commits: settle them as such, and refuse only the rest.
    this.takeArrived();
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
    if (this.pending.size) {
      this.answers.ref();
      await new Promise<void>((resolve) => { this.drained = resolve; });
    }
    if (this.failure) return;
    await stopWorker(this.worker, this.exited, 5_000);
  }
}
