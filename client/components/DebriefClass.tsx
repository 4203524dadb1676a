// The class part of the debrief: tension and asymmetry of every match on one chart, the same
// state side by side across the matches, and the discussion prompts with their evidence.
import type { MatchDebrief, Prompt, StateComparisonRow } from '../../game/debrief';
import { STATE_NAME } from '../../game/names';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { StateId } from '../../game/types';
import { STATE_IDS } from '../../game/types';
import { DASHES, LineChart, MARKERS } from './LineChart';
import { StateMark } from './StateMark';

function ClassCharts({ matches, narrow }: { matches: MatchDebrief[]; narrow: boolean }) {
  const longest = Math.max(0, ...matches.map((d) => d.rounds.length));
  if (longest === 0) return null;
  const years = Array.from({ length: longest }, (_, i) => String(YEAR_OF_ROUND(i + 1)));
  const series = (k: 'tension' | 'asymmetry') => matches.map((d, i) => ({
    label: d.label, values: d[k], marker: MARKERS[i % MARKERS.length], dash: DASHES[i % DASHES.length], color: 'var(--ink)',
  }));
  return (
    <div className="card">
      <h3>Every match by round</h3>
      <div className="chart-grid">
        <LineChart title="Tension in each match" description="Tension at the end of each round, one line per match." xLabels={years} yMin={0} yMax={10} narrow={narrow}
          bands={[{ from: 7, to: 10, label: 'brink', className: 'chart__band--brink' }]} series={series('tension')} />
        <LineChart title="Asymmetry in each match" description="China's lead over Russia at the end of each round, one line per match." xLabels={years} yMin={0} yMax={10} narrow={narrow}
          series={series('asymmetry')} />
      </div>
    </div>
  );
}

function StateRows({ id, rows }: { id: StateId; rows: StateComparisonRow[] }) {
  return (
    <section className="compare-state" aria-labelledby={`compare-${id}`}>
      <h3 id={`compare-${id}`} className="compare-state__title"><StateMark id={id} /> {STATE_NAME[id]} across the matches</h3>
      <table className="data-table compare-table">
        <thead>
          <tr>
            <th scope="col">Match</th>
            <th scope="col">Played by</th>
            <th scope="col" className="num">Sov.</th>
            <th scope="col" className="num">Score</th>
            <th scope="col">Agenda</th>
            <th scope="col">Influence RU · CN · EU</th>
            <th scope="col">What it chose most</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td data-label="Played by"><div>{r.player || '—'}{r.botNote && <div className="muted small">{r.botNote}</div>}</div></td>
              <td data-label="Sovereignty" className="num">{r.sovereignty}</td>
              <td data-label="Score" className="num"><strong>{r.score ?? '—'}</strong></td>
              <td data-label="Agenda">{r.agendaTitle ?? 'secret'}{r.agendaMet !== null && <> {r.agendaMet ? '✓ met' : '✗ not met'}</>}</td>
              <td data-label="Influence" className="num">{r.influence.RU} · {r.influence.CN} · {r.influence.EU}</td>
              <td data-label="Chose most">{r.topChoices}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DebriefClass({ matches, compare, prompts, narrow }: {
  matches: MatchDebrief[]; compare: Record<StateId, StateComparisonRow[]>; prompts: Prompt[]; narrow: boolean;
}) {
  return (
    <>
      <section className="debrief-class" aria-labelledby="class-h" id="class">
        <h2 id="class-h" className="debrief-section-title">The class</h2>
        {matches.length > 1 && <ClassCharts matches={matches} narrow={narrow} />}
        <div className="card">
          <p className="muted small">Each state in every match, side by side: how it fared and what it chose. Influence is the state’s total over the four boards at the end. Where students held a seat, what it chose counts only their own moves, not those a bot made for them.</p>
          {STATE_IDS.map((id) => <StateRows key={id} id={id} rows={compare[id]} />)}
        </div>
      </section>
      <section className="debrief-prompts" aria-labelledby="prompts-h" id="prompts">
        <h2 id="prompts-h" className="debrief-section-title">For discussion</h2>
        <ol className="prompt-list">
          {prompts.map((p) => (
            <li key={p.theme} className="card prompt">
              <p className="kicker">{p.title}</p>
              <p className="prompt__question">{p.question}</p>
              <p className="prompt__evidence"><strong>In your matches:</strong> {p.evidence}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
