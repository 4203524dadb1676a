// The moves of boardgame.io's log, read one way everywhere (the log panel, the recap, the turn
// banner's announcement, the solo replay): a log entry's move with its seat, name, arguments and,
// when they make one of the game's actions, that action.
import type { LogEntry } from 'boardgame.io';
import { actionLine } from '../../game/deeds';
import { actionFromMove } from '../../game/index';
import type { Action, Seat } from '../../game/types';
import { isSeat } from '../../game/types';

export interface LoggedMove { seat: Seat; move: string; args: unknown[]; action: Action | null }

/** The move of a log entry, or null when the entry is not a seat's move. */
export function moveOfEntry(entry: LogEntry | null | undefined): LoggedMove | null {
  if (entry?.action?.type !== 'MAKE_MOVE') return null;
  const p = entry.action.payload as { type?: unknown; args?: unknown; playerID?: unknown };
  if (typeof p.type !== 'string' || !isSeat(p.playerID)) return null;
  const args = Array.isArray(p.args) ? p.args : [];
  let action: Action | null = null;
  try { action = actionFromMove(p.type as Action['type'], args); } catch { /* not one of the game's moves */ }
  return { seat: p.playerID, move: p.type, args, action };
}

/**
 * The latest move of a match's log as a sentence ("Kazakhstan courted China on economics."), for the
 * turn banner's announcement: a screen reader hears what the others did as it happens, as a sighted
 * player sees it on the map and in the log.
 */
export interface LastMove { key: string; seat: Seat; text: string }

export function lastMove(log: readonly LogEntry[]): LastMove | null {
  for (let i = log.length - 1; i >= 0; i--) {
    if (log[i]?.action?.type !== 'MAKE_MOVE') continue;
    const mv = moveOfEntry(log[i]);
    return mv?.action ? { key: String(log[i]._stateID), seat: mv.seat, text: actionLine(mv.action, mv.seat) } : null;
  }
  return null;
}
