// Who made each move of a class match, and where the control team's entries fall among the moves
// (seminar debrief, audit 1.3). Pure functions of a stored MatchRecord: the moves' `by` (a student's
// name, a bot level, or 'timer'), the interventions (each with `afterMove`, the number of moves
// made before it) and G.control.log (each entry with its round and server time `at`).
import { timeoutText } from './deeds.js';
import { STATE_NAME } from './names.js';
import type { MatchRecord, MoveRecord } from './seminar.js';
import { isSeatKind } from './setup.js';
import type { ControlEntry, Seat, StateId } from './types.js';
import { STATE_IDS, isSeat, seatOf } from './types.js';

/**
 * Whether a move was a student's: its maker is a name, not a bot level (seat kinds) or the turn
 * timer. (A student who calls themself "medium" is counted as a bot.)
 */
export const isStudentMove = (by: string): boolean => by.trim() !== '' && by !== 'timer' && !isSeatKind(by);

/**
 * Who stood in for a students' seat on one move: a bot the facilitator let take over ('bot'), or
 * the turn timer ('timeout': a bot of `level` played the rest of the turn, or, level null, it was passed).
 */
export type StandIn = { kind: 'bot'; level: string; students: string } | { kind: 'timeout'; level: string | null };

/** How a state was played in a match. */
export interface SeatPlay {
  /** Students held the seat (it was not a bot seat from the start). */
  students: boolean;
  /** The bot level of a bot seat, else null. */
  bot: string | null;
  /** Rounds in which a bot played for the students (taken over), and whether it still did at the end. */
  botRounds: number[];
  botAtEnd: boolean;
  /** The levels of the bots that took over. */
  botLevels: string[];
  /** Rounds in which the students' time ran out. */
  timeoutRounds: number[];
}

type Detail = { seat?: unknown; how?: unknown; bots?: Record<string, unknown> } | null;
const detailOf = (d: unknown): Detail => (typeof d === 'object' && d !== null ? (d as Detail) : null);

/** Each move's stand-in (null: the seat's own players made it), and how each state was played. */
export function moveMakers(m: MatchRecord): { standIns: (StandIn | null)[]; seats: Record<StateId, SeatPlay> } {
  const moves = [...m.moves].sort((a, b) => a.index - b.index);
  const start = m.interventions.find((iv) => iv.kind === 'start');
  const startBots = detailOf(start?.detail)?.bots;
  // With the start recorded, its bot seats are exact; without it, a seat with no student move was a bot's.
  const hasStudents = (seat: Seat): boolean => (startBots
    ? typeof startBots[seat] !== 'string'
    : moves.some((mv) => mv.seat === seat && isStudentMove(mv.by)));
  // The turn timer's interventions: the seat's moves from `afterMove` to the end of that turn.
  const timed = new Map<number, string | null>();
  for (const iv of m.interventions) {
    const d = detailOf(iv.detail);
    if (iv.kind !== 'timeout' || !isSeat(d?.seat)) continue;
    for (let i = iv.afterMove; i < moves.length && moves[i].seat === d.seat; i++) {
      timed.set(i, d.how === 'bot' && isSeatKind(moves[i].by) ? moves[i].by : null);
    }
  }
  const standIns = moves.map((mv, i): StandIn | null => {
    if (isStudentMove(mv.by) || !isSeat(mv.seat) || !hasStudents(mv.seat)) return null;
    if (timed.has(i)) return { kind: 'timeout', level: timed.get(i) ?? null };
    if (mv.by === 'timer') return { kind: 'timeout', level: null };
    return { kind: 'bot', level: mv.by, students: m.players?.[mv.seat] ?? '' };
  });
  const seats = Object.fromEntries(STATE_IDS.map((id) => {
    const seat = seatOf(id);
    const mine = moves.map((mv, i) => ({ mv, s: standIns[i] })).filter((x) => x.mv.seat === seat);
    const rounds = (k: StandIn['kind']) => [...new Set(mine.filter((x) => x.s?.kind === k).map((x) => x.mv.round))];
    const students = hasStudents(seat);
    const level = startBots?.[seat];
    const play: SeatPlay = {
      students,
      bot: students ? null : typeof level === 'string' ? level : mine.find((x) => isSeatKind(x.mv.by))?.mv.by ?? null,
      botRounds: rounds('bot'),
      botAtEnd: mine.length > 0 && mine[mine.length - 1].s?.kind === 'bot',
      botLevels: [...new Set(mine.flatMap((x) => (x.s?.kind === 'bot' ? [x.s.level] : [])))],
      timeoutRounds: rounds('timeout'),
    };
    return [id, play];
  })) as Record<StateId, SeatPlay>;
  return { standIns, seats };
}

