// The seminar API (issue 6): a facilitator creates a class of parallel matches and steers them
// with a secret token; students join with the class code and a name. Every body is checked; every
// error is a 4xx sentence. Matches and seats: seminarClasses.ts; live control, timers and chat:
// seminarControl.ts; what the routes show: seminarViews.ts.
import type Router from '@koa/router';
import type { Context } from 'koa';
import {
  adjustTrack, broadcastMessage, cleanText, endAfterRound, endMatchNow, injectEvent, pauseMatch, resumeMatch, setSeatBot,
} from '../game/control.js';
import { classCsv } from '../game/classCsv.js';
import { EVENTS } from '../game/events.js';
import { STATE_NAME } from '../game/names.js';
import {
  BOT_LEVELS, MAX_STUDENTS, MAX_TEAM, validateClassOptions, type BotKind, type ClassOptions, type CreatedClass, type JoinedClass,
} from '../game/seminar.js';
import { isSeat, stateOf, type Seat } from '../game/types.js';
import { fail, readJson } from './http.js';
import { RateLimit } from './rateLimit.js';
import { botLevel, checkKeys, checkName, newMatchID, secret } from './lobby.js';
import {
  hasStarted, newClassMatch, placeNewStudent, roomFor, seatStudents, startClassMatch, studentSeats, type SeminarRouteDeps,
} from './seminarClasses.js';
import type { ControlFn, ControlRecord } from './seminarControl.js';
import { MAX_BROADCASTS, hashToken, tokenMatches, type ClassMatch, type ClassRecord, type StudentRecord } from './seminarStore.js';
import { classExport, consoleView, matchRecord, studentView, studentsAt } from './seminarViews.js';

export type { SeminarRouteDeps };

/** Wrong class codes a client address may try per minute (a whole classroom may share one address). */
export const WRONG_CODES_PER_MINUTE = 30;
/** New classes a client address may create per hour. */
export const CLASSES_PER_HOUR = 30;

type MultiResult = { ok: true; applied: number[]; skipped: { match: number; reason: string }[] };

/** The token of an `Authorization: Bearer …` header, or null when there is none. */
function bearer(ctx: Context): string | null {
  const m = /^Bearer\s+(\S{1,400})\s*$/i.exec(ctx.get('authorization'));
  return m ? m[1] : null;
}

/** A match index of the class from a body field; null when absent and allowed to be. */
function matchIndex(cls: ClassRecord, raw: unknown, required: boolean): number | null {
  if (raw === undefined && !required) return null;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0 || raw >= cls.matches.length) {
    return fail(400, `match must be the index of a match of this class (0 to ${cls.matches.length - 1}).`);
  }
  return raw;
}

function seatOfBody(raw: unknown): Seat {
  return isSeat(raw) ? raw : fail(400, 'seat must be "0", "1", "2", "3" or "4".');
}

