// "Since your last turn": what changed between the end of a seat's turn and the start of its next
// one — the other states' actions, the powers' placements in its state, the new event, tension's
// moves, and its own figures before and after. Shown at the top of the actions and read out with
// the turn's announcement, so a player (or a screen reader user) need not search the log.
import type { LogEntry } from 'boardgame.io';
import { balancedCount, publicSovereignty } from '../../game/board';
import { actionLine } from '../../game/deeds';
import { EVENT_TEXT, YEAR_OF_ROUND, own, powerReasonText, tensionCauseText } from '../../game/texts';
import type { G, Seat } from '../../game/types';
import { stateOf } from '../../game/types';
import { moveOfEntry } from './logMoves';

/** The state as a seat's turn ended, and the last log entry then. */
export interface TurnMark {
  g: G;
  /** The `_stateID` of the newest log entry when the turn ended (-1 with none). */
  stateID: number;
}

export interface RecapLine {
  key: string;
  kind: 'action' | 'powers' | 'event' | 'tension';
  text: string;
  seat?: Seat;
  /** Tension lines: up or down. */
  delta?: number;
}

export type RecapFigure = 'score' | 'economy' | 'security' | 'stability' | 'debt' | 'balanced' | 'tension';

export interface RecapChange {
  key: RecapFigure;
  label: string;
  from: number;
  to: number;
  /** Whether the change is good for the player (debt and tension going down are). */
  good: boolean;
}

export interface Recap {
  lines: RecapLine[];
  changes: RecapChange[];
  /** The changes and any new event in a sentence or two, for the turn's announcement ('' when nothing changed). */
  summary: string;
}

export const markOf = (g: G, log: readonly LogEntry[]): TurnMark => ({ g, stateID: log.length ? log[log.length - 1]._stateID : -1 });

const FIGURES: { key: RecapFigure; label: string; lowerIsBetter?: boolean; read: (g: G, seat: Seat) => number }[] = [
  { key: 'score', label: 'Score', read: (g, s) => publicSovereignty(g, stateOf(s)) },
  { key: 'economy', label: 'Economy', read: (g, s) => g.states[stateOf(s)].economy },
  { key: 'security', label: 'Security', read: (g, s) => g.states[stateOf(s)].security },
  { key: 'stability', label: 'Stability', read: (g, s) => g.states[stateOf(s)].stability },
  { key: 'debt', label: 'Debt', lowerIsBetter: true, read: (g, s) => g.states[stateOf(s)].debt },
  { key: 'balanced', label: 'Balanced boards', read: (g, s) => balancedCount(g, stateOf(s)) },
  { key: 'tension', label: 'Tension', lowerIsBetter: true, read: (g) => g.tracks.tension },
];

/** What happened from `mark` (the end of the seat's last turn) to `now` (the start of its turn). */
export function recapSince(mark: TurnMark, now: G, log: readonly LogEntry[], seat: Seat): Recap {
  const lines: RecapLine[] = [];
  for (const entry of log) {
    if (entry._stateID <= mark.stateID) continue;
    const mv = moveOfEntry(entry);
    if (mv?.action && mv.seat !== seat) lines.push({ key: `a${entry._stateID}`, kind: 'action', seat: mv.seat, text: actionLine(mv.action, mv.seat) });
  }
  // The powers phase between the two turns (the log of the last one), where it touched this state.
  if (now.round > mark.g.round) {
    now.powersLog.forEach((step, i) => {
      if (step.state === stateOf(seat) && !step.skipped && step.reason !== 'cap') lines.push({ key: `p${i}`, kind: 'powers', text: powerReasonText(step) });
    });
  }
  now.eventsDrawn.slice(mark.g.eventsDrawn.length).forEach((id, i) => {
    const n = mark.g.eventsDrawn.length + i;
    lines.push({ key: `e${n}`, kind: 'event', text: `Event of ${YEAR_OF_ROUND(n + 1)}: ${own(EVENT_TEXT, id)?.title ?? id}.` });
  });
  now.tensionLog.slice(mark.g.tensionLog.length).forEach((t, i) => {
    lines.push({ key: `t${mark.g.tensionLog.length + i}`, kind: 'tension', text: tensionCauseText(t), delta: t.delta });
  });

  const changes: RecapChange[] = [];
  for (const f of FIGURES) {
    const from = f.read(mark.g, seat);
    const to = f.read(now, seat);
    if (from !== to) changes.push({ key: f.key, label: f.label, from, to, good: f.lowerIsBetter ? to < from : to > from });
  }
  // Read out with the turn: the figures that moved, then any new event card (the top bar changes
  // it silently).
  const figures = changes.length
    ? `Since your last turn: ${changes.map((c) => `${c.key === 'tension' ? 'tension' : `your ${c.label.toLowerCase()}`} ${c.from} to ${c.to}`).join(', ')}.`
    : '';
  const summary = [figures, ...lines.filter((l) => l.kind === 'event').map((l) => l.text)].filter(Boolean).join(' ');
  return { lines, changes, summary };
}

// ---- the mark, kept for the tab's life so that a reload while waiting keeps the recap ----

const KEY = 'mdchess.turnMark.';

export function loadMark(matchKey: string, seat: Seat): TurnMark | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY + matchKey) ?? 'null') as (TurnMark & { seat?: string }) | null;
    if (!raw || raw.seat !== seat || typeof raw.stateID !== 'number' || !raw.g || typeof raw.g !== 'object') return null;
    const g = raw.g;
    if (typeof g.round !== 'number' || !g.states || !g.tracks || !Array.isArray(g.eventsDrawn) || !Array.isArray(g.tensionLog)) return null;
    return { g: raw.g, stateID: raw.stateID };
  } catch {
    return null;
  }
}

export function saveMark(matchKey: string, seat: Seat, mark: TurnMark): void {
  try {
    sessionStorage.setItem(KEY + matchKey, JSON.stringify({ ...mark, seat }));
  } catch {
    // Not kept: after a reload the next turn starts without a recap.
  }
}
