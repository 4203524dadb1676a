// The five states side by side: who plays each, resources, debt, memberships, bases, blame, and
// each score (the public part while the match runs, the final total at the end).
import type { G, StateId } from '../../game/types';
import { STATE_IDS, seatOf } from '../../game/types';
import { playerLabel, type Roster } from '../lib/roster';
import { shownScore } from '../lib/score';
import { StateMark } from './StateMark';

/** A state's resources, debt, blame and public score in one line of small figures. */
export function MiniStats({ g, id }: { g: G; id: StateId }) {
  const s = g.states[id];
  return (
    <dl className="mini-stats">
      <div><dt>Econ.</dt><dd className="num">{s.economy}</dd></div>
      <div><dt>Sec.</dt><dd className="num">{s.security}</dd></div>
      <div><dt>Stab.</dt><dd className="num">{s.stability}</dd></div>
      <div><dt>Debt</dt><dd className="num">{s.debt}</dd></div>
      <div><dt>Blame</dt><dd className="num">{s.blame}</dd></div>
      <div><dt>Score</dt><dd className="num"><strong>{shownScore(g, id)}</strong></dd></div>
    </dl>
  );
}

export function StatesTable({ g, roster, compact = false }: { g: G; roster: Roster; compact?: boolean }) {
  if (compact) {
    return (
      <ul className="states-list">
        {STATE_IDS.map((id) => {
          const s = g.states[id];
          const p = roster[seatOf(id)];
          return (
            <li key={id} className={`states-list__item${p.isYou ? ' is-you' : ''}`}>
              <p className="cell-state"><StateMark id={id} size="sm" /> <strong>{p.stateName}</strong> <span className="muted">{playerLabel(p)}</span></p>
              <MiniStats g={g} id={id} />
              <p className="muted states-list__inst">{s.members.length ? s.members.join(', ') : 'No institution'} · {s.bases.length ? s.bases.map((b) => `${b} base`).join(', ') : 'no base'} · {s.bri} BRI</p>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table states-table">
        <caption className="visually-hidden">The five states now</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col" className="num">Econ.</th>
            <th scope="col" className="num">Sec.</th>
            <th scope="col" className="num">Stab.</th>
            <th scope="col" className="num">Debt</th>
            <th scope="col" className="num">BRI</th>
            <th scope="col">Member of</th>
            <th scope="col">Bases</th>
            <th scope="col" className="num">Blame</th>
            <th scope="col" className="num" title="Sovereignty without secret agendas">Score</th>
          </tr>
        </thead>
        <tbody>
          {STATE_IDS.map((id) => {
            const s = g.states[id];
            const p = roster[seatOf(id)];
            return (
              <tr key={id} className={p.isYou ? 'is-you' : undefined}>
                <th scope="row">
                  <span className="cell-state"><StateMark id={id} size="sm" /> <span>{p.stateName}<span className="cell-state__who">{playerLabel(p)}{g.activeSeat === p.seat && !g.gameover ? ' · playing' : ''}{s.unrest ? ' · unrest' : ''}</span></span></span>
                </th>
                <td className="num">{s.economy}</td>
                <td className="num">{s.security}</td>
                <td className="num">{s.stability}</td>
                <td className="num">{s.debt}</td>
                <td className="num">{s.bri}</td>
                <td>{s.members.join(', ') || '—'}</td>
                <td>{s.bases.join(', ') || '—'}</td>
                <td className="num">{s.blame}</td>
                <td className="num"><strong>{shownScore(g, id)}</strong></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
