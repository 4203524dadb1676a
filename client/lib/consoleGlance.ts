// What the console's "At a glance" table flags: a match that waits on students who are offline.
import { STATE_NAME } from '../../game/names';
import type { ConsoleMatch } from '../../game/seminar';

/** The students' seat whose turn it is, when none of its students is connected (the match waits for them). */
export function waitingOnAbsent(m: ConsoleMatch): string | null {
  if (!m.started || m.gameover || m.control.paused) return null;
  const active = m.seats.find((s) => s.seat === m.activeSeat);
  if (!active || active.bot || active.students.length === 0 || active.connected) return null;
  return `${STATE_NAME[active.state]}'s ${active.students.length > 1 ? 'students are' : 'student is'} offline`;
}
