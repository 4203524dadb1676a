// One match of the class debrief: how it ended, the tracks and each state's sovereignty and
// resources by round, final influence on the four boards, the tension record with its blame, the
// agendas revealed, and the timeline of events, interventions and actions. All from game/debrief.
import { LIMITS } from '../../game/config';
import type { MatchDebrief } from '../../game/debrief';
import { STATE_NAME } from '../../game/names';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { StateId } from '../../game/types';
import { BOARDS, STATE_IDS } from '../../game/types';
import { HeatGrid } from './HeatGrid';
import { paths } from '../lib/router';
import { scoreChart } from '../lib/score';
import { DASHES, LineChart, MARKERS, type Series } from './LineChart';
import { StateMark } from './StateMark';

type PerState = Record<StateId, number[]>;

/** One line per state, told apart by marker and dash. */
export const stateSeries = (values: PerState): Series[] =>
  STATE_IDS.map((id, i) => ({ label: id, values: values[id], marker: MARKERS[i], dash: DASHES[i], color: 'var(--ink)' }));

const listAnd = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

function outcomeText(d: MatchDebrief): string {
  const o = d.outcome;
  if (!o.over) return `In progress: round ${d.roundNow} of ${d.roundsPlanned} (${YEAR_OF_ROUND(d.roundNow)}). The figures are those of the rounds finished so far.`;
  const who = listAnd(o.winners.map((id) => STATE_NAME[id]));
  const verb = o.winners.length > 1 ? 'win' : 'wins';
  const head = o.crisis
    ? `Crisis in ${YEAR_OF_ROUND(d.roundNow)}: the match stopped at tension 10.${o.controlEnd ? ` ${o.controlEnd}` : ''}`
    : o.controlEnd ?? `Played to the end (${YEAR_OF_ROUND(d.roundNow)}).`;
  return `${head} ${who} ${verb}.`;
}

/** When the winner's total equals the runner-up's, which of rules §10's tie-breaks decided. */
export function tieNote(d: MatchDebrief): string | null {
  const [a, b] = d.outcome.places;
  if (!d.outcome.over || !a || !b || d.outcome.winners.includes(b)) return null;
  const total = d.outcome.scores[a];
  if (total === undefined || total !== d.outcome.scores[b]) return null;
  const stab = (id: StateId) => d.stability[id].at(-1) ?? 0;
  const why = d.blame[a] !== d.blame[b]
    ? `the lower blame (${d.blame[a]} against ${d.blame[b]})`
    : stab(a) !== stab(b) ? `the higher stability (${stab(a)} against ${stab(b)})` : 'the lower seat';
  return `${STATE_NAME[a]} and ${STATE_NAME[b]} both scored ${total}; ${STATE_NAME[a]} wins on ${why}.`;
}

const KIND_MARK: Record<MatchDebrief['timeline'][number]['kind'], string> = { event: '❖', control: 'Control', action: '', end: '■' };

