// The end of a match: the winner(s), every seat's score term by term, the agendas revealed, the
// tension record with its blame, and charts of the match by round from G.history.
import { useEffect, useRef } from 'react';
import { controlEndText } from '../../game/control';
import { AGENDA_TEXT, YEAR_OF_ROUND, tensionCauseText } from '../../game/texts';
import type { G, Seat, StateId } from '../../game/types';
import { STATE_IDS, seatOf, stateOf } from '../../game/types';
import { rankStates } from '../../game/score';
import { DASHES, LineChart, MARKERS } from '../components/LineChart';
import { Link } from '../components/Link';
import { StateMark } from '../components/StateMark';
import { paths } from '../lib/router';
import { playerLabel, playerLabelInline, type Roster } from '../lib/roster';
import { scoreChart } from '../lib/score';
import { useIsPhone } from '../lib/useMedia';

export interface EndScreenProps {
  g: G;
  roster: Roster;
  mySeat: Seat | null;
  onShowBoard: () => void;
  onPlayAgain?: () => void;
  /** The label of the play-again button ("Play again", "New match"). */
  playAgainLabel?: string;
  /** Online, for a player of the match: the rematch with the same players. */
  rematch?: RematchOffer;
  /** Where the match's replay is (move by move, from the set-up to the end). */
  replayHref?: string;
}

/** A rematch of an online match: the same states and scenario, the same players, a new deal. */
export interface RematchOffer {
  /** Who set it up, as a sentence's subject ("Aigerim (Kazakhstan)"), or null while nobody has. */
  offeredBy: string | null;
  busy: boolean;
  error: string | null;
  onRematch: () => void;
}

