// Controllers of the lobby forms: create a match and take its seat, join a match, start, leave.
import { useCallback, useState } from 'react';
import type { SeatKind } from '../../game/setup';
import { createMatch, errorText, joinMatch, leaveMatch, requestRematch, requestStandIn, startMatch } from './api';
import { paths, navigate } from './router';
import { getSeat, rememberName, removeSeat, saveSeat, type SavedSeat } from './seats';

interface Busy { busy: boolean; error: string | null }

/** A form's task: busy while it runs, its failure as a sentence. */
export function useTask() {
  const [st, setSt] = useState<Busy>({ busy: false, error: null });
  const run = useCallback(async (task: () => Promise<void>) => {
    setSt({ busy: true, error: null });
    try {
      await task();
      setSt({ busy: false, error: null });
    } catch (err) {
      setSt({ busy: false, error: errorText(err) });
    }
  }, []);
  return { ...st, run, setError: (error: string | null) => setSt((s) => ({ ...s, error })) };
}

/** Creates an online match, takes the chosen seat and goes to it. */
export function useCreateMatch() {
  const t = useTask();
  const create = (v: { name: string; mySeat: string; scenario: string; seats: SeatKind[]; hints?: boolean; listed?: boolean }) =>
    t.run(async () => {
      const { matchID } = await createMatch({ scenario: v.scenario, seats: v.seats, hints: v.hints }, !v.listed);
      const joined = await joinMatch(matchID, v.name, v.mySeat);
      saveSeat({ matchID, playerID: joined.playerID, credentials: joined.playerCredentials, name: v.name });
      rememberName(v.name);
      navigate(paths.match(matchID));
    });
  return { busy: t.busy, error: t.error, create };
}

/** Takes a seat in a match (a chosen one or any free one). */
export function useJoinMatch(matchID: string, onJoined: () => void) {
  const t = useTask();
  const join = (name: string, seat?: string) =>
    t.run(async () => {
      const joined = await joinMatch(matchID, name, seat);
      saveSeat({ matchID, playerID: joined.playerID, credentials: joined.playerCredentials, name });
      rememberName(name);
      onJoined();
    });
  return { busy: t.busy, error: t.error, join };
}

/** The host's Start button and everyone's Leave button. */
export function useSeatActions(matchID: string, onChange: () => void) {
  const t = useTask();
  const start = (botLevel: Exclude<SeatKind, 'human'>) =>
    t.run(async () => {
      const seat = getSeat(matchID);
      if (!seat) throw new Error('This browser holds no seat in this match.');
      await startMatch(matchID, seat.playerID, seat.credentials, botLevel);
      onChange();
    });
  const leave = () =>
    t.run(async () => {
      const seat = getSeat(matchID);
      if (seat) await leaveMatch(matchID, seat.playerID, seat.credentials);
      removeSeat(matchID);
      navigate(paths.home);
    });
  return { busy: t.busy, error: t.error, start, leave };
}

/** At the end of a match: take (or set up) this seat's place in its rematch, then go there. */
export function useRematchAction(matchID: string, seat: SavedSeat | null) {
  const t = useTask();
  const rematch = () =>
    t.run(async () => {
      if (!seat) throw new Error('This browser holds no seat in this match.');
      const r = await requestRematch(matchID, seat.playerID, seat.credentials);
      saveSeat({ matchID: r.matchID, playerID: r.playerID, credentials: r.playerCredentials, name: seat.name });
      navigate(paths.match(r.matchID));
    });
  return { busy: t.busy, error: t.error, rematch };
}

/** Asks a bot to play for a person who is away; `onDone` reads the match's details again. */
export function useStandInAction(matchID: string, seat: SavedSeat | null, onDone: () => Promise<void>) {
  const t = useTask();
  const ask = (away: string) =>
    t.run(async () => {
      if (!seat) throw new Error('This browser holds no seat in this match.');
      await requestStandIn(matchID, seat.playerID, seat.credentials, away);
      await onDone();
    });
  return { busy: t.busy, error: t.error, ask };
}
