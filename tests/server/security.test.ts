// What the server lets out and whom it lets in (rules §12; stack-notes #3, #10, #13, #15, #17).
// - Every message each socket receives during a whole game — seats and spectators, the initial
//   sync included, as socket.io events and as raw engine.io packets — is searched for other seats'
//   agendas (before the end), undrawn event cards, the random seed and any credential.
// - Wrong or missing credentials: moves are refused, nothing changes, the credential is not echoed.
// - Moves before the start and syncs of unknown matches change nothing.
// - A foreign Origin is refused for long-polling, for a WebSocket upgrade and by the lobby API.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_IDS } from '../../game/agendas.js';
import { legalActions } from '../../game/engine.js';
import { EVENT_IDS } from '../../game/events.js';
import { moveArgs } from '../../game/index.js';
import type { Action, G } from '../../game/types.js';
import {
  GAME, Player, cleanup, connectOutcome, createMatch, framesOf, http, isOver, joinMatch, matchInfo, parseRawEvent,
  rawSocket, sleep, startServer, until, type Frame, type Recording, type ServerProcess,
} from './harness.js';

/** Every credential the server holds for a match (bots' included), read from the SQLite file. */
function storedCredentials(dataDir: string, matchID: string): string[] {
  const db = new Database(join(dataDir, 'mdchess.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT metadata FROM matches WHERE id = ?').get(matchID) as { metadata: string };
    const players = (JSON.parse(row.metadata) as { players: Record<string, { credentials?: string }> }).players;
    return Object.values(players).map((p) => p.credentials).filter((c): c is string => typeof c === 'string');
  } finally {
    db.close();
  }
}

const quoted = (s: string) => JSON.stringify(s);

/** The socket.io events a recording holds, parsed from the raw packets. */
const rawEvents = (rec: Recording) => rec.raw.map(parseRawEvent).filter((e): e is unknown[] => e !== null);

