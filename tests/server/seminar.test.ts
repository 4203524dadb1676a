// Seminar mode on a real server process (issue 6): classes, codes and seats; every facilitator
// route behind its token; live control seen by a student's socket client (pause, banner, track,
// injected event, a bot taking a seat); the turn timer; a SIGKILL restart; and exports that
// replay move for move through boardgame.io's own reducer.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayMatch } from '../../game/replay.js';
import type {
  ClassExport, ClassOptions, ConsoleView, CreatedClass, JoinedClass, MatchRecord, StudentView,
} from '../../game/seminar.js';
import type { G } from '../../game/types.js';
import { WRONG_CODES_PER_MINUTE } from '../../server/seminar.js';
import { GAME, Player, cleanup, http, matchInfo, sleep, startServer, type ServerProcess } from './harness.js';

const ENV = { TURN_TIMER_SCALE: '0.02' }; // 30 s turns last 0.6 s
const BASE_OPTIONS: ClassOptions = {
  title: 'Central Asia seminar', scenario: 'short', matches: 1, botSeats: 4, botLevel: 'random',
  hints: false, turnSeconds: null, onTimeout: 'pass',
};

let server: ServerProcess;
const base = () => server.url;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const fac = <T = any>(cls: CreatedClass, path: string, body?: unknown, token = cls.facilitatorToken) =>
  http<T>(base(), `/seminar/classes/${cls.classID}${path}`, { headers: bearer(token), ...(body === undefined ? {} : { body }) });

async function createClass(options: Partial<ClassOptions> = {}): Promise<CreatedClass> {
  const r = await http<CreatedClass>(base(), '/seminar/classes', { body: { ...BASE_OPTIONS, ...options } });
  expect(r.status, r.text).toBe(200);
  return r.json;
}

async function joinClass(code: string, name: string): Promise<JoinedClass> {
  const r = await http<JoinedClass>(base(), '/seminar/join', { body: { code, name } });
  expect(r.status, r.text).toBe(200);
  return r.json;
}

const studentView = async (j: JoinedClass) =>
  (await http<StudentView>(base(), `/seminar/student/${j.classID}`, { headers: bearer(j.studentToken) })).json;
const consoleOf = async (cls: CreatedClass) => (await fac<ConsoleView>(cls, '')).json;
const recordOf = async (cls: CreatedClass, index = 0) => (await fac<{ match: MatchRecord }>(cls, `/matches/${index}`)).json.match;

