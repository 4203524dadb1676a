// An online match on the match screen: the boardgame.io client over socket.io. Lazily loaded.
import { useEffect, useMemo } from 'react';
import type { Seat } from '../../game/types';
import { isSeat } from '../../game/types';
import type { MatchInfo } from '../lib/api';
import { navigate, paths } from '../lib/router';
import { playerLabel, rosterOnline } from '../lib/roster';
import type { SavedSeat } from '../lib/seats';
import { joinedByMatch } from '../lib/seminarStore';
import { useRematchAction, useStandInAction } from '../lib/useLobbyActions';
import { useMatch } from '../lib/useMatch';
import type { RematchOffer } from './EndScreen';
import { MatchScreen } from './MatchScreen';

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
  // At the end, the match's details at once: they say it is over, and the page then asks often for a rematch.
  useEffect(() => { if (over) void refreshInfo(); }, [over, refreshInfo]);
  const seated = mySeat !== null && !roster[mySeat].bot;
  const rematchAction = useRematchAction(matchID, seat);
  const standInAction = useStandInAction(matchID, seat, refreshInfo);
  const setter = info.rematchBy != null && isSeat(info.rematchBy) ? roster[info.rematchBy] : null;
  const rematch: RematchOffer | undefined = seated && over ? {
    offeredBy: setter ? (setter.isYou ? 'You' : `${playerLabel(setter)} (${setter.stateName})`) : null,
    busy: rematchAction.busy,
    error: rematchAction.error,
    onRematch: () => void rematchAction.rematch(),
  } : undefined;
  // A class's seats are the facilitator's to give to bots; rematches and stand-ins are for friends' matches.
  return seminar
    ? <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.classPlace(seminar.classID))} playAgainLabel="Back to the class" />
    : <MatchScreen match={match} roster={roster} onPlayAgain={() => navigate(paths.home)} rematch={rematch} standIn={seated ? standInAction : undefined} />;
}
