// An online match on the match screen: the boardgame.io client over socket.io. Lazily loaded.
import { useMemo } from 'react';
import type { Seat } from '../../game/types';
import { isSeat } from '../../game/types';
import type { MatchInfo } from '../lib/api';
import { navigate, paths } from '../lib/router';
import { rosterOnline } from '../lib/roster';
import type { SavedSeat } from '../lib/seats';
import { joinedByMatch } from '../lib/seminarStore';
import { useMatch } from '../lib/useMatch';
import { MatchScreen } from './MatchScreen';

export default function OnlineMatch({ matchID, seat, info }: { matchID: string; seat: SavedSeat | null; info: MatchInfo }) {
  const mySeat: Seat | null = seat && isSeat(seat.playerID) ? seat.playerID : null;
  const match = useMatch({ kind: 'online', matchID, seat: mySeat, credentials: seat?.credentials });
  const roster = useMemo(
    () => rosterOnline(info, match.names, match.connected, mySeat, seat?.name ?? ''),
    [info, match.names, match.connected, mySeat, seat?.name],
  );
  // A student's class match ends with the way back to the class, not a new match.
  const seminar = useMemo(() => joinedByMatch(matchID), [matchID]);
  return seminar
    ? <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.classPlace(seminar.classID))} playAgainLabel="Back to the class" />
    : <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.home)} />;
}
