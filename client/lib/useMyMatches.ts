// "My matches": the seats this browser holds, with each match's state from the lobby, and the
// solo match in progress, if any.
import { useEffect, useState } from 'react';
import { ApiError, getMatch, type MatchInfo } from './api';
import { listSeats, removeSeat, type SavedSeat } from './seats';
import { loadSolo, soloProgress, type SoloConfig } from './solo';

export interface MyMatch {
  seat: SavedSeat;
  info: MatchInfo | null;
  /** The server could not be asked. */
  unknown: boolean;
}

export function useMyMatches() {
  const [online, setOnline] = useState<MyMatch[]>(() => listSeats().slice(0, 8).map((seat) => ({ seat, info: null, unknown: true })));
  const [solo] = useState<{ config: SoloConfig; progress: ReturnType<typeof soloProgress> } | null>(() => {
    const config = loadSolo();
    return config ? { config, progress: soloProgress(config) } : null;
  });

  useEffect(() => {
    let alive = true;
    const seats = listSeats().slice(0, 8);
    void Promise.all(seats.map(async (seat): Promise<MyMatch | null> => {
      try {
        return { seat, info: await getMatch(seat.matchID), unknown: false };
      } catch (err) {
        // A match the server swept away is forgotten here too.
        if (err instanceof ApiError && err.status === 404) {
          removeSeat(seat.matchID);
          return null;
        }
        return { seat, info: null, unknown: true };
      }
    })).then((list) => { if (alive) setOnline(list.filter((x): x is MyMatch => x !== null)); });
    return () => { alive = false; };
  }, []);

  return { online, solo };
}

/** A match to go back to: unfinished and started, with the class it belongs to (if any). */
export interface Resumable { match: MyMatch; classTitle: string | null }

/**
 * The matches in progress this browser holds a seat in, class matches first (a student who closed
 * the laptop is expected back in class), then newest first. Finished or unstarted ones are left out.
 */
export function resumable(list: MyMatch[], classTitleOf: (matchID: string) => string | null): Resumable[] {
  return list
    .filter((m) => m.info?.started && m.info.gameover === undefined)
    .map((match) => ({ match, classTitle: classTitleOf(match.seat.matchID) }))
    .sort((a, b) => Number(b.classTitle !== null) - Number(a.classTitle !== null) || b.match.seat.savedAt - a.match.seat.savedAt);
}
