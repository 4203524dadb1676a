// The latest move of a match's log as a sentence ("Kazakhstan courted China on economics."), for the
// turn banner's announcement: a screen reader hears what the others did as it happens, as a sighted
// player sees it on the map and in the log.
import type { LogEntry } from 'boardgame.io';
import { actionLine } from '../../game/deeds';
import { actionFromMove } from '../../game/index';
import type { Action, Seat } from '../../game/types';
import { isSeat } from '../../game/types';

export interface LastMove { key: string; seat: Seat; text: string }

export function lastMove(log: readonly LogEntry[]): LastMove | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (entry?.action?.type !== 'MAKE_MOVE') continue;
    const { type, args, playerID } = entry.action.payload as { type: string; args: unknown[] | null; playerID: unknown };
    if (!isSeat(playerID)) return null;
    const action = actionFromMove(type as Action['type'], Array.isArray(args) ? args : []);
    return action ? { key: String(entry._stateID), seat: playerID, text: actionLine(action, playerID) } : null;
  }
  return null;
}
