// The home page's open matches: those their hosts chose to list, with a free seat to take or a
// match to watch. Asked again every 15 seconds while the page is shown; absent when there are none
// (or the server cannot be reached). Matches this browser sits in are under "My matches" instead.
import { DEFAULT_SCENARIO } from '../../game/setup';
import { SCENARIO_TEXT } from '../../game/texts';
import { listMatches, type MatchInfo } from '../lib/api';
import { paths } from '../lib/router';
import { getSeat } from '../lib/seats';
import { usePoll } from '../lib/usePoll';
import { joinAnd, plural } from '../lib/words';
import { Link } from './Link';

const POLL_MS = 15_000;

/** "Anna, Ben and 3 bots": who plays, people by name. */
function whoPlays(m: MatchInfo): string {
  const people = m.players.filter((p) => p.name && !p.bot).map((p) => p.name!);
  const bots = m.players.filter((p) => p.bot).length;
  const parts = bots ? [...people, plural(bots, 'bot')] : people;
  return joinAnd(parts) || 'nobody yet';
}

export function OpenMatches() {
  const { data } = usePoll('open-matches', listMatches, POLL_MS);
  const matches = (data?.matches ?? []).filter((m) => !getSeat(m.matchID));
  if (!matches.length) return null;
  return (
    <section className="card open-matches" aria-labelledby="open-matches-h">
      <h2 id="open-matches-h">Open matches</h2>
      <ul className="my-matches__list">
        {matches.map((m) => {
          const free = m.players.filter((p) => !p.name).length;
          const host = m.host !== null ? m.players[Number(m.host)]?.name : undefined;
          const scenario = m.setupData?.scenario ?? DEFAULT_SCENARIO;
          const whose = host ? `${host}’s match` : 'this match';
          return (
            <li key={m.matchID} className="my-matches__item" data-match={m.matchID}>
              <span className="my-matches__what">
                <strong>{SCENARIO_TEXT[scenario]?.title ?? scenario}</strong>
                <span className="muted"> · {whoPlays(m)} · {m.started ? 'in progress' : `${plural(free, 'seat')} free`}</span>
              </span>
              {!m.started && free > 0
                ? <Link className="button button--small button--primary" href={paths.join(m.matchID)}>Join<span className="visually-hidden"> {whose}</span></Link>
                : <Link className="button button--small" href={paths.match(m.matchID)}>Watch<span className="visually-hidden"> {whose}</span></Link>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
