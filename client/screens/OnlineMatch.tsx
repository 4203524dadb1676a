// An online match on the match screen: the boardgame.io client over socket.io. Lazily loaded.
import { useEffect, useMemo, useState } from 'react';
import type { Seat } from '../../game/types';
import { isSeat } from '../../game/types';
import { errorText, requestRematch, requestStandIn, type MatchInfo } from '../lib/api';
import { navigate, paths } from '../lib/router';
import { playerLabel, rosterOnline, type Roster } from '../lib/roster';
import { saveSeat, type SavedSeat } from '../lib/seats';
import { joinedByMatch } from '../lib/seminarStore';
import { useMatch } from '../lib/useMatch';
import type { RematchOffer } from './EndScreen';
import { MatchScreen, type StandInOffer } from './MatchScreen';

/** How often a finished match's details are asked for, to show a rematch as soon as one is set up. */
const OVER_POLL_MS = 3000;

export interface OnlineMatchProps {
  matchID: string;
  seat: SavedSeat | null;
  info: MatchInfo;
  /** Asks the lobby for the match's details again. */
  refreshInfo: () => Promise<void>;
}

export default function OnlineMatch({ matchID, seat, info, refreshInfo }: OnlineMatchProps) {
  const mySeat: Seat | null = seat && isSeat(seat.playerID) ? seat.playerID : null;
  const match = useMatch({ kind: 'online', matchID, seat: mySeat, credentials: seat?.credentials });
  const roster = useMemo(
    () => rosterOnline(info, match.names, match.connected, mySeat, seat?.name ?? ''),
    [info, match.names, match.connected, mySeat, seat?.name],
  );
  // A student's class match ends with the way back to the class, not a new match.
  const seminar = useMemo(() => joinedByMatch(matchID), [matchID]);
  const over = !!match.G?.gameover;
  const rematch = useRematch(matchID, seat, mySeat !== null && !seminar && over && !roster[mySeat].bot, info.rematchBy ?? null, roster);
  // At the end, ask now and then whether someone set up a rematch; once one is, there is no more to learn.
  const rematchKnown = info.rematchBy != null;
  useEffect(() => {
    if (!over || seminar || rematchKnown) return;
    const t = setInterval(() => { if (!document.hidden) void refreshInfo(); }, OVER_POLL_MS);
    return () => clearInterval(t);
  }, [over, seminar, rematchKnown, refreshInfo]);
  const standIn = useStandIn(matchID, seat, refreshInfo);
  // A class's seats are the facilitator's to give to bots; the lobby's stand-in is for friends' matches.
  return seminar
    ? <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.classPlace(seminar.classID))} playAgainLabel="Back to the class" />
    : <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.home)} rematch={rematch} standIn={mySeat !== null && !roster[mySeat].bot ? standIn : undefined} />;
}

/** Asking a bot to play for a person who is away; the match's details are read again after. */
function useStandIn(matchID: string, seat: SavedSeat | null, refreshInfo: () => Promise<void>): StandInOffer | undefined {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!seat) return undefined;
  return {
    busy,
    error,
    ask: (away) => {
      setBusy(true);
      setError(null);
      requestStandIn(matchID, seat.playerID, seat.credentials, away).then(
        () => refreshInfo(),
        (err: unknown) => setError(errorText(err)),
      ).finally(() => setBusy(false));
    },
  };
}

/** The rematch offer for a player of a finished match: take (or set up) the seat, then go there. */
function useRematch(matchID: string, seat: SavedSeat | null, offered: boolean, by: string | null, roster: Roster): RematchOffer | undefined {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!offered || !seat) return undefined;
  const setter = by !== null && isSeat(by) ? roster[by] : null;
  return {
    offeredBy: setter ? (setter.isYou ? 'You' : `${playerLabel(setter)} (${setter.stateName})`) : null,
    busy,
    error,
    onRematch: () => {
      setBusy(true);
      setError(null);
      requestRematch(matchID, seat.playerID, seat.credentials).then(
        (r) => {
          saveSeat({ matchID: r.matchID, playerID: r.playerID, credentials: r.playerCredentials, name: seat.name });
          navigate(paths.match(r.matchID));
        },
        (err: unknown) => {
          setError(errorText(err));
          setBusy(false);
        },
      );
    },
  };
}
