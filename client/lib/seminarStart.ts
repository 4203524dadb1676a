// What starting matches of a class will do, worked out from the console's view before the
// facilitator confirms: which matches start, how many student seats are still empty (bots take
// them for the whole match), and where a student who joins afterwards will go. The rules follow
// the server (server/seminarClasses.ts): a new student is placed only in a match that has not
// started; a class of "as many matches as the students fill" opens a new match (up to
// MAX_MATCHES) when none is left; otherwise a late student joins a team in a running match, and
// only when no team has room is the class full. Pure.
import { MAX_MATCHES, MAX_TEAM, type BotKind, type ConsoleView } from '../../game/seminar';

/** Where a student who joins after this start goes. */
export type LateJoin =
  /** Into a match of the class that has not started yet. */
  | { kind: 'waiting-match'; labels: string[] }
  /** Into a new match the class opens, which waits for the facilitator's start. */
  | { kind: 'new-match'; label: string }
  /** Onto a seat students play in a started match, as one more of its team. */
  | { kind: 'team' }
  /** Nowhere: every match has started, the class may not open another, and no team has room. */
  | { kind: 'refused' };

export interface StartPlan {
  /** Null: every match of the class (Start all matches); a number: that match only. */
  which: number | null;
  /** The matches that start (not started yet), by label. */
  labels: string[];
  /** Seats of those matches meant for students (not the class's bot seats). */
  studentSeats: number;
  /** Student seats with at least one student in them. */
  takenSeats: number;
  /** Students placed in those matches (a team shares one seat). */
  students: number;
  /** Matches of those with no student at all: bots play them through on their own. */
  botOnly: string[];
  /** Students in the whole class (some may be in matches already started). */
  classStudents: number;
  late: LateJoin;
  /** Empty student seats: ask before starting. Starting full matches needs no question. */
  needsConfirm: boolean;
}

/**
 * What starting `which` (a match's index, or null for every match not started) will do. Null when
 * nothing would start (every match chosen has started).
 */
export function startPlan(view: ConsoleView, which: number | null): StartPlan | null {
  const targets = view.matches.filter((m) => !m.started && (which === null || m.index === which));
  if (targets.length === 0) return null;
  let studentSeats = 0;
  let takenSeats = 0;
  let students = 0;
  const botOnly: string[] = [];
  for (const m of targets) {
    // Before the start, a seat with a bot level is one of the class's bot seats; the others are for students.
    const seats = m.seats.filter((s) => s.bot === null || s.students.length > 0);
    const taken = seats.filter((s) => s.students.length > 0);
    studentSeats += seats.length;
    takenSeats += taken.length;
    const here = taken.reduce((n, s) => n + s.students.length, 0);
    students += here;
    if (here === 0) botOnly.push(m.label);
  }
  const started = new Set(targets.map((m) => m.index));
  const waiting = view.matches.filter((m) => !m.started && !started.has(m.index)).map((m) => m.label);
  // Once every match runs, a late student joins a students' seat with room in its team.
  const teamRoom = view.matches.some((m) => (m.started || started.has(m.index)) && !m.gameover
    && m.seats.some((s) => s.students.length > 0 && s.students.length < MAX_TEAM));
  const late: LateJoin = waiting.length > 0
    ? { kind: 'waiting-match', labels: waiting }
    : view.options.matches === 'auto' && view.matches.length < MAX_MATCHES
      ? { kind: 'new-match', label: `Match ${view.matches.length + 1}` }
      : teamRoom ? { kind: 'team' } : { kind: 'refused' };
  return {
    which,
    labels: targets.map((m) => m.label),
    studentSeats,
    takenSeats,
    students,
    botOnly,
    classStudents: view.students.length,
    late,
    needsConfirm: takenSeats < studentSeats,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Match 1", "Match 1 and Match 2", "Match 1, Match 2 and Match 3". */
export const listLabels = (labels: string[]): string =>
  labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const BOT_WORD: Record<BotKind, string> = { easy: 'easy', medium: 'medium', hard: 'hard', random: 'random' };

/** The words of the confirmation: its title, what happens now, what happens to late students, the buttons. */
export interface StartText {
  title: string;
  /** What happens now: who plays which seats. */
  now: string;
  /** A warning for matches nobody plays in, or null. */
  botOnly: string | null;
  /** What happens to a student who joins after the start. */
  later: string;
  confirm: string;
  cancel: string;
}

export function startText(plan: StartPlan, botLevel: BotKind): StartText {
  const n = plan.labels.length;
  const what = n === 1 ? plan.labels[0] : `${n} matches`;
  const empty = plan.studentSeats - plan.takenSeats;
  const bots = `${BOT_WORD[botLevel] ?? botLevel} bots`;
  const starts = `${what} ${n === 1 ? 'starts' : 'start'} now.`;

  let now: string;
  if (plan.students === 0) {
    const nobody = plan.classStudents === 0 ? 'Nobody has joined yet' : `No student has a seat in ${n === 1 ? 'it' : 'them'}`;
    now = `${starts} ${nobody}: ${bots} play all ${plural(plan.studentSeats, 'student seat', 'student seats')}.`;
  } else if (empty === 0) {
    now = `${starts} Every student seat is taken (${plural(plan.students, 'student', 'students')}).`;
  } else {
    const joined = plan.students === plan.takenSeats
      ? `${plan.takenSeats} of ${plan.studentSeats} students ${plan.takenSeats === 1 ? 'has' : 'have'} joined`
      : `${plural(plan.students, 'student has', 'students have')} joined, in ${plan.takenSeats} of the ${plan.studentSeats} student seats`;
    const others = empty === 1 ? `${article(BOT_WORD[botLevel] ?? botLevel)} bot plays the other seat` : `${bots} play the other ${empty} seats`;
    now = `${starts} ${joined}; ${others} for the whole match.`;
  }

  const alone = plan.students === 0 ? plan.labels : plan.botOnly;
  const botOnly = alone.length === 0 ? null
    : plan.students === 0
      ? `With no student in ${alone.length === 1 ? 'it' : 'them'}, the bots play ${alone.length === 1 ? 'it' : 'them'} to the end on their own, within a few minutes.`
      : `Nobody plays in ${listLabels(alone)}: bots play ${alone.length === 1 ? 'it' : 'them'} to the end on their own, within a few minutes.`;

  const cannot = 'Students who join later cannot take over a bot’s seat in a started match';
  const later = plan.late.kind === 'waiting-match'
    ? `${cannot}: they are placed in ${listLabels(plan.late.labels)}, which ${plan.late.labels.length === 1 ? 'has' : 'have'} not started.`
    : plan.late.kind === 'new-match'
      ? `${cannot}: they go to a new match (${plan.late.label}) that waits until you start it.`
      : plan.late.kind === 'team'
        ? `${cannot}, and this class opens no new match: they join a seat students already play, as one more of its team (up to ${MAX_TEAM} share a seat).`
        : `${cannot}, and this class opens no new match: they are told the class is full.`;

  return {
    title: empty === 0 ? `Start ${what}?` : `Start ${what} with ${plural(empty, 'empty seat', 'empty seats')}?`,
    now,
    botOnly,
    later,
    confirm: empty === 0 ? `Start ${what}` : 'Start with bots',
    cancel: 'Wait for more students',
  };
}
