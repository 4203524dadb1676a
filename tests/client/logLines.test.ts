// The match log in sentences (client/lib/logLines.ts): the control team's entries among the actions
// where they happened, found from the state numbers the log skips, and the timed-out seat named.
import type { LogEntry } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { buildLog } from '../../client/lib/logLines';
import { newControl } from '../../game/control';
import { moveArgs } from '../../game/index';
import type { Action, ControlEntry, G, Seat } from '../../game/types';
import { fresh } from '../game/helpers';

/** A move of the log at state number `id`, with the automatic end of turn when `ends`. */
function move(id: number, turn: number, seat: Seat, action: Action, ends = false): LogEntry[] {
  const made = { action: { type: 'MAKE_MOVE', payload: { type: action.type, args: moveArgs(action), playerID: seat } }, _stateID: id, turn, phase: 'play' };
  const end = { action: { type: 'GAME_EVENT', payload: { type: 'endTurn' } }, _stateID: id, turn, phase: 'play', automatic: true };
  return (ends ? [made, end] : [made]) as unknown as LogEntry[];
}
const court: Action = { type: 'court', board: 'economics', power: 'CN' };
const pass: Action = { type: 'pass' };
const note = (kind: ControlEntry['kind'], text: string, at: number, round = 1): ControlEntry => ({ round, kind, text, at });

function game(turnSeconds: number | null, log: ControlEntry[]): G {
  const g = fresh({ scenario: 'short' }, 3);
  g.eventsDrawn = ['sanctions'];
  g.tensionLog = [];
  g.control = { ...newControl(turnSeconds), log };
  return g;
}

const lines = (log: LogEntry[], g: G) => buildLog(log, g).find((r) => r.round === 1)!.lines.map((l) => l.text);

describe('buildLog: control lines where they happened', () => {
  it('without a turn timer every skipped state number is a control entry: the order is exact', () => {
    const g = game(null, [
      note('pause', 'The facilitator paused the match.', 1), note('resume', 'The facilitator resumed the match.', 2),
      note('track', 'Tension +1 (now 3): Border incident', 3), note('message', 'Ten minutes left', 4),
    ]);
    // 0, 1: pause and resume before any move; 4: the track change between the turns; the message after the last move.
    const log = [...move(2, 1, '0', court), ...move(3, 1, '0', pass, true), ...move(5, 2, '1', court), ...move(6, 2, '1', court, true)];
    expect(lines(log, g)).toEqual([
      'Event: Sanctions bite.',
      'The facilitator paused the match.', 'The facilitator resumed the match.',
      'Kazakhstan courted China on economics.', 'Kazakhstan passed.',
      'Tension +1 (now 3): Border incident',
      'Uzbekistan courted China on economics.', 'Uzbekistan courted China on economics.',
      'Ten minutes left',
    ]);
  });

  it('with a timer, one skipped number at each turn\'s start is the timer; a timeout names the seat whose time ran out', () => {
    const g = game(60, [
      note('timeout', 'Time ran out: the rest of the turn was passed.', 1),
      note('pause', 'The facilitator paused the match.', 2), note('resume', 'The facilitator resumed the match.', 3),
    ]);
    // 0: timer; 3: timer, 4: timeout; 6: timer; 8, 9: pause and resume in Kyrgyzstan's turn.
    const log = [
      ...move(1, 1, '0', court), ...move(2, 1, '0', pass, true),
      ...move(5, 2, '1', pass, true),
      ...move(7, 3, '2', court), ...move(10, 3, '2', court, true),
    ];
    expect(lines(log, g)).toEqual([
      'Event: Sanctions bite.',
      'Kazakhstan courted China on economics.', 'Kazakhstan passed.',
      'Uzbekistan\'s time ran out: the rest of its turn was passed.', 'Uzbekistan passed.',
      'Kyrgyzstan courted China on economics.',
      'The facilitator paused the match.', 'The facilitator resumed the match.',
      'Kyrgyzstan courted China on economics.',
    ]);
  });

  it('an entry with no skipped number left in its round stays at the end of its round', () => {
    const g = game(null, [note('message', 'Round two begins soon', 5, 1), note('pause', 'The facilitator paused the match.', 6, 2)]);
    g.eventsDrawn = ['sanctions', 'trade-war'];
    const log = [...move(0, 1, '0', court), ...move(1, 1, '0', pass, true)];
    expect(lines(log, g)).toEqual(['Event: Sanctions bite.', 'Kazakhstan courted China on economics.', 'Kazakhstan passed.', 'Round two begins soon']);
    expect(buildLog(log, g).find((r) => r.round === 2)!.lines.map((l) => l.text)).toEqual(['Event: US–China trade war.', 'The facilitator paused the match.']);
  });
});
