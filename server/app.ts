// Assembles the game server: boardgame.io over socket.io, SQLite storage, the checked lobby,
// bot seats, seminar classes, the client files, a health route, sweeping of old matches and a
// clean shutdown.
import type { Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Context, Next } from 'koa';
import { Server, SocketIO } from 'boardgame.io/server';
import { GAME_NAME, MdChess } from '../game/index.js';
import { closeBotPool, configureBotPool } from './botPool.js';
import { BotRunner } from './botRunner.js';
import type { Config } from './config.js';
import { errorHandler, originAllowed } from './http.js';
import { captureChat } from './chat.js';
import { botLevel, peekInfo, registerLobby } from './lobby.js';
import type { Logger } from './log.js';
import { MoveTimer, percentiles } from './moveTimer.js';
import { registerReplay } from './replay.js';
import { registerSeminar } from './seminar.js';
import { SeminarControl } from './seminarControl.js';
import { serveClient } from './static.js';
import { SqliteStorage } from './storage.js';
import { jsonOnlyParser } from './socketParser.js';

interface MatchQueue {
  add<T>(task: () => Promise<T>): Promise<T>;
  onIdle(): Promise<void>;
  on(event: 'idle', listener: () => void): void;
  readonly size: number;
  readonly pending: number;
}
interface TransportInternals {
  pubSub: { publish(channel: string, payload: unknown): void };
  getMatchQueue(matchID: string): MatchQueue;
  deleteMatchQueue(matchID: string): void;
  perMatchQueue: Map<string, MatchQueue>;
  /** The sockets connected to each match. */
  roomInfo: Map<string, Set<string>>;
}
interface SocketLike {
  use(fn: (packet: unknown[], next: (err?: Error) => void) => void): void;
  emit(event: string, ...args: unknown[]): void;
}

/** A boardgame.io move action as a client sends it: { type: 'MAKE_MOVE', payload: { type, args? } }. */
export function isMoveAction(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const { type, payload } = x as { type?: unknown; payload?: unknown };
  if (type !== 'MAKE_MOVE' || typeof payload !== 'object' || payload === null) return false;
  const p = payload as { type?: unknown; args?: unknown };
  return typeof p.type === 'string' && (p.args === undefined || Array.isArray(p.args));
}

/** Longest match id accepted from a socket (ours are 12 characters; boardgame.io's, 21). */
const MAX_ID_LENGTH = 64;
/** Longest chat line relayed (the kept copy is cut to MAX_CHAT_TEXT). */
const MAX_CHAT_RELAY = 2_000;

const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_ID_LENGTH;
const isOptionalString = (x: unknown): boolean => x === undefined || x === null || (typeof x === 'string' && x.length <= 256);

/**
 * What is wrong with the arguments of a boardgame.io event from a socket, or null. boardgame.io
 * takes them as they come, and a match id that is not a string reached SQLite as a bad parameter
 * (found by tests/server/fuzz.test.ts). Events it does not handle are left to socket.io.
 */
export function packetProblem(event: unknown, args: unknown[]): string | null {
  switch (event) {
    case 'update': {
      const [action, stateID, matchID, playerID] = args;
      // A client sends moves only. boardgame.io would also take UPDATE, RESET or SYNC actions, which
      // replace the whole state with one the sender wrote (our patch refuses them in the Master too).
      if (!isMoveAction(action)) return 'Only moves may be sent.';
      const { playerID: actor, credentials } = (action as { payload: { playerID?: unknown; credentials?: unknown } }).payload;
      if (!Number.isInteger(stateID) || (stateID as number) < 0 || !isId(matchID) || !isId(playerID)
        || !isOptionalString(actor) || !isOptionalString(credentials)) return 'A move needs its state number, match and seat.';
      return null;
    }
    case 'sync': {
      const [matchID, playerID, credentials] = args;
      return isId(matchID) && isOptionalString(playerID) && isOptionalString(credentials) ? null : 'No such match.';
    }
    case 'chat': {
      const [matchID, message, credentials] = args;
      const m = message as { id?: unknown; sender?: unknown; payload?: unknown } | null;
      const ok = isId(matchID) && isOptionalString(credentials) && typeof m === 'object' && m !== null
        && isId(m.sender) && isOptionalString(m.id) && typeof m.payload === 'string' && m.payload.length <= MAX_CHAT_RELAY;
      return ok ? null : 'A chat line needs its match, sender and text.';
    }
    default:
      return null;
  }
}

