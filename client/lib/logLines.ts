// The match log in sentences, grouped by round: the event, each action taken (from boardgame.io's
// log: payload type, args, playerID), each change of tension with its cause (G.tensionLog) and, in a
// class match, what the facilitator did (G.control.log), placed among the actions (controlSlots).
import type { LogEntry } from 'boardgame.io';
import { EVENT_TEXT, YEAR_OF_ROUND, tensionCauseText } from '../../game/texts';
import type { ControlEntry, G, Seat } from '../../game/types';
import { actionLine, timeoutText } from '../../game/deeds';
import { moveOfEntry } from './logMoves';

export interface LogLine {
  key: string;
  kind: 'event' | 'action' | 'tension' | 'control';
  text: string;
  seat?: Seat;
  /** For tension lines: up or down. */
  delta?: number;
}

export interface LogRound {
  round: number;
  year: number;
  lines: LogLine[];
}

const SEATS_PER_ROUND = 5;

/** Each round has exactly one turn per seat, so boardgame.io's turn number gives the round. */
const roundOfTurn = (turn: number): number => Math.floor((Math.max(1, turn) - 1) / SEATS_PER_ROUND) + 1;

/**
 * Where each control entry falls among the log's entries: the index of the entry it comes before.
 * The log's entries carry no time, but each carries boardgame.io's state number (`_stateID`, the
 * number before it), and every control write on the server takes one state number too. So the
 * numbers the log skips are control writes. Without a turn timer each is exactly one entry of
 * G.control.log, in order: the placement is exact. With a timer the server also writes once at the
 * start of each turn (without an entry), so one skipped number at each turn's start is taken for it;
 * a server restart (which restarts the timer) or a move that beats that write can then put an entry
 * a move early or late, always within its round. An entry that finds no place (e.g. after the
 * last action) stays at the end of its round.
 */
function controlSlots(log: LogEntry[], g: G): Map<number, number[]> {
  const timed = g.control?.turnSeconds != null;
  const slots: { before: number; round: number; free: number }[] = [];
  let last = -1;
  let turn: number | null = null;
  log.forEach((e, i) => {
    const skipped = e._stateID - last - 1;
    const timer = timed && e.turn !== turn ? 1 : 0;
    if (skipped - timer > 0) slots.push({ before: i, round: roundOfTurn(e.turn), free: skipped - timer });
    last = Math.max(last, e._stateID);
    turn = e.turn;
  });
  // Log index → the control entries (by index) that come just before it.
  const at = new Map<number, number[]>();
  let k = 0;
  (g.control?.log ?? []).forEach((c, n) => {
    while (k < slots.length && (slots[k].free === 0 || slots[k].round < c.round)) k++;
    if (k >= slots.length || slots[k].round !== c.round) return;
    at.set(slots[k].before, [...(at.get(slots[k].before) ?? []), n]);
    slots[k].free--;
  });
  return at;
}

export function buildLog(log: LogEntry[], g: G): LogRound[] {
  const rounds = new Map<number, LogLine[]>();
  const add = (round: number, line: LogLine) => {
    const list = rounds.get(round) ?? [];
    list.push(line);
    rounds.set(round, list);
  };
  g.eventsDrawn.forEach((id, i) => {
    const title = Object.hasOwn(EVENT_TEXT, id) ? EVENT_TEXT[id].title : id;
    add(i + 1, { key: `e${i}`, kind: 'event', text: `Event: ${title}.` });
  });
  const mover = (e: LogEntry | undefined): Seat | null => moveOfEntry(e)?.seat ?? null;
  const controls = g.control?.log ?? [];
  const placed = controlSlots(log, g);
  const controlLine = (n: number, seat: Seat | null) => {
    const c: ControlEntry = controls[n];
    add(c.round, { key: `c${n}-${c.at}`, kind: 'control', text: timeoutText(c.text, seat) });
  };
  log.forEach((entry, i) => {
    for (const n of placed.get(i) ?? []) {
      // A timeout is noted just before the rest of the timed-out seat's turn: its next move names it.
      controlLine(n, controls[n].kind === 'timeout' ? mover(log.slice(i).find((e) => e.action?.type === 'MAKE_MOVE')) : null);
    }
    const mv = moveOfEntry(entry);
    if (mv?.action) add(roundOfTurn(entry.turn), { key: `a${entry._stateID}`, kind: 'action', seat: mv.seat, text: actionLine(mv.action, mv.seat) });
  });
  const done = new Set([...placed.values()].flat());
  controls.forEach((_, n) => { if (!done.has(n)) controlLine(n, null); });
  g.tensionLog.forEach((t, i) => add(t.round, { key: `t${i}`, kind: 'tension', text: tensionCauseText(t), delta: t.delta }));
  return [...rounds.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([round, lines]) => ({ round, year: YEAR_OF_ROUND(round), lines }));
}
