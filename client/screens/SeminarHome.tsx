// /seminar: run a class. The set-up form, and the classes this browser runs (their console and
// debrief), kept with their facilitator tokens in localStorage. Lazily loaded.
import { useState } from 'react';
import { ClassSetupForm } from '../components/ClassSetupForm';
import { Link } from '../components/Link';
import { paths } from '../lib/router';
import { forgetRunClass, listRunClasses, type RunClass } from '../lib/seminarStore';
import { useCreateClass } from '../lib/useSeminar';
import '../styles/seminar.css';

const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function MyClasses() {
  const [classes, setClasses] = useState<RunClass[]>(listRunClasses);
  if (classes.length === 0) return null;
  const forget = (c: RunClass) => {
    if (!window.confirm(`Forget “${c.title || c.code || c.classID}” on this browser? You can open it again with its private link.`)) return;
    forgetRunClass(c.classID);
    setClasses(listRunClasses());
  };
  return (
    <section className="card" aria-labelledby="my-classes-h">
      <h2 id="my-classes-h">Your classes</h2>
      <p className="muted small">Classes created on this browser. Another device needs the class’s private facilitator link.</p>
      <ul className="class-list">
        {classes.map((c) => (
          <li key={c.classID} className="class-list__item">
            <span className="class-list__what">
              <strong>{c.title || 'Untitled class'}</strong>
              <span className="muted"> · {c.code ? <>code <span className="mono">{c.code}</span> · </> : null}{dateText(c.createdAt)}</span>
            </span>
            <span className="class-list__actions">
              <Link className="button button--small button--primary" href={paths.seminarConsole(c.classID)} aria-label={`Open the console of ${c.title || c.classID}`}>Console</Link>
              <Link className="button button--small" href={paths.seminarDebrief(c.classID)} aria-label={`Debrief of ${c.title || c.classID}`}>Debrief</Link>
              <button type="button" className="link-button small" onClick={() => forget(c)} aria-label={`Forget ${c.title || c.classID}`}>Forget</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function SeminarHome() {
  const { busy, error, create } = useCreateClass();
  return (
    <main id="main" tabIndex={-1} className="page page--narrow seminar-home">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <p className="kicker">Seminar mode</p>
      <h1 className="page-title">Run a class</h1>
      <p className="lead">
        Set up parallel matches for a class of 10–30 students. They join with a short code; you steer the
        matches from a console like a crisis simulation’s control team, then discuss the debrief together.
      </p>
      <MyClasses />
      <section className="card" aria-labelledby="new-class-h">
        <h2 id="new-class-h">New class</h2>
        <ClassSetupForm busy={busy} error={error} onSubmit={create} />
      </section>
    </main>
  );
}
