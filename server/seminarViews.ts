// What the seminar API shows (issue 6): the facilitator's live console, a student's place, a
// match's full record (every agenda, moves, interventions, chat) and the class export.
import type { LogEntry, Server, State } from 'boardgame.io';
import { publicSovereignty } from '../game/board.js';
import { injectableEvents, newControl, queuedEvent } from '../game/control.js';
import { actionFromMove } from '../game/index.js';
import { rankStates } from '../game/score.js';
import type {
  ClassExport, ConsoleMatch, ConsoleView, MatchRecord, MoveRecord, StudentInfo, StudentView,
} from '../game/seminar.js';
import { YEAR_OF_ROUND } from '../game/texts.js';
import type { Action, G, Seat } from '../game/types.js';
import { SEATS, isSeat, seatOf, stateOf } from '../game/types.js';
import { botLevel, peekInfo } from './lobby.js';
import type { ClassRecord, ClassStore, Intervention, StudentRecord } from './seminarStore.js';
import type { SqliteStorage } from './storage.js';

type Loaded = { state: State<G>; metadata: Server.MatchData };

/** The students at a place of the class, in the order they joined. */
export const studentsAt = (cls: ClassRecord, match: number, seat: Seat): StudentRecord[] =>
  cls.students.filter((s) => s.match === match && s.seat === seat);

async function load(db: SqliteStorage, matchID: string): Promise<Loaded | null> {
  const { state, metadata } = await db.fetch(matchID, { state: true, metadata: true });
  return state && metadata ? { state: state as State<G>, metadata } : null;
}

const connected = (metadata: Server.MatchData | undefined, seat: Seat | null): boolean =>
  !!metadata && seat !== null && metadata.players[Number(seat)]?.isConnected === true;

function studentInfo(s: StudentRecord, metadata?: Server.MatchData): StudentInfo {
  return { studentID: s.studentID, name: s.name, match: s.match, seat: s.seat, connected: connected(metadata, s.seat) };
}

function consoleMatch(db: SqliteStorage, cls: ClassRecord, index: number, { state, metadata }: Loaded): ConsoleMatch {
  const g = state.G;
  const m = cls.matches[index];
  return {
    index,
    matchID: m.matchID,
    label: m.label,
    started: peekInfo(db, m.matchID).started,
    round: g.round,
    rounds: g.rounds,
    year: YEAR_OF_ROUND(g.round),
    activeSeat: g.activeSeat,
    tracks: { ...g.tracks },
    control: g.control ?? newControl(),
    seats: SEATS.map((seat) => ({
      seat,
      state: stateOf(seat),
      students: studentsAt(cls, index, seat).map((s) => s.name),
      bot: botLevel(metadata, seat),
      connected: connected(metadata, seat),
      sovereignty: publicSovereignty(g, stateOf(seat)),
      actionsLeft: seat === g.activeSeat && !g.gameover ? g.actionsLeft : 0,
    })),
    gameover: g.gameover,
    ranking: g.gameover ? rankStates(g, (id) => g.gameover!.scores[seatOf(id)]?.total ?? 0).map(seatOf) : null,
    injectable: injectableEvents(g),
    event: g.event,
    queuedEvent: queuedEvent(g),
  };
}

/** The facilitator's console: every match live, the students and the broadcasts. */
export async function consoleView(db: SqliteStorage, cls: ClassRecord): Promise<ConsoleView> {
  const matches: ConsoleMatch[] = [];
  const metadata = new Map<number, Server.MatchData>();
  for (const [i, m] of cls.matches.entries()) {
    const loaded = await load(db, m.matchID);
    if (!loaded) continue; // swept away
    metadata.set(i, loaded.metadata);
    matches.push(consoleMatch(db, cls, i, loaded));
  }
  return {
    classID: cls.classID,
    code: cls.code,
    options: cls.options,
    createdAt: cls.createdAt,
    now: Date.now(),
    students: cls.students.map((s) => studentInfo(s, s.match === null ? undefined : metadata.get(s.match))),
    matches,
    broadcasts: cls.broadcasts,
  };
}

