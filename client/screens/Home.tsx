// The home page: what the game is, and the ways in: play online, join with a link, play solo, and
// for classes: join one with its code, or run one.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { STATE_NAME } from '../../game/names';
import type { Seat } from '../../game/types';
import { stateOf } from '../../game/types';
import { Link } from '../components/Link';
import { MatchSetupForm } from '../components/MatchSetupForm';
import { OpenMatches } from '../components/OpenMatches';
import { StateMark } from '../components/StateMark';
import { ThemeSwitch } from '../components/ThemeSwitch';
import { classCodeFromInput, matchIdFromInput, navigate, paths } from '../lib/router';
import { lastName } from '../lib/seats';
import { joinedByMatch } from '../lib/seminarStore';
import { soloLocalSeats } from '../lib/solo';
import { useCreateMatch } from '../lib/useLobbyActions';
import { resumable, useMyMatches, type MyMatch } from '../lib/useMyMatches';
import { useOnline } from '../lib/useOnline';

const STEPS = [
  { title: 'An event', text: 'Each year opens with a card from history: sanctions, pipelines, protests, summits.' },
  { title: 'Two actions each', text: 'Court a power for what it gives, resist one that grows too strong, join a bloc, host a base or mediate.' },
  { title: 'The powers move', text: 'Moscow, Beijing and Brussels then place influence by fixed, visible rules.' },
  { title: 'Upkeep, then score', text: 'After eight years (five in a short game) the most sovereign state wins, unless tension hits 10 first and everyone pays.' },
];

function JoinCard() {
  const uid = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = matchIdFromInput(code);
    if (!id) {
      setError('Paste the invite link a friend sent you, or type the match code.');
      return;
    }
    navigate(paths.join(id));
  };
  return (
    <form className="join-form" onSubmit={submit} noValidate>
      <label htmlFor={`${uid}-code`} className="field__label">Invite link or match code</label>
      <div className="inline-field">
        <input
          id={`${uid}-code`}
          className="input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="https://…/join/AbC123"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-err` : undefined}
        />
        <button type="submit" className="button">Join match</button>
      </div>
      {error && <p id={`${uid}-err`} className="field__error">{error}</p>}
    </form>
  );
}

/** Seminar mode: a student joins a class with its code; a lecturer goes to run one. */
function SeminarCard() {
  const uid = useId();
  const [code, setCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(paths.classJoin(classCodeFromInput(code) || undefined));
  };
  return (
    <section className="card seminar-card" aria-labelledby="seminar-h">
      <div className="seminar-card__intro">
        <p className="hero__kicker">Seminar mode</p>
        <h2 id="seminar-h">In class</h2>
        <p>A lecturer runs several matches at once, steers them like a crisis simulation’s control team, and debriefs the class at the end.</p>
      </div>
      <form className="join-form seminar-card__join" onSubmit={submit} noValidate aria-labelledby={`${uid}-h`}>
        <h3 id={`${uid}-h`}>Join a class</h3>
        <label htmlFor={`${uid}-code`} className="field__label">Class code</label>
        <div className="inline-field">
          <input id={`${uid}-code`} className="input input--code" value={code} onChange={(e) => setCode(e.target.value)} placeholder="ABC123" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
          <button type="submit" className="button">Join class</button>
        </div>
      </form>
      <div className="seminar-card__run">
        <h3>Teaching?</h3>
        <p>Set up a class of 10–30 students in 2–6 parallel matches.</p>
        <Link href={paths.seminar} className="button button--primary">Run a class</Link>
      </div>
    </section>
  );
}

/** The class a match of this browser belongs to, by its title ('' for an untitled one). */
const classTitleOf = (matchID: string): string | null => {
  const j = joinedByMatch(matchID);
  return j ? j.title || 'your class' : null;
};

/** At the top of the page: the match in progress this browser holds a seat in, a class's first. */
function ContinueCard({ online }: { online: MyMatch[] }) {
  const next = resumable(online, classTitleOf)[0];
  if (!next) return null;
  const { seat } = next.match;
  const state = STATE_NAME[stateOf(seat.playerID as Seat)];
  return (
    <section className="card continue-card" aria-labelledby="continue-h">
      <StateMark id={stateOf(seat.playerID as Seat)} size="sm" />
      <div className="continue-card__text">
        <h2 id="continue-h">{next.classTitle ? `Back to your class: ${next.classTitle}` : 'Your match is in progress'}</h2>
        <p className="muted">{state} as {seat.name}{next.classTitle ? '' : ' · the others may be waiting for you'}</p>
      </div>
      <Link className="button button--primary" href={paths.match(seat.matchID)}>Rejoin</Link>
    </section>
  );
}

