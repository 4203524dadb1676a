// Setting up a solo match: your state, the scenario and the bots' levels; or resuming the one saved.
import { STATE_NAME } from '../../game/names';
import { stateOf } from '../../game/types';
import { Link } from '../components/Link';
import { MatchSetupForm, type SetupValues } from '../components/MatchSetupForm';
import { navigate, paths } from '../lib/router';
import { loadSolo, newSolo, soloProgress } from '../lib/solo';

export function SoloSetup() {
  const saved = loadSolo();
  const progress = saved ? soloProgress(saved) : null;
  const start = (v: SetupValues) => {
    newSolo({ scenario: v.scenario, mySeat: v.mySeat, seats: v.seats, names: v.names });
    navigate(paths.soloPlay);
  };
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <h1 className="page-title">Play solo</h1>
      <p className="lead">You against four bots in your browser, or with friends taking turns on this device. The match saves itself after every move: close the tab and come back to it later.</p>
      {saved && progress && !progress.over && (
        <section className="card resume-card" aria-labelledby="resume-h">
          <h2 id="resume-h">Your match in progress</h2>
          <p>{STATE_NAME[stateOf(saved.mySeat)]}, round {progress.round} of {progress.rounds}.</p>
          <Link href={paths.soloPlay} className="button button--primary">Resume solo match</Link>
          <p className="muted small">Starting a new match below replaces it.</p>
        </section>
      )}
      <section className="card" aria-labelledby="new-h">
        <h2 id="new-h">A new solo match</h2>
        <MatchSetupForm mode="solo" busy={false} error={null} submitLabel="Start solo match" onSubmit={start} />
      </section>
    </main>
  );
}