/** Polls a facilitator's view until `pred` holds. */
async function eventually<T>(read: () => Promise<T>, pred: (x: T) => boolean, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const x = await read();
    if (pred(x)) return x;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** The student's boardgame.io client over sockets, seated with the credentials the class gave. */
async function seated(j: JoinedClass): Promise<Player> {
  const v = await studentView(j);
  return new Player({ base: base(), matchID: v.seat!.matchID, playerID: v.seat!.playerID, credentials: v.seat!.credentials }).start();
}

const move = (p: Player, name: string, ...args: unknown[]) => (p.client.moves as Record<string, (...a: unknown[]) => void>)[name](...args);

describe('seminar mode', () => {
  beforeAll(async () => { server = await startServer({ env: ENV }); });
  afterAll(cleanup);

  // Classes used across the tests (the restart test checks they all survive).
  let placed: CreatedClass;
  let placedStudents: JoinedClass[];
  let live: CreatedClass;
  let liveStudent: JoinedClass;
  let timed: CreatedClass;

  it('every facilitator route: 401 without a token, 403 with a wrong one (students\' and seats\' too), 404 for no class', async () => {
    const cls = await createClass();
    const other = await createClass();
    const student = await joinClass(cls.code, 'Aigerim');
    const seat = (await studentView(student)).seat!;
    const injectable = (await consoleOf(cls)).matches[0].injectable;
    const routes: [string, unknown?][] = [
      ['', undefined], ['/assign', { studentID: student.studentID, match: 0, seat: '0' }], ['/start', {}], ['/pause', {}],
      ['/inject', { eventId: injectable.at(-1) }], ['/track', { match: 0, track: 'asymmetry', delta: 1, reason: 'Pipeline deal' }],
      ['/broadcast', { text: 'Ten minutes left' }], ['/timeout', { onTimeout: 'bot' }], ['/seat', { match: 0, seat: '0', bot: 'random' }],
      ['/resume', {}], ['/matches/0', undefined], ['/export.json', undefined], ['/export.csv', undefined],
      ['/end-after-round', {}], ['/end-now', {}],
    ];
    const wrong = [student.studentToken, seat.credentials, other.facilitatorToken, 'not-a-token', cls.facilitatorToken.slice(1)];
    for (const [path, body] of routes) {
      const method = body === undefined ? 'GET' : 'POST';
      const none = await http(base(), `/seminar/classes/${cls.classID}${path}`, { method, body });
      expect([path, none.status, none.json]).toEqual([path, 401, { error: 'Facilitator token required.' }]);
      const basic = await http(base(), `/seminar/classes/${cls.classID}${path}`, { method, body, headers: { authorization: `Basic ${cls.facilitatorToken}` } });
      expect([path, basic.status]).toEqual([path, 401]);
      for (const token of wrong) {
        const r = await fac(cls, path, body, token);
        expect([path, r.status, typeof r.json?.error]).toEqual([path, 403, 'string']);
        expect(r.text).not.toContain(token);
      }
      const missing = await http(base(), `/seminar/classes/nosuchclass${path}`, { method, body, headers: bearer(cls.facilitatorToken) });
      expect([path, missing.status]).toEqual([path, 404]);
    }
    // Nothing of that changed the class.
    const before = await consoleOf(cls);
    expect(before.matches[0].started).toBe(false);
    expect(before.broadcasts).toEqual([]);
    expect(before.options.onTimeout).toBe('pass');
    expect(before.matches[0].control.log).toEqual([]);

    // The right token opens every route, in a sensible order.
    for (const [path, body] of routes) {
      const r = await fac(cls, path, body);
      expect([path, r.status, r.status === 200 ? '' : r.text]).toEqual([path, 200, '']);
    }
    const after = await consoleOf(cls);
    expect(after.matches[0].started).toBe(true);
    expect(after.broadcasts.map((b) => b.text)).toEqual(['Ten minutes left']);
    expect(after.options.onTimeout).toBe('bot');
    expect(after.matches[0].control.log.map((e) => e.kind)).toEqual(['pause', 'event', 'track', 'message', 'seat', 'resume', 'end', 'end']);

    // The student route: 401 without, 403 with the facilitator's token, the seat's own view with the student's.
    expect((await http(base(), `/seminar/student/${cls.classID}`)).status).toBe(401);
    expect((await http(base(), `/seminar/student/${cls.classID}`, { headers: bearer(cls.facilitatorToken) })).status).toBe(403);
    expect((await http(base(), `/seminar/student/${other.classID}`, { headers: bearer(student.studentToken) })).status).toBe(403);
    expect((await http(base(), `/seminar/student/${cls.classID}`, { headers: bearer(student.studentToken) })).status).toBe(200);
  });

  it('students join with the code (any case) and are spread evenly; the facilitator moves them before the start only', async () => {
    placed = await createClass({ matches: 2, botSeats: 2 });
    const code = placed.code;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    placedStudents = [
      await joinClass(code.toLowerCase(), 'Aigerim'), await joinClass(` ${code.slice(0, 3)}-${code.slice(3)} `, '  Bakhyt  '), await joinClass(code, 'Cholpon'),
    ];
    const [a, b, c] = placedStudents;
    let view = await consoleOf(placed);
    const placeOf = (id: string) => view.students.find((s) => s.studentID === id)!;
    expect([placeOf(a.studentID), placeOf(b.studentID), placeOf(c.studentID)].map((s) => [s.name, s.match, s.seat]))
      .toEqual([['Aigerim', 0, '0'], ['Bakhyt', 1, '0'], ['Cholpon', 0, '1']]);
    expect(view.matches.map((m) => m.seats.map((s) => s.students.length))).toEqual([[1, 1, 0, 0, 0], [1, 0, 0, 0, 0]]);
    expect(view.matches.map((m) => m.seats.map((s) => s.bot))).toEqual([[null, null, null, 'random', 'random'], [null, null, null, 'random', 'random']]);
    const [m0, m1] = view.matches.map((m) => m.matchID);

    // Each student gets their own seat's credentials, and only those.
    const views = await Promise.all(placedStudents.map(studentView));
    expect(views.map((v) => [v.name, v.seat!.matchID, v.seat!.playerID])).toEqual([['Aigerim', m0, '0'], ['Bakhyt', m1, '0'], ['Cholpon', m0, '1']]);
    expect(new Set(views.map((v) => v.seat!.credentials)).size).toBe(3);

    // Cholpon joins Bakhyt's seat as a team: they share its credentials and its name.
    expect((await fac(placed, '/assign', { studentID: c.studentID, match: 1, seat: '0' })).status).toBe(200);
    const team = await Promise.all([b, c].map(studentView));
    expect(team[0].seat!.credentials).toBe(team[1].seat!.credentials);
    expect(team.map((v) => v.seat!.teammates)).toEqual([['Cholpon'], ['Bakhyt']]);
    expect((await matchInfo(base(), m1)).players[0].name).toBe('Bakhyt & Cholpon');
    // The seat Cholpon left is empty again, and her old credentials no longer belong to it.
    expect((await matchInfo(base(), m0)).players[1].name).toBeUndefined();
    const stored = storedMetadata(server.dataDir, m0).players[1].credentials;
    expect(stored).toBeTruthy();
    expect(stored).not.toBe(views[2].seat!.credentials);

    // Bad requests are 4xx sentences.
    const bad: [string, unknown, number][] = [
      ['/assign', { studentID: c.studentID, match: 2, seat: '0' }, 400],
      ['/assign', { studentID: c.studentID, match: '1', seat: '0' }, 400],
      ['/assign', { studentID: c.studentID, match: 1, seat: 0 }, 400],
      ['/assign', { studentID: c.studentID, match: 1, seat: '0', extra: 1 }, 400],
      ['/assign', { studentID: 'nobody', match: 1, seat: '0' }, 404],
      ['/assign', { studentID: c.studentID, match: 1, seat: '3' }, 409],
      ['/track', { match: 0, track: 'tension', delta: 2, reason: 'x' }, 400],
      ['/track', { match: 0, track: 'mood', delta: 1, reason: 'x' }, 400],
      ['/track', { match: 0, track: 'tension', delta: 1, reason: 'x'.repeat(281) }, 400],
      ['/inject', { eventId: 'no-such-card' }, 400],
      ['/broadcast', { text: '   ' }, 400],
      ['/timeout', { onTimeout: 'wait' }, 400],
      ['/seat', { match: 0, seat: '0', bot: 'genius' }, 400],
      ['/start', { match: -1 }, 400],
    ];
    for (const [path, body, status] of bad) {
      const r = await fac(placed, path, body);
      expect([path, JSON.stringify(body), r.status, typeof r.json?.error]).toEqual([path, JSON.stringify(body), status, 'string']);
    }
    const raw = await http(base(), `/seminar/classes/${placed.classID}/assign`, { raw: '{"studentID":', headers: bearer(placed.facilitatorToken) });
    expect([raw.status, typeof raw.json?.error]).toEqual([400, 'string']);
    expect((await http(base(), '/seminar/classes', { body: { ...BASE_OPTIONS, matches: 9 } })).status).toBe(400);
    expect((await http(base(), '/seminar/classes', { body: { ...BASE_OPTIONS, colour: 'red' } })).status).toBe(400);
    expect((await http(base(), '/seminar/join', { body: { code: 'ZZZZZZ', name: 'Dana' } })).status).toBe(404);
    expect((await http(base(), '/seminar/join', { body: { code, name: 'D'.repeat(25) } })).status).toBe(400);
    expect((await http(base(), '/seminar/join', { body: { code } })).status).toBe(400);
    expect((await http(base(), '/seminar/nothing-here')).status).toBe(200); // a page of the client, not the API
    expect((await http(base(), `/seminar/classes/${placed.classID}/nothing`, { headers: bearer(placed.facilitatorToken) })).status).toBe(404);
    // The lobby cannot seat anyone in a class's match.
    const lobbyJoin = await http(base(), `/games/${GAME}/${m0}/join`, { body: { playerName: 'Gatecrasher' } });
    expect(lobbyJoin.status).toBe(403);

    // After the start, nobody moves in or out of that match.
    expect((await fac(placed, '/start', { match: 0 })).status).toBe(200);
    expect((await fac(placed, '/start', { match: 0 })).status).toBe(409);
    expect((await fac(placed, '/assign', { studentID: a.studentID, match: 1, seat: '1' })).status).toBe(409);
    expect((await fac(placed, '/assign', { studentID: c.studentID, match: 0, seat: '1' })).status).toBe(409);
    view = await consoleOf(placed);
    expect(view.matches.map((m) => m.started)).toEqual([true, false]);
    // The empty student seat became a bot of the class's level at the start.
    expect(view.matches[0].seats.map((s) => s.bot)).toEqual([null, 'random', 'random', 'random', 'random']);
  });

  it('a student\'s socket client sees pause, banner, track change, a bot taking the seat and the injected event', async () => {
    live = await createClass();
    liveStudent = await joinClass(live.code, 'Dilnoza');
    expect((await fac(live, '/start', {})).status).toBe(200);
    const p = await seated(liveStudent);
    // Seat 0 opens round 1.
    const first = await p.waitFor((s) => s.ctx.currentPlayer === '0' && s.G.activeSeat === '0', 10_000, 'seat 0 to play');

    expect((await fac(live, '/pause', { match: 0 })).status).toBe(200);
    const paused = await p.waitFor((s) => !!s.G.control?.paused, 5_000, 'the pause');
    expect(paused._stateID).toBe(first._stateID + 1);
    expect((await fac(live, '/pause', {})).status).toBe(409); // already paused: nothing applies

    // A move while paused is refused and changes nothing.
    move(p, 'pass');
    await sleep(300);
    expect(p.state!._stateID).toBe(paused._stateID);
    expect((await recordOf(live)).moves).toEqual([]);

    expect((await fac(live, '/broadcast', { text: 'Breaking: pipeline talks collapse' })).status).toBe(200);
    const banner = await p.waitFor((s) => !!s.G.control?.banner, 5_000, 'the banner');
    expect(banner.G.control!.banner!.text).toBe('Breaking: pipeline talks collapse');

    const tension = banner.G.tracks.tension;
    expect((await fac(live, '/track', { match: 0, track: 'tension', delta: 1, reason: 'Border clash in the Fergana valley' })).status).toBe(200);
    const raised = await p.waitFor((s) => s.G.tracks.tension === tension + 1, 5_000, 'the tension change');
    expect(raised.G.tensionLog.at(-1)).toMatchObject({ cause: 'control', delta: 1, reason: 'Border clash in the Fergana valley' });
    expect(raised.G.control!.log.at(-1)).toMatchObject({ kind: 'track' });

    const injectable = (await consoleOf(live)).matches[0].injectable;
    const card = injectable.at(-1)!; // the bottom card: drawn next only because of the injection
    expect((await fac(live, '/inject', { eventId: card })).status).toBe(200);

    // A bot takes the seat while paused: it waits for the resume like everyone.
    expect((await fac(live, '/seat', { match: 0, seat: '0', bot: 'random' })).status).toBe(200);
    const taken = await p.waitFor((s) => s.G.control!.log.at(-1)?.kind === 'seat', 5_000, 'the seat note');
    expect(taken.G.control!.botSeats).toEqual({ '0': 'random' }); // the student's screen knows at once
    expect((await consoleOf(live)).matches[0].seats[0]).toMatchObject({ bot: 'random', students: ['Dilnoza'] });
    await sleep(300);
    expect(p.state!._stateID).toBe(taken._stateID);
    expect((await fac(live, '/seat', { match: 0, seat: '0', bot: null })).status).toBe(200);
    await p.waitFor((s) => s.G.control!.botSeats?.['0'] === undefined, 5_000, 'the seat handed back');
    expect((await fac(live, '/seat', { match: 0, seat: '0', bot: null })).status).toBe(409);
    expect((await fac(live, '/seat', { match: 0, seat: '3', bot: 'medium' })).status).toBe(409); // a bot's seat from the start

    p.client.sendChatMessage('Can we talk about the water treaty?');
    expect((await fac(live, '/resume', {})).status).toBe(200);
    await p.waitFor((s) => !s.G.control!.paused, 5_000, 'the resume');
    move(p, 'pass');
    const round2 = await p.waitFor((s) => s.G.round === 2, 15_000, 'round 2');
    expect(round2.G.event).toBe(card);
    expect(round2.G.eventsDrawn).toEqual([first.G.eventsDrawn[0], card]);

    const rec = await recordOf(live);
    expect(rec.chat).toEqual([expect.objectContaining({ seat: '0', name: 'Dilnoza', text: 'Can we talk about the water treaty?' })]);
    expect(rec.moves[0]).toMatchObject({ index: 0, round: 1, seat: '0', move: 'pass', by: 'Dilnoza' });
    expect(rec.moves.filter((m) => m.seat !== '0').every((m) => m.by === 'random')).toBe(true);
    expect(rec.interventions.map((i) => i.kind)).toEqual(['start', 'pause', 'message', 'track', 'event', 'seat', 'seat', 'resume']);

    // While a bot plays the seat, the seat's own credentials cannot move for it.
    await p.waitFor((s) => s.ctx.currentPlayer === '0', 15_000, 'seat 0 to play in round 2');
    expect((await fac(live, '/seat', { match: 0, seat: '0', bot: 'hard' })).status).toBe(200); // thinks for about a second
    const handed = await p.waitFor((s) => s.G.control!.log.at(-1)?.kind === 'seat', 5_000, 'the seat note');
    move(p, 'pass');
    await sleep(250);
    expect(p.state!._stateID).toBe(handed._stateID);
    expect((await fac(live, '/seat', { match: 0, seat: '0', bot: null })).status).toBe(200);
    const back = await p.waitFor((s) => s.G.control!.log.at(-1)?.text.includes('back') === true, 5_000, 'the hand-back');
    if (back.G.activeSeat === '0') {
      move(p, 'pass');
      await p.waitFor((s) => s._stateID > back._stateID, 5_000, 'the student\'s pass');
    }
    // Every control change reached the client filtered like a move: no deck, no other agenda, no seed.
    expect(p.violations).toEqual([]);
    p.stop();
  });

  it('a track change that reaches the crisis ends the match for boardgame.io and every client', async () => {
    const cls = await createClass();
    const j = await joinClass(cls.code, 'Gulnara');
    expect((await fac(cls, '/start', {})).status).toBe(200);
    const p = await seated(j);
    await p.waitFor((s) => s.ctx.currentPlayer === '0', 10_000, 'seat 0 to play');
    let last = 200;
    for (let i = 0; i < 12 && last === 200; i++) {
      last = (await fac(cls, '/track', { match: 0, track: 'tension', delta: 1, reason: 'Escalation exercise' })).status;
    }
    expect(last).toBe(409); // refused once the match was over
    const end = await p.waitGameover(5_000);
    expect(end.G.gameover!.crisis).toBe(true);
    expect(end.ctx.gameover).toEqual(end.G.gameover);
    expect((await matchInfo(base(), (await studentView(j)).seat!.matchID)).gameover).toEqual(end.ctx.gameover);
    expect((await consoleOf(cls)).matches[0].control.turnEndsAt).toBeNull();
    move(p, 'pass');
    await sleep(200);
    expect(p.state!._stateID).toBe(end._stateID);
    expect(p.violations).toEqual([]);
    p.stop();
  });

  it('the control team ends matches when the class runs out of time (after this round, or now); the exports replay to the same end', async () => {
    const cls = await createClass({ matches: 3 });
    const [a, b] = [await joinClass(cls.code, 'Aigerim'), await joinClass(cls.code, 'Bakyt')]; // seat 0 of matches 1 and 2
    expect((await fac(cls, '/start', { match: 0 })).status).toBe(200);
    expect((await fac(cls, '/start', { match: 1 })).status).toBe(200);
    const pa = await seated(a);
    await pa.waitFor((s) => s.ctx.currentPlayer === '0', 10_000, 'seat 0 to play');

    // Bad bodies are 400s, a match that has not started a 409; none of them changes anything.
    const untouched = await consoleOf(cls);
    const bad: [string, unknown, number][] = [
      ['/end-now', { match: 3 }, 400], ['/end-now', { match: '0' }, 400], ['/end-after-round', { match: 0, when: 'now' }, 400],
      ['/end-after-round', { match: -1 }, 400], ['/end-now', { match: 2 }, 409], ['/end-after-round', { match: 2 }, 409],
    ];
    for (const [path, body, status] of bad) {
      const r = await fac(cls, path, body);
      expect([path, JSON.stringify(body), r.status, typeof r.json?.error]).toEqual([path, JSON.stringify(body), status, 'string']);
    }
    expect((await fac(cls, '/end-now', { match: 2 })).json.error).toBe('Match 3 has not started.');
    const same = await consoleOf(cls);
    expect(same.matches.map((m) => [m.rounds, m.gameover, m.control.log])).toEqual(untouched.matches.map((m) => [m.rounds, m.gameover, m.control.log]));

    // The console shows this round's event, and the next one once the control team has set it.
    expect(same.matches[0]).toMatchObject({ event: same.matches[0].event, queuedEvent: null, ranking: null });
    expect(same.matches[0].event).toEqual(expect.any(String));
    const card = same.matches[1].injectable.at(-1)!;
    expect((await fac(cls, '/inject', { match: 1, eventId: card })).status).toBe(200);
    expect((await consoleOf(cls)).matches.map((m) => m.queuedEvent)).toEqual([null, card, null]);

    // Match 1: End after this round. The round plays on; the match ends after it, scored in full.
    expect((await fac(cls, '/end-after-round', { match: 0 })).status).toBe(200);
    const shortened = await pa.waitFor((s) => s.G.rounds === 1, 5_000, 'the last round');
    expect(shortened.G.control!.log.at(-1)!.text).toBe('The control team ends the match after this round.');
    expect(shortened.ctx.gameover).toBeUndefined();
    expect((await fac(cls, '/end-after-round', { match: 0 })).status).toBe(409); // already the last round
    move(pa, 'pass');
    const end = await pa.waitGameover(15_000);
    expect(end.G.gameover!.crisis).toBe(false);
    expect([end.G.round, end.G.history.map((h) => h.round)]).toEqual([1, [1]]);
    expect(end.ctx.gameover).toEqual(end.G.gameover);
    expect(pa.violations).toEqual([]);
    pa.stop();

    // End now for every match: match 1 is over and match 3 not started (both skipped); match 2 ends as it stands.
    const all = await fac(cls, '/end-now', {});
    expect(all.status).toBe(200);
    expect(all.json).toEqual({ ok: true, applied: [1], skipped: [{ match: 0, reason: 'The match is over.' }, { match: 2, reason: 'It has not started.' }] });
    const again = await fac(cls, '/end-now', {});
    expect([again.status, again.json.error]).toEqual([409, expect.stringMatching(/^No match could be ended\. Match 1: The match is over\./)]);
    expect((await fac(cls, '/end-after-round', { match: 1 })).status).toBe(409);

    const view = await consoleOf(cls);
    const stopped = view.matches[1];
    expect(stopped.gameover).toMatchObject({ crisis: false });
    expect(stopped.control.log.at(-1)!.text).toBe('The control team ended the match: scores as they stood.');
    expect(stopped.queuedEvent).toBeNull();
    expect((await matchInfo(base(), stopped.matchID)).gameover).toEqual(stopped.gameover);
    expect((await studentView(b)).seat!.over).toBe(true);
    // A finished card ranks the seats by their final totals, as the end screen does.
    for (const m of view.matches.slice(0, 2)) {
      const totals = m.ranking!.map((seat) => m.gameover!.scores[seat].total);
      expect([...totals].sort((x, y) => y - x)).toEqual(totals);
      expect(m.ranking![0]).toBe(m.gameover!.winners[0]);
    }
    expect(view.matches[2]).toMatchObject({ gameover: null, ranking: null, rounds: 5 });

    // The export replays each ended match to the same state, ending included.
    const { json } = await fac<ClassExport>(cls, '/export.json');
    expect(json.matches[0].interventions.map((i) => i.kind)).toEqual(['start', 'end-after-round']);
    expect(json.matches[1].interventions.map((i) => i.kind)).toEqual(['start', 'event', 'end-now']);
    for (const m of json.matches.slice(0, 2)) expect(replay(m)).toEqual(withoutControl(m.G));
  });

  it('"auto" adds a match whenever the seats are full, up to six, then makes teams; a full class says so', async () => {
    const auto = await createClass({ matches: 'auto' }); // one student seat per match
    expect((await consoleOf(auto)).matches).toHaveLength(1);
    const names = ['Ainura', 'Bolat', 'Chyngyz', 'Dariga', 'Elmira', 'Farrukh', 'Gaukhar'];
    for (const name of names) await joinClass(auto.code, name);
    const view = await consoleOf(auto);
    expect(view.matches.map((m) => m.label)).toEqual(['Match 1', 'Match 2', 'Match 3', 'Match 4', 'Match 5', 'Match 6']);
    expect(view.students.map((s) => s.match)).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect(view.matches[0].seats[0].students).toEqual(['Ainura', 'Gaukhar']);

    const small = await createClass(); // one match, one student seat: a team of three at most
    for (const name of ['Hasan', 'Iroda', 'Jasur']) await joinClass(small.code, name);
    const full = await http(base(), '/seminar/join', { body: { code: small.code, name: 'Kamila' } });
    expect([full.status, full.json.error]).toEqual([409, expect.stringMatching(/full/)]);
  });

  it('once every match runs, a late student joins a students\' seat as one more of its team; then the class is full', async () => {
    const cls = await createClass({ matches: 2, botSeats: 3, turnSeconds: null }); // two student seats per match
    const first = await joinClass(cls.code, 'Aidana'); // match 1, Kazakhstan
    await joinClass(cls.code, 'Berik'); // match 2, Kazakhstan (the emptier match)
    await joinClass(cls.code, 'Camila'); // match 1, Uzbekistan
    expect((await fac(cls, '/start', {})).status).toBe(200);
    // Match 2's Uzbekistan went to a bot at the start: no one joins it. The seats of one student each
    // take the late ones, fewest students first, in match and seat order.
    const late = await joinClass(cls.code, 'Daniyar');
    const lateView = await studentView(late);
    expect(lateView.seat).toMatchObject({ match: 0, playerID: '0', started: true, teammates: ['Aidana'] });
    expect(lateView.seat!.credentials).toBe((await studentView(first)).seat!.credentials);
    const m0 = (await consoleOf(cls)).matches[0].matchID;
    expect((await matchInfo(base(), m0)).players[0].name).toBe('Aidana & Daniyar');
    for (const name of ['Elnura', 'Farid', 'Gulnara', 'Hamid', 'Iskander']) await joinClass(cls.code, name);
    const view = await consoleOf(cls);
    expect(view.matches.map((m) => m.seats.slice(0, 2).map((s) => s.students.length))).toEqual([[3, 3], [3, 0]]);
    expect(view.matches[1].seats[1].bot).not.toBeNull();
    // Every team has three: the class is full, and says why.
    const full = await http(base(), '/seminar/join', { body: { code: cls.code, name: 'Jamal' } });
    expect([full.status, full.json.error]).toEqual([409, 'The class is full: no seat is free and every team already has 3 students. Ask your teacher.']);
    expect((await consoleOf(cls)).students).toHaveLength(9);
  });

  it('the turn timer passes an absent student\'s turn; with onTimeout "bot" the medium bot plays it', async () => {
    timed = await createClass({ turnSeconds: 30, rounds: 12 });
    await joinClass(timed.code, 'Erlan'); // never connects
    expect((await fac(timed, '/start', {})).status).toBe(200);
    const started = (await consoleOf(timed)).matches[0].control;
    expect(started.turnSeconds).toBeCloseTo(0.6);
    expect(started.turnEndsAt).not.toBeNull();

    const passed = await eventually(() => recordOf(timed), (r) => r.moves.some((m) => m.seat === '0'), 10_000, 'a timed-out turn');
    expect(passed.moves.find((m) => m.seat === '0')).toMatchObject({ move: 'pass', by: 'timer', round: 1 });
    expect(passed.G.control!.log.find((e) => e.kind === 'timeout')!.text).toMatch(/passed/);

    expect((await fac(timed, '/timeout', { onTimeout: 'bot' })).status).toBe(200);
    const botted = await eventually(() => recordOf(timed), (r) => r.moves.some((m) => m.seat === '0' && m.by === 'medium'), 10_000, 'a bot-played turn');
    const byBot = botted.moves.filter((m) => m.seat === '0' && m.by === 'medium');
    expect(byBot.some((m) => m.move !== 'pass')).toBe(true);
    expect(botted.G.control!.log.some((e) => e.kind === 'timeout' && /bot played/.test(e.text))).toBe(true);
    expect(botted.interventions.filter((i) => i.kind === 'timeout').map((i) => (i.detail as { how: string }).how)).toContain('bot');
  });

  it('survives SIGKILL: classes, students and matches stay, matches play on; the exports replay every match', async () => {
    const before = await Promise.all([placed, live, timed].map(consoleOf));
    const timedRound = before[2].matches[0].round;
    const timedOver = before[2].matches[0].gameover !== null; // random bots may have caused a crisis already
    await server.kill();
    server = await startServer({ dataDir: server.dataDir, env: ENV });

    const after = await Promise.all([placed, live, timed].map(consoleOf));
    for (const [i, view] of after.entries()) {
      expect(view.code).toBe(before[i].code);
      expect(view.students).toEqual(before[i].students.map((s) => ({ ...s, connected: false })));
      expect(view.matches.map((m) => [m.matchID, m.started])).toEqual(before[i].matches.map((m) => [m.matchID, m.started]));
    }
    expect((await studentView(placedStudents[0])).seat!.matchID).toBe(before[0].matches[0].matchID);
    expect((await joinClass(placed.code.toLowerCase(), 'Farida')).classID).toBe(placed.classID);

    // The timed match plays on by itself (timer re-armed, bots running), and the live one with its student.
    if (!timedOver) await eventually(() => consoleOf(timed), (v) => v.matches[0].round > timedRound + 1 || v.matches[0].gameover !== null, 15_000, 'the timed match to go on');
    const p = await seated(liveStudent);
    const at = await p.waitFor((s) => s.ctx.currentPlayer === '0' || s.ctx.gameover !== undefined, 10_000, 'seat 0');
    if (at.ctx.gameover === undefined) {
      move(p, 'pass');
      await p.waitFor((s) => s._stateID > at._stateID, 5_000, 'the pass after the restart');
    }
    p.stop();
    // The live match rests again at the (now absent) student's turn.
    await eventually(() => consoleOf(live), (v) => v.matches[0].activeSeat === '0' || v.matches[0].gameover !== null, 15_000, 'the live match to rest');

    // export.json: seed, setup and every move of the log; replaying them (with the control team's
    // injections and track changes where they happened) gives the same game.
    const exp = await fac<ClassExport>(live, '/export.json');
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-disposition')).toMatch(/attachment/);
    expect(exp.json).toMatchObject({ version: 1, classID: live.classID, title: BASE_OPTIONS.title });
    for (const cls of [live, timed]) {
      const { json } = await fac<ClassExport>(cls, '/export.json');
      for (const m of json.matches) {
        expect(typeof m.seed).toBe('string');
        expect(m.setupData).toMatchObject({ scenario: 'short', hints: false, seats: ['human', 'random', 'random', 'random', 'random'] });
        if (cls === live) expect(m.moves.length).toBe(storedMoveCount(server.dataDir, m.matchID));
        expect(m.moves.length).toBeGreaterThan(5);
        expect(replay(m)).toEqual(withoutControl(m.G));
      }
    }
    expect(exp.json.matches[0].interventions.map((i) => i.kind)).toContain('event');

    // export.csv: one row per match × round × state.
    const csv = await fac(live, '/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="class-[A-Z0-9]{6}\.csv"/);
    // A UTF-8 byte-order mark first, so that Excel reads names and the title right (fetch's text() drops it).
    const bytes = new Uint8Array(await (await fetch(`${base()}/seminar/classes/${live.classID}/export.csv`, { headers: bearer(live.facilitatorToken) })).arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'c'.charCodeAt(0)]);
    const rows = csv.text.trimEnd().split('\r\n').map((l) => l.split(','));
    expect(rows[0]).toEqual(expect.arrayContaining(['played_by', 'played_by_kind', 'final_score', 'agenda_met', 'winner', 'crisis', 'blame', 'debt']));
    const rounds = exp.json.matches.reduce((n, m) => n + m.G.history.length, 0);
    expect(rounds).toBeGreaterThan(0);
    expect(rows.length).toBe(1 + rounds * 5);
    expect(new Set(rows.slice(1).map((r) => r.length))).toEqual(new Set([rows[0].length]));
  });

  // Last: it blocks this address for a minute.
  it('guessing class codes is limited per address: after 30 wrong codes even a right one waits', async () => {
    const cls = await createClass();
    for (let i = 0; i < WRONG_CODES_PER_MINUTE; i++) {
      const r = await http(base(), '/seminar/join', { body: { code: `WRONG${i}`, name: 'Guess' } });
      expect(r.status).toBe(404);
    }
    const blocked = await http<{ error: string }>(base(), '/seminar/join', { body: { code: cls.code, name: 'Late' } });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error).toMatch(/wrong class codes/);
    expect((await consoleOf(cls)).students).toHaveLength(0);
  });
});