/** Adds the seminar routes: /seminar/classes… (facilitator token), /seminar/join and /seminar/student/:id. */
export function registerSeminar(router: Router, deps: SeminarRouteDeps): void {
  const { db, serialize, control } = deps;
  const store = control.store;
  const started = (m: ClassMatch): boolean => hasStarted(db, m);

  /** The class of a facilitator route: 401 without a token, 404 for no class, 403 for a wrong token. */
  function facilitator(ctx: Context): ClassRecord {
    const token = bearer(ctx);
    if (token === null) fail(401, 'Facilitator token required.');
    const cls = store.get(ctx.params.classID);
    if (!cls) return fail(404, 'No such class.');
    if (!tokenMatches(token!, cls.tokenHash)) fail(403, 'This token does not open the class console.');
    return cls;
  }

  /**
   * Runs a control change on one match or on all; "all" skips the matches it does not apply to
   * (with `startedOnly`, those that have not started too).
   */
  async function forMatches(
    cls: ClassRecord, which: number | null, what: string, fn: ControlFn, record: ControlRecord, startedOnly = false,
  ): Promise<MultiResult> {
    const targets = which === null ? [...cls.matches.keys()] : [which];
    const out: MultiResult = { ok: true, applied: [], skipped: [] };
    for (const i of targets) {
      const error = startedOnly && !started(cls.matches[i])
        ? (which === null ? 'It has not started.' : `${cls.matches[i].label} has not started.`)
        : await control.controlWrite(cls.matches[i].matchID, fn, record);
      if (error) out.skipped.push({ match: i, reason: error });
      else out.applied.push(i);
    }
    if (out.applied.length) return out;
    if (which !== null) return fail(409, out.skipped[0].reason);
    return fail(409, `No match could be ${what}. ${out.skipped.map((s) => `${cls.matches[s.match].label}: ${s.reason}`).join(' ')}`);
  }

  const wrongCodes = new RateLimit(WRONG_CODES_PER_MINUTE, 60_000);
  const newClasses = new RateLimit(CLASSES_PER_HOUR, 3_600_000);

  router.post('/seminar/classes', async (ctx) => {
    if (newClasses.blocked(ctx.ip)) fail(429, 'Too many new classes from this address; try again in an hour.');
    const body = await readJson(ctx);
    const problem = validateClassOptions(body);
    if (problem) fail(400, problem);
    const options = { ...body, title: (body.title as string).trim() } as unknown as ClassOptions;
    const count = options.matches === 'auto' ? 1 : options.matches;
    roomFor(deps, count);
    const classID = newMatchID();
    const token = secret();
    const cls: ClassRecord = {
      classID, code: store.claimCode(classID), tokenHash: hashToken(token), options, createdAt: Date.now(),
      matches: [], students: [], broadcasts: [],
    };
    for (let i = 0; i < count; i++) cls.matches.push(await newClassMatch(deps, cls, i));
    store.put(cls);
    newClasses.hit(ctx.ip);
    ctx.body = { classID, code: cls.code, facilitatorToken: token } satisfies CreatedClass;
  });

  router.get('/seminar/classes/:classID', async (ctx) => {
    ctx.body = await consoleView(db, facilitator(ctx));
  });

  router.post('/seminar/classes/:classID/start', async (ctx) => {
    const { classID } = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['match']);
    ctx.body = await store.lock(classID, async () => {
      const cls = store.get(classID)!;
      const which = matchIndex(cls, body.match, false);
      if (which !== null && started(cls.matches[which])) fail(409, `${cls.matches[which].label} has already started.`);
      const targets = (which === null ? [...cls.matches.keys()] : [which]).filter((i) => !started(cls.matches[i]));
      if (!targets.length) fail(409, 'Every match of the class has already started.');
      for (const i of targets) await startClassMatch(deps, cls, i);
      return { ok: true, applied: targets, skipped: [] } satisfies MultiResult;
    });
  });

  for (const [name, fn, what] of [['pause', pauseMatch, 'paused'], ['resume', resumeMatch, 'resumed']] as const) {
    router.post(`/seminar/classes/:classID/${name}`, async (ctx) => {
      const cls = facilitator(ctx);
      const body = await readJson(ctx);
      checkKeys(body, ['match']);
      ctx.body = await forMatches(cls, matchIndex(cls, body.match, false), what, fn, { kind: name, detail: null });
    });
  }

  // Ending when the class runs out of time: after the round being played (scored in full) or at once.
  for (const [name, fn, what] of [['end-after-round', endAfterRound, 'ended after this round'], ['end-now', endMatchNow, 'ended']] as const) {
    router.post(`/seminar/classes/:classID/${name}`, async (ctx) => {
      const cls = facilitator(ctx);
      const body = await readJson(ctx);
      checkKeys(body, ['match']);
      ctx.body = await forMatches(cls, matchIndex(cls, body.match, false), what, fn, { kind: name, detail: null }, true);
    });
  }

  router.post('/seminar/classes/:classID/inject', async (ctx) => {
    const cls = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['match', 'eventId']);
    const { eventId } = body;
    if (typeof eventId !== 'string' || !Object.hasOwn(EVENTS, eventId)) fail(400, 'eventId must be the id of an event card.');
    const fn: ControlFn = (g, now) => injectEvent(g, eventId, now);
    ctx.body = await forMatches(cls, matchIndex(cls, body.match, false), 'given this event', fn, { kind: 'event', detail: { eventId } });
  });

  router.post('/seminar/classes/:classID/track', async (ctx) => {
    const cls = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['match', 'track', 'delta', 'reason']);
    const index = matchIndex(cls, body.match, true)!;
    const { track, delta } = body;
    if (track !== 'tension' && track !== 'asymmetry' && track !== 'euEngagement') fail(400, 'track must be tension, asymmetry or euEngagement.');
    if (delta !== 1 && delta !== -1) fail(400, 'delta must be 1 or -1.');
    const reason = cleanText(body.reason, 'a reason the players will read');
    if (typeof reason !== 'string') return fail(400, reason.error);
    const fn: ControlFn = (g, now) => adjustTrack(g, track, delta, reason, now);
    ctx.body = await forMatches(cls, index, 'changed', fn, { kind: 'track', detail: { track, delta, reason } });
  });

  router.post('/seminar/classes/:classID/broadcast', async (ctx) => {
    const { classID } = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['text']);
    const text = cleanText(body.text, 'a message');
    if (typeof text !== 'string') return fail(400, text.error);
    ctx.body = await store.lock(classID, async () => {
      const cls = store.get(classID)!;
      const fn: ControlFn = (g, now) => broadcastMessage(g, text, now);
      const out = await forMatches(cls, null, 'sent the message', fn, { kind: 'message', detail: { text } });
      store.update(classID, (c) => {
        c.broadcasts.push({ text, at: Date.now() });
        c.broadcasts.splice(0, Math.max(0, c.broadcasts.length - MAX_BROADCASTS));
      });
      return out;
    });
  });

  router.post('/seminar/classes/:classID/timeout', async (ctx) => {
    const { classID } = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['onTimeout']);
    const { onTimeout } = body;
    if (onTimeout !== 'pass' && onTimeout !== 'bot') fail(400, 'onTimeout must be "pass" or "bot".');
    await store.lock(classID, async () => { store.update(classID, (c) => { c.options.onTimeout = onTimeout as 'pass' | 'bot'; }); });
    ctx.body = { ok: true, onTimeout };
  });

  router.post('/seminar/classes/:classID/seat', async (ctx) => {
    const cls = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['match', 'seat', 'bot']);
    const index = matchIndex(cls, body.match, true)!;
    const seat = seatOfBody(body.seat);
    const bot = body.bot as BotKind | null;
    if (bot !== null && !(BOT_LEVELS as readonly unknown[]).includes(bot)) fail(400, 'bot must be a bot level (easy, random, medium, hard) or null.');
    const { matchID, label } = cls.matches[index];
    if (!started(cls.matches[index])) fail(409, `${label} has not started: move students with assign before the start.`);
    if (!studentsAt(cls, index, seat).length) fail(409, `No student plays seat ${seat} of ${label}: a bot has it for the whole match.`);
    ctx.body = await serialize(matchID, async () => {
      const { metadata } = await db.fetch(matchID, { metadata: true });
      if (!metadata) return fail(404, 'The match no longer exists.');
      if (metadata.gameover !== undefined) fail(409, `${label} is over.`);
      const p = metadata.players[Number(seat)];
      const name = STATE_NAME[stateOf(seat)];
      if (bot === null && !botLevel(metadata, seat)) fail(409, `The students already play ${name}.`);
      const data = { ...(p.data ?? {}) } as Record<string, unknown>;
      if (bot === null) delete data.bot;
      else data.bot = bot;
      p.data = data;
      await db.setMetadata(matchID, metadata);
      const text = bot === null ? `${name} is back in the students' hands.` : `A ${bot} bot plays ${name} for now.`;
      await control.applyControl(matchID, (g, now) => { setSeatBot(g, seat, bot, text, now); return null; }, { kind: 'seat', detail: { seat, bot } });
      return { ok: true };
    });
    deps.poke(matchID);
  });

  router.post('/seminar/classes/:classID/assign', async (ctx) => {
    const { classID } = facilitator(ctx);
    const body = await readJson(ctx);
    checkKeys(body, ['studentID', 'match', 'seat']);
    if (typeof body.studentID !== 'string' || body.studentID.length > 64) fail(400, 'Give the studentID of a student of the class.');
    const seat = seatOfBody(body.seat);
    ctx.body = await store.lock(classID, async () => {
      const cls = store.get(classID)!;
      const to = matchIndex(cls, body.match, true)!;
      const student = cls.students.find((s) => s.studentID === body.studentID);
      if (!student) return fail(404, 'No such student in this class.');
      if (!studentSeats(cls.options).includes(seat)) fail(409, `${STATE_NAME[stateOf(seat)]} is played by a bot in every match of this class.`);
      const target = cls.matches[to];
      if (started(target)) fail(409, `${target.label} has already started: students can be moved only before the start.`);
      const from = student.match === null || student.seat === null ? null : { match: student.match, seat: student.seat };
      if (from && started(cls.matches[from.match])) fail(409, `${cls.matches[from.match].label} has already started: its students stay.`);
      if (from?.match === to && from.seat === seat) return { ok: true };
      if (studentsAt(cls, to, seat).length >= MAX_TEAM) fail(409, `At most ${MAX_TEAM} students share one seat.`);
      student.match = to;
      student.seat = seat;
      await seatStudents(deps, target.matchID, seat, studentsAt(cls, to, seat).map((s) => s.name));
      if (from) await seatStudents(deps, cls.matches[from.match].matchID, from.seat, studentsAt(cls, from.match, from.seat).map((s) => s.name));
      store.put(cls);
      return { ok: true };
    });
  });

  router.get('/seminar/classes/:classID/matches/:index', async (ctx) => {
    const cls = facilitator(ctx);
    const index = /^\d{1,2}$/.test(ctx.params.index) ? Number(ctx.params.index) : -1;
    const match = index >= 0 && index < cls.matches.length ? await matchRecord(db, store, cls, index) : null;
    if (!match) fail(404, 'No such match in this class.');
    ctx.body = { match };
  });

  router.get('/seminar/classes/:classID/export.json', async (ctx) => {
    const cls = facilitator(ctx);
    ctx.set('Content-Disposition', `attachment; filename="class-${cls.code}.json"`);
    ctx.body = await classExport(db, store, cls);
  });

  router.get('/seminar/classes/:classID/export.csv', async (ctx) => {
    const cls = facilitator(ctx);
    const csv = classCsv(await classExport(db, store, cls));
    ctx.type = 'text/csv; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="class-${cls.code}.csv"`);
    // A byte-order mark first, so that Excel reads the file as UTF-8 (students' names, the title's dashes).
    ctx.body = `\uFEFF${csv}`;
  });

  router.post('/seminar/join', async (ctx) => {
    const body = await readJson(ctx);
    checkKeys(body, ['code', 'name']);
    if (typeof body.code !== 'string' || !body.code.trim() || body.code.length > 20) fail(400, 'Give the class code your teacher shows.');
    const name = checkName(body.name);
    if (wrongCodes.blocked(ctx.ip)) fail(429, 'Too many wrong class codes from this address; wait a minute and try again.');
    const found = store.byCode(body.code as string);
    if (!found) {
      wrongCodes.hit(ctx.ip);
      return fail(404, 'No class has this code. Check it with your teacher.');
    }
    ctx.body = await store.lock(found.classID, async () => {
      const cls = store.get(found.classID)!;
      if (cls.students.length >= MAX_STUDENTS) fail(409, `The class is full (${MAX_STUDENTS} students).`);
      const place = await placeNewStudent(deps, cls);
      if (!place) return fail(409, `The class is full: no seat is free and every team already has ${MAX_TEAM} students. Ask your teacher.`);
      const { match, seat } = place;
      const token = secret();
      const student: StudentRecord = { studentID: newMatchID(), name, tokenHash: hashToken(token), match, seat, joinedAt: Date.now() };
      cls.students.push(student);
      await seatStudents(deps, cls.matches[match].matchID, seat, studentsAt(cls, match, seat).map((s) => s.name));
      store.put(cls);
      return { classID: cls.classID, studentID: student.studentID, studentToken: token } satisfies JoinedClass;
    });
  });

  router.get('/seminar/student/:classID', async (ctx) => {
    const token = bearer(ctx);
    if (token === null) fail(401, 'Student token required.');
    const cls = store.get(ctx.params.classID);
    if (!cls) return fail(404, 'No such class.');
    const student = cls.students.find((s) => tokenMatches(token!, s.tokenHash));
    if (!student) return fail(403, 'This token is not one of this class\'s students.');
    ctx.body = await studentView(db, cls, student);
  });

  // Anything else under the API's paths is a JSON 404, not the client's page.
  router.all(/^\/seminar\/(classes|join|student)(\/.*)?$/, () => fail(404, 'Not found.'));
}
