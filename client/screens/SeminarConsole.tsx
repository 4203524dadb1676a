// /seminar/:classID: the facilitator's console. The class code and links, class-wide controls,
// one card per match (live, polled every 2 s), the students, and a full view of any match.
// Opened from the private link (#key=…), it keeps the key and clears it from the address bar.
// Lazily loaded.
import { useState, type ReactNode } from 'react';
import { ConsoleClassControls } from '../components/ConsoleClassControls';
import { ConsoleConfirmDialog } from '../components/ConsoleConfirmDialog';
import { ConsoleHeader } from '../components/ConsoleHeader';
import { ConsoleMatchCard } from '../components/ConsoleMatchCard';
import { ConsoleOverview } from '../components/ConsoleOverview';
import { ConsoleStartDialog } from '../components/ConsoleStartDialog';
import { ConsoleStudents } from '../components/ConsoleStudents';
import { KeyNeeded } from '../components/KeyNeeded';
import { Link } from '../components/Link';
import { MatchInspector } from '../components/MatchInspector';
import type { Question } from '../lib/consoleAsk';
import { paths } from '../lib/router';
import { startPlan } from '../lib/seminarStart';
import { useConsole } from '../lib/useConsole';
import '../styles/seminar.css';

function Frame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main id="main" tabIndex={-1} className={`page console${wide ? ' page--wide' : ' page--narrow'}`} data-testid="seminar-console">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link> › <Link href={paths.seminar}>Run a class</Link></p>
      {children}
    </main>
  );
}

export default function SeminarConsole({ classID }: { classID: string }) {
  const ctrl = useConsole(classID);
  const [open, setOpen] = useState<number | null>(null);
  /** The start waiting for the facilitator's confirmation: null for every match, an index for one. */
  const [asking, setAsking] = useState<number | null | undefined>(undefined);
  /** A control that cannot be undone, waiting for the facilitator's yes. */
  const [asked, setAsked] = useState<{ question: Question; go: () => void } | null>(null);
  const ask = (question: Question, go: () => void) => setAsked({ question, go });
  const { view, token } = ctrl;

  if (!token || ctrl.denied) {
    return <Frame><KeyNeeded title="Open the class console" reason={token ? ctrl.error : null} onLink={ctrl.acceptPrivateLink} /></Frame>;
  }
  if (!view) {
    return (
      <Frame>
        <h1 className="page-title">Class console</h1>
        {ctrl.error ? <p className="notice notice--error" role="alert">{ctrl.error}</p> : <p role="status"><span className="spinner" aria-hidden="true" /> Loading the class…</p>}
      </Frame>
    );
  }

  const started = view.matches.filter((m) => m.started).length;
  const over = view.matches.filter((m) => m.gameover).length;
  const label = (i: number) => view.matches.find((m) => m.index === i)?.label ?? `Match ${i + 1}`;
  const start = (which: number | null) => {
    if (which === null) void ctrl.run('all', 'start', {}, 'Every match has started.');
    else void ctrl.run(`match:${which}`, 'start', { match: which }, `${label(which)} started.`);
  };
  /** Starts at once when every student seat is taken; otherwise asks first. */
  const askStart = (which: number | null) => {
    const plan = startPlan(view, which);
    if (!plan) return;
    if (plan.needsConfirm) setAsking(which);
    else start(which);
  };
  return (
    <Frame wide>
      <ConsoleHeader view={view} token={token} />
      <p className={`console-conn${ctrl.error ? ' console-conn--off' : ''}`} role="status">
        <span className="presence__dot" aria-hidden="true" />
        {ctrl.error ? `Lost contact: ${ctrl.error} What you see may be out of date; trying again every 2 seconds.` : 'Live · updates every 2 seconds'}
      </p>
      <ConsoleOverview view={view} offset={ctrl.offset} />
      <ConsoleClassControls view={view} ctrl={ctrl} onStartAll={() => askStart(null)} ask={ask} />
      <section aria-labelledby="matches-h" className="console-matches">
        <div className="console-section-head">
          <h2 id="matches-h">Matches</h2>
          <p className="muted">{view.matches.length} {view.matches.length === 1 ? 'match' : 'matches'} · {started} started · {over} over</p>
        </div>
        {view.matches.length === 0 ? (
          <p className="card muted">No match yet: matches open as students join.</p>
        ) : (
          <div className="console-match-grid">
            {view.matches.map((m) => <ConsoleMatchCard key={m.index} m={m} ctrl={ctrl} botLevel={view.options.botLevel} onOpen={setOpen} onStart={askStart} ask={ask} />)}
          </div>
        )}
      </section>
      <ConsoleStudents view={view} ctrl={ctrl} />
      <ConsoleStartDialog view={view} which={asking} onConfirm={start} onClose={() => setAsking(undefined)} />
      <ConsoleConfirmDialog question={asked?.question ?? null} onConfirm={() => asked?.go()} onClose={() => setAsked(null)} />
      <MatchInspector classID={classID} token={token} index={open} label={open === null ? '' : view.matches[open]?.label ?? `Match ${open + 1}`} onClose={() => setOpen(null)} />
    </Frame>
  );
}
