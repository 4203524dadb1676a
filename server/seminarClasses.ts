// The matches and seats of a seminar class (issue 6): creating a class's matches, placing a new
// student, naming a seat after its students, and starting a match with bots in the empty seats.
import { createMatch } from 'boardgame.io/internal';
import { newControl } from '../game/control.js';
import { GAME_NAME, MdChess, NUM_SEATS } from '../game/index.js';
import { MAX_MATCHES, placeInTeam, placeStudent, type ClassOptions, type Placement } from '../game/seminar.js';
import type { SeatKind } from '../game/setup.js';
import { SEATS, type G, type Seat } from '../game/types.js';
import type { Config } from './config.js';
import { fail } from './http.js';
import { TOO_MANY_MATCHES, botLevel, newMatchID, peekInfo, seatBot, secret, startMatch, type MatchInfo } from './lobby.js';
import type { SeminarControl } from './seminarControl.js';
import { teamName, type ClassMatch, type ClassRecord } from './seminarStore.js';
import type { SqliteStorage } from './storage.js';

export interface SeminarRouteDeps {
  db: SqliteStorage;
  config: Config;
  serialize: <T>(matchID: string, task: () => Promise<T>) => Promise<T>;
  control: SeminarControl;
  /** Wakes the bots of a match (after a start or a change of who plays a seat). */
  poke: (matchID: string) => void;
}

/** The seats students play in every match of the class: the first 5 − botSeats. */
export const studentSeats = (o: ClassOptions): Seat[] => SEATS.slice(0, NUM_SEATS - o.botSeats);

export const hasStarted = (db: SqliteStorage, m: ClassMatch): boolean => peekInfo(db, m.matchID).started;

/** Refuses (503) when `count` more matches would pass the server's limit. */
export function roomFor(deps: SeminarRouteDeps, count: number): void {
  if (deps.db.countOpenMatches(GAME_NAME) + count > deps.config.maxMatches) fail(503, TOO_MANY_MATCHES);
}

/** Creates one match of the class: the last botSeats seats are bots, the others wait for students. */
export async function newClassMatch(deps: SeminarRouteDeps, cls: ClassRecord, index: number): Promise<ClassMatch> {
  const { db, control } = deps;
  const o = cls.options;
  const seats: SeatKind[] = SEATS.map((_, i) => (i >= NUM_SEATS - o.botSeats ? o.botLevel : 'human'));
  const setupData = { scenario: o.scenario, ...(o.rounds !== undefined ? { rounds: o.rounds } : {}), hints: o.hints, seats };
  const created = createMatch({ game: MdChess, numPlayers: NUM_SEATS, setupData, unlisted: true });
  if ('setupDataError' in created) return fail(400, String(created.setupDataError));
  // The initial state comes frozen: replace G rather than change it.
  created.initialState = { ...created.initialState, G: { ...(created.initialState.G as G), control: newControl(control.timerSeconds(o.turnSeconds)) } };
  // Open seats get credentials nobody knows, so nobody can sync as them before a student sits there.
  seats.forEach((kind, i) => { if (kind === 'human') created.metadata.players[i].credentials = secret(); else seatBot(created.metadata, i, kind); });
  const matchID = newMatchID();
  await db.createMatch(matchID, created);
  db.setExtra('match', matchID, { started: false, host: null, classID: cls.classID } satisfies MatchInfo);
  control.register(matchID, cls.classID, index);
  return { matchID, label: `Match ${index + 1}` };
}

/**
 * Where a new student sits: placeStudent over the matches that have not started, adding a match to
 * the class when it says so; with none left, a late student joins a team in a running match
 * (placeLate). Null when the class is full.
 */
export async function placeNewStudent(deps: SeminarRouteDeps, cls: ClassRecord): Promise<Placement | null> {
  const open = [...cls.matches.keys()].filter((i) => !hasStarted(deps.db, cls.matches[i]));
  const taken = cls.students
    .filter((s) => s.match !== null && s.seat !== null && open.includes(s.match))
    .map((s) => ({ match: open.indexOf(s.match!), seat: s.seat! }));
  const canGrow = cls.options.matches === 'auto' && cls.matches.length < MAX_MATCHES;
  const seats = studentSeats(cls.options);
  const place = placeStudent(taken, open.length, seats, canGrow);
  if (place === null) return placeLate(deps, cls);
  if (place !== 'new-match') return { match: open[place.match], seat: place.seat };
  await roomFor(deps, 1);
  const match = cls.matches.length;
  cls.matches.push(await newClassMatch(deps, cls, match));
  return { match, seat: seats[0] };
}

/**
 * A late student, once every match has started and the class may not grow: onto a students' seat of
 * a match still running, as one more of its team (placeInTeam). Null when there is none.
 */
async function placeLate(deps: SeminarRouteDeps, cls: ClassRecord): Promise<Placement | null> {
  const seats: (Placement & { students: number })[] = [];
  for (const [match, m] of cls.matches.entries()) {
    if (!hasStarted(deps.db, m)) continue;
    const { metadata } = await deps.db.fetch(m.matchID, { metadata: true });
    if (!metadata || metadata.gameover !== undefined) continue;
    for (const seat of studentSeats(cls.options)) {
      seats.push({ match, seat, students: cls.students.filter((s) => s.match === match && s.seat === seat).length });
    }
  }
  return placeInTeam(seats);
}

/** Names a seat after its students (a team shares the seat's credentials); an emptied seat gets new ones. */
export function seatStudents(deps: SeminarRouteDeps, matchID: string, seat: Seat, names: string[]): Promise<void> {
  return deps.serialize(matchID, async () => {
    const { metadata } = await deps.db.fetch(matchID, { metadata: true });
    if (!metadata) return fail(404, 'The match no longer exists.');
    const n = Number(seat);
    if (names.length) metadata.players[n] = { ...metadata.players[n], name: teamName(names), credentials: metadata.players[n].credentials ?? secret() };
    else metadata.players[n] = { id: n, credentials: secret() };
    await deps.db.setMetadata(matchID, metadata);
  });
}

/** Starts a class match: empty seats become bots of the class's level, the first turn's timer runs. */
export async function startClassMatch(deps: SeminarRouteDeps, cls: ClassRecord, index: number): Promise<void> {
  const { db, control } = deps;
  const { matchID } = cls.matches[index];
  await deps.serialize(matchID, async () => {
    const { metadata } = await db.fetch(matchID, { metadata: true });
    if (!metadata || peekInfo(db, matchID).started) return;
    await startMatch({ db, onStart: () => {} }, matchID, metadata, cls.options.botLevel);
    const bots = Object.fromEntries(SEATS.map((s) => [s, botLevel(metadata, s)]).filter(([, level]) => level));
    control.store.addIntervention(matchID, 'start', { bots }, Date.now());
    await control.started(matchID);
  });
  // The bots move once the timer is set, not before.
  deps.poke(matchID);
}
