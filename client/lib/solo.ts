// The solo match of this browser: its set-up, kept in localStorage next to the boardgame.io state.
// The Local master persists the match itself (state, initial state, log) under `storageKey`, so a
// reload resumes it exactly: the stored state carries boardgame.io's seeded random.
import type { SeatKind } from '../../game/setup';
import type { G, Seat } from '../../game/types';
import { SEATS } from '../../game/types';

export type BotLevel = Exclude<SeatKind, 'human'>;

export interface SoloConfig {
  /** boardgame.io matchID of the solo match. */
  matchID: string;
  /** Prefix of the localStorage keys where the Local master keeps the match. */
  storageKey: string;
  scenario: string;
  /** The seat the person plays. */
  mySeat: Seat;
  /** Who plays each seat: 'human' for mySeat, a bot level for the others. */
  seats: SeatKind[];
  /** Pass and play: the names the people at this device gave (seat → name); unnamed ones are "Player N". */
  names?: Partial<Record<Seat, string>>;
  createdAt: number;
}

/** A name as the game keeps it: trimmed, inner spaces collapsed, at most 24 characters (as online). */
export const cleanName = (raw: unknown): string =>
  typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ').slice(0, 24).trim() : '';

/** Only the names of seats people play, cleaned; nothing when none was given. */
export function soloNames(seats: SeatKind[], mySeat: Seat, raw: unknown): Partial<Record<Seat, string>> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Partial<Record<Seat, string>> = {};
  for (const s of soloLocalSeats({ mySeat, seats })) {
    const n = cleanName((raw as Record<string, unknown>)[s]);
    if (n) out[s] = n;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The seats people play: the creator's, and any other given to "a person on this device". */
export const soloLocalSeats = (c: Pick<SoloConfig, 'mySeat' | 'seats'>): Seat[] =>
  SEATS.filter((s, i) => s === c.mySeat || c.seats[i] === 'human');

const KEY = 'mdchess.solo';
/** The maps boardgame.io's LocalStorage keeps, each under `${storageKey}_${name}`. */
const BGIO_MAPS = ['state', 'initial', 'metadata', 'log'];

export function loadSolo(): SoloConfig | null {
  try {
    const c = JSON.parse(localStorage.getItem(KEY) ?? 'null') as SoloConfig | null;
    if (!c || typeof c.matchID !== 'string' || !Array.isArray(c.seats) || c.seats.length !== 5) return null;
    return { ...c, names: soloNames(c.seats, c.mySeat, c.names) };
  } catch {
    return null;
  }
}

/** Drops the stored solo match and its boardgame.io data. */
export function clearSolo(): void {
  const old = loadSolo();
  try {
    if (old) for (const m of BGIO_MAPS) localStorage.removeItem(`${old.storageKey}_${m}`);
    localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was kept anyway.
  }
}

/** Starts a new solo set-up (replacing any earlier one); the match itself begins when the clients connect. */
export function newSolo(opts: { scenario: string; mySeat: Seat; seats: SeatKind[]; names?: Partial<Record<Seat, string>> }): SoloConfig {
  clearSolo();
  const id = `solo-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const config: SoloConfig = {
    matchID: id, storageKey: `mdchess.${id}`, createdAt: Date.now(),
    scenario: opts.scenario, mySeat: opts.mySeat, seats: opts.seats, names: soloNames(opts.seats, opts.mySeat, opts.names),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(config));
  } catch {
    // Storage disabled: the match works, but a reload will not resume it.
  }
  return config;
}

/** A short summary of the stored solo match for the resume button, read from boardgame.io's storage. */
export function soloProgress(config: SoloConfig): { round: number; rounds: number; over: boolean } | null {
  try {
    const entries = JSON.parse(localStorage.getItem(`${config.storageKey}_state`) ?? '[]') as [string, { G: G }][];
    const st = entries.find(([id]) => id === config.matchID)?.[1];
    return st ? { round: st.G.round, rounds: st.G.rounds, over: !!st.G.gameover } : null;
  } catch {
    return null;
  }
}
