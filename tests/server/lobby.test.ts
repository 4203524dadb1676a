// The lobby API against bad input (stack-notes #16): every bad request is answered with a 4xx and
// a JSON `{ error }` — never a 500 — and changes nothing (the match list and the match stay as
// they were). Names are plain text: HTML round-trips unchanged. The server still answers after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAME, cleanup, createMatch, http, joinMatch, matchInfo, startServer, type Joined, type ServerProcess } from './harness.js';

interface Bad {
  name: string;
  path: string;
  method?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
}

describe('lobby API input checks', () => {
  let server: ServerProcess;
  let base: string;
  let matchID: string;
  let host: Joined;
  let guest: Joined;

  beforeAll(async () => {
    server = await startServer();
    base = server.url;
    matchID = await createMatch(base, { scenario: 'short' });
    host = await joinMatch(base, matchID, 'Host', '0');
    guest = await joinMatch(base, matchID, 'Guest', '1');
  });
  afterAll(cleanup);

  /** Everything a bad request could have changed: the public list and the reference match. */
  const snapshot = async () => ({
    list: (await http(base, `/games/${GAME}`)).json,
    match: await matchInfo(base, matchID),
  });

  const expectRefused = async (c: Bad) => {
    const before = await snapshot();
    const r = await http(base, c.path.replace(':id', matchID), { method: c.method, body: c.body, raw: c.raw, headers: c.headers });
    expect(r.status, `${c.name}: ${r.text}`).toBe(c.status);
    expect(r.headers.get('content-type'), c.name).toMatch(/application\/json/);
    expect(r.json, c.name).toEqual({ error: expect.any(String) });
    expect(r.json.error.length, c.name).toBeGreaterThan(0);
    expect(await snapshot(), `${c.name} changed something`).toEqual(before);
    return r;
  };

  const create = `/games/${GAME}/create`;
  const joinPath = `/games/${GAME}/:id/join`;
  const six = ['human', 'human', 'human', 'human', 'human', 'human'];

  const createCases: Bad[] = [
    { name: 'invalid JSON', path: create, raw: '{"setupData": {', status: 400 },
    { name: 'an array body', path: create, raw: '[]', status: 400 },
    { name: 'a number body', path: create, raw: '5', status: 400 },
    { name: 'a string body', path: create, raw: '"short"', status: 400 },
    { name: 'a null body', path: create, raw: 'null', status: 400 },
    { name: 'not JSON at all', path: create, raw: 'scenario=short', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415 },
    { name: 'numPlayers as a string', path: create, body: { numPlayers: '5' }, status: 400 },
    { name: 'numPlayers as an array', path: create, body: { numPlayers: [5] }, status: 400 },
    { name: 'numPlayers as a boolean', path: create, body: { numPlayers: true }, status: 400 },
    { name: 'numPlayers 6', path: create, body: { numPlayers: 6 }, status: 400 },
    { name: 'six seats', path: create, body: { setupData: { seats: six } }, status: 400 },
    { name: 'six seats and numPlayers 6', path: create, body: { numPlayers: 6, setupData: { seats: six } }, status: 400 },
    { name: 'four seats', path: create, body: { setupData: { seats: six.slice(2) } }, status: 400 },
    { name: 'an unknown seat kind', path: create, body: { setupData: { seats: ['human', 'human', 'human', 'human', 'robot'] } }, status: 400 },
    { name: 'seats as a string', path: create, body: { setupData: { seats: 'human' } }, status: 400 },
    { name: 'unlisted as a string', path: create, body: { unlisted: 'yes' }, status: 400 },
    { name: 'setupData as a string', path: create, body: { setupData: 'short' }, status: 400 },
    { name: 'setupData as an array', path: create, body: { setupData: ['short'] }, status: 400 },
    { name: 'an unknown scenario', path: create, body: { setupData: { scenario: 'moon-2030' } }, status: 400 },
    { name: 'a scenario from the prototype', path: create, body: { setupData: { scenario: 'constructor' } }, status: 400 },
    { name: 'scenario as a number', path: create, body: { setupData: { scenario: 5 } }, status: 400 },
    { name: 'rounds as a string', path: create, body: { setupData: { rounds: '5' } }, status: 400 },
    { name: 'rounds 0', path: create, body: { setupData: { rounds: 0 } }, status: 400 },
    { name: 'rounds 1.5', path: create, body: { setupData: { rounds: 1.5 } }, status: 400 },
    { name: 'rounds 1000', path: create, body: { setupData: { rounds: 1000 } }, status: 400 },
    { name: 'a track out of range', path: create, body: { setupData: { tracks: { tension: 99 } } }, status: 400 },
    { name: 'a track as a string', path: create, body: { setupData: { tracks: { tension: '1' } } }, status: 400 },
    { name: 'an unknown track', path: create, body: { setupData: { tracks: { gravity: 1 } } }, status: 400 },
    { name: 'an extra field', path: create, body: { setupData: { scenario: 'short' }, admin: true }, status: 400 },
    { name: 'an extra setupData field', path: create, body: { setupData: { scenario: 'short', seed: 'x' } }, status: 400 },
    { name: 'a __proto__ field', path: create, raw: '{"__proto__": {"admin": true}}', status: 400 },
    { name: 'a body over 16 KB', path: create, body: { setupData: { scenario: 'x'.repeat(20_000) } }, status: 413 },
    // Still being sent when the answer is ready: it is read to the end and answered, not cut off.
    { name: 'a body of 900 KB', path: create, raw: JSON.stringify({ setupData: { scenario: 'x'.repeat(900_000) } }), status: 413 },
    { name: 'an unknown game', path: `/games/chess/create`, body: {}, status: 404 },
  ];

  const joinCases: Bad[] = [
    { name: 'join: invalid JSON', path: joinPath, raw: '{"playerName": "A', status: 400 },
    { name: 'join: an array body', path: joinPath, raw: '["A"]', status: 400 },
    { name: 'join: no name', path: joinPath, body: {}, status: 400 },
    { name: 'join: a number name', path: joinPath, body: { playerName: 123 }, status: 400 },
    { name: 'join: a null name', path: joinPath, body: { playerName: null }, status: 400 },
    { name: 'join: an object name', path: joinPath, body: { playerName: { first: 'A' } }, status: 400 },
    { name: 'join: a name of spaces only', path: joinPath, body: { playerName: '     ' }, status: 400 },
    { name: 'join: a name of blank characters', path: joinPath, body: { playerName: '\t\n \u00a0' }, status: 400 },
    { name: 'join: a 25-character name', path: joinPath, body: { playerName: 'x'.repeat(25) }, status: 400 },
    { name: 'join: a 10,000-character name', path: joinPath, body: { playerName: 'x'.repeat(10_000) }, status: 400 },
    { name: 'join: a number seat', path: joinPath, body: { playerName: 'A', playerID: 2 }, status: 400 },
    { name: 'join: seat 5', path: joinPath, body: { playerName: 'A', playerID: '5' }, status: 400 },
    { name: 'join: seat -1', path: joinPath, body: { playerName: 'A', playerID: '-1' }, status: 400 },
    { name: 'join: an extra field', path: joinPath, body: { playerName: 'A', credentials: 'mine' }, status: 400 },
    { name: 'join: a taken seat', path: joinPath, body: { playerName: 'Intruder', playerID: '0' }, status: 409 },
    { name: 'join: a body over 16 KB', path: joinPath, body: { playerName: 'x'.repeat(20_000) }, status: 413 },
    { name: 'join: an unknown match', path: `/games/${GAME}/no-such-match/join`, body: { playerName: 'A' }, status: 404 },
    { name: 'join: an unknown game', path: `/games/chess/:id/join`, body: { playerName: 'A' }, status: 404 },
  ];

  const seatCases = (): Bad[] => [
    { name: 'start: not the host', path: `/games/${GAME}/:id/start`, body: { playerID: '1', credentials: guest.playerCredentials }, status: 403 },
    { name: 'start: wrong credentials', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: 'wrong' }, status: 403 },
    { name: 'start: the guest\'s credentials as the host', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: guest.playerCredentials }, status: 403 },
    { name: 'start: no credentials', path: `/games/${GAME}/:id/start`, body: { playerID: '0' }, status: 403 },
    { name: 'start: credentials as a number', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: 12345 }, status: 403 },
    { name: 'start: no seat', path: `/games/${GAME}/:id/start`, body: { credentials: host.playerCredentials }, status: 400 },
    { name: 'start: a bot level "human"', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: host.playerCredentials, botLevel: 'human' }, status: 400 },
    { name: 'start: an unknown bot level', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: host.playerCredentials, botLevel: 'godlike' }, status: 400 },
    { name: 'start: an extra field', path: `/games/${GAME}/:id/start`, body: { playerID: '0', credentials: host.playerCredentials, force: true }, status: 400 },
    { name: 'start: an unknown match', path: `/games/${GAME}/no-such-match/start`, body: { playerID: '0', credentials: host.playerCredentials }, status: 404 },
    { name: 'leave: wrong credentials', path: `/games/${GAME}/:id/leave`, body: { playerID: '0', credentials: 'wrong' }, status: 403 },
    { name: 'leave: another seat\'s credentials', path: `/games/${GAME}/:id/leave`, body: { playerID: '1', credentials: host.playerCredentials }, status: 403 },
    { name: 'leave: an empty seat', path: `/games/${GAME}/:id/leave`, body: { playerID: '4', credentials: '' }, status: 403 },
    { name: 'leave: seat 9', path: `/games/${GAME}/:id/leave`, body: { playerID: '9', credentials: host.playerCredentials }, status: 400 },
    { name: 'leave: invalid JSON', path: `/games/${GAME}/:id/leave`, raw: '{', status: 400 },
    { name: 'leave: an unknown match', path: `/games/${GAME}/no-such-match/leave`, body: { playerID: '0', credentials: 'x' }, status: 404 },
    { name: 'rename (not offered)', path: `/games/${GAME}/:id/rename`, body: { playerID: '0', credentials: host.playerCredentials, newName: 'X' }, status: 404 },
    { name: 'an unknown match', path: `/games/${GAME}/no-such-match`, method: 'GET', status: 404 },
    { name: 'a very long match id', path: `/games/${GAME}/${'x'.repeat(300)}`, method: 'GET', status: 404 },
    { name: 'a badly encoded match id', path: `/games/${GAME}/%E0%A4%A`, method: 'GET', status: 404 },
    { name: 'an unknown game\'s list', path: '/games/chess', method: 'GET', status: 404 },
  ];

  it('refuses bad create requests with 4xx and creates nothing', async () => {
    for (const c of createCases) await expectRefused(c);
  });

  it('refuses bad join requests with 4xx and takes no seat', async () => {
    for (const c of joinCases) await expectRefused(c);
    expect((await http(base, `/games/${GAME}/no-such-match`)).status).toBe(404);
  });

  it('refuses bad start and leave requests with 4xx and changes no seat', async () => {
    for (const c of seatCases()) await expectRefused(c);
    const info = await matchInfo(base, matchID);
    expect(info.started).toBe(false);
    expect(info.host).toBe('0');
    expect(info.players.map((p) => p.name ?? null)).toEqual(['Host', 'Guest', null, null, null]);
  });

  it('keeps names as plain text: HTML round-trips unchanged, spaces are trimmed, 24 characters fit', async () => {
    const id = await createMatch(base, { scenario: 'short' });
    const names = ['<img src=x onerror=a()>', 'Tom & "Jerry" <b>\'s</b>', '  Aigerim  ', 'x'.repeat(24), 'Ұлықбек Әлиев'];
    const joined = [];
    for (const n of names) {
      const r = await http<Joined>(base, `/games/${GAME}/${id}/join`, { body: { playerName: n } });
      expect(r.status, n).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/application\/json/);
      joined.push(r.json);
    }
    const expected = ['<img src=x onerror=a()>', 'Tom & "Jerry" <b>\'s</b>', 'Aigerim', 'x'.repeat(24), 'Ұлықбек Әлиев'];
    const info = await matchInfo(base, id);
    expect(info.players.map((p) => p.name)).toEqual(expected);
    // Five people: the match started by itself; the list shows the same names, as JSON strings.
    expect(info.started).toBe(true);
    const list = await http(base, `/games/${GAME}`);
    const listed = (list.json as { matches: { matchID: string; players: { name?: string }[] }[] }).matches.find((m) => m.matchID === id)!;
    expect(listed.players.map((p) => p.name)).toEqual(expected);
    expect(list.text).not.toContain('&lt;');
    // And no credential is shown to anyone.
    for (const j of joined) expect(list.text + JSON.stringify(info)).not.toContain(j.playerCredentials);
  });

  it('still answers /healthz after all of that, and never failed with a 500', async () => {
    const r = await http(base, '/healthz?reset=1');
    expect(r.status).toBe(200);
    expect(r.json.ok).toBe(true);
    // The main thread's event-loop delay, in ms.
    const delay = r.json.eventLoopDelayMs as { p50: number; p99: number; max: number };
    expect(delay.p50).toBeGreaterThanOrEqual(0);
    expect(delay.p99).toBeGreaterThanOrEqual(delay.p50);
    expect(delay.max).toBeGreaterThanOrEqual(delay.p99);
    // The server's part of a move's round trip, in ms (no move was made here).
    expect(Object.keys(r.json.moveInServerMs as object)).toEqual(['count', 'p50', 'p99', 'max']);
    expect(server.output()).not.toMatch(/"level":"error"/);
  });
});

