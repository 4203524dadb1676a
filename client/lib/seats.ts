// This browser's seats in online matches (matchID → seat, credentials, name), kept in localStorage,
// so a player can close the tab and come back to the match ("My matches").
export interface SavedSeat {
  matchID: string;
  playerID: string;
  credentials: string;
  name: string;
  /** When the seat was taken (ms since 1970), to list the newest first. */
  savedAt: number;
}

const KEY = 'mdchess.seats';
const NAME_KEY = 'mdchess.name';

function readAll(): Record<string, SavedSeat> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, SavedSeat>) : {};
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, SavedSeat>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the seat only lives as long as the page.
  }
}

export const getSeat = (matchID: string): SavedSeat | null => {
  const s = readAll()[matchID];
  return s && typeof s.playerID === 'string' && typeof s.credentials === 'string' ? s : null;
};

export function saveSeat(seat: Omit<SavedSeat, 'savedAt'>): void {
  const all = readAll();
  all[seat.matchID] = { ...seat, savedAt: Date.now() };
  writeAll(all);
}

export function removeSeat(matchID: string): void {
  const all = readAll();
  delete all[matchID];
  writeAll(all);
}

/** Every seat this browser holds, newest first. */
export const listSeats = (): SavedSeat[] => Object.values(readAll()).sort((a, b) => b.savedAt - a.savedAt);

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
