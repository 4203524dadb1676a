// Your state at a glance: resources and debt, memberships, bases, BRI, blame, balanced boards,
// special ability, free actions, and your secret agenda with whether it is met now (game/agendas).
import { useId } from 'react';
import { AGENDAS } from '../../game/agendas';
import { dominant } from '../../game/board';
import { LIMITS } from '../../game/config';
import { capitalFirst, POWER_NAME } from '../../game/names';
import { AGENDA_TEXT, INSTITUTION_TEXT, STATE_TEXT, TOKEN_TEXT } from '../../game/texts';
import type { G, Seat } from '../../game/types';
import { BOARDS, INSTITUTIONS, stateOf } from '../../game/types';
import { playerLabel, type SeatPlayer } from '../lib/roster';
import { shownScore, shownScoreLabel } from '../lib/score';
import { StateMark } from './StateMark';

export interface StateCardProps {
  g: G;
  seat: Seat;
  player: SeatPlayer;
}

const RESOURCES = [
  { key: 'economy', label: 'Economy' },
  { key: 'security', label: 'Security' },
  { key: 'stability', label: 'Stability' },
  { key: 'debt', label: 'Debt' },
] as const;

export function StateCard({ g, seat, player }: StateCardProps) {
  const id = stateOf(seat);
  const s = g.states[id];
  const text = STATE_TEXT[id];
  const uid = useId();
  const agendaId = s.agenda;
  const agenda = agendaId && Object.hasOwn(AGENDA_TEXT, agendaId) ? AGENDA_TEXT[agendaId] : null;
  const def = agendaId && Object.hasOwn(AGENDAS, agendaId) ? AGENDAS[agendaId] : null;
  const met = def ? def.met(g, id) : false;
  const score = shownScore(g, id);
  const dominated = BOARDS.map((b) => ({ b, p: dominant(g, id, b) })).filter((x) => x.p);

  return (
    <section className="card state-card" data-guide="state" aria-labelledby={`${uid}-name`}>
      <header className="state-card__head">
        <StateMark id={id} size="lg" />
        <div className="state-card__who">
          <h2 className="state-card__name" id={`${uid}-name`}>{text.name}</h2>
          <p className="state-card__sub">{text.capital} · {playerLabel(player)}</p>
        </div>
        <p className="state-card__score">
          <span className="state-card__score-n num">{score}</span>
          <span className="state-card__score-l">{shownScoreLabel(g)}</span>
          {!g.gameover && <span className="state-card__score-note">before agenda</span>}
        </p>
      </header>

      {s.unrest && !g.gameover && (
        <p className="notice notice--warn">Unrest: your stability fell to 0, so you have only 1 action this round.</p>
      )}

      <dl className="resources">
        {RESOURCES.map((r) => (
          <div key={r.key} className={`resource resource--${r.key}`}>
            <dt>{r.label}</dt>
            <dd>
              <span className="num resource__n">{s[r.key]}</span>
              <span className="resource__max">/{LIMITS.resourceMax}</span>
              <span className="meter" aria-hidden="true"><span style={{ width: `${(s[r.key] / LIMITS.resourceMax) * 100}%` }} /></span>
            </dd>
          </div>
        ))}
      </dl>

      <ul className="facts-line" aria-label="Memberships, bases and standing">
        {INSTITUTIONS.map((inst) => {
          const on = s.members.includes(inst);
          return (
            <li key={inst} className={`tag${on ? ' tag--on' : ' tag--off'}`} title={INSTITUTION_TEXT[inst].name}>
              {on ? '✓ ' : ''}{inst}<span className="visually-hidden">{on ? ': member' : ': not a member'}</span>
            </li>
          );
        })}
        {s.bases.map((p) => <li key={p} className="tag tag--on">{p === 'RU' ? 'Russian' : 'Chinese'} base</li>)}
        <li className="fact">BRI <strong className="num">{s.bri}</strong></li>
        <li className="fact">Blame <strong className="num">{s.blame}</strong></li>
        <li className="fact" title={dominated.map((x) => `${x.b} dominated by ${POWER_NAME[x.p!]}`).join('; ') || 'No power dominates any of your boards'}>
          Balanced <strong className="num">{4 - dominated.length}</strong>/4
        </li>
      </ul>
      {dominated.length > 0 && (
        <p className="state-card__warn">
          {dominated.map((x) => `${capitalFirst(POWER_NAME[x.p!])} dominates your ${x.b}`).join('; ')}:{' '}
          {dominated.length > 1 ? 'those boards score nothing.' : 'that board scores nothing.'}
        </p>
      )}

      <details className="state-card__special">
        <summary><strong>{text.special.title}</strong> — your special ability</summary>
        <p>{text.special.text}</p>
      </details>

      {s.tokens.length > 0 && (
        <div className="tokens">
          <h3 className="small-heading">Free actions this round</h3>
          <ul>
            {s.tokens.map((t) => <li key={t.id}>{Object.hasOwn(TOKEN_TEXT, t.kind) ? TOKEN_TEXT[t.kind] : t.kind}</li>)}
          </ul>
        </div>
      )}

      {agenda && (
        <section className={`agenda-card agenda-card--${met ? 'met' : 'unmet'}`} data-guide="agenda" aria-labelledby={`${uid}-agenda`}>
          <div className="agenda-card__top">
            <h3 className="agenda-card__kicker" id={`${uid}-agenda`}>Your secret agenda</h3>
            <span className={`status-pill status-pill--${met ? 'met' : 'unmet'}`}>{met ? (g.gameover ? '✓ Met' : '✓ Met now') : g.gameover ? '✗ Not met' : '○ Not yet'}</span>
          </div>
          <p className="agenda-card__title">{agenda.title} <span className="agenda-card__pts">+{def?.points ?? 0} points</span></p>
          <p className="agenda-card__goal">{agenda.goal}</p>
        </section>
      )}
    </section>
  );
}
