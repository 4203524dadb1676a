// Every match of the class in one table at the top of the console, so a lecturer sees at a glance
// which match is waiting for whom (students offline on their own turn are flagged), how tense each
// is and how far it has come, and jumps to its card. Shown from two matches on.
import type { ConsoleMatch, ConsoleView } from '../../game/seminar';
import { STATE_NAME } from '../../game/names';
import { YEAR_OF_ROUND } from '../../game/texts';
import { waitingOnAbsent } from '../lib/consoleGlance';
import { BOT_TITLE } from '../lib/roster';
import type { ConsoleController } from '../lib/useConsole';
import { matchStatus } from './ConsoleMatchCard';
import { StateMark } from './StateMark';
import { tensionZone } from './Tracks';
import { TurnTimer } from './TurnTimer';

export const cardId = (m: Pick<ConsoleMatch, 'index'>): string => `console-match-${m.index + 1}`;

export function ConsoleOverview({ view, offset }: { view: ConsoleView; offset: ConsoleController['offset'] }) {
  if (view.matches.length < 2) return null;
  return (
    <section className="card console-overview" aria-labelledby="overview-h">
      <h2 id="overview-h" className="console-overview__title">At a glance</h2>
      <table className="data-table console-overview__table">
        <caption className="visually-hidden">Every match: its state, round, whose turn, tension and students online</caption>
        <thead>
          <tr><th scope="col">Match</th><th scope="col">Status</th><th scope="col">Year</th><th scope="col">Turn</th><th scope="col">Tension</th><th scope="col">Students online</th></tr>
        </thead>
        <tbody>
          {view.matches.map((m) => {
            const status = matchStatus(m);
            const active = m.seats.find((s) => s.seat === m.activeSeat);
            const live = m.started && !m.gameover;
            const absent = waitingOnAbsent(m);
            const seats = m.seats.filter((s) => s.students.length > 0);
            const online = seats.filter((s) => s.connected).length;
            return (
              <tr key={m.index} className={absent ? 'is-waiting' : undefined}>
                <th scope="row"><a href={`#${cardId(m)}`}>{m.label}</a></th>
                <td data-label="Status"><span className={`status-badge status-badge--${status.key}`}>{status.text}</span></td>
                <td data-label="Year">{m.started ? <span>{YEAR_OF_ROUND(m.round)} <span className="muted">({m.round}/{m.rounds})</span></span> : '—'}</td>
                <td data-label="Turn">
                  {live && active ? (
                    <span className="console-overview__turn">
                      <StateMark id={active.state} size="sm" /> {STATE_NAME[active.state]}
                      {active.bot ? <span className="muted"> · {BOT_TITLE[active.bot] ?? 'Bot'}</span> : <TurnTimer control={m.control} offset={offset} className="console-overview__timer" />}
                      {absent && <strong className="console-overview__warn"> · ⚠ {absent}</strong>}
                    </span>
                  ) : <span className="muted">—</span>}
                </td>
                <td data-label="Tension" className={`console-overview__tension console-overview__tension--${tensionZone(m.tracks.tension)}`}>
                  <span>{m.tracks.tension}<span className="muted">/10 · {tensionZone(m.tracks.tension)}</span></span>
                </td>
                <td data-label="Students online">{seats.length ? `${online} of ${seats.length} ${seats.length === 1 ? 'seat' : 'seats'}` : <span className="muted">bots only</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
