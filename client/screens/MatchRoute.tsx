// /match/:id and /join/:id: the waiting room until the match starts, then the match (or, for a
// browser without a seat, a spectator's view). The match itself is loaded lazily.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link } from '../components/Link';
import { navigate, paths } from '../lib/router';
import { getSeat, removeSeat, type SavedSeat } from '../lib/seats';
import { joinedByMatch } from '../lib/seminarStore';
import { useMatchInfo } from '../lib/useMatchInfo';
import { WaitingRoom } from './WaitingRoom';

const OnlineMatch = lazy(() => import('./OnlineMatch'));

/** How often a finished match's details are asked for while a rematch may still come. */
const REMATCH_POLL_MS = 3000;

function Message({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <h1 className="page-title">{title}</h1>
      {children}
    </main>
  );
}

export function MatchRoute({ matchID, joining }: { matchID: string; joining: boolean }) {
  const [seat, setSeat] = useState<SavedSeat | null>(() => getSeat(matchID));
  const [started, setStarted] = useState(false);
  const [awaitRematch, setAwaitRematch] = useState(false);
  const { info, error, missing, refresh } = useMatchInfo(matchID, awaitRematch ? REMATCH_POLL_MS : started ? 15000 : 2000);
  // A player's finished match (not a class's): asked often, to show a rematch soon after it is set up.
  useEffect(() => {
    setAwaitRematch(!!seat && !!info?.gameover && info.rematchBy == null && !joinedByMatch(matchID));
  }, [seat, info?.gameover, info?.rematchBy, matchID]);

  useEffect(() => setSeat(getSeat(matchID)), [matchID]);
  useEffect(() => { if (info?.started) setStarted(true); }, [info?.started]);
  // An invite link for a match this browser already sits in goes straight to the match.
  useEffect(() => {
    if (joining && seat) navigate(paths.match(matchID), { replace: true });
  }, [joining, seat, matchID]);
  useEffect(() => {
    if (missing && seat) removeSeat(matchID);
  }, [missing, seat, matchID]);

  const onChange = () => {
    const s = getSeat(matchID);
    setSeat(s);
    if (joining && s) navigate(paths.match(matchID), { replace: true });
    void refresh();
  };

  if (missing) {
    return (
      <Message title="No such match">
        <p>There is no match with the code <strong className="mono">{matchID}</strong>. It may have ended long ago, or the link is incomplete.</p>
        <p><Link href={paths.home} className="button">Back home</Link></p>
      </Message>
    );
  }
  if (!info) {
    return (
      <Message title={error ? 'Waiting for the game server' : 'Finding the match…'}>
        {error ? (
          <>
            <p className="notice notice--error" role="alert">{error}</p>
            <p>This page asks again every few seconds and opens the match as soon as the server answers.</p>
            <p><Link href={paths.solo} className="button">Play solo meanwhile</Link></p>
          </>
        ) : <p role="status"><span className="spinner" aria-hidden="true" /> Asking the server…</p>}
      </Message>
    );
  }
  if (!info.started) return <WaitingRoom info={info} seat={seat} onChange={onChange} />;
  if (joining && !seat) {
    return (
      <Message title="This match has started">
        <p>Every seat is taken, so you cannot join it any more. You can still watch.</p>
        <p className="button-row">
          <Link href={paths.match(matchID)} className="button button--primary">Watch the match</Link>
          <Link href={paths.home} className="button">Back home</Link>
        </p>
      </Message>
    );
  }
  return (
    <Suspense fallback={<Message title="Loading the match…"><p role="status"><span className="spinner" aria-hidden="true" /> Setting out the boards…</p></Message>}>
      <OnlineMatch matchID={matchID} seat={seat} info={info} refreshInfo={refresh} />
    </Suspense>
  );
}