function storedMetadata(dataDir: string, matchID: string): { players: Record<string, { name?: string; credentials?: string }> } {
  const db = new Database(join(dataDir, 'mdchess.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return JSON.parse((db.prepare('SELECT metadata FROM matches WHERE id = ?').get(matchID) as { metadata: string }).metadata);
  } finally {
    db.close();
  }
}

function storedMoveCount(dataDir: string, matchID: string): number {
  const db = new Database(join(dataDir, 'mdchess.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT entry FROM match_log WHERE match_id = ?').all(matchID) as { entry: string }[];
    return rows.filter((r) => JSON.parse(r.entry).action.type === 'MAKE_MOVE').length;
  } finally {
    db.close();
  }
}

const withoutControl = (g: G): Omit<G, 'control'> => {
  const { control: _control, ...rest } = g;
  return rest;
};

/** Replays a match from its export alone (game/replay.ts): setup and seed, then each move and intervention in order. */
function replay(m: MatchRecord): Omit<G, 'control'> {
  expect(m.seed).not.toBeNull();
  const { steps, error } = replayMatch({ ...m, seed: m.seed! });
  expect(error).toBeNull();
  expect(steps).toHaveLength(m.moves.length + 1);
  // Each move was made in the round the record gives it (the state before it is in that round).
  m.moves.forEach((mv) => expect(mv.round, `round of move ${mv.index}`).toBe(steps[mv.index].G.round));
  return withoutControl(steps[steps.length - 1].G);
}

