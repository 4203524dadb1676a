// The match log in sentences, grouped by round: the event, each action taken (from boardgame.io's
// log: payload type, args, playerID), each change of tension with its cause (G.tensionLog) and, in a
// class match, what the facilitator did (G.control.log).
import type { LogEntry } from 'boardgame.io';
import { actionFromMove } from '../../game/index';
import { EVENT_TEXT, YEAR_OF_ROUND, tensionCauseText } from '../../game/texts';
import type { Action, G, Seat } from '../../game/types';
import { isSeat } from '../../game/types';
import { actionLine } from '../../game/deeds';

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
  for (const entry of log) {
    if (entry.action?.type !== 'MAKE_MOVE') continue;
    const { type, args, playerID } = entry.action.payload as { type: string; args: unknown[] | null; playerID: string };
    if (!isSeat(playerID)) continue;
    const action = actionFromMove(type as Action['type'], Array.isArray(args) ? args : []);
    if (!action) continue;
    add(roundOfTurn(entry.turn), { key: `a${entry._stateID}`, kind: 'action', seat: playerID, text: actionLine(action, playerID) });
  }
  g.tensionLog.forEach((t, i) => add(t.round, { key: `t${i}`, kind: 'tension', text: tensionCauseText(t), delta: t.delta }));
  g.control?.log.forEach((c, i) => add(c.round, { key: `c${i}-${c.at}`, kind: 'control', text: c.text }));
  return [...rounds.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([round, lines]) => ({ round, year: YEAR_OF_ROUND(round), lines }));
}