function MyMatches({ online, solo }: ReturnType<typeof useMyMatches>) {
  if (online.length === 0 && !solo) return null;
  return (
    <section className="card my-matches" aria-labelledby="my-h">
      <h2 id="my-h">My matches</h2>
      <ul className="my-matches__list">
        {solo && (
          <li className="my-matches__item">
            <StateMark id={stateOf(solo.config.mySeat)} size="sm" />
            <span className="my-matches__what">
              <strong>{soloLocalSeats(solo.config).length > 1 ? 'Pass and play' : 'Solo'}</strong> as {STATE_NAME[stateOf(solo.config.mySeat)]}
              <span className="muted"> · {solo.progress ? (solo.progress.over ? 'finished' : `round ${solo.progress.round} of ${solo.progress.rounds}`) : 'not started'}</span>
            </span>
            <Link className="button button--small" href={paths.soloPlay}>{solo.progress?.over ? 'See the result' : 'Resume'}</Link>
          </li>
        )}
        {online.map(({ seat, info, unknown }) => {
          const classTitle = classTitleOf(seat.matchID);
          return (
            <li key={seat.matchID} className="my-matches__item">
              <StateMark id={stateOf(seat.playerID as Seat)} size="sm" />
              <span className="my-matches__what">
                <strong>{STATE_NAME[stateOf(seat.playerID as Seat)]}</strong> as {seat.name}
                {classTitle !== null && <span className="muted"> · {classTitle}</span>}
                <span className="muted">
                  {' · '}
                  {unknown ? 'status unknown' : info?.gameover ? (info.rematchBy != null ? 'finished, rematch set up' : 'finished') : info?.started ? 'in progress' : 'waiting to start'}
                </span>
              </span>
              <Link className="button button--small" href={paths.match(seat.matchID)}>{info?.gameover ? 'See the result' : 'Rejoin'}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Home() {
  const [creating, setCreating] = useState(false);
  const { busy, error, create } = useCreateMatch();
  const formHeading = useRef<HTMLHeadingElement | null>(null);
  const online = useOnline();
  const mine = useMyMatches();
  useEffect(() => {
    if (creating) formHeading.current?.focus();
  }, [creating]);

  return (
    <main id="main" tabIndex={-1} className="page home">
      {/* A returning player (a student who closed the laptop) finds the way back first. */}
      {!creating && <ContinueCard online={mine.online} />}
      <section className="hero">
        <div className="hero__text">
          <p className="hero__kicker">A strategy game for five · online or solo</p>
          <h1 className="hero__title">Multi-dimensional Chess</h1>
          <p className="hero__pitch">
            Lead one of the five Central Asian states and play four boards at once — politics, economics, military
            and culture — drawing money, arms and goodwill from Moscow, Beijing and Brussels without letting any of
            them run your country. Only one state wins, but if you stoke the rivalry between Russia and China until it
            boils over, everyone loses.
          </p>
        </div>
        <div className="hero__art" aria-hidden="true">
          <div className="hero__boards">
            {['Politics', 'Economics', 'Military', 'Culture'].map((b, i) => (
              <div key={b} className={`hero__board hero__board--${i}`}><span>{b}</span></div>
            ))}
          </div>
        </div>
      </section>

      {!online && (
        <p className="notice notice--warn" role="status" id="offline-note">
          You are offline. Solo play works without a connection; playing online, joining a friend and classes
          need one.
        </p>
      )}

      {!creating ? (
        <section className="choices" aria-label="Ways to play">
          <article className="card choice-card">
            <h2>Play online</h2>
            <p>Set up a match, send the invite link to friends, and fill any empty seats with bots.</p>
            <button type="button" className="button button--primary button--large" onClick={() => setCreating(true)} aria-describedby={online ? undefined : 'offline-note'}>
              Play online{!online && <span className="button__note"> · needs a connection</span>}
            </button>
          </article>
          <article className="card choice-card">
            <h2>Join a friend</h2>
            <p>Got an invite? Paste the link or the code here.</p>
            <JoinCard />
          </article>
          <article className="card choice-card">
            <h2>Play solo</h2>
            <p>You against four bots, right here in your browser, or friends taking turns on one device. No account, no server; it saves as you play.</p>
            <button type="button" className="button button--primary button--large" onClick={() => navigate(paths.solo)}>Play solo</button>
          </article>
        </section>
      ) : (
        <section className="card create-card" aria-labelledby="create-h">
          <div className="create-card__head">
            <h2 id="create-h" tabIndex={-1} ref={formHeading}>Set up an online match</h2>
            <button type="button" className="link-button" onClick={() => setCreating(false)}>Back</button>
          </div>
          <MatchSetupForm mode="online" busy={busy} error={error} initialName={lastName()} submitLabel="Create match" onSubmit={create} />
        </section>
      )}

      {!creating && <OpenMatches />}

      {!creating && <SeminarCard />}

      <section className="how" aria-labelledby="how-h">
        <h2 id="how-h">A year in one minute</h2>
        <ol className="how__steps">
          {STEPS.map((s, i) => (
            <li key={s.title} className="how__step">
              <span className="how__n" aria-hidden="true">{i + 1}</span>
              <h3>{s.title}</h3>
              <p>{s.text}</p>
            </li>
          ))}
        </ol>
        <p className="how__more"><Link href={paths.rules}>Read the full rules and glossary</Link></p>
      </section>

      <MyMatches {...mine} />

      <footer className="home-footer">
        <ThemeSwitch />
      </footer>
    </main>
  );
}