const TERMS = [
  { key: 'economy', label: 'Economy', sign: 1 },
  { key: 'security', label: 'Security', sign: 1 },
  { key: 'stability', label: 'Stability', sign: 1 },
  { key: 'debt', label: 'Debt', sign: -1 },
  { key: 'balanced', label: 'Balanced', sign: 1 },
  { key: 'agenda', label: 'Agenda', sign: 1 },
  { key: 'neutrality', label: 'Neutrality', sign: 1 },
  { key: 'crisis', label: 'Crisis', sign: 1 },
] as const;

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth'];
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export default function EndScreen({ g, roster, mySeat, onShowBoard, onPlayAgain, playAgainLabel = 'Play again', rematch, replayHref }: EndScreenProps) {
  const isPhone = useIsPhone();
  const over = g.gameover!;
  // Places follow the rules' tie-breaks (the footnote under the table says which), not the total alone.
  const ranked = rankStates(g, (id) => over.scores[seatOf(id)].total).map(seatOf);
  const winners = over.winners.map((s) => roster[s as Seat]);
  const iWon = mySeat !== null && over.winners.includes(mySeat);
  /** How the seminar's control team ended the match (or caused its crisis), or null. */
  const byControl = controlEndText(g);
  const history = g.history;
  const xLabels = history.map((h) => String(YEAR_OF_ROUND(h.round)));
  const sov = scoreChart(
    xLabels,
    Object.fromEntries(STATE_IDS.map((id) => [id, history.map((h) => h.sovereignty[id])])) as Record<StateId, number[]>,
    Object.fromEntries(STATE_IDS.map((id) => [id, over.scores[seatOf(id)].total])),
  );

  // The end is announced where focus lands: the result, read with its sentence (a screen reader
  // would otherwise hear nothing: the match screen and its live regions are gone).
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => { titleRef.current?.focus({ preventScroll: true }); }, []);

  return (
    <main id="main" tabIndex={-1} className="page end-screen">
      <header className={`end-hero${over.crisis ? ' end-hero--crisis' : ''}`}>
        <p className="end-hero__kicker">{over.crisis ? `Crisis in ${YEAR_OF_ROUND(g.round)}` : `${byControl ? 'Ended by the control team' : 'The match is over'} · ${YEAR_OF_ROUND(g.round)}`}</p>
        <h1 className="end-hero__title" ref={titleRef} tabIndex={-1} aria-describedby="end-hero-text">
          {iWon ? 'You win' : `${winners.map((w) => w.stateName).join(' and ')} ${winners.length > 1 ? 'win' : 'wins'}`}
        </h1>
        <p className="end-hero__text" id="end-hero-text">
          {over.crisis
            ? `${byControl ?? 'Tension between Moscow and Beijing reached 10 and the game stopped at once.'} Every state lost 5 points, and the most blamed lost 5 more.`
            : `${byControl ?? `${g.history.length} years of multi-dimensional chess are over.`} Sovereignty decides: resources, balanced boards, secret agendas.`}
          {' '}{winners.map((w) => `${w.stateName} (${playerLabelInline(w)}) scores ${over.scores[w.seat].total}.`).join(' ')}
          {mySeat !== null && !iWon && ` You finish ${ORDINAL[ranked.indexOf(mySeat)]} with ${over.scores[mySeat].total}.`}
        </p>
        {rematch && (
          <div className="end-hero__rematch">
            <p role="status">
              {rematch.offeredBy
                ? `${rematch.offeredBy} set up a rematch: the same states and scenario, a new deal of events and agendas.`
                : 'Play again with the same players: the same states and scenario, a new deal of events and agendas.'}
            </p>
            {rematch.error && <p className="notice notice--error" role="alert">{rematch.error}</p>}
          </div>
        )}
        <div className="button-row">
          {rematch && (
            <button type="button" className="button button--primary" onClick={rematch.onRematch} disabled={rematch.busy} aria-busy={rematch.busy}>
              {rematch.offeredBy ? 'Join the rematch' : 'Rematch'}
            </button>
          )}
          <button type="button" className="button" onClick={onShowBoard}>See the final board</button>
          {replayHref && <Link href={replayHref} className="button">Watch the replay</Link>}
          {onPlayAgain && <button type="button" className={`button${rematch ? '' : ' button--primary'}`} onClick={onPlayAgain}>{playAgainLabel}</button>}
          <Link href={paths.home} className="button">Home</Link>
        </div>
      </header>

      <section className="card" aria-labelledby="scores-h">
        <h2 id="scores-h">Final scores</h2>
        {isPhone ? (
          <ol className="score-list">
            {ranked.map((seat) => {
              const sc = over.scores[seat];
              const p = roster[seat];
              const won = over.winners.includes(seat);
              return (
                <li key={seat} className={`score-list__item${won ? ' is-winner' : ''}${p.isYou ? ' is-you' : ''}`}>
                  <p className="score-list__head">
                    <StateMark id={p.state} size="sm" />
                    <span className="score-list__who"><strong>{p.stateName}</strong> <span className="muted">{playerLabel(p)}</span></span>
                    <strong className="score-list__total num">{sc.total}{won && <span className="visually-hidden"> (winner)</span>}</strong>
                  </p>
                  <dl className="score-list__terms">
                    {TERMS.map((t) => (
                      <div key={t.key}><dt>{t.label}</dt><dd className="num">{signed(t.sign * sc[t.key])}</dd></div>
                    ))}
                    <div className="score-list__tiebreak"><dt>Blame <span className="visually-hidden">(breaks ties, not added)</span></dt><dd className="num">{g.states[stateOf(seat)].blame}</dd></div>
                  </dl>
                </li>
              );
            })}
          </ol>
        ) : (
        <div className="table-wrap">
          <table className="data-table score-table">
            <caption className="visually-hidden">Each state's sovereignty, term by term</caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">State</th>
                {TERMS.map((t) => <th key={t.key} scope="col" className="num">{t.label}</th>)}
                <th scope="col" className="num">Total</th>
                <th scope="col" className="num score-table__tiebreak">Blame <span className="visually-hidden">(breaks ties, not added)</span></th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((seat, i) => {
                const sc = over.scores[seat];
                const p = roster[seat];
                const won = over.winners.includes(seat);
                return (
                  <tr key={seat} className={`${won ? 'is-winner' : ''}${p.isYou ? ' is-you' : ''}`}>
                    <td className="num">{i + 1}{won ? <span className="visually-hidden"> (winner)</span> : null}</td>
                    <th scope="row"><span className="cell-state"><StateMark id={p.state} size="sm" /> <span>{p.stateName}<span className="cell-state__who">{playerLabel(p)}</span></span></span></th>
                    {TERMS.map((t) => <td key={t.key} className="num">{signed(t.sign * sc[t.key])}</td>)}
                    <td className="num"><strong>{sc.total}</strong>{won && <span className="win-mark" aria-hidden="true"> ★</span>}</td>
                    <td className="num score-table__tiebreak">{g.states[stateOf(seat)].blame}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        )}
        <p className="muted small">Balanced boards count 2 points each. Blame is not added to the total: equal totals go to the lower blame, then the higher stability, then the lower seat.</p>
      </section>

      <div className="end-grid">
        <section className="card" aria-labelledby="agendas-h">
          <h2 id="agendas-h">Secret agendas revealed</h2>
          <ul className="agenda-list">
            {ranked.map((seat) => {
              const id = over.agendas[seat];
              const t = id && Object.hasOwn(AGENDA_TEXT, id) ? AGENDA_TEXT[id] : null;
              const met = over.agendasMet[seat];
              return (
                <li key={seat} className="agenda-list__item">
                  <StateMark id={stateOf(seat)} size="sm" />
                  <div>
                    <p><strong>{roster[seat].stateName}</strong>: {t ? t.title : 'unknown'} <span className={`status-pill status-pill--${met ? 'met' : 'unmet'}`}>{met ? `✓ Met, +${over.scores[seat].agenda}` : '✗ Not met'}</span></p>
                    {t && <p className="muted small">{t.goal}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>

        <section className="card" aria-labelledby="tension-h">
          <h2 id="tension-h">The tension record</h2>
          <p className="small">
            Blame — the tension each state's own actions added:{' '}
            {STATE_IDS.map((id) => `${roster[seatOf(id)].stateName} ${g.states[id].blame}`).join(' · ')}.
          </p>
          {g.tensionLog.length === 0 ? (
            <p className="muted">Tension never moved.</p>
          ) : (
            <ol className="tension-list" tabIndex={0} aria-label="Every change of tension, oldest first">
              {g.tensionLog.map((t, i) => (
                <li key={i} className={t.delta > 0 ? 'is-up' : 'is-down'}>
                  <span className="tension-list__when">{YEAR_OF_ROUND(t.round)}</span>
                  <span className="tension-list__arrow" aria-hidden="true">{t.delta > 0 ? '▲' : '▼'}</span>
                  <span>{tensionCauseText(t)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {history.length > 0 && (
        <section className="card" aria-labelledby="charts-h">
          <h2 id="charts-h">The match, year by year</h2>
          <div className="chart-grid">
            <LineChart
              title="Tension and asymmetry"
              description={`Tension and asymmetry at the end of each round, from ${xLabels[0]} to ${xLabels[xLabels.length - 1]}.`}
              xLabels={xLabels}
              yMin={0}
              yMax={10}
              narrow={isPhone}
              bands={[{ from: 7, to: 10, label: 'brink', className: 'chart__band--brink' }]}
              series={[
                { label: 'Tension', values: history.map((h) => h.tension), marker: 'circle', color: 'var(--crisis)', strong: true },
                { label: 'Asymmetry', values: history.map((h) => h.asymmetry), marker: 'square', dash: '6 4', color: 'var(--ink-2)' },
              ]}
            />
            <LineChart
              title="Sovereignty of each state"
              description={`Each state's sovereignty at the end of each year. ${sov.note}`}
              note={sov.note}
              xLabels={sov.xLabels}
              narrow={isPhone}
              yMin={sov.yMin}
              yMax={sov.yMax}
              series={STATE_IDS.map((id, i) => ({
                label: id,
                values: sov.values[id],
                marker: MARKERS[i],
                dash: DASHES[i],
                strong: roster[seatOf(id)].isYou,
                color: roster[seatOf(id)].isYou ? 'var(--focus)' : 'var(--ink)',
              }))}
            />
          </div>
        </section>
      )}
    </main>
  );
}
