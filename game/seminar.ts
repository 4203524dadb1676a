// Seminar mode (issue 6): the options of a class and the shapes the seminar API speaks, shared by
// the server (which checks and stores them) and the client (which shows them). Pure data only.
import { MAX_ROUNDS, MIN_ROUNDS, SCENARIOS, SCENARIO_IDS, type SeatKind } from './setup.js';
import type { Action, Control, G, Seat, StateId, Track } from './types.js';

export const MAX_TITLE = 80;
export const MAX_MATCHES = 6;
export const MIN_TURN_SECONDS = 30;
export const MAX_TURN_SECONDS = 1800;
/** Students in one class at most (30 planned; room for teams and late joiners). */
export const MAX_STUDENTS = 60;
/** Students sharing one seat as a team, at most. */
export const MAX_TEAM = 3;

export type TimeoutAction = 'pass' | 'bot';
/** A bot level (game/bots), named here so the client need not load the bots to read it. */
export type BotKind = Exclude<SeatKind, 'human'>;
export const BOT_LEVELS: readonly BotKind[] = ['easy', 'random', 'medium', 'hard'];
const isBotKind = (x: unknown): x is BotKind => typeof x === 'string' && (BOT_LEVELS as readonly string[]).includes(x);

/** What a facilitator chooses when creating a class. */
export interface ClassOptions {
  title: string;
  scenario: string;
  /** Rounds per match (1..12); the scenario's number when absent. */
  rounds?: number;
  /** How many matches (1..6), or 'auto': as many as the students fill. */
  matches: number | 'auto';
  /** Seats per match always played by bots (0..4); the others are for students. */
  botSeats: number;
  botLevel: BotKind;
  hints: boolean;
  /** Seconds per turn, or null for no timer. */
  turnSeconds: number | null;
  /** What happens when a turn's time runs out. */
  onTimeout: TimeoutAction;
}

export const DEFAULT_CLASS: ClassOptions = {
  title: '', scenario: 'baseline-2019', matches: 'auto', botSeats: 0, botLevel: 'medium', hints: false, turnSeconds: 180, onTimeout: 'pass',
};

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const KEYS = ['title', 'scenario', 'rounds', 'matches', 'botSeats', 'botLevel', 'hints', 'turnSeconds', 'onTimeout'];

/** Why class options are unacceptable (one sentence), or null when they are fine. */
export function validateClassOptions(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'Class options must be an object.';
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) return `Unknown class option "${k.slice(0, 40)}".`;
  if (typeof o.title !== 'string' || !o.title.trim()) return 'Give the class a title.';
  if (o.title.trim().length > MAX_TITLE) return `A class title is at most ${MAX_TITLE} characters.`;
  if (typeof o.scenario !== 'string' || !Object.hasOwn(SCENARIOS, o.scenario)) return `Unknown scenario; choose one of ${SCENARIO_IDS.join(', ')}.`;
  if (o.rounds !== undefined && (!isInt(o.rounds) || o.rounds < MIN_ROUNDS || o.rounds > MAX_ROUNDS)) {
    return `Rounds must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}.`;
  }
  if (o.matches !== 'auto' && (!isInt(o.matches) || o.matches < 1 || o.matches > MAX_MATCHES)) {
    return `Matches must be "auto" or a whole number from 1 to ${MAX_MATCHES}.`;
  }
  if (!isInt(o.botSeats) || o.botSeats < 0 || o.botSeats > 4) return 'Bot seats per match must be a whole number from 0 to 4.';
  if (!isBotKind(o.botLevel)) return 'Bot level must be easy, random, medium or hard.';
  if (typeof o.hints !== 'boolean') return 'Hints must be true or false.';
  if (o.turnSeconds !== null && (!isInt(o.turnSeconds) || o.turnSeconds < MIN_TURN_SECONDS || o.turnSeconds > MAX_TURN_SECONDS)) {
    return `The turn timer must be off (null) or ${MIN_TURN_SECONDS} to ${MAX_TURN_SECONDS} seconds.`;
  }
  if (o.onTimeout !== 'pass' && o.onTimeout !== 'bot') return 'When time runs out, choose "pass" or "bot".';
  return null;
}

/** A student's place: a match of the class (by index) and a seat; teams share a place. */
export interface Placement { match: number; seat: Seat }

/**
 * Where the next student goes: the open student seat of the emptiest match (lowest index first);
 * when every student seat is taken, a new match if the class may grow, else the seat with the
 * smallest team (teams of at most MAX_TEAM). null when the class is full.
 */
export function placeStudent(
  taken: Placement[], matchCount: number, studentSeats: readonly Seat[], canGrow: boolean,
): Placement | 'new-match' | null {
  const size = (m: number, s: Seat) => taken.filter((p) => p.match === m && p.seat === s).length;
  const filled = (m: number) => studentSeats.filter((s) => size(m, s) > 0).length;
  let best: Placement | null = null;
  let bestFilled = Infinity;
  for (let m = 0; m < matchCount; m++) {
    const seat = studentSeats.find((s) => size(m, s) === 0);
    if (seat !== undefined && filled(m) < bestFilled) { best = { match: m, seat }; bestFilled = filled(m); }
  }
  if (best) return best;
  if (canGrow) return 'new-match';
  return placeInTeam(Array.from({ length: matchCount }, (_, m) => studentSeats.map((seat) => ({ match: m, seat, students: size(m, seat) }))).flat());
}

