// The public facts of the state selected on the map: who plays it, its resources, institutions,
// bases, blame and its score (the public part while the match runs, the final total at the end).
import { BASE_OWNER } from '../../game/names';
import { STATE_TEXT } from '../../game/texts';
import type { BasePower, G, StateId } from '../../game/types';
import { seatOf } from '../../game/types';
import { playerLabel, type Roster } from '../lib/roster';
import { shownScore, shownScoreLabel } from '../lib/score';
import { StateMark } from './StateMark';

export function StateSummary({ g, id, roster }: { g: G; id: StateId; roster: Roster }) {
  const s = g.states[id];
  const p = roster[seatOf(id)];
  const t = STATE_TEXT[id];
  return (
    <section className="state-summary" aria-label={`${t.name} at a glance`}>
      <div className="state-summary__head">
        <StateMark id={id} />
        <p className="state-summary__name"><strong>{t.name}</strong> <span className="muted">· {playerLabel(p)}{g.activeSeat === p.seat && !g.gameover ? ' · playing now' : ''}</span></p>
        <p className="state-summary__score"><span className="muted">{shownScoreLabel(g)}</span> <strong className="num">{shownScore(g, id)}</strong></p>
      </div>
      <dl className="mini-stats mini-stats--wide">
        <div><dt>Economy</dt><dd className="num">{s.economy}</dd></div>
        <div><dt>Security</dt><dd className="num">{s.security}</dd></div>
        <div><dt>Stability</dt><dd className="num">{s.stability}</dd></div>
        <div><dt>Debt</dt><dd className="num">{s.debt}</dd></div>
        <div><dt>BRI</dt><dd className="num">{s.bri}</dd></div>
        <div><dt>Blame</dt><dd className="num">{s.blame}</dd></div>
      </dl>
      <p className="state-summary__more">
        {s.members.length ? `In the ${s.members.join(', ')}` : 'In no institution'} · {s.bases.length ? `${s.bases.map((b) => BASE_OWNER[b as BasePower]).join(' and ')} base${s.bases.length > 1 ? 's' : ''}` : 'no foreign base'}
        {s.unrest ? ' · in unrest' : ''} · <em>{t.special.title}</em>: {t.special.text}
      </p>
    </section>
  );
}
