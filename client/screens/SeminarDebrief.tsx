// /seminar/:classID/debrief: the class debrief for discussion and for print. Each match (charts by
// round, influence at the end, tension record, agendas, timeline), then the class (the same state
// across matches, the discussion prompts). Print, and the JSON and CSV exports. Lazily loaded.
import type { ReactNode } from 'react';
import { DebriefClass } from '../components/DebriefClass';
import { DebriefMatch } from '../components/DebriefMatch';
import { KeyNeeded } from '../components/KeyNeeded';
import { Link } from '../components/Link';
import { paths } from '../lib/router';
import { useDebrief } from '../lib/useDebrief';
import { useIsPhone } from '../lib/useMedia';
import '../styles/seminar.css';

/**
 * Prints the debrief in full, or as a summary without each match's timeline and influence grids (a
 * few pages instead of about five a match): the page is marked for the print styles until the
 * print dialog closes (afterprint).
 */
function printDebrief(summary: boolean): void {
  const root = document.documentElement;
  if (summary) root.dataset.print = 'summary';
  else delete root.dataset.print;
  const done = () => { delete root.dataset.print; window.removeEventListener('afterprint', done); };
  window.addEventListener('afterprint', done);
  window.print();
}

function Frame({ classID, children }: { classID: string; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="page debrief" data-testid="seminar-debrief">
      <p className="breadcrumb no-print">
        <Link href={paths.home}>Home</Link> › <Link href={paths.seminar}>Run a class</Link> › <Link href={paths.seminarConsole(classID)}>Console</Link>
      </p>
      {children}
    </main>
  );
}

const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export default function SeminarDebrief({ classID }: { classID: string }) {
  const db = useDebrief(classID);
  const narrow = useIsPhone();

  if (db.denied) {
    return <Frame classID={classID}><KeyNeeded title="Open the class debrief" reason={db.token ? db.error : null} onLink={db.acceptPrivateLink} /></Frame>;
  }
  if (!db.exp || !db.matches || !db.compare || !db.prompts) {
    return (
      <Frame classID={classID}>
        <h1 className="page-title">Class debrief</h1>
        {db.error ? <p className="notice notice--error" role="alert">{db.error}</p> : <p role="status"><span className="spinner" aria-hidden="true" /> Gathering the matches…</p>}
      </Frame>
    );
  }

  const { exp, matches } = db;
  const over = matches.filter((d) => d.outcome.over).length;
  return (
    <Frame classID={classID}>
      <header className="debrief-head">
        <p className="kicker">Class debrief</p>
        <h1 className="page-title">{exp.title}</h1>
        <p className="lead">
          {dateText(exp.createdAt)} · {matches.length} {matches.length === 1 ? 'match' : 'matches'} ({over} finished) · {exp.students.length} students
        </p>
        <div className="button-row no-print debrief-head__buttons">
          <button type="button" className="button button--primary" onClick={() => printDebrief(false)}>Print</button>
          <button type="button" className="button" onClick={() => printDebrief(true)}>Print a summary</button>
          <button type="button" className="button" disabled={db.busy === 'json'} onClick={() => void db.download('json')}>Download JSON</button>
          <button type="button" className="button" disabled={db.busy === 'csv'} onClick={() => void db.download('csv')}>Download CSV</button>
          <button type="button" className="button" onClick={() => void db.refresh()}>Refresh</button>
        </div>
        <p className="field__hint no-print" role="status">
          {db.downloadError ?? db.error ?? 'JSON holds everything needed to replay each match (seed, set-up, moves); CSV has one row per match, round and state, with each finished match’s outcome on its last round’s rows.'}
        </p>
        {matches.length > 0 && (
          <nav className="debrief-toc no-print" aria-label="Debrief contents">
            <ul>
              {matches.map((d) => <li key={d.index}><a href={`#match-${d.index + 1}`}>{d.label}</a></li>)}
              <li><a href="#class">The class</a></li>
              <li><a href="#prompts">For discussion</a></li>
            </ul>
          </nav>
        )}
      </header>
      {matches.length === 0 && <p className="card muted">No match was played in this class.</p>}
      {matches.map((d) => <DebriefMatch key={d.index} d={d} narrow={narrow} />)}
      <DebriefClass matches={matches} compare={db.compare} prompts={db.prompts} narrow={narrow} />
    </Frame>
  );
}
