// This browser's seats in online matches (matchID → seat, credentials, name), kept in localStorage,
// so a player can close the tab and come back to the match ("My matches").
import { storedMap } from './storedMap';

export interface SavedSeat {
  matchID: string;
  playerID: string;
  credentials: string;
  name: string;
  /** When the seat was taken (ms since 1970), to list the newest first. */
  savedAt: number;
}

const NAME_KEY = 'mdchess.name';
const seats = storedMap<SavedSeat>('mdchess.seats', (s) => typeof s.playerID === 'string' && typeof s.credentials === 'string');

export const getSeat = (matchID: string): SavedSeat | null => seats.get(matchID);

export function saveSeat(seat: Omit<SavedSeat, 'savedAt'>): void {
  seats.set(seat.matchID, { ...seat, savedAt: Date.now() });
}

export const removeSeat = (matchID: string): void => seats.remove(matchID);

/** Every seat this browser holds, newest first. */
export const listSeats = (): SavedSeat[] => seats.list().sort((a, b) => b.savedAt - a.savedAt);

/** The name this browser used last, to fill the name field. */
export const lastName = (): string => {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
};

export const rememberName = (name: string): void => {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Not remembered: the field will be empty next time.
  }
};
