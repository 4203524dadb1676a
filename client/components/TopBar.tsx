// The match's top bar: the game's name, the round and year, this round's event, the three tracks,
// the connection, and the links to the tracks' meaning and the rules.
import { useState } from 'react';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { G } from '../../game/types';
import { paths } from '../lib/router';
import { EventCard } from './EventCard';
import { Link } from './Link';
import { TracksBar } from './Tracks';
import { TracksDialog } from './TracksDialog';

export interface TopBarProps {
  g: G;
  /** Online (the connection), solo (saved) or a replay of a finished match. */
  kind: 'online' | 'solo' | 'replay';
  isConnected: boolean;
  compact: boolean;
  /** Whose turn, in a few words ("Your turn", "Uzbekistan"). */
  turnText: string;
  myTurn: boolean;
}

export function TopBar({ g, kind, isConnected, compact, turnText, myTurn }: TopBarProps) {
  const year = YEAR_OF_ROUND(g.round);
  const [tracksOpen, setTracksOpen] = useState(false);
  return (
    <header className={`top-bar${compact ? ' top-bar--compact' : ''}`}>
      <div className="top-bar__brand">
        <Link href={paths.home} className="brand-link" aria-label="Multi-dimensional Chess: home">
          <span className="brand-link__mark" aria-hidden="true" />
          {!compact && <span className="brand-link__name">Multi-dimensional Chess</span>}
        </Link>
        <p className="top-bar__round">
          <span className="top-bar__year">{year}</span>
          <span className="top-bar__roundno">Round {g.round} of {g.rounds}</span>
        </p>
      </div>
      {!compact && <EventCard eventId={g.event} year={year} variant="bar" />}
      <div className="top-bar__tracks">
        <TracksBar g={g} />
      </div>
      <div className="top-bar__meta">
        {!compact && <p className={`turn-pill${myTurn ? ' turn-pill--mine' : ''}`}>{turnText}</p>}
        {kind === 'online' ? (
          <p className={`conn conn--${isConnected ? 'on' : 'off'}`} role="status">
            <span className="conn__dot" aria-hidden="true" />
            {/* On a phone "Connected" is the green dot alone (still read out); trouble is always written. */}
            <span className={isConnected && compact ? 'visually-hidden' : undefined}>{isConnected ? 'Connected' : 'Reconnecting…'}</span>
          </p>
        ) : (
          <p className="conn conn--solo">{kind === 'replay' ? 'Replay' : 'Solo · saved'}</p>
        )}
        <p className="top-bar__links">
          <button type="button" className="link-button top-bar__link" aria-haspopup="dialog" onClick={() => setTracksOpen(true)}>
            Tracks<span className="visually-hidden">: what they mean</span>
          </button>
          <a className="top-bar__link" href={paths.rules} target="_blank" rel="noopener">
            Rules<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      </div>
      <TracksDialog g={g} open={tracksOpen} onClose={() => setTracksOpen(false)} />
    </header>
  );
}
