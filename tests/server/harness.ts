// Harness of the server suite: real server processes (tsx server/main.ts) on free ports, each on a
// fresh temporary DATA_DIR with a real SQLite file, real HTTP requests and real socket.io clients
// (boardgame.io's Client, or socket.io-client directly) whose every received message is recorded.
// Everything started here is registered and torn down by cleanup(), also when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io, type Socket } from 'socket.io-client';
import { legalActions } from '../../game/engine.js';
import { MdChess, moveArgs } from '../../game/index.js';
import { seededRng } from '../../game/rng.js';
import type { G, Seat, StateId } from '../../game/types.js';
import { STATE_IDS, isSeat } from '../../game/types.js';

export const GAME = 'mdchess';
const ROOT = new URL('../..', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// Processes and temporary directories
// ---------------------------------------------------------------------------------------------

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves when the tsx process exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM (a clean shutdown); resolves with the exit code once every process of the group is gone. */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group (tsx and the node it runs): no chance to clean up. */
  kill(): Promise<void>;
}

const servers = new Set<ServerProcess>();
const dirs = new Set<string>();
const closers = new Set<() => void>();

/** A fresh, empty data directory, deleted by cleanup(). */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdchess-test-'));
  dirs.add(dir);
  return dir;
}

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitGroupGone(pid: number, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (groupAlive(pid)) {
    if (Date.now() > end) throw new Error(`process group ${pid} still alive after ${ms} ms`);
    await sleep(25);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Starts `tsx server/main.ts` on a free port (PORT=0) and resolves once it logs its
 * `{"msg":"listening","url":...}` line. The process gets its own process group, so that SIGKILL
 * reaches the node process that tsx runs too.
 */
export async function startServer(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: '0',
    DATA_DIR: dataDir,
    BOT_DELAY_MS: '5',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    ...opts.env,
  };
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${out}`)), 30_000);
    let buf = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      buf += c.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'listening' && entry.url) {
            clearTimeout(timer);
            resolve(entry.url);
          }
        } catch { /* not a log line */ }
      }
    });
    child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening (code ${code}, signal ${signal}):\n${out}`));
    });
  }).catch(async (err) => {
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    throw err;
  });
  const port = Number(new URL(url).port);
  const server: ServerProcess = {
    url, port, dataDir, pid, exited,
    output: () => out,
    async stop() {
      // Only tsx gets the signal: it relays it to its node child once (a second one would kill it).
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const { code } = await exited;
      await waitGroupGone(pid);
      servers.delete(server);
      return code;
    },
    async kill() {
      if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
      await exited;
      await waitGroupGone(pid);
      servers.delete(server);
    },
  };
  servers.add(server);
  return server;
}

/** Stops every client and kills every server started by this file's tests, then deletes the data. */
export async function cleanup(): Promise<void> {
  for (const close of [...closers]) {
    try { close(); } catch { /* already closed */ }
  }
  closers.clear();
  await Promise.all([...servers].map((s) => s.kill().catch(() => {})));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs.clear();
}

