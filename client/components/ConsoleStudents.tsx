// The console's students: each one's place (match and state) and connection; before their match
// starts, a way to move them to another match or seat (two students on one seat make a team).
import { useId, useState } from 'react';
import { STATE_NAME } from '../../game/names';
import type { ConsoleView, StudentInfo } from '../../game/seminar';
import type { Seat } from '../../game/types';
import { stateOf } from '../../game/types';
import { BOT_TITLE } from '../lib/roster';
import type { ConsoleController } from '../lib/useConsole';
import { FeedbackLine } from './FeedbackLine';
import { StateMark } from './StateMark';

type Ctrl = Pick<ConsoleController, 'run' | 'busy' | 'feedback'>;

function MoveStudent({ student, view, ctrl }: { student: StudentInfo; view: ConsoleView; ctrl: Ctrl }) {
  const uid = useId();
  const [place, setPlace] = useState('');
  const open = view.matches.filter((m) => !m.started);
  const where = `student:${student.studentID}`;
  if (open.length === 0) return null;
  const current = student.match !== null ? `${student.match}:${student.seat}` : '';
  const move = () => {
    const [m, s] = place.split(':');
    if (!s) return;
    const match = Number(m);
    const seat = s as Seat;
    const label = view.matches[match]?.label ?? `Match ${match + 1}`;
    void ctrl.run(where, 'assign', { studentID: student.studentID, match, seat }, `${student.name} now plays ${STATE_NAME[stateOf(seat)]} in ${label}.`)
      .then((ok) => ok && setPlace(''));
  };
  return (
    <div className="move-student">
      <label htmlFor={`${uid}-to`} className="visually-hidden">New place for {student.name}</label>
      <select id={`${uid}-to`} className="select select--short" value={place} onChange={(e) => setPlace(e.target.value)}>
        <option value="">Move to…</option>
        {open.map((m) => (
          <optgroup key={m.index} label={m.label}>
            {m.seats.map((s) => {
              const value = `${m.index}:${s.seat}`;
              // The class's bot seats are the bots' in every match: offered for reading, not choosing.
              const who = s.students.length ? s.students.join(', ') : s.bot ? `${BOT_TITLE[s.bot] ?? 'Bot'} (bot seat)` : 'open';
              return <option key={s.seat} value={value} disabled={value === current || (!!s.bot && !s.students.length)}>{STATE_NAME[s.state]} — {who}</option>;
            })}
          </optgroup>
        ))}
      </select>
      <button type="button" className="button button--small" disabled={!place || ctrl.busy === where} onClick={move} aria-label={`Move ${student.name}`}>Move</button>
      <FeedbackLine feedback={ctrl.feedback} where={where} />
    </div>
  );
}

export function ConsoleStudents({ view, ctrl }: { view: ConsoleView; ctrl: Ctrl }) {
  const uid = useId();
  const students = [...view.students].sort((a, b) => (a.match ?? 99) - (b.match ?? 99) || Number(a.seat ?? 9) - Number(b.seat ?? 9) || a.name.localeCompare(b.name));
  const online = students.filter((s) => s.connected).length;
  const playing = students.filter((s) => s.match !== null && view.matches[s.match]?.started).length;
  return (
    <section className="card console-students" aria-labelledby={`${uid}-h`}>
      <div className="console-students__head">
        <h2 id={`${uid}-h`}>Students</h2>
        <p className="muted">{students.length} joined{playing ? ` · ${online} of ${playing} playing online` : ''}</p>
      </div>
      {students.length === 0 ? (
        <p className="muted empty-note">Nobody has joined yet. Show the class code or the student link on the projector.</p>
      ) : (
        <table className="data-table console-students__table">
          <caption className="visually-hidden">Every student, their place and connection</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Place</th><th scope="col">Connection</th><th scope="col">Move before the start</th></tr>
          </thead>
          <tbody>
            {students.map((s) => {
              const match = s.match !== null ? view.matches[s.match] : null;
              return (
                <tr key={s.studentID}>
                  <th scope="row">{s.name}</th>
                  <td data-label="Place">
                    {match && s.seat !== null ? (
                      <span className="cell-state"><StateMark id={stateOf(s.seat)} size="sm" /> {STATE_NAME[stateOf(s.seat)]} <span className="muted">· {match.label}</span></span>
                    ) : <span className="muted">Not placed yet</span>}
                  </td>
                  <td data-label="Connection">
                    {match && match.started ? (
                      <span className={`presence presence--${s.connected ? 'on' : 'off'}`}><span className="presence__dot" aria-hidden="true" />{s.connected ? 'Online' : 'Offline'}</span>
                    ) : <span className="muted">Joined · waiting</span>}
                  </td>
                  <td data-label="Move">
                    {!match || !match.started ? <MoveStudent student={s} view={view} ctrl={ctrl} /> : <span className="muted small">{match.gameover ? 'Finished' : 'Playing'}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
