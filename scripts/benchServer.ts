// npm run bench:server -- [--matches 200] [--seconds 20] [--rate R] [--client raw|socket.io] [--url http://localhost:PORT]
// Starts the real server (SQLite storage in a temp dir) as a child process, connects N matches ×
// 5 socket clients on loopback, plays random legal moves as fast as the rules allow, and prints
// moves/s, p50/p99 move round-trip latency, server memory per match and, in the same run, the
// rate of a bare socket.io ping-pong on this machine as the ceiling.
// Without --rate every match moves again the moment it sees its new state (a closed loop: the
// latency then grows with the number of matches in flight, by Little's law). With --rate R the
// matches together offer R moves a second, evenly paced (an open loop): the latency at that load.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server as IOServer } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { legalActions } from '../game/engine.js';
import { moveArgs } from '../game/index.js';
import { seededRng, randomInt } from '../game/rng.js';
import type { G, Seat } from '../game/types.js';
import { parseArgs } from './cli.js';
import { pureGame, run } from './rulesSpeed.js';

const USAGE = 'usage: npm run bench:server -- [--matches 200] [--seconds 20] [--rate MOVES_PER_SECOND] [--client raw|socket.io] [--url http://localhost:PORT]';

interface SeenState { G: G; ctx: { currentPlayer: string; gameover?: unknown }; _stateID: number }
interface Seated { matchID: string; playerID: Seat; credentials: string; conn: SeatConnection }
interface SeatConnection { send(args: unknown[]): void; close(): void }
interface SeatEvents {
  /** An update reached this seat (every seat gets one per move), with its state's _stateID. */
  arrived(stateID: number): void;
  /** A state this seat must look at: its first state, and every state in which it is to move or the game is over. */
  onState(state: SeenState): void;
}
type ClientKind = 'raw' | 'socket.io';

/**
 * Connects one seat's client (set as p.conn at once, since its first state can ask it to move)
 * and resolves when it holds its first state.
 *
 * 'socket.io' is the socket.io client library: it decodes every update on every seat, so the
 * benchmark's own process needs about two thirds of the server's CPU, on the same two cores.
 * 'raw' (the default) speaks the same protocol over a plain WebSocket (engine.io v4, socket.io
 * v5 packets) and parses only what a player needs: each seat receives every update in full, as
 * before, but decodes it only when the update says it is that seat's turn (or the game is over).
 * The server's work is the same either way; the load generator is lighter.
 */
function connectSeat(kind: ClientKind, url: string, p: Seated, on: SeatEvents): Promise<void> {
  const sync = ['sync', p.matchID, p.playerID, p.credentials, 5];
  if (kind === 'socket.io') {
    return new Promise((resolve) => {
      const socket: Socket = connect(`${url}/mdchess`, { transports: ['websocket'] });
      p.conn = { send: (args: unknown[]) => socket.emit(...(args as [string, ...unknown[]])), close: () => socket.close() };
      socket.on('sync', (_id: string, info: { state: SeenState }) => { on.onState(info.state); resolve(); });
      socket.on('update', (_id: string, state: SeenState) => { on.arrived(state._stateID); on.onState(state); });
      socket.on('connect', () => socket.emit(...(sync as [string, ...unknown[]])));
    });
  }
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const NSP = '/mdchess,';
    const conn = { send: (args: unknown[]) => ws.send(`42${NSP}${JSON.stringify(args)}`), close: () => ws.close() };
    p.conn = conn;
    const mine = `"currentPlayer":"${p.playerID}"`;
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text === '2') return ws.send('3'); // engine.io heartbeat
      if (text.startsWith('0')) return ws.send(`40${NSP}`); // engine.io open: join the game's namespace
      if (text.startsWith(`40${NSP}`)) return conn.send(sync);
      if (text.startsWith(`44${NSP}`)) return reject(new Error(`refused: ${text}`));
      if (!text.startsWith(`42${NSP}`)) return;
      const body = text.slice(2 + NSP.length);
      if (body.startsWith('["sync"')) {
        on.onState((JSON.parse(body) as [string, string, { state: SeenState }])[2].state);
        return resolve();
      }
      if (!body.startsWith('["update"')) return;
      // The state's _stateID follows its _undo key (the log after it holds other _stateIDs).
      on.arrived(parseInt(body.slice(body.indexOf('"_stateID":', body.indexOf('"_undo":')) + 11), 10));
      if (body.includes(mine) || body.includes('"gameover":{')) on.onState((JSON.parse(body) as [string, string, SeenState])[2]);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  // The V8 flag `npm start` runs the server with (package.json): a 32 MB young generation cut the
  // server's CPU per move by about 7 % here (fewer scavenges of each move's short-lived objects).
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--expose-gc', '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', BOT_DELAY_MS: '0', MAX_MATCHES: '100000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /open (http:\/\/localhost:\d+)/.exec(buf);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  child.stdout!.resume();
  // Never leave the server running, even if the benchmark itself fails.
  process.once('exit', () => child.kill('SIGKILL'));
  return { url, child };
}