export interface GameServer {
  url: string;
  port: number;
  db: SqliteStorage;
  bots: BotRunner;
  stop(): Promise<void>;
}

/** Starts the server on config.port (0 = a free port) and resolves when it listens. */
export async function startServer(config: Config, log: Logger): Promise<GameServer> {
  const db = new SqliteStorage(join(config.dataDir, 'mdchess.sqlite'),
    (error) => log.warn('a storage thread failed; the main thread does its work instead', { error }));
  const transport = new SocketIO({
    socketOpts: {
      // socket.io reads `cors`; boardgame.io passes its list under a key socket.io ignores (stack-notes #3).
      cors: { origin: config.origins, credentials: true },
      // CORS guards long-polling only; a WebSocket upgrade is checked here (stack-notes #15).
      allowRequest: (req: { headers: Record<string, string | undefined> }, cb: (err: string | null, ok: boolean) => void) =>
        originAllowed(req.headers.origin, config.origins) ? cb(null, true) : cb('origin not allowed', false),
      maxHttpBufferSize: 64 * 1024,
      parser: jsonOnlyParser,
    },
  } as unknown as ConstructorParameters<typeof SocketIO>[0]);
  const t = transport as unknown as TransportInternals;
  // boardgame.io keeps a queue per match id it is sent and drops it only when the match's last
  // socket leaves, even with moves still queued: matches played by bots alone, and made-up ids,
  // kept theirs for ever. A queue now goes once it is idle with no socket connected to its match.
  const makeQueue = t.getMatchQueue.bind(t);
  t.getMatchQueue = (matchID) => {
    const known = t.perMatchQueue.has(matchID);
    const queue = makeQueue(matchID);
    if (!known) {
      queue.on('idle', () => {
        if (t.perMatchQueue.get(matchID) === queue && !t.roomInfo.has(matchID)) t.perMatchQueue.delete(matchID);
      });
    }
    return queue;
  };
  t.deleteMatchQueue = (matchID) => {
    const queue = t.perMatchQueue.get(matchID);
    if (queue && queue.size === 0 && queue.pending === 0) t.perMatchQueue.delete(matchID);
  };
  const server = Server({ games: [MdChess], db, transport, origins: config.origins });
  const serialize = <T>(matchID: string, task: () => Promise<T>): Promise<T> => t.getMatchQueue(matchID).add(task);

  configureBotPool({ onError: (err) => log.warn('bot worker failed; medium bot used instead', { error: String(err) }) });
  const bots = new BotRunner({ db, auth: server.auth as never, pubSub: t.pubSub, serialize, delayMs: config.botDelayMs, log });
  const seminar = new SeminarControl({ db, serialize, pubSub: t.pubSub, bots, log, turnTimerScale: config.turnTimerScale });
  // boardgame.io only relays chat: keep it, for players who come back and for facilitators.
  const publish = t.pubSub.publish.bind(t.pubSub);
  t.pubSub.publish = (channel, payload) => {
    captureChat(db, payload);
    publish(channel, payload);
  };

  server.app.use(errorHandler((err, ctx) => log.error('request failed', { path: ctx.path, error: String((err as Error)?.stack ?? err) })));
  // The API answers only pages of our own origins (a foreign page cannot create or join matches).
  server.app.use(async (ctx: Context, next: Next) => {
    if (/^\/(games|seminar\/(classes|join|student))(\/|$)/.test(ctx.path) && !originAllowed(ctx.get('origin') || undefined, config.origins)) {
      ctx.status = 403;
      ctx.body = { error: 'This origin may not use the game server.' };
      return;
    }
    await next();
  });
  // How long a ready event waits for the main thread (every socket's, every match's): sampled
  // every 10 ms since the start or the last ?reset=1. Node measures the time between samples, so
  // the 10 ms between them is taken off.
  const LOOP_SAMPLE_MS = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  loopDelay.enable();
  const moveTimer = new MoveTimer();
  db.events.on('state', (matchID, state) => moveTimer.written(matchID, state._stateID));
  server.router.get('/healthz', async (ctx) => {
    const open = db.countOpenMatches(GAME_NAME);
    // With --expose-gc (the benchmark), ?gc=1 collects first so the figure is live memory only.
    if (ctx.query.gc === '1') (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - LOOP_SAMPLE_MS) * 100) / 100);
    const eventLoopDelayMs = percentiles(loopDelay, ms);
    const reset = ctx.query.reset === '1';
    if (reset) loopDelay.reset();
    ctx.body = {
      ok: true, openMatches: open, botMovesPending: bots.pending, matchQueues: t.perMatchQueue.size,
      memory: { heapUsed, rss }, eventLoopDelayMs, moveInServerMs: moveTimer.summary(reset),
    };
  });
  registerLobby(server.router as never, { db, config, serialize, onStart: (id) => bots.poke(id) });
  registerSeminar(server.router as never, { db, config, serialize, control: seminar, poke: (id) => bots.poke(id) });
  registerReplay(server.router as never, { db, interventions: (id) => seminar.store.interventions(id) });
  server.app.use(serveClient(config.clientDir));

  const running = await server.run({ port: config.port, callback: () => {} } as never);
  const appServer = running.appServer as HttpServer;
  const address = appServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // With PORT=0 the default origins named port 0, not the free port just taken: name it (in place,
  // since the CORS and Origin checks hold this array).
  if (config.port === 0) config.origins.forEach((o, i) => { config.origins[i] = o.replace(/^(http:\/\/(?:localhost|127\.0\.0\.1)):0$/, `$1:${port}`); });
  const io = (server.app as unknown as { _io: { of(n: string): { on(e: string, cb: (s: SocketLike) => void): void }; close(cb?: () => void): void } })._io;
  // Moves wait for the start: nobody acts in a match still in its waiting room.
  io.of(GAME_NAME).on('connection', (socket) => {
    socket.use((packet, next) => {
      const [event, second, stateID, matchID, playerID] = packet as [string, unknown, unknown, unknown, unknown];
      const problem = packetProblem(event, packet.slice(1));
      if (problem) return next(new Error(problem));
      const info = event === 'update' ? peekInfo(db, matchID as string) : null;
      if (info && !info.started) return next(new Error('The match has not started yet.'));
      if (info) moveTimer.arrived(matchID as string, stateID as number);
      // In a class, a seat a bot has taken over (the facilitator's choice) is the bot's alone; the
      // students keep their credentials for when it is handed back. (Outside classes a seat given
      // to a bot gets new credentials, so this check is not needed there.)
      if (info?.classID && typeof matchID === 'string' && typeof playerID === 'string') {
        try {
          const metadata = db.peekMetadata(matchID);
          if (metadata && botLevel(metadata, playerID)) return next(new Error('A bot plays this seat now.'));
        } catch (err) {
          return next(err as Error); // the database closed: the server is stopping
        }
      }
      // boardgame.io's onSync creates any unknown matchID on demand, past the lobby's checks: refuse it.
      if (event === 'sync' && !db.has(second as string)) {
        return next(new Error('No such match.'));
      }
      next();
    });
  });
  await bots.start();
  await seminar.start();

  const sweep = () => {
    const now = Date.now();
    const gone = db.sweep(now - config.finishedTtlMs, now - config.idleTtlMs);
    if (gone.length) log.info('swept old matches', { count: gone.length });
    const classes = seminar.sweep();
    if (classes) log.info('swept old classes', { count: classes });
  };
  sweep();
  const sweeper = setInterval(sweep, config.sweepMs);
  sweeper.unref();

  let stopping: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    port,
    db,
    bots,
    stop: () => (stopping ??= (async () => {
      clearInterval(sweeper);
      loopDelay.disable();
      await seminar.stop();
      await bots.stop();
      await closeBotPool();
      // Stop accepting, let moves already in the queues finish, then close the database.
      await new Promise<void>((resolve) => io.close(() => resolve()));
      appServer.close();
      await Promise.all([...t.perMatchQueue.values()].map((q) => q.onIdle()));
      await db.close();
    })()),
  };
}
