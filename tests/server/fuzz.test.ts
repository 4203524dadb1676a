// Bad input of any kind changes nothing and crashes nothing: a seeded stream of junk — socket.io
// events with made-up names and arguments, near-valid moves with wrong types, prototype keys and
// huge strings, syncs and chats for real and made-up matches, and lobby and seminar requests with
// junk bodies — against a real server while a real match is being played. Afterwards the server
// answers, logged no error, never answered 5xx, and the match played on to the same end for all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_IDS } from '../../game/events.js';
import { MdChess } from '../../game/index.js';
import { randomInt, seededRng } from '../../game/rng.js';
import { packetProblem } from '../../server/app.js';
import {
  GAME, Player, cleanup, connectOutcome, createMatch, http, joinMatch, rawSocket, sleep, startServer, type ServerProcess,
} from './harness.js';

const MOVES = Object.keys(MdChess.moves!);
type Rng = ReturnType<typeof seededRng>;
/** Keys the lobby's and the seminar's requests use. */
const BODY_KEYS = ['x', 'seats', 'scenario', 'name', 'playerName', 'playerID', 'match', 'eventId', 'track', 'delta', 'reason', 'text',
  'onTimeout', 'seat', 'bot', 'studentID', 'code', 'title', 'matches', 'botSeats', 'botLevel', 'hints', 'turnSeconds'];

const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'type', 'payload', 'args', 'credentials', 'playerID', 'G', 'ctx', 'state'];

/** Junk of every JSON kind, with the real match's ids and credentials mixed in now and then. */
function junk(rng: Rng, known: readonly unknown[], depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[randomInt(rng, xs.length)];
  switch (randomInt(rng, depth > 2 ? 6 : 9)) {
    case 0: return pick([0, -1, 1, 2 ** 31, -(2 ** 53), 1e308, 0.5, 5, 999_999]);
    case 1: return pick<unknown>(['', 'x', '0', '4', '5', '-1', 'null', '<b>x</b>', '\u0000', '\ud800', 'é'.repeat(30), 'x'.repeat(3_000), ...NASTY_KEYS]);
    case 2: return pick(known);
    case 3: return pick([true, false, null]);
    case 4: return pick(MOVES);
    case 5: return [];
    case 6: return Array.from({ length: randomInt(rng, 5) }, () => junk(rng, known, depth + 1));
    case 7: {
      const o: Record<string, unknown> = {};
      for (let i = randomInt(rng, 5); i > 0; i--) o[pick([...NASTY_KEYS, ...BODY_KEYS])] = junk(rng, known, depth + 1);
      return o;
    }
    default: // a move that is nearly right
      return {
        type: pick<unknown>(['MAKE_MOVE', 'MAKE_MOVE', 'GAME_EVENT', 'UNDO', 'RESET', 'SYNC', 'UPDATE', junk(rng, known, depth + 1)]),
        payload: { type: pick<unknown>([...MOVES, junk(rng, known, depth + 1)]), args: pick<unknown>([[], [junk(rng, known, depth + 1)], junk(rng, known, depth + 1)]), playerID: pick<unknown>(['0', '1', '2', '3', '4', junk(rng, known, depth + 1)]), credentials: pick(known) },
      };
  }
}

describe('the check of boardgame.io events from sockets', () => {
  const move = { type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: '0', credentials: 'c' } };
  it('lets well-formed moves, syncs and chat lines through', () => {
    expect(packetProblem('update', [move, 3, 'm1', '0'])).toBeNull();
    expect(packetProblem('sync', ['m1', '0', 'c', 5])).toBeNull();
    expect(packetProblem('sync', ['m1', null, undefined, 5])).toBeNull();
    expect(packetProblem('chat', ['m1', { id: 'x', sender: '0', payload: 'hello' }, 'c'])).toBeNull();
    expect(packetProblem('anything else', [{}, []])).toBeNull();
  });
  it('refuses ids, state numbers, seats, credentials and chat lines of the wrong kind', () => {
    for (const bad of [[move, '3', 'm1', '0'], [move, -1, 'm1', '0'], [move, 1.5, 'm1', '0'], [move, 3, {}, '0'], [move, 3, ['m1'], '0'],
      [move, 3, undefined, '0'], [move, 3, 'x'.repeat(65), '0'], [move, 3, 'm1', 0], [move, 3, 'm1', null],
      [{ ...move, payload: { ...move.payload, credentials: {} } }, 3, 'm1', '0'], [{ type: 'RESET' }, 3, 'm1', '0']]) {
      expect(packetProblem('update', bad), JSON.stringify(bad)).not.toBeNull();
    }
    for (const bad of [[{}, '0'], [['m1']], [undefined], ['m1', 0], ['m1', '0', { $ne: null }]]) expect(packetProblem('sync', bad)).not.toBeNull();
    for (const bad of [['m1', null], ['m1', { sender: '0' }], ['m1', { sender: 0, payload: 'x' }], ['m1', { sender: '0', payload: 'x'.repeat(2_001) }], [7, { sender: '0', payload: 'x' }]]) {
      expect(packetProblem('chat', bad)).not.toBeNull();
    }
  });
});