/**
 * A student joining a team: onto one of `seats` that students already play (never a seat bots hold),
 * the one with the fewest students, then the lowest match and seat; null when every such seat has
 * MAX_TEAM students (or there is none). For a class whose seats are all taken, and for a student
 * who comes after every match has started (onto a seat of a match still running).
 */
export function placeInTeam(seats: readonly (Placement & { students: number })[]): Placement | null {
  let best: (Placement & { students: number }) | null = null;
  for (const s of seats) {
    if (s.students < 1 || s.students >= MAX_TEAM) continue;
    if (!best || s.students < best.students || (s.students === best.students && (s.match < best.match || (s.match === best.match && s.seat < best.seat)))) best = s;
  }
  return best && { match: best.match, seat: best.seat };
}

// ---------------------------------------------------------------- the API's shapes

/** POST /seminar/classes answers this (the facilitator token is shown once, kept by the browser). */
export interface CreatedClass { classID: string; code: string; facilitatorToken: string }

/** POST /seminar/join answers this; the student token is kept by the student's browser. */
export interface JoinedClass { classID: string; studentID: string; studentToken: string }

export interface StudentInfo { studentID: string; name: string; match: number | null; seat: Seat | null; connected: boolean }

/** One seat of a class match, as the console shows it. */
export interface ConsoleSeat {
  seat: Seat;
  state: StateId;
  /** Students at this seat (a team when more than one). */
  students: string[];
  /** The bot level playing it, or null when students play. */
  bot: BotKind | null;
  connected: boolean;
  /** Sovereignty now (public terms, without the secret agenda). */
  sovereignty: number;
  actionsLeft: number;
}

/** One match row of the facilitator's console. */
export interface ConsoleMatch {
  index: number;
  matchID: string;
  label: string;
  started: boolean;
  round: number;
  rounds: number;
  year: number;
  activeSeat: Seat;
  tracks: { tension: number; asymmetry: number; euEngagement: number };
  control: Control;
  seats: ConsoleSeat[];
  gameover: G['gameover'];
  /** The cards that may be set as the next event (ids). */
  injectable: string[];
  /** Once over: the seats first to last (rules §10 with its tie-breaks); null while it runs. */
  ranking: Seat[] | null;
  /** This round's event card (id), as the players see it. */
  event: string | null;
  /** The card the control team set to open the next round, or null when it is drawn at random. */
  queuedEvent: string | null;
}

/** GET /seminar/classes/:id (facilitator): the live console. */
export interface ConsoleView {
  classID: string;
  code: string;
  options: ClassOptions;
  createdAt: number;
  /** Server time now, so the console can show timers without trusting the local clock. */
  now: number;
  students: StudentInfo[];
  matches: ConsoleMatch[];
  broadcasts: { text: string; at: number }[];
}

/** GET /seminar/student/:classID (student token): where the student plays. */
export interface StudentView {
  classID: string;
  title: string;
  name: string;
  /** Null until the student has a seat. */
  seat: null | {
    match: number;
    matchID: string;
    playerID: Seat;
    /** boardgame.io credentials of the seat (shared by a team). */
    credentials: string;
    teammates: string[];
    started: boolean;
    /** The match has ended (the student's page then says so rather than "has started"). */
    over: boolean;
  };
}

/** A chat line of a match as the facilitator reads it. */
export interface ChatLine { seat: string; name: string; text: string; at: number }

/** One action as it happened, for timelines and replays. */
export interface MoveRecord {
  /** Index in the match's move log. */
  index: number;
  round: number;
  seat: Seat;
  /** The move's name and positional arguments, as submitted (replayable). */
  move: string;
  args: unknown[];
  action: Action | null;
  /** Who made it: a student's name, or the bot level. */
  by: string;
}

/** Everything about one match for the debrief and the exports. */
export interface MatchRecord {
  index: number;
  matchID: string;
  label: string;
  /** boardgame.io setupData and the random seed: with the moves and control, enough to replay. */
  setupData: unknown;
  seed: string | number | null;
  /** Seat names (students, or bots). */
  players: Record<Seat, string>;
  /** The full state now (all agendas). */
  G: G;
  moves: MoveRecord[];
  /** Control changes that were applied, with the move index they came after (for replays). */
  interventions: { afterMove: number; kind: string; detail: unknown; at: number }[];
  chat: ChatLine[];
}

/** GET /seminar/classes/:id/export.json: the whole class. */
export interface ClassExport {
  version: 1;
  classID: string;
  title: string;
  options: ClassOptions;
  createdAt: number;
  exportedAt: number;
  students: StudentInfo[];
  matches: MatchRecord[];
}

export type TrackName = Track;