// Last resort if the worker exits without cleanup (a crash): no server may outlive the suite.
process.once('exit', () => {
  for (const s of servers) {
    try { process.kill(-s.pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

export interface HttpResult<T = any> {
  status: number;
  text: string;
  json: T;
  headers: Headers;
}

/** One HTTP request; `body` is sent as JSON unless `raw` is given. Never throws on a status. */
export async function http<T = any>(
  base: string, path: string,
  opts: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const method = opts.method ?? (opts.body !== undefined || opts.raw !== undefined ? 'POST' : 'GET');
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, text, json: json as T, headers: res.headers };
}

export type SeatKind = 'human' | 'random' | 'medium';

export async function createMatch(base: string, setupData: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await http<{ matchID: string }>(base, `/games/${GAME}/create`, { body: { setupData, ...extra } });
  if (r.status !== 200) throw new Error(`create failed: ${r.status} ${r.text}`);
  return r.json.matchID;
}

export interface Joined { playerID: Seat; playerCredentials: string }

export async function joinMatch(base: string, matchID: string, playerName: string, playerID?: string): Promise<Joined> {
  const r = await http<Joined>(base, `/games/${GAME}/${matchID}/join`, { body: { playerName, ...(playerID ? { playerID } : {}) } });
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${r.text}`);
  return r.json;
}

export interface PublicMatch {
  matchID: string;
  started: boolean;
  host: string | null;
  gameover?: unknown;
  players: { id: number; name?: string; isConnected: boolean; bot: string | null; standIn?: boolean }[];
  rematchBy?: string | null;
}

export const matchInfo = async (base: string, matchID: string) => (await http<PublicMatch>(base, `/games/${GAME}/${matchID}`)).json;

// ---------------------------------------------------------------------------------------------
// Recording sockets
// ---------------------------------------------------------------------------------------------

/** What one socket received: socket.io events (name and arguments) and raw engine.io packets. */
export interface Recording {
  /** Every socket.io event, in order: [eventName, ...args]. */
  events: unknown[][];
  /** Every engine.io packet as it came off the wire: `<type>:<data>` (the data of a message is socket.io's encoding). */
  raw: string[];
}

/** Records every event and every engine.io packet a socket.io-client socket receives, across reconnects. */
export function recordSocket(socket: Socket, rec: Recording = { events: [], raw: [] }): Recording {
  socket.onAny((...args: unknown[]) => rec.events.push(args));
  const hooked = new WeakSet<object>();
  const hook = () => {
    const engine = socket.io.engine as unknown as { on(e: string, cb: (p: { type: string; data?: unknown }) => void): void } | undefined;
    if (!engine || hooked.has(engine)) return;
    hooked.add(engine);
    engine.on('packet', (p) => rec.raw.push(`${p.type}:${typeof p.data === 'string' ? p.data : p.data === undefined ? '' : JSON.stringify(p.data)}`));
  };
  hook();
  socket.io.on('open', hook);
  return rec;
}

/** A raw socket.io-client socket to the game namespace, recorded and closed by cleanup(). */
export function rawSocket(base: string, opts: Parameters<typeof io>[1] = {}): { socket: Socket; rec: Recording } {
  const socket = io(`${base}/${GAME}`, { reconnection: false, ...opts });
  const rec = recordSocket(socket);
  closers.add(() => socket.close());
  return { socket, rec };
}

/** Resolves on 'connect', rejects with the error on 'connect_error'. */
export function connectOutcome(socket: Socket, ms = 10_000): Promise<'connected' | Error> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(new Error('neither connect nor connect_error')), ms);
    socket.once('connect', () => { clearTimeout(timer); resolve('connected'); });
    socket.once('connect_error', (err) => { clearTimeout(timer); resolve(err); });
  });
}

// ---------------------------------------------------------------------------------------------
// boardgame.io clients that play
// ---------------------------------------------------------------------------------------------

type BgClient = ReturnType<typeof Client<G>>;
export type ClientState = NonNullable<ReturnType<BgClient['getState']>>;

export interface PlayerOpts {
  base: string;
  matchID: string;
  /** undefined: a spectator. */
  playerID?: Seat;
  credentials?: string;
  /** Play random legal moves on its own turns (seeded: the choice depends on seed and state only). */
  autoplay?: boolean;
  seed?: string;
  /** Options of the socket.io-client socket (e.g. `transports: ['websocket']`). */
  socketOpts?: Record<string, unknown>;
  /** Autoplay stops (pauses) at the first state for which this holds. */
  pauseWhen?: (s: ClientState) => boolean;
}

/**
 * A boardgame.io client over socket.io that records all it receives, checks on every state it
 * sees that its G shows no other seat's agenda before the end, and optionally plays random legal
 * moves (legalActions on its own filtered view).
 */
export class Player {
  readonly client: BgClient;
  readonly rec: Recording = { events: [], raw: [] };
  /** Problems seen in received states (another seat's agenda, a non-empty deck, ...). */
  readonly violations: string[] = [];
  /** Every state seen (in order) — only _stateID and whether it was over, to keep memory small. */
  readonly seen: { stateID: number; over: boolean }[] = [];
  moves = 0;
  paused = false;
  private lastMoved = -1;
  /** The _stateID a move was last sent at: the move is in flight until a newer state arrives. */
  private sentAt = -1;
  private readonly rng;
  private readonly waiters = new Set<() => void>();

  constructor(readonly opts: PlayerOpts) {
    this.rng = seededRng(opts.seed ?? `${opts.matchID}:${opts.playerID ?? 'spectator'}`);
    this.client = Client<G>({
      game: MdChess,
      matchID: opts.matchID,
      playerID: opts.playerID,
      credentials: opts.credentials,
      numPlayers: 5,
      multiplayer: SocketIO({ server: opts.base, socketOpts: { reconnectionDelay: 100, reconnectionDelayMax: 500, ...opts.socketOpts } as never }),
      debug: false,
    });
    this.client.subscribe((s) => this.onState(s as ClientState | null));
    closers.add(this.closer);
  }

  private stopped = false;
  private readonly closer = () => this.stop();

  get seat(): Seat | undefined { return this.opts.playerID; }
  get state(): ClientState | null { return this.client.getState() as ClientState | null; }
  get socket(): Socket { return (this.client as unknown as { transport: { socket: Socket } }).transport.socket; }

  private started = false;

  start(): this {
    this.started = true;
    this.client.start();
    recordSocket(this.socket, this.rec);
    return this;
  }

  stop(): void {
    closers.delete(this.closer);
    if (this.stopped || !this.started) return;
    this.stopped = true;
    this.client.stop();
  }

  pause(): void { this.paused = true; }
  resume(): void {
    this.paused = false;
    this.maybeMove(this.state);
  }

  private onState(s: ClientState | null): void {
    if (s) {
      this.seen.push({ stateID: s._stateID, over: s.ctx.gameover !== undefined });
      this.check(s);
    }
    for (const w of [...this.waiters]) w();
    this.maybeMove(s);
  }

  private check(s: ClientState): void {
    const g = s.G;
    const own = this.seat === undefined ? null : STATE_IDS[Number(this.seat)];
    const over = s.ctx.gameover !== undefined;
    if (g.deck.A.length || g.deck.B.length) this.violations.push(`state ${s._stateID}: deck not empty`);
    if ((s.plugins as Record<string, { data?: unknown }>)?.random?.data !== undefined) this.violations.push(`state ${s._stateID}: random plugin data`);
    for (const id of STATE_IDS) {
      const agenda = g.states[id].agenda;
      if (id === own) {
        if (!agenda) this.violations.push(`state ${s._stateID}: own agenda missing`);
      } else if (!over && agenda !== null) {
        this.violations.push(`state ${s._stateID}: sees ${id}'s agenda ${agenda}`);
      }
    }
  }

  private maybeMove(s: ClientState | null): void {
    if (s && !this.paused && this.opts.pauseWhen?.(s)) this.paused = true;
    if (!this.opts.autoplay || this.paused || !s || !isSeat(this.seat)) return;
    if (s.ctx.gameover !== undefined || s.ctx.currentPlayer !== this.seat || !s.isActive) return;
    if (s._stateID === this.lastMoved) return;
    this.lastMoved = s._stateID;
    const actions = legalActions(s.G, this.seat);
    if (!actions.length) throw new Error(`no legal action for seat ${this.seat} at state ${s._stateID}`);
    const action = actions[Math.floor(this.rng.next() * actions.length)];
    // Outside the subscriber, as a person would (the client must not dispatch while notifying).
    setTimeout(() => {
      if (this.paused) { this.lastMoved = -1; return; }
      this.moves++;
      this.sentAt = s._stateID;
      (this.client.moves as Record<string, (...a: unknown[]) => void>)[action.type](...moveArgs(action));
    }, 0);
  }

  /** No move of this client is waiting for the server's answer. */
  get idle(): boolean {
    const s = this.state;
    return !s || this.sentAt < s._stateID;
  }

  /** Resolves when `pred` holds for the current state; rejects after `ms` with a description. */
  waitFor(pred: (s: ClientState) => boolean, ms: number, what: string): Promise<ClientState> {
    return new Promise((resolve, reject) => {
      const test = () => {
        const s = this.state;
        if (s && pred(s)) {
          this.waiters.delete(test);
          clearTimeout(timer);
          resolve(s);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(test);
        const s = this.state;
        reject(new Error(`seat ${this.seat ?? 'spectator'}: timed out after ${ms} ms waiting for ${what}; `
          + `state ${s ? `${s._stateID} round ${s.G.round} current ${s.ctx.currentPlayer} connected ${s.isConnected}` : 'none'}`));
      }, ms);
      this.waiters.add(test);
      test();
    });
  }

  waitGameover(ms = 60_000): Promise<ClientState> {
    return this.waitFor((s) => s.ctx.gameover !== undefined, ms, 'the end of the game');
  }
}

/** Polls `cond` every 20 ms until it holds; rejects after `ms`. */
export async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * Pauses the people and waits until the match rests: a paused person's turn, no move in flight,
 * and every client at the same _stateID. Nothing changes after that until someone resumes.
 */
export async function settle(players: Player[], ms = 20_000): Promise<ClientState> {
  for (const p of players) p.pause();
  const people = new Set(players.map((p) => p.seat).filter(isSeat));
  await until(() => {
    const states = players.map((p) => p.state);
    const s = states[0];
    return !!s && players.every((p) => p.idle) && states.every((x) => x?._stateID === s._stateID)
      && (s.ctx.gameover !== undefined || people.has(s.ctx.currentPlayer as Seat));
  }, ms, 'the match to rest at a person\'s turn');
  return players[0].state!;
}

// ---------------------------------------------------------------------------------------------
// Reading what was received
// ---------------------------------------------------------------------------------------------

/** A socket.io EVENT packet of the game namespace (`2/mdchess,[...]`), parsed; null for other packets. */
export function parseRawEvent(raw: string): unknown[] | null {
  if (!raw.startsWith('message:')) return null;
  const m = /^2(?:\/[^,[]*,)?\d*(\[.*)$/s.exec(raw.slice('message:'.length));
  return m ? (JSON.parse(m[1]) as unknown[]) : null;
}

type JsonPatchOp = { op: 'add' | 'remove' | 'replace'; path: string; value?: unknown };

/** Applies an RFC 6902 patch (add / remove / replace, as boardgame.io's patches use) to a copy. */
export function applyPatch<T>(doc: T, ops: JsonPatchOp[]): T {
  const out = structuredClone(doc) as unknown as Record<string, unknown>;
  for (const op of ops) {
    const keys = op.path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop()!;
    let parent: any = out;
    for (const k of keys) parent = parent[k];
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, op.value);
      else if (op.op === 'remove') parent.splice(i, 1);
      else parent[i] = op.value;
    } else if (op.op === 'remove') delete parent[last];
    else parent[last] = op.value;
  }
  return out as unknown as T;
}

export interface Frame {
  /** The raw packet. */
  raw: string;
  /** The socket.io event it carries, if any. */
  event: unknown[] | null;
  /** The client's game state after this packet (sync / update / patch applied), if known yet. */
  state: { G: G; ctx: { gameover?: unknown } } | null;
}

/** Replays a recording's raw packets, tracking the state each packet leaves the client with. */
export function framesOf(rec: Recording): Frame[] {
  let state: Frame['state'] = null;
  return rec.raw.map((raw) => {
    const event = parseRawEvent(raw);
    if (event) {
      const [name, ...args] = event as [string, ...unknown[]];
      if (name === 'sync') state = (args[1] as { state: Frame['state'] }).state;
      else if (name === 'update') state = args[1] as Frame['state'];
      else if (name === 'patch' && state) state = applyPatch(state, args[3] as JsonPatchOp[]);
    }
    return { raw, event, state };
  });
}

export const isOver = (f: Frame): boolean => !!f.state && f.state.ctx.gameover !== undefined;

/** The agenda of each state, from a finished game's state. */
export function agendasAtEnd(state: ClientState): Record<StateId, string> {
  const out = {} as Record<StateId, string>;
  for (const id of STATE_IDS) out[id] = state.G.states[id].agenda!;
  return out;
}