describe('junk from sockets and HTTP', () => {
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer(); });
  afterAll(cleanup);

  it('changes nothing, crashes nothing, and the match being played ends the same for everyone', async () => {
    const base = server.url;
    const matchID = await createMatch(base, { scenario: 'short', seats: ['human', 'medium', 'human', 'random', 'medium'] });
    const a = await joinMatch(base, matchID, 'Aigerim');
    const b = await joinMatch(base, matchID, 'Bakhyt');
    const players = [a, b].map((j) => new Player({ base, matchID, playerID: j.playerID, credentials: j.playerCredentials, autoplay: true }).start());
    const spectator = new Player({ base, matchID }).start();
    const known = [matchID, a.playerCredentials, b.playerCredentials, 'ghost-match', '0', '2'];
    const rng = seededRng('fuzz');

    // Sockets: 1,200 events over four sockets, each made anew if the server closed it.
    const sockets = Array.from({ length: 4 }, () => rawSocket(base, { transports: ['websocket'] }).socket);
    expect(await Promise.all(sockets.map((s) => connectOutcome(s)))).toEqual(sockets.map(() => 'connected'));
    for (let i = 0; i < 1_200; i++) {
      const k = i % sockets.length;
      if (!sockets[k].connected) {
        sockets[k] = rawSocket(base, { transports: ['websocket'] }).socket;
        expect(await connectOutcome(sockets[k])).toBe('connected');
      }
      const event = ['update', 'update', 'update', 'sync', 'chat', junk(rng, known)][randomInt(rng, 6)];
      const args = Array.from({ length: randomInt(rng, 6) }, () => junk(rng, known));
      if (event === 'update' && randomInt(rng, 2)) args.splice(0, 4, junk(rng, known), junk(rng, [0, 1, 2, 3]), matchID, junk(rng, ['0', '2']));
      if (typeof event === 'string' && !['connect', 'disconnect', 'connect_error', 'newListener', 'removeListener'].includes(event)) sockets[k].emit(event, ...args);
      if (i % 100 === 99) await new Promise((r) => setTimeout(r, 20));
    }

    // Moves for 300 made-up matches: refused, and no per-match queue is left behind for them.
    for (let i = 0; i < 300; i++) {
      sockets[i % sockets.length].emit('update', { type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: '0' } }, 0, `ghost${i}`, '0');
    }
    // Only the real match, whose sockets are connected, keeps its queue.
    let queues = Infinity;
    for (const end = Date.now() + 10_000; queues > 1 && Date.now() < end; await sleep(50)) queues = (await http(base, '/healthz')).json.matchQueues as number;
    expect(queues).toBeLessThanOrEqual(1);

    // HTTP: 300 requests with junk bodies on every route of the lobby and the seminar.
    const routes = [
      `/games/${GAME}/create`, `/games/${GAME}/${matchID}/join`, `/games/${GAME}/${matchID}/leave`, `/games/${GAME}/${matchID}/start`,
      `/games/${GAME}/ghost/join`, '/games/other/create', `/games/${GAME}/${matchID}/update`,
      `/games/${GAME}/${matchID}/rematch`, `/games/${GAME}/${matchID}/standin`, `/games/${GAME}/ghost/rematch`,
      '/seminar/classes', '/seminar/classes/ghost/start', '/seminar/classes/ghost/pause', '/seminar/classes/ghost/inject',
      '/seminar/classes/ghost/track', '/seminar/classes/ghost/broadcast', '/seminar/classes/ghost/seat', '/seminar/join',
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const path = routes[randomInt(rng, routes.length)];
      const raw = randomInt(rng, 4) === 0 ? ['{', 'null', '[]', '"x"', '{"a":', 'x'.repeat(200_000), '{"__proto__":{"polluted":1}}'][randomInt(rng, 7)] : undefined;
      const r = await http(base, path, raw !== undefined ? { raw } : { body: junk(rng, known) });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect(r.status, `${path} ${r.text.slice(0, 200)}`).toBeLessThan(500);
    }
    // Most of it was refused as bad input (4xx), with a JSON reason.
    expect([...statuses.keys()].some((s) => s >= 400 && s < 500)).toBe(true);

    // The match the junk was aimed at played on to one end, the same for every client.
    const ends = await Promise.all([...players, spectator].map((p) => p.waitGameover(90_000)));
    for (const end of ends) {
      expect(end.ctx.gameover).toEqual(ends[0].ctx.gameover);
      expect(end._stateID).toBe(ends[0]._stateID);
    }
    for (const p of [...players, spectator]) expect(p.violations).toEqual([]);
    const health = await http(base, '/healthz');
    expect(health.status).toBe(200);
    expect(health.json.ok).toBe(true);
    expect(server.output()).not.toMatch(/"level":"error"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a seminar class takes junk from its facilitator and its students and stays whole', async () => {
    const base = server.url;
    const created = await http(base, '/seminar/classes', {
      body: { title: 'Fuzz', scenario: 'short', matches: 2, botSeats: 4, botLevel: 'random', hints: false, turnSeconds: null, onTimeout: 'pass' },
    });
    expect(created.status, created.text).toBe(200);
    const { classID, code, facilitatorToken } = created.json as { classID: string; code: string; facilitatorToken: string };
    const student = await http(base, '/seminar/join', { body: { code, name: 'Dana' } });
    expect(student.status, student.text).toBe(200);
    const known = [classID, code, 0, 1, 2, -1, 'all', 'tension', 'asymmetry', 'euEngagement', 'pass', 'bot', 'human', 'medium', '0', '1', EVENT_IDS[0], EVENT_IDS[5], 'A message', (student.json as { studentID: string }).studentID];
    const rng = seededRng('fuzz-seminar');
    // Each action's own keys, with values that are right, near or junk (and now and then junk keys).
    const actions: Record<string, string[]> = {
      start: ['match'], pause: ['match'], resume: ['match'], inject: ['match', 'eventId'], track: ['match', 'track', 'delta', 'reason'],
      broadcast: ['text'], timeout: ['onTimeout'], seat: ['match', 'seat', 'bot'], assign: ['studentID', 'match', 'seat'],
    };
    const names = Object.keys(actions);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const action = names[randomInt(rng, names.length)];
      const body = randomInt(rng, 4) === 0 ? junk(rng, known)
        : Object.fromEntries(actions[action].filter(() => randomInt(rng, 5) > 0).map((k) => [k, junk(rng, known)]));
      const path = `/seminar/classes/${classID}/${action}`;
      const r = await http(base, path, { body, headers: { authorization: `Bearer ${facilitatorToken}` } });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect(r.status, `${path} ${r.text.slice(0, 200)}`).toBeLessThan(500);
      if (i % 10 === 0) {
        const j = await http(base, '/seminar/join', { body: junk(rng, known) });
        expect(j.status, j.text.slice(0, 200)).toBeLessThan(500);
      }
    }
    // Some of it was taken (the class started, paused, was sent messages…), most refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(5);
    // The console, the exports and the student's view still answer.
    for (const path of ['', '/export.json', '/export.csv', '/matches/0']) {
      const r = await http(base, `/seminar/classes/${classID}${path}`, { headers: { authorization: `Bearer ${facilitatorToken}` } });
      expect(r.status, `${path} ${r.text.slice(0, 200)}`).toBe(200);
    }
    const view = await http(base, `/seminar/student/${classID}`, { headers: { authorization: `Bearer ${(student.json as { studentToken: string }).studentToken}` } });
    expect(view.status, view.text.slice(0, 200)).toBe(200);
    expect(server.output()).not.toMatch(/"level":"error"/);
  });
});