describe('security over sockets and HTTP', () => {
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer(); });

  /**
   * A short match with the given seats, "Aigerim" (and "Bakhyt" if seat 2 is human) seated, a
   * spectator and seat 0's client holding the first state, in which seat 0 is to move.
   */
  async function seatZeroToMove(seats: string[]) {
    const base = server.url;
    const matchID = await createMatch(base, { scenario: 'short', seats });
    const a = await joinMatch(base, matchID, 'Aigerim');
    const b = seats[2] === 'human' ? await joinMatch(base, matchID, 'Bakhyt') : null;
    const watcher = new Player({ base, matchID }).start();
    const seat0 = new Player({ base, matchID, playerID: '0', credentials: a.playerCredentials }).start();
    const s0 = await seat0.waitFor((s) => s._stateID === 0, 10_000, 'the first state');
    await watcher.waitFor((s) => s._stateID === 0, 10_000, 'the first state');
    expect(s0.ctx.currentPlayer).toBe('0');
    return { matchID, a, b: b!, watcher, seat0, s0 };
  }
  afterAll(cleanup);

  it('no socket ever receives another seat\'s agenda, the deck order, the seed or a credential', async () => {
    const base = server.url;
    const matchID = await createMatch(base, { scenario: 'short', seats: ['human', 'medium', 'human', 'random', 'human'] });
    const seats = [await joinMatch(base, matchID, 'Aigerim'), await joinMatch(base, matchID, 'Bakhyt'), await joinMatch(base, matchID, 'Cholpon')];
    expect(seats.map((s) => s.playerID)).toEqual(['0', '2', '4']);

    // One person and one spectator on WebSocket only, the others polling first and then upgrading.
    const wsOnly = { transports: ['websocket'] };
    const people = seats.map((s, i) => new Player({
      base, matchID, playerID: s.playerID, credentials: s.playerCredentials, autoplay: true, socketOpts: i === 0 ? wsOnly : undefined,
    }));
    const spectators = [new Player({ base, matchID }), new Player({ base, matchID, socketOpts: wsOnly })];
    const everyone = [...people, ...spectators];
    everyone.forEach((p) => p.start());
    const ends = await Promise.all(everyone.map((p) => p.waitGameover(60_000)));
    const gameover = ends[0].ctx.gameover as { agendas: Record<string, string> };
    for (const end of ends) expect(end.ctx.gameover).toEqual(gameover);
    const dealt = gameover.agendas;
    expect(Object.keys(dealt).sort()).toEqual(['0', '1', '2', '3', '4']);
    const undealt = AGENDA_IDS.filter((a) => !Object.values(dealt).includes(a));
    const credentials = storedCredentials(server.dataDir, matchID);
    expect(credentials).toHaveLength(5);

    for (const p of everyone) {
      const who = p.seat === undefined ? 'spectator' : `seat ${p.seat}`;
      expect(p.violations, who).toEqual([]);
      const frames = framesOf(p.rec);
      // The raw packets carry exactly the events the socket delivered (nothing missed by the recorder).
      expect(rawEvents(p.rec), who).toEqual(p.rec.events);
      expect(frames.length, who).toBeGreaterThan(10);

      // The initial sync is there, and its initialState is filtered too (stack-notes #13).
      const syncs = frames.filter((f) => f.event?.[0] === 'sync');
      expect(syncs.length, who).toBeGreaterThan(0);
      const firstSync = syncs[0].event![2] as { state: { G: G }; initialState?: { G: G; plugins?: Record<string, { data?: unknown }> } };
      expect(firstSync.initialState, `${who}: initialState`).toBeDefined();

      const states: { where: string; G: G; plugins?: Record<string, { data?: unknown }> }[] = [];
      for (const [k, f] of frames.entries()) {
        const where = `${who}, packet ${k}`;
        const [name, ...args] = (f.event ?? []) as [string, ...unknown[]];
        if (name === 'sync') {
          const info = args[1] as { state: { G: G; plugins?: Record<string, { data?: unknown }> }; initialState?: { G: G; plugins?: Record<string, { data?: unknown }> } };
          states.push({ where: `${where} (sync state)`, ...info.state });
          if (info.initialState) states.push({ where: `${where} (sync initialState)`, ...info.initialState });
        } else if (name === 'update') {
          states.push({ where, ...(args[1] as { G: G; plugins?: Record<string, { data?: unknown }> }) });
        } else if (name === 'patch') {
          for (const op of args[3] as { path: string }[]) expect(op.path.startsWith('/G/deck'), where).toBe(false);
        }

        // Other seats' agendas: never before the end (a spectator sees none); undealt ones never.
        const raw = f.raw;
        for (const [seat, agenda] of Object.entries(dealt)) {
          if (seat === p.seat || isOver(f)) continue;
          expect(raw.includes(quoted(agenda)), `${where}: ${agenda} of seat ${seat} before the end`).toBe(false);
        }
        for (const agenda of undealt) expect(raw.includes(quoted(agenda)), `${where}: undealt agenda ${agenda}`).toBe(false);

        // Undrawn events: an event card's id only ever arrives once it is drawn.
        const drawn = new Set<string>([...(f.state?.G.eventsDrawn ?? []), ...(f.state?.G.event ? [f.state.G.event] : [])]);
        for (const id of EVENT_IDS) {
          if (!drawn.has(id)) expect(raw.includes(quoted(id)), `${where}: undrawn event ${id}`).toBe(false);
        }

        // The random generator's state and every credential stay on the server.
        expect(/prngstate|"seed"/i.test(raw), `${where}: random seed`).toBe(false);
        expect(raw.includes('"credentials"'), `${where}: a credentials field`).toBe(false);
        for (const c of credentials) expect(raw.includes(c), `${where}: a credential`).toBe(false);
      }
      // The search does find an agenda where one may be: a seat's own, before the end.
      if (p.seat !== undefined) {
        expect(frames.some((f) => !isOver(f) && f.raw.includes(quoted(dealt[p.seat!]))), `${who}: own agenda`).toBe(true);
      }
      // Every state a client was sent: no deck order, no random state, no other seat's agenda.
      expect(states.length, who).toBeGreaterThan(1);
      for (const s of states) {
        expect(s.G.deck, s.where).toEqual({ A: [], B: [] });
        expect(s.plugins?.random?.data, s.where).toBeUndefined();
        for (const [seat, agenda] of Object.entries(dealt)) {
          const id = (['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'] as const)[Number(seat)];
          if (seat === p.seat) expect(s.G.states[id].agenda, s.where).toBe(agenda);
          else if (!s.G.gameover) expect(s.G.states[id].agenda, s.where).toBeNull();
        }
      }
    }
    // The end revealed the agendas to everyone (so the search above really looked for the right ids).
    const lastFrames = framesOf(spectators[0].rec).filter(isOver) as Frame[];
    expect(lastFrames.length).toBeGreaterThan(0);
    for (const agenda of Object.values(dealt)) expect(lastFrames.some((f) => f.raw.includes(quoted(agenda)))).toBe(true);
  });

  it('refuses moves with a wrong, missing or another seat\'s credential, without echoing it', async () => {
    const base = server.url;
    const { matchID, a, b, watcher, seat0, s0 } = await seatZeroToMove(['human', 'medium', 'human', 'medium', 'medium']);

    const WRONG = 'WRONG-credential-7f3a9c';
    const bad: [string, unknown][] = [['wrong', WRONG], ['missing', undefined], ['empty', ''], ['another seat\'s', b.playerCredentials], ['not a string', { $ne: null }]];
    const good: Action = legalActions(s0.G, '0').find((x) => x.type !== 'pass')!;
    expect(good).toBeDefined();
    const move = (type: string, args: unknown[], credentials: unknown, playerID = '0') =>
      [{ type: 'MAKE_MOVE', payload: { type, args, playerID, credentials } }, 0, matchID, playerID];

    const { socket, rec } = rawSocket(base, { transports: ['websocket'] });
    expect(await connectOutcome(socket)).toBe('connected');
    // A sync as seat 0 with a wrong credential gets nothing back.
    socket.emit('sync', matchID, '0', WRONG, 5);
    // Refused moves first, then the right one, all on one socket: they are handled in this order,
    // so had any refused move been applied, the right one (made at state 0) would have been stale.
    for (const [, cred] of bad) socket.emit('update', ...move('pass', [], cred));
    socket.emit('update', ...move('pass', [], b.playerCredentials, '2')); // seat 2's own credential, not its turn
    socket.emit('update', ...move(good.type, moveArgs(good), a.playerCredentials));
    await watcher.waitFor((s) => s._stateID >= 1, 10_000, 'the right move');
    const update = framesOf(watcher.rec).find((f) => f.event?.[0] === 'update' && (f.event[2] as { _stateID: number })._stateID === 1)!;
    const deltalog = update.event![3] as { action: { payload: { type: string; args: unknown[]; playerID: string } } }[];
    expect(deltalog.map((e) => e.action.payload.type)).toEqual([good.type]);
    expect(deltalog[0].action.payload.args).toEqual(moveArgs(good));
    expect(deltalog[0].action.payload.playerID).toBe('0');

    // Now a spectator sync on the same socket: it comes back, the refused seat-0 sync never did.
    socket.emit('sync', matchID, undefined, undefined, 5);
    await until(() => rec.events.some((e) => e[0] === 'sync'), 10_000, 'the spectator sync');
    const syncs = rec.events.filter((e) => e[0] === 'sync');
    expect(syncs).toHaveLength(1);
    expect((syncs[0][2] as { state: { G: G } }).state.G.states.KAZ.agenda).toBeNull();

    // The lobby refuses wrong credentials with 403 and does not echo them.
    for (const path of ['leave', 'start']) {
      const r = await http(base, `/games/${GAME}/${matchID}/${path}`, { body: { playerID: '0', credentials: WRONG } });
      expect(r.status, path).toBe(403);
      expect(r.json, path).toEqual({ error: expect.any(String) });
      expect(r.text.includes(WRONG), path).toBe(false);
    }
    // boardgame.io's own player routes (which echo credentials upstream) are not offered.
    for (const path of ['update', 'rename', 'playAgain']) {
      const r = await http(base, `/games/${GAME}/${matchID}/${path}`, { body: { playerID: '0', credentials: WRONG, newName: 'x', data: {} } });
      expect(r.status, path).toBe(404);
      expect(r.text.includes(WRONG), path).toBe(false);
    }
    const info = await matchInfo(base, matchID);
    expect(info.players.map((p) => p.name)).toEqual(['Aigerim', 'Medium bot', 'Bakhyt', 'Medium bot', 'Medium bot']);
    expect(JSON.stringify(info)).not.toContain(a.playerCredentials);

    // No message to anyone carried a credential, wrong or right.
    for (const r of [rec, watcher.rec, seat0.rec]) {
      const all = r.raw.join('\n');
      for (const c of [WRONG, a.playerCredentials, b.playerCredentials]) expect(all.includes(c)).toBe(false);
      expect(all.includes('"credentials"')).toBe(false);
    }
  });

  it('refuses, even from the seat to move with its own credential, actions that would replace the state, and malformed ones', async () => {
    const base = server.url;
    const { matchID, a, watcher, seat0, s0 } = await seatZeroToMove(['human', 'medium', 'medium', 'medium', 'medium']);

    const { socket } = rawSocket(base, { transports: ['websocket'] });
    expect(await connectOutcome(socket)).toBe('connected');
    const payload = { type: 'pass', args: [], playerID: '0', credentials: a.playerCredentials };
    for (const type of ['UPDATE', 'RESET', 'SYNC', 'PLUGIN', 'UNDO', 'GAME_EVENT']) {
      for (const stateID of [0, 1]) {
        const forged = { ...s0, G: { ...s0.G, round: 77 }, _stateID: stateID };
        socket.emit('update', { type, state: forged, payload: { ...payload, type: 'endGame' } }, 0, matchID, '0');
      }
    }
    const malformed: unknown[] = ['MAKE_MOVE', null, 7, { type: 'MAKE_MOVE' }, { type: 'MAKE_MOVE', payload: null },
      { type: 'MAKE_MOVE', payload: { ...payload, args: 'x' } }, { type: 'MAKE_MOVE', payload: { ...payload, type: 42 } }];
    for (const action of malformed) socket.emit('update', action, 0, matchID, '0');
    // The right move, made at state 0: had any action above changed the state, it would be stale.
    const good: Action = legalActions(s0.G, '0').find((x) => x.type !== 'pass')!;
    socket.emit('update', { type: 'MAKE_MOVE', payload: { ...payload, type: good.type, args: moveArgs(good) } }, 0, matchID, '0');
    await watcher.waitFor((s) => s._stateID >= 1, 10_000, 'the right move');
    const updates = framesOf(watcher.rec).filter((f) => f.event?.[0] === 'update');
    const first = updates[0].event![2] as { _stateID: number; G: G };
    expect(first._stateID).toBe(1);
    expect(first.G.round).toBe(1);
    expect((updates[0].event![3] as { action: { payload: { type: string } } }[]).map((e) => e.action.payload.type)).toEqual([good.type]);
    expect(watcher.rec.raw.join('\n').includes('"round":77')).toBe(false);
    expect((await http(base, '/healthz')).status).toBe(200);
    socket.close();
    for (const p of [watcher, seat0]) p.stop();
  });

  it('changes nothing for a move before the start or a sync of a match that does not exist', async () => {
    const base = server.url;
    const before = (await http(base, `/games/${GAME}`)).json;
    const matchID = await createMatch(base, { scenario: 'short' });
    const a = await joinMatch(base, matchID, 'Aigerim');
    expect((await matchInfo(base, matchID)).started).toBe(false);

    const { socket, rec } = rawSocket(base, { transports: ['websocket'] });
    expect(await connectOutcome(socket)).toBe('connected');
    socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: '0', credentials: a.playerCredentials } }, 0, matchID, '0');
    // A sync of a match nobody created (boardgame.io would create it on demand, unchecked).
    const ghost = 'no-such-match-123';
    socket.emit('sync', ghost, '0', 'whatever', 5);
    socket.emit('sync', matchID, '0', a.playerCredentials, 5);
    await until(() => rec.events.some((e) => e[0] === 'sync'), 10_000, 'the sync');
    const sync = rec.events.find((e) => e[0] === 'sync')!;
    expect(sync[1]).toBe(matchID);
    expect((sync[2] as { state: { _stateID: number } }).state._stateID).toBe(0);
    // Once more after a pause, so a late write would show.
    await sleep(200);
    const again = new Player({ base, matchID }).start();
    expect((await again.waitFor(() => true, 10_000, 'a state'))._stateID).toBe(0);

    expect((await http(base, `/games/${GAME}/${ghost}`)).status).toBe(404);
    const list = (await http(base, `/games/${GAME}`)).json as { matches: { matchID: string }[] };
    expect(list.matches.map((m) => m.matchID).sort()).toEqual([...(before as { matches: { matchID: string }[] }).matches.map((m) => m.matchID), matchID].sort());
    expect((await http(base, '/healthz')).status).toBe(200);
  });

  describe('origins', () => {
    const EVIL = 'http://evil.example';

    for (const transports of [['polling'], ['websocket']] as const) {
      it(`refuses a foreign Origin over ${transports[0]} and lets our own origins in`, async () => {
        const base = server.url;
        const foreign = rawSocket(base, { transports: [...transports], extraHeaders: { Origin: EVIL } });
        const refused = await connectOutcome(foreign.socket);
        expect(refused).toBeInstanceOf(Error);
        expect(foreign.socket.connected).toBe(false);
        expect(foreign.rec.events).toEqual([]);

        for (const origin of [`http://localhost:${server.port}`, `http://127.0.0.1:${server.port}`, undefined]) {
          const ok = rawSocket(base, { transports: [...transports], ...(origin ? { extraHeaders: { Origin: origin } } : {}) });
          expect(await connectOutcome(ok.socket), `origin ${origin}`).toBe('connected');
          ok.socket.close();
        }
      });
    }

    it('the lobby API answers a foreign Origin with 403 and changes nothing', async () => {
      const base = server.url;
      const list = (await http(base, `/games/${GAME}`)).json;
      const create = await http(base, `/games/${GAME}/create`, { body: { setupData: { scenario: 'short' } }, headers: { Origin: EVIL } });
      expect(create.status).toBe(403);
      expect(create.json).toEqual({ error: expect.any(String) });
      const read = await http(base, `/games/${GAME}`, { headers: { Origin: EVIL } });
      expect(read.status).toBe(403);
      expect(read.headers.get('access-control-allow-origin')).not.toBe(EVIL);
      expect((await http(base, `/games/${GAME}`)).json).toEqual(list);

      const ours = await http(base, `/games/${GAME}/create`, { body: { setupData: { scenario: 'short' }, unlisted: true }, headers: { Origin: `http://localhost:${server.port}` } });
      expect(ours.status).toBe(200);
      expect(ours.headers.get('access-control-allow-origin')).toBe(`http://localhost:${server.port}`);
    });
  });
});
