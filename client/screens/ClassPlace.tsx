// /class/:classID: a student's place in a class. Until the facilitator starts the student's match
// it says where they will play (and with whom) and waits, polling every 2 s; then the seat is kept
// like any online seat and the student goes to the match. Lazily loaded.
import type { ReactNode } from 'react';
import { STATE_TEXT } from '../../game/texts';
import { stateOf } from '../../game/types';
import { Link } from '../components/Link';
import { StateMark } from '../components/StateMark';
import { paths } from '../lib/router';
import { useStudentPlace } from '../lib/useSeminar';
import '../styles/seminar.css';

function Page({ title, kicker, children }: { title: string; kicker?: string; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow class-place" data-testid="class-place">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 className="page-title">{title}</h1>
      {children}
    </main>
  );
}

const listNames = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export default function ClassPlace({ classID }: { classID: string }) {
  const { me, view, error, lost } = useStudentPlace(classID);

  if (!me || lost) {
    return (
      <Page title={me ? 'Your place is gone' : 'Join the class first'}>
        <p>{me ? error : 'This browser has not joined this class yet.'} Join with the class code your teacher shows.</p>
        <p><Link href={paths.classJoin()} className="button button--primary">Join a class</Link></p>
      </Page>
    );
  }
  if (!view) {
    return (
      <Page title="Finding your place…" kicker={me.title || 'Seminar'}>
        {error ? <p className="notice notice--error" role="alert">{error}</p> : <p role="status"><span className="spinner" aria-hidden="true" /> Asking the server…</p>}
      </Page>
    );
  }

  const seat = view.seat;
  const state = seat ? stateOf(seat.playerID) : null;
  const text = state ? STATE_TEXT[state] : null;
  const offline = error && <p className="notice notice--warn" role="status">Lost contact with the server. Trying again…</p>;

  if (!seat || !state || !text) {
    return (
      <Page title={`Welcome, ${view.name}`} kicker={view.title}>
        {offline}
        <section className="card place-card">
          <p className="waiting-note" role="status"><span className="spinner" aria-hidden="true" /> You are in the class. The facilitator will place you in a match soon.</p>
          <p className="muted small">This page updates by itself.</p>
        </section>
      </Page>
    );
  }

  const where = `Match ${seat.match + 1}`;
  return (
    <Page title={seat.over ? 'Your match is over' : seat.started ? 'Your match has started' : `You are ${text.name}`} kicker={view.title}>
      {offline}
      <section className="card place-card" aria-labelledby="place-h">
        <div className="place-card__head">
          <StateMark id={state} size="lg" />
          <div>
            <h2 id="place-h" className="place-card__title">{text.name} in {where}</h2>
            <p className="muted">
              {view.name}
              {seat.teammates.length > 0 ? `, with ${listNames(seat.teammates)} as your team` : ''} · capital {text.capital}
            </p>
          </div>
        </div>
        <p className="place-card__special"><strong>{text.special.title}:</strong> {text.special.text}</p>
        {seat.started ? (
          <p className="button-row">
            <Link href={paths.match(seat.matchID)} className="button button--primary button--large">{seat.over ? 'See the final scores' : 'Go to the match'}</Link>
          </p>
        ) : (
          <p className="waiting-note place-card__wait" role="status">
            <span className="spinner" aria-hidden="true" /> You are {text.name} in {where}; waiting for the facilitator to start.
          </p>
        )}
        <p className="muted small">
          While you wait, <a href={paths.rules} target="_blank" rel="noopener">read the rules<span className="visually-hidden"> (opens in a new tab)</span></a>. The match opens by itself when it starts.
        </p>
      </section>
    </Page>
  );
}