/** The tag after an action line: "medium bot, for Dilnoza", "medium bot, time ran out", "time ran out". */
export function standInTag(s: StandIn): string {
  if (s.kind === 'bot') return `${s.level} bot, for ${s.students || 'the students'}`;
  return s.level ? `${s.level} bot, time ran out` : 'time ran out';
}

/** A sentence saying who made a move that moved tension, e.g. "A medium bot was playing Kazakhstan for Dilnoza." */
export function standInSentence(s: StandIn, seat: Seat): string {
  const state = STATE_NAME[STATE_IDS[Number(seat)]];
  if (s.kind === 'bot') return `A ${s.level} bot was playing ${state} for ${s.students || 'its students'}.`;
  return s.level ? `A ${s.level} bot made this move when ${state}'s time ran out.` : `${state}'s time had run out.`;
}

/** "Kazakhstan hosted a Chinese base." with a tag: "Kazakhstan hosted a Chinese base (medium bot, for Dilnoza)." */
export const tagged = (line: string, s: StandIn | null): string => (s ? `${line.replace(/\.$/, '')} (${standInTag(s)}).` : line);

/** A control entry placed among the moves: it happened after `afterMove` moves. */
export interface PlacedControl { entry: ControlEntry; afterMove: number; exact: boolean; text: string }

/**
 * Where each control entry falls among the moves. Exact where the entry has its intervention: the
 * server records both with the same time `at`, and the intervention knows how many moves came
 * before it. An entry without one (a record from before interventions were kept) is placed as late
 * as its round and the times of the interventions around it allow, which is where it used to be.
 * A timeout entry names the seat whose time ran out (from its intervention).
 */
export function placeControl(m: MatchRecord, log: readonly ControlEntry[] = m.G.control?.log ?? []): PlacedControl[] {
  const moves = m.moves;
  const used = new Set<number>();
  const ivs = m.interventions;
  const find = (c: ControlEntry, sameKind: boolean) => ivs.findIndex((iv, i) => !used.has(i) && iv.at === c.at && (!sameKind || iv.kind === c.kind));
  let floor = 0;
  return log.map((entry) => {
    let i = find(entry, true);
    if (i < 0) i = find(entry, false);
    let afterMove: number;
    let seat: Seat | null = null;
    if (i >= 0) {
      used.add(i);
      afterMove = ivs[i].afterMove;
      const d = detailOf(ivs[i].detail);
      if (entry.kind === 'timeout' && isSeat(d?.seat)) seat = d.seat;
    } else {
      const before = ivs.filter((iv) => iv.at <= entry.at).map((iv) => iv.afterMove);
      const after = ivs.filter((iv) => iv.at > entry.at).map((iv) => iv.afterMove);
      const roundEnd = moves.filter((mv: MoveRecord) => mv.round <= entry.round).length;
      afterMove = Math.max(...before, Math.min(roundEnd, ...after), 0);
    }
    afterMove = Math.max(afterMove, floor);
    floor = afterMove;
    return { entry, afterMove, exact: i >= 0, text: timeoutText(entry.text, seat) };
  });
}
