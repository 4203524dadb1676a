// The log in sentences, newest round first: the event, every action, every change of tension, and
// the facilitator's interventions as "Control" lines.
import { useMemo } from 'react';
import type { LogEntry } from 'boardgame.io';
import type { G } from '../../game/types';
import { stateOf } from '../../game/types';
import { buildLog } from '../lib/logLines';
import { StateMark } from './StateMark';

export function LogPanel({ log, g }: { log: LogEntry[]; g: G }) {
  const rounds = useMemo(() => buildLog(log, g), [log, g]);
  if (rounds.length === 0) return <p className="muted empty-note">Nothing has happened yet.</p>;
  return (
    <div className="log" tabIndex={0} aria-label="Match log, newest round first">
      {rounds.map((r) => (
        <section key={r.round} className="log__round">
          <h3 className="log__round-title">{r.year} <span className="muted">· round {r.round}</span></h3>
          <ul className="log__lines">
            {r.lines.map((l) => (
              <li key={l.key} className={`log__line log__line--${l.kind}${l.delta ? (l.delta > 0 ? ' is-up' : ' is-down') : ''}`}>
                {l.seat !== undefined ? (
                  <StateMark id={stateOf(l.seat)} size="sm" />
                ) : l.kind === 'control' ? (
                  <span className="log__tag">Control</span>
                ) : (
                  <span className="log__icon" aria-hidden="true">{l.kind === 'event' ? '❖' : l.delta && l.delta > 0 ? '▲' : '▼'}</span>
                )}
                <span>{l.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
