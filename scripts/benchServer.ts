// npm run bench:server -- [--matches 200] [--seconds 20] [--rate R] [--url http://localhost:PORT]
// Starts the real server (SQLite storage in a temp dir) as a child process, connects N matches ×
// 5 socket clients on loopback, plays random legal moves as fast as the rules allow, and prints
// moves/s, p50/p99 move round-trip latency, server memory per match and, in the same run, the
// rate of a bare socket.io ping-pong on this machine as the ceiling.
// Without --rate every match moves again the moment it sees its new state (a closed loop: the
// latency then grows with the number of matches in flight, by Little's law). With --rate R the
// matches together offer R moves a second, evenly paced (an open loop): the latency at that load.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server as IOServer } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { legalActions } from '../game/engine.js';
import { moveArgs } from '../game/index.js';
import { seededRng, randomInt } from '../game/rng.js';
import type { G, Seat } from '../game/types.js';
import { parseArgs } from './cli.js';

const USAGE = 'usage: npm run bench:server -- [--matches 200] [--seconds 20] [--rate MOVES_PER_SECOND] [--url http://localhost:PORT]';

interface SeenState { G: G; ctx: { currentPlayer: string; gameover?: unknown }; _stateID: number }
interface Seated { matchID: string; playerID: Seat; credentials: string; socket: Socket }

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/main.ts'], {
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
  return { url, child };
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
  const args = parseArgs(process.argv.slice(2), ['matches', 'seconds', 'url', 'rate'], ['help']);
  if (typeof args === 'string' || args.help) { console.error(typeof args === 'string' ? `${args}\n${USAGE}` : USAGE); process.exit(typeof args === 'string' ? 2 : 0); }
  const matches = Number(args.matches ?? 200);
  const seconds = Number(args.seconds ?? 20);
  const rate = args.rate === undefined ? null : Number(args.rate);
  if (rate !== null && !(rate > 0)) { console.error(USAGE); process.exit(2); }
  /** With --rate, each match moves at most once per this many ms. */
  const interval = rate === null ? 0 : (matches / rate) * 1000;
  if (!Number.isInteger(matches) || matches < 1 || !(seconds > 0)) { console.error(USAGE); process.exit(2); }

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
        seats.push({ matchID, playerID: j.playerID as Seat, credentials: j.playerCredentials, socket: null as unknown as Socket });
      }
      let sentAt: number | undefined;
      let nextAt = 0;
      let lastStateID = -1;
      let over = false;
      const latest = new Map<Seat, SeenState>();
      await Promise.all(seats.map((p) => new Promise<void>((resolve) => {
        const socket = connect(`${url}/mdchess`, { transports: ['websocket'] });
        p.socket = socket;
        const onState = (state: SeenState) => {
          if (sentAt !== undefined && sentAt !== Infinity && state._stateID > lastStateID) {
            if (measuring) { latencies.push(performance.now() - sentAt); moves++; }
            sentAt = undefined;
          }
          lastStateID = Math.max(lastStateID, state._stateID);
          if (state.ctx.gameover) {
            if (!over) {
              over = true;
              finished++;
              // Replace the finished match with a new one so the load stays at N matches.
              setTimeout(() => { seats.forEach((x) => x.socket.close()); void openMatch().then(() => {}, () => {}); }, 0);
            }
            return;
          }
          latest.set(p.playerID, state);
          if (!playing || state.ctx.currentPlayer !== p.playerID || sentAt !== undefined) return;
          const acts = legalActions(state.G, p.playerID);
          const a = acts[randomInt(rng, acts.length)];
          const send = () => {
            sentAt = performance.now();
            socket.emit('update', { type: 'MAKE_MOVE', payload: { type: a.type, args: moveArgs(a), playerID: p.playerID, credentials: p.credentials } },
              state._stateID, p.matchID, p.playerID);
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
        kicks.push(() => { const st = latest.get(p.playerID); if (st) onState(st); });
        socket.on('sync', (_id: string, info: { state: Parameters<typeof onState>[0] }) => { onState(info.state); resolve(); });
        socket.on('update', (_id: string, state: Parameters<typeof onState>[0]) => onState(state));
        socket.on('connect', () => socket.emit('sync', p.matchID, p.playerID, p.credentials, 5));
      })));
      return seats;
    };
    const all: Seated[][] = [];
    for (let m = 0; m < matches; m++) all.push(await openMatch());
    const memAfter = await serverMemory(url);
    playing = true;
    measuring = true;
    kicks.forEach((k) => k());
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    measuring = false;
    const elapsed = (performance.now() - t0) / 1000;
    all.flat().forEach((p) => p.socket.close());
    latencies.sort((a, b) => a - b);
    const ceiling = await pingPong(matches, Math.min(seconds, 10));
    const load = rate === null ? 'as fast as the rules allow (closed loop)' : `${rate} moves/s offered, paced (open loop)`;
    console.log(`\nServer benchmark: ${matches} matches × 5 socket clients, ${elapsed.toFixed(1)} s of play, SQLite storage, ${load}`);
    console.log(`  moves/s                 ${(moves / elapsed).toFixed(0)}   (${moves} moves; ${finished} matches finished and were replaced)`);
    console.log(`  move round trip p50     ${percentile(latencies, 50).toFixed(1)} ms`);
    console.log(`  move round trip p99     ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(`  server heap per match   ${((memAfter - memBefore) / matches / 1024).toFixed(1)} KB (5 connected clients each)`);
    console.log(`  ceiling: bare socket.io ping-pong with ${matches} connections: ${ceiling.rate.toFixed(0)} round trips/s, p50 ${ceiling.p50.toFixed(1)} ms, p99 ${ceiling.p99.toFixed(1)} ms`);
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
