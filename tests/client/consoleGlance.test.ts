// The console's "At a glance" flag (client/lib/consoleGlance.ts): a running match whose turn is a
// students' seat with nobody connected waits on them; bots, paused or finished matches do not.
import { describe, expect, it } from 'vitest';
import { waitingOnAbsent } from '../../client/lib/consoleGlance';
import { newControl } from '../../game/control';
import type { ConsoleMatch } from '../../game/seminar';
import { SEATS, stateOf } from '../../game/types';

function match(over: Partial<ConsoleMatch>, active: { students: string[]; bot?: 'medium' | null; connected?: boolean }): ConsoleMatch {
  return {
    index: 0, matchID: 'm', label: 'Match 1', started: true, round: 2, rounds: 8, year: 2020, activeSeat: '1',
    tracks: { tension: 3, asymmetry: 2, euEngagement: 1 }, control: newControl(120),
    seats: SEATS.map((seat) => (seat === '1'
      ? { seat, state: stateOf(seat), students: active.students, bot: active.bot ?? null, connected: active.connected ?? false, sovereignty: 20, actionsLeft: 2 }
      : { seat, state: stateOf(seat), students: [], bot: 'medium', connected: false, sovereignty: 20, actionsLeft: 0 })),
    gameover: null, injectable: [], ranking: null, event: null, queuedEvent: null, ...over,
  };
}

describe('waitingOnAbsent', () => {
  it('names the state whose students are all offline on its turn', () => {
    expect(waitingOnAbsent(match({}, { students: ['Aigerim'] }))).toBe("Uzbekistan's student is offline");
    expect(waitingOnAbsent(match({}, { students: ['Aigerim', 'Bolat'] }))).toBe("Uzbekistan's students are offline");
  });

  it('says nothing when someone is there, a bot plays, or the match is not running', () => {
    expect(waitingOnAbsent(match({}, { students: ['Aigerim'], connected: true }))).toBeNull();
    expect(waitingOnAbsent(match({}, { students: ['Aigerim'], bot: 'medium' }))).toBeNull();
    expect(waitingOnAbsent(match({}, { students: [] }))).toBeNull();
    expect(waitingOnAbsent(match({ started: false }, { students: ['Aigerim'] }))).toBeNull();
    expect(waitingOnAbsent(match({ control: { ...newControl(120), paused: true } }, { students: ['Aigerim'] }))).toBeNull();
    expect(waitingOnAbsent(match({ gameover: { winners: ['0'], crisis: false, scores: {}, agendas: {}, agendasMet: {} } }, { students: ['Aigerim'] }))).toBeNull();
  });
});