/** CPU seconds (user + system) a process has used so far, from /proc on Linux; 0 elsewhere. */
function cpuSeconds(pid: number | undefined, mainThreadOnly = false): number {
  if (!pid) return 0;
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
    // The main thread (whose id is the process id) alone is the one JavaScript runs on.
    const path = mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(path, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function post(url: string, body: unknown): Promise<Record<string, string>> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json() as Promise<Record<string, string>>;
}

async function serverMemory(url: string): Promise<number> {
  const r = (await (await fetch(`${url}/healthz?gc=1`)).json()) as { memory?: { heapUsed: number } };
  return r.memory?.heapUsed ?? 0;
}

interface LoopDelay { p50: number; p99: number; max: number }
interface ServerTimes { loop?: LoopDelay; move?: LoopDelay & { count: number } }

/**
 * The server's main-thread event-loop delay and the time moves spent in the server since the last
 * call (each call starts a new count).
 */
async function serverTimes(url: string): Promise<ServerTimes> {
  const r = (await (await fetch(`${url}/healthz?reset=1`)).json()) as { eventLoopDelayMs?: LoopDelay; moveInServerMs?: ServerTimes['move'] };
  return { loop: r.eventLoopDelayMs, move: r.moveInServerMs };
}

/** The bare ceiling: socket.io ping-pong on loopback with the same number of connections. */
async function pingPong(connections: number, seconds: number): Promise<{ rate: number; p50: number; p99: number }> {
  const http = createServer();
  const ioServer = new IOServer(http);
  ioServer.on('connection', (s) => s.on('ping-bench', (n: number, ack: (n: number) => void) => ack(n)));
  await new Promise<void>((r) => http.listen(0, r));
  const port = (http.address() as { port: number }).port;
  const sockets = await Promise.all(Array.from({ length: connections }, () => new Promise<Socket>((resolve) => {
    const s = connect(`http://localhost:${port}`, { transports: ['websocket'] });
    s.once('connect', () => resolve(s));
  })));
  let count = 0;
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(sockets.map(async (s) => {
    while (Date.now() < end) {
      const t0 = performance.now();
      await new Promise((r) => s.emit('ping-bench', count, r));
      lat.push(performance.now() - t0);
      count++;
    }
  }));
  sockets.forEach((s) => s.close());
  await new Promise<void>((r) => ioServer.close(() => r()));
  lat.sort((a, b) => a - b);
  return { rate: count / seconds, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['matches', 'seconds', 'url', 'rate', 'client'], ['help']);
  if (typeof args === 'string' || args.help) { console.error(typeof args === 'string' ? `${args}\n${USAGE}` : USAGE); process.exit(typeof args === 'string' ? 2 : 0); }
  const matches = Number(args.matches ?? 200);
  const seconds = Number(args.seconds ?? 20);
  const rate = args.rate === undefined ? null : Number(args.rate);
  if (rate !== null && !(rate > 0)) { console.error(USAGE); process.exit(2); }
  const client = (args.client ?? 'raw') as ClientKind;
  if (client !== 'raw' && client !== 'socket.io') { console.error(USAGE); process.exit(2); }
  /** With --rate, each match moves at most once per this many ms. */
  const interval = rate === null ? 0 : (matches / rate) * 1000;
  if (!Number.isInteger(matches) || matches < 1 || !(seconds > 0)) { console.error(USAGE); process.exit(2); }

  // The machine's speed, before anything else runs: these shared machines are up to twice as fast
  // on some days as on others, and every figure below moves with it.
  const speed = run(2, pureGame);
  const dataDir = mkdtempSync(join(tmpdir(), 'mdchess-bench-'));
  // --url measures a server already running (e.g. one started with --cpu-prof); else start our own.
  const { url, child } = args.url ? { url: String(args.url), child: null } : await startServer(dataDir);
  try {
    const memBefore = await serverMemory(url);
    const rng = seededRng(1);
    const latencies: number[] = [];
    let moves = 0;
    let measuring = false;
    let finished = 0;
    // Play waits until every match is open: otherwise the first matches play (and load the server)
    // while the rest are still being set up, and setup of 200 matches crawls.
    let playing = false;
    const kicks: (() => void)[] = [];
    /** Opens a match with five human seats and five connected clients that play random legal moves. */
    const openMatch = async (): Promise<Seated[]> => {
      const { matchID } = await post(`${url}/games/mdchess/create`, { setupData: { seats: ['human', 'human', 'human', 'human', 'human'] } });
      const seats: Seated[] = [];
      for (let s = 0; s < 5; s++) {
        const j = await post(`${url}/games/mdchess/${matchID}/join`, { playerName: `p${s}`, playerID: String(s) });
        seats.push({ matchID, playerID: j.playerID as Seat, credentials: j.playerCredentials, conn: null as unknown as SeatConnection });
      }
      let sentAt: number | undefined;
      let sentFrom = -1;
      let nextAt = 0;
      let over = false;
      const latest = new Map<Seated, SeenState>();
      /** An update reached the match: the answer to its move in flight if it is a newer state (the
       * other seats' copies of the previous update can still be arriving after the move is sent). */
      const arrived = (stateID: number) => {
        if (sentAt === undefined || sentAt === Infinity || !(stateID > sentFrom)) return;
        if (measuring) { latencies.push(performance.now() - sentAt); moves++; }
        sentAt = undefined;
      };
      /** The state as the seat to move sees it (or the final state): play, or replace the match. */
      const onState = (p: Seated, state: SeenState) => {
        if (state.ctx.gameover) {
          if (!over) {
            over = true;
            finished++;
            // Replace the finished match with a new one so the load stays at N matches.
            setTimeout(() => { seats.forEach((x) => x.conn.close()); void openMatch().then(() => {}, () => {}); }, 0);
          }
          return;
        }
        latest.set(p, state);
        if (!playing || state.ctx.currentPlayer !== p.playerID || sentAt !== undefined) return;
        const acts = legalActions(state.G, p.playerID);
        const a = acts[randomInt(rng, acts.length)];
        const move = { type: 'MAKE_MOVE', payload: { type: a.type, args: moveArgs(a), playerID: p.playerID, credentials: p.credentials } };
        const send = () => {
          sentAt = performance.now();
          sentFrom = state._stateID;
          p.conn.send(['update', move, state._stateID, p.matchID, p.playerID]);
        };
        if (!interval) return send();
        // Paced: the match's next move waits for its slot; a match that fell behind catches up at once.
        const now = performance.now();
        if (nextAt === 0) nextAt = now + Math.random() * interval; // matches start spread over one interval
        const at = Math.max(nextAt, now);
        nextAt = at + interval;
        sentAt = Infinity; // a move is pending: no second one from this match
        setTimeout(send, at - now);
      };
      kicks.push(() => latest.forEach((state, p) => onState(p, state)));
      await Promise.all(seats.map((p) => connectSeat(client, url, p, { arrived, onState: (state) => onState(p, state) })));
      return seats;
    };
    const all: Seated[][] = [];
    for (let m = 0; m < matches; m++) all.push(await openMatch());
    const memAfter = await serverMemory(url);
    await serverTimes(url); // counts from the start of play
    playing = true;
    measuring = true;
    kicks.forEach((k) => k());
    const t0 = performance.now();
    const serverCpu0 = cpuSeconds(child?.pid);
    const mainCpu0 = cpuSeconds(child?.pid, true);
    const ownCpu0 = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    loopDelay.disable();
    const { loop: serverDelay, move: inServer } = await serverTimes(url);
    const elapsed = (performance.now() - t0) / 1000;
    const serverCpu = cpuSeconds(child?.pid) - serverCpu0;
    const mainCpu = cpuSeconds(child?.pid, true) - mainCpu0;
    const own = process.cpuUsage(ownCpu0);
    const ownCpu = (own.user + own.system) / 1e6;
    all.flat().forEach((p) => p.conn.close());
    latencies.sort((a, b) => a - b);
    const ceiling = await pingPong(matches, Math.min(seconds, 10));
    const load = rate === null ? 'as fast as the rules allow (closed loop)' : `${rate} moves/s offered, paced (open loop)`;
    console.log(`\nServer benchmark: ${matches} matches × 5 ${client} socket clients, ${elapsed.toFixed(1)} s of play, SQLite storage, ${load}`);
    console.log(`  moves/s                 ${(moves / elapsed).toFixed(0)}   (${moves} moves; ${finished} matches finished and were replaced)`);
    if (moves && serverCpu > 0) {
      const perMove = (serverCpu * 1000) / moves;
      const mainPerMove = (mainCpu * 1000) / moves;
      console.log(`  server CPU per move     ${perMove.toFixed(3)} ms, all threads   (${(serverCpu / elapsed).toFixed(2)} cores busy)`);
      console.log(`    of which main thread  ${mainPerMove.toFixed(3)} ms   (${(100 * mainCpu / elapsed).toFixed(0)} % busy; alone it would serve ${(1000 / mainPerMove).toFixed(0)} moves/s)`);
    }
    if (moves) console.log(`  bench clients' CPU      ${((ownCpu * 1000) / moves).toFixed(3)} ms per move   (${(ownCpu / elapsed).toFixed(2)} cores, same machine)`);
    if (serverDelay) console.log(`  server event-loop delay p50 ${serverDelay.p50.toFixed(1)} ms, p99 ${serverDelay.p99.toFixed(1)} ms, max ${serverDelay.max.toFixed(1)} ms (how long a ready event waits for the main thread)`);
    // Node measures the time between samples (1 ms apart): the delay is what exceeds that.
    const clientDelay = (ns: number) => Math.max(0, ns / 1e6 - 1).toFixed(1);
    console.log(`  bench clients' event-loop delay p50 ${clientDelay(loopDelay.percentile(50))} ms, p99 ${clientDelay(loopDelay.percentile(99))} ms, max ${clientDelay(loopDelay.max)} ms`);
    console.log(`  move round trip p50     ${percentile(latencies, 50).toFixed(1)} ms`);
    console.log(`  move round trip p99     ${percentile(latencies, 99).toFixed(1)} ms`);
    if (inServer?.count) console.log(`    of which in the server p50 ${inServer.p50.toFixed(1)} ms, p99 ${inServer.p99.toFixed(1)} ms, max ${inServer.max.toFixed(1)} ms (from the move's arrival to its commit)`);
    console.log(`  server heap per match   ${((memAfter - memBefore) / matches / 1024).toFixed(1)} KB (5 connected clients each)`);
    console.log(`  ceiling: bare socket.io ping-pong with ${matches} connections: ${ceiling.rate.toFixed(0)} round trips/s, p50 ${ceiling.p50.toFixed(1)} ms, p99 ${ceiling.p99.toFixed(1)} ms`);
    console.log(`  machine speed: the rules core plays ${(speed.games / speed.seconds).toFixed(0)} random games/s on one core (as in npm run bench)`);
  } finally {
    if (child) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

void main();