/** Where a student plays: the seat's credentials go to the students of that seat only. */
export async function studentView(db: SqliteStorage, cls: ClassRecord, student: StudentRecord): Promise<StudentView> {
  const base = { classID: cls.classID, title: cls.options.title, name: student.name };
  if (student.match === null || student.seat === null) return { ...base, seat: null };
  const m = cls.matches[student.match];
  const { metadata } = await db.fetch(m.matchID, { metadata: true });
  const credentials = metadata?.players[Number(student.seat)]?.credentials;
  if (!credentials) return { ...base, seat: null };
  return {
    ...base,
    seat: {
      match: student.match,
      matchID: m.matchID,
      playerID: student.seat,
      credentials,
      teammates: studentsAt(cls, student.match, student.seat).filter((s) => s !== student).map((s) => s.name),
      started: peekInfo(db, m.matchID).started,
      over: metadata?.gameover !== undefined,
    },
  };
}

interface MovePayload { type?: unknown; args?: unknown; playerID?: unknown }

/**
 * Who made each move: the students of the seat, or the bot that played it then (from the seat
 * changes and timeouts recorded as interventions).
 */
function whoMoved(players: Record<Seat, string>, interventions: Intervention[]) {
  return (index: number, seat: Seat, turn: number): string => {
    let by = players[seat];
    for (const iv of interventions) {
      if (iv.afterMove > index) break;
      const d = iv.detail as { seat?: string; bot?: string | null; bots?: Record<string, string>; turn?: number; how?: string } | null;
      if (iv.kind === 'start' && d?.bots?.[seat]) by = d.bots[seat];
      else if (iv.kind === 'seat' && d?.seat === seat) by = d.bot ?? players[seat];
      else if (iv.kind === 'timeout' && d?.seat === seat && d.turn === turn) return d.how === 'bot' ? 'medium' : 'timer';
    }
    return by;
  };
}

/** The moves of a match's log, in order, as submitted (replayable). */
export function movesOf(log: LogEntry[], players: Record<Seat, string>, interventions: Intervention[]): MoveRecord[] {
  const by = whoMoved(players, interventions);
  const moves: MoveRecord[] = [];
  for (const entry of log) {
    if (entry.action.type !== 'MAKE_MOVE') continue;
    const p = entry.action.payload as MovePayload;
    const seat = isSeat(p.playerID) ? p.playerID : '0';
    const move = String(p.type);
    const args = Array.isArray(p.args) ? p.args : [];
    let action: Action | null = null;
    try { action = actionFromMove(move as Action['type'], args); } catch { /* not one of our moves */ }
    moves.push({
      index: moves.length,
      // Every round has exactly one turn per seat (rules §3), and boardgame.io counts turns from 1.
      round: Math.ceil(entry.turn / SEATS.length),
      seat, move, args, action,
      by: by(moves.length, seat, entry.turn),
    });
  }
  return moves;
}

/** Everything about one match of the class: full state, moves, interventions, chat. */
export async function matchRecord(db: SqliteStorage, store: ClassStore, cls: ClassRecord, index: number): Promise<MatchRecord | null> {
  const m = cls.matches[index];
  const { state, metadata, log, initialState } = await db.fetch(m.matchID, { state: true, metadata: true, log: true, initialState: true });
  if (!state || !metadata) return null;
  const players = Object.fromEntries(SEATS.map((s) => [s, metadata.players[Number(s)]?.name ?? ''])) as Record<Seat, string>;
  const interventions = store.interventions(m.matchID);
  const seed = (initialState?.plugins as { random?: { data?: { seed?: string | number } } } | undefined)?.random?.data?.seed ?? null;
  return {
    index,
    matchID: m.matchID,
    label: m.label,
    setupData: metadata.setupData ?? null,
    seed,
    players,
    G: state.G as G,
    moves: movesOf(log ?? [], players, interventions),
    interventions,
    chat: store.chat(m.matchID, (seat) => players[seat as Seat] ?? ''),
  };
}

/** The whole class, enough to replay every match (seed, setup, moves, interventions). */
export async function classExport(db: SqliteStorage, store: ClassStore, cls: ClassRecord): Promise<ClassExport> {
  const matches: MatchRecord[] = [];
  const metadata = new Map<number, Server.MatchData>();
  for (const i of cls.matches.keys()) {
    const rec = await matchRecord(db, store, cls, i);
    if (!rec) continue;
    matches.push(rec);
    const { metadata: md } = await db.fetch(rec.matchID, { metadata: true });
    if (md) metadata.set(i, md);
  }
  return {
    version: 1,
    classID: cls.classID,
    title: cls.options.title,
    options: cls.options,
    createdAt: cls.createdAt,
    exportedAt: Date.now(),
    students: cls.students.map((s) => studentInfo(s, s.match === null ? undefined : metadata.get(s.match))),
    matches,
  };
}