describe('the limit on open matches (MAX_MATCHES)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ env: { MAX_MATCHES: '3' } });
  });
  afterAll(cleanup);

  it('refuses a new match or class past the limit with a 503 that says why, and creates nothing', async () => {
    const base = server.url;
    for (let i = 0; i < 2; i++) await createMatch(base, { scenario: 'short' });
    expect((await http(base, '/healthz')).json.openMatches).toBe(2);
    // A class of two matches would pass the limit: refused, and nothing is created.
    const cls = await http(base, '/seminar/classes', {
      body: { title: 'Full', scenario: 'short', matches: 2, botSeats: 4, botLevel: 'random', hints: false, turnSeconds: null, onTimeout: 'pass' },
    });
    expect(cls.status).toBe(503);
    expect(cls.json.error).toMatch(/too many matches/);
    expect((await http(base, '/healthz')).json.openMatches).toBe(2);
    await createMatch(base, { scenario: 'short' });
    const refused = await http(base, `/games/${GAME}/create`, { body: { setupData: { scenario: 'short' } } });
    expect(refused.status).toBe(503);
    expect(refused.json.error).toMatch(/too many matches/);
    expect((await http(base, '/healthz')).json.openMatches).toBe(3);
  });
});

describe("the lobby's list of matches", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(cleanup);

  interface Listed { matchID: string; started: boolean; unlisted: boolean; players: { id: number; name?: string; bot: string | null }[] }
  const list = async () => {
    const r = await http<{ matches: Listed[] }>(server.url, `/games/${GAME}`);
    expect(r.status).toBe(200);
    return r;
  };

  it('shows the matches their hosts listed, newest first, with seats and no secrets, and follows the lobby at once', async () => {
    const base = server.url;
    const waiting = await createMatch(base, { scenario: 'short', seats: ['human', 'human', 'easy', 'easy', 'easy'] });
    const hidden = await createMatch(base, { scenario: 'short' }, { unlisted: true });
    const started = await createMatch(base, { scenario: 'short', seats: ['human', 'easy', 'easy', 'easy', 'easy'] });
    const host = await joinMatch(base, started, 'Nadia', '0');
    const r = await list();
    expect(r.json.matches.map((m) => m.matchID)).toEqual([started, waiting]);
    expect(r.text).not.toContain(host.playerCredentials);
    expect(r.text).not.toMatch(/credentials/i);
    const [s, w] = r.json.matches;
    expect(s.started).toBe(true);
    expect(s.players.map((p) => p.name ?? null)).toEqual(['Nadia', 'Easy bot', 'Easy bot', 'Easy bot', 'Easy bot']);
    expect(w.started).toBe(false);
    expect(w.players.filter((p) => !p.name).map((p) => p.id)).toEqual([0, 1]);
    expect(r.json.matches.some((m) => m.matchID === hidden)).toBe(false);

    // A join through the lobby shows in the next answer, however soon it is asked.
    await joinMatch(base, waiting, 'Omar', '1');
    const after = await list();
    expect(after.json.matches.find((m) => m.matchID === waiting)!.players[1].name).toBe('Omar');
  });

  it("does not list a seminar class's matches", async () => {
    const cls = await http(server.url, '/seminar/classes', {
      body: { title: 'Private', scenario: 'short', matches: 1, botSeats: 4, botLevel: 'random', hints: false, turnSeconds: null, onTimeout: 'pass' },
    });
    expect(cls.status).toBe(200);
    expect((await http(server.url, '/healthz')).json.openMatches).toBe(4); // the class's match is there…
    expect((await list()).json.matches).toHaveLength(2); // …but only the two listed in the test before are shown
  });
});