function Timeline({ d }: { d: MatchDebrief }) {
  const rounds = [...new Set(d.timeline.map((t) => t.round))].sort((a, b) => a - b);
  if (rounds.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <div className="timeline">
      {rounds.map((r) => (
        <section key={r} className="timeline__round">
          <h4 className="timeline__year">{YEAR_OF_ROUND(r)} <span className="muted">· round {r}</span></h4>
          <ul className="timeline__lines">
            {d.timeline.filter((t) => t.round === r).map((t, i) => (
              <li key={i} className={`timeline__line timeline__line--${t.kind}`}>
                {t.seat !== null ? <StateMark id={STATE_IDS[Number(t.seat)]} size="sm" /> : t.kind === 'control' ? <span className="log__tag">{KIND_MARK[t.kind]}</span> : <span className="timeline__icon" aria-hidden="true">{KIND_MARK[t.kind]}</span>}
                <span>{t.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function DebriefMatch({ d, narrow }: { d: MatchDebrief; narrow: boolean }) {
  const hid = `debrief-match-${d.index}`;
  const years = d.years.map(String);
  const sov = scoreChart(years, d.sovereignty, d.outcome.over ? d.outcome.scores : null);
  const scores = d.outcome.places.map((id) => ({ id, score: d.outcome.scores[id] ?? d.current.sovereignty[id] }));
  const tie = tieNote(d);
  const resources = [
    { key: 'economy', title: 'Economy' }, { key: 'security', title: 'Security' }, { key: 'stability', title: 'Stability' },
  ] as const;

  return (
    <section className="debrief-match" aria-labelledby={hid} id={`match-${d.index + 1}`} data-testid="debrief-match">
      <header className={`debrief-match__head${d.outcome.crisis ? ' is-crisis' : ''}`}>
        <h2 id={hid}>{d.label}</h2>
        <p>{outcomeText(d)}</p>
        <ol className="debrief-scores" aria-label={d.outcome.over ? 'Final scores' : 'Sovereignty now'}>
          {scores.map((s) => (
            <li key={s.id} className={d.outcome.winners.includes(s.id) ? 'is-winner' : undefined}>
              <StateMark id={s.id} size="sm" /> {STATE_NAME[s.id]} <strong className="num">{s.score}</strong>
              {d.outcome.winners.includes(s.id) && <span className="win-mark"> ★<span className="visually-hidden"> winner</span></span>}
            </li>
          ))}
        </ol>
        {tie && <p className="debrief-match__tie">{tie}</p>}
        {d.outcome.over && (
          <p className="debrief-match__replay no-print">
            <a href={paths.replay(d.matchID)} target="_blank" rel="noopener">
              Watch the replay of {d.label}<span className="visually-hidden"> (opens in a new tab)</span>
            </a>{' '}
            <span className="muted small">— move by move, with every agenda; its address with #step=23 opens that very moment, to show the class.</span>
          </p>
        )}
      </header>

      {d.rounds.length === 0 ? (
        <p className="card muted">No round has finished yet, so there is nothing to chart.</p>
      ) : (
        <div className="card debrief-charts">
          <h3 className="visually-hidden">By round</h3>
          <div className="chart-grid">
            <LineChart
              title="Tension, asymmetry and EU engagement"
              description={`The three tracks at the end of each round of ${d.label}.`}
              xLabels={years} yMin={0} yMax={10} narrow={narrow}
              bands={[{ from: 7, to: 10, label: 'brink', className: 'chart__band--brink' }]}
              series={[
                { label: 'Tension', values: d.tension, marker: 'circle', color: 'var(--crisis)', strong: true },
                { label: 'Asymmetry', values: d.asymmetry, marker: 'square', dash: '6 4', color: 'var(--ink-2)' },
                { label: 'EU', values: d.euEngagement, marker: 'triangle', dash: '2 3', color: 'var(--gold-ink)' },
              ]}
            />
            <LineChart
              title="Sovereignty of each state"
              description={`Each state's sovereignty at the end of each year of ${d.label}. ${sov.note}`}
              note={sov.note}
              xLabels={sov.xLabels} narrow={narrow} yMin={sov.yMin} yMax={sov.yMax}
              series={stateSeries(sov.values)}
            />
          </div>
          <div className="chart-grid chart-grid--three">
            {resources.map((r) => (
              <LineChart
                key={r.key}
                title={r.title}
                description={`Each state's ${r.key} at the end of each round of ${d.label}.`}
                xLabels={years} narrow yMin={0} yMax={LIMITS.resourceMax}
                series={stateSeries(d[r.key])}
              />
            ))}
          </div>
        </div>
      )}

      <div className="card debrief-influence">
        <h3>Influence on the four boards {d.outcome.over ? 'at the end' : 'now'}</h3>
        <div className="heat-grids">
          {BOARDS.map((b) => <HeatGrid key={b} board={b} cells={d.finalInfluence[b]} />)}
        </div>
      </div>

      <div className="end-grid">
        <section className="card" aria-labelledby={`${hid}-t`}>
          <h3 id={`${hid}-t`}>The tension record</h3>
          <p className="small">Blame — tension each state’s own actions added: {STATE_IDS.map((id) => `${STATE_NAME[id]} ${d.blame[id]}`).join(' · ')}.</p>
          {d.tensionRecord.length === 0 ? <p className="muted">Tension never moved.</p> : (
            <ol className="tension-list tension-list--print">
              {d.tensionRecord.map((t, i) => (
                <li key={i} className={t.delta > 0 ? 'is-up' : 'is-down'}>
                  <span className="tension-list__when">{YEAR_OF_ROUND(t.round)}</span>
                  <span className="tension-list__arrow" aria-hidden="true">{t.delta > 0 ? '▲' : '▼'}</span>
                  <span>{t.text}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby={`${hid}-a`}>
          <h3 id={`${hid}-a`}>Agendas revealed</h3>
          {!d.outcome.over && <p className="muted small">Agendas stay secret until the match ends.</p>}
          <ul className="agenda-list">
            {d.agendas.map((a) => (
              <li key={a.state} className="agenda-list__item">
                <StateMark id={a.state} size="sm" />
                <p>
                  <strong>{STATE_NAME[a.state]}</strong> <span className="muted">({a.player || 'open seat'})</span>: {a.title ?? (d.outcome.over ? 'unknown' : 'secret')}{' '}
                  {a.met !== null && <span className={`status-pill status-pill--${a.met ? 'met' : 'unmet'}`}>{a.met ? '✓ Met' : '✗ Not met'}</span>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="card debrief-match__timeline" aria-labelledby={`${hid}-tl`}>
        <h3 id={`${hid}-tl`}>Timeline</h3>
        <Timeline d={d} />
      </section>
    </section>
  );
}
