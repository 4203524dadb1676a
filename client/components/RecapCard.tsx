// "Since your last turn" (lib/recap.ts): the player's figures that moved, and what the others, the
// powers and the year's event did meanwhile, folded under one line.
import { useId } from 'react';
import { stateOf } from '../../game/types';
import type { Recap } from '../lib/recap';
import { StateMark } from './StateMark';

export function RecapCard({ recap }: { recap: Recap }) {
  const uid = useId();
  if (!recap.lines.length && !recap.changes.length) return null;
  return (
    <section className="recap" aria-labelledby={`${uid}-h`} data-testid="recap">
      <h3 className="small-heading" id={`${uid}-h`}>Since your last turn</h3>
      {recap.changes.length > 0 ? (
        <ul className="recap__changes">
          {recap.changes.map((c) => (
            <li key={c.key} className={`recap__change ${c.good ? 'is-good' : 'is-bad'}`}>
              <span className="recap__label">{c.label}</span>{' '}
              <span className="num">{c.from}</span>
              <span aria-hidden="true"> → </span><span className="visually-hidden"> to </span>
              <strong className="num">{c.to}</strong>
              <span className="recap__arrow" aria-hidden="true">{c.to > c.from ? '▲' : '▼'}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="recap__none">None of your figures moved.</p>
      )}
      {recap.lines.length > 0 && (
        <details className="recap__more">
          <summary>What happened meanwhile ({recap.lines.length})</summary>
          <ul className="recap__lines">
            {recap.lines.map((l) => (
              <li key={l.key} className={`recap__line recap__line--${l.kind}`} data-seat={l.seat}>
                {l.seat !== undefined ? <StateMark id={stateOf(l.seat)} size="sm" /> : <span className="recap__icon" aria-hidden="true">{l.kind === 'event' ? '❖' : l.kind === 'powers' ? '◆' : l.delta && l.delta > 0 ? '▲' : '▼'}</span>}
                <span>{l.text}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
