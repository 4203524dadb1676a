// Typed calls to the lobby API (server/lobby.ts), with messages a player can act on.
import type { SeatKind } from '../../game/setup';
import type { ReplayRecord } from '../../game/replay';

const BASE = '/games/mdchess';

export interface MatchPlayer {
  id: number;
  name?: string;
  isConnected: boolean;
  /** The bot level playing this seat, or null for a person (or an empty seat). */
  bot: Exclude<SeatKind, 'human'> | null;
  /** A bot plays this person's turns while they are away (another player asked for it). */
  standIn?: boolean;
}

export interface MatchInfo {
  matchID: string;
  setupData?: { scenario?: string; seats?: SeatKind[]; hints?: boolean };
  started: boolean;
  /** The seat of the host, who may start the match. */
  host: string | null;
  gameover?: unknown;
  players: MatchPlayer[];
  /** The seat that set up a rematch of this finished match, if one did. */
  rematchBy?: string | null;
}

export interface Joined {
  playerID: string;
  playerCredentials: string;
}

/** An error of the lobby, with a sentence to show and the HTTP status (0 when unreachable). */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The server did not understand that request.',
  403: 'The server refused that request.',
  404: 'No such match. Check the invite link or code.',
  409: 'That is no longer possible: someone was quicker.',
  503: 'The server is busy. Try again in a minute.',
};

export interface RequestOptions {
  body?: unknown;
  /** A bearer token (seminar facilitator or student). */
  token?: string;
  /** Sentences for statuses the server answers without one of its own. */
  statusText?: Record<number, string>;
  /** The sentence when the server cannot be reached. */
  offlineText?: string;
}

/** Sends a request and returns the response when it is 2xx; else throws an ApiError with a sentence. */
export async function send(method: 'GET' | 'POST', url: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  } catch {
    throw new ApiError(opts.offlineText ?? 'Cannot reach the game server. Check your connection, or play solo: it needs no server.', 0);
  }
  if (res.ok) return res;
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // An empty or non-JSON answer: the status alone tells what happened.
  }
  const msg = (data as { error?: unknown } | null)?.error;
  const fallback = opts.statusText?.[res.status] ?? STATUS_TEXT[res.status] ?? `The server answered ${res.status}.`;
  throw new ApiError(typeof msg === 'string' && msg ? msg : fallback, res.status);
}

/** A JSON request: the parsed answer, or an ApiError. */
export async function requestJson<T>(method: 'GET' | 'POST', url: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, url, opts);
  try {
    return (await res.json()) as T;
  } catch {
    return null as T;
  }
}

const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => requestJson<T>(method, BASE + path, { body });

/** Creates a match; `seats` says who plays each of the five seats. */
export const createMatch = (setupData: { scenario?: string; seats: SeatKind[]; hints?: boolean }, unlisted = true) =>
  call<{ matchID: string }>('POST', '/create', { setupData, unlisted });

/** Takes a seat (a free one if playerID is not given). */
export const joinMatch = (matchID: string, playerName: string, playerID?: string) =>
  call<Joined>('POST', `/${encodeURIComponent(matchID)}/join`, playerID === undefined ? { playerName } : { playerName, playerID });

/** The chat of a match so far (the server keeps it; the live messages come over the socket). */
export const getChat = (matchID: string) =>
  call<{ messages: { id: string; sender: string; text: string; at: number }[] }>('GET', `/${encodeURIComponent(matchID)}/chat`);

/** The host starts the match: empty seats become bots of the given level. */
export const startMatch = (matchID: string, playerID: string, credentials: string, botLevel: Exclude<SeatKind, 'human'> = 'medium') =>
  call<{ started: boolean }>('POST', `/${encodeURIComponent(matchID)}/start`, { playerID, credentials, botLevel });

/** Gives a seat up (before the start it opens again; after it, a bot takes over). */
export const leaveMatch = (matchID: string, playerID: string, credentials: string) =>
  call<{ ok: boolean }>('POST', `/${encodeURIComponent(matchID)}/leave`, { playerID, credentials });

/** A player of a finished match takes their seat in its rematch (set up by the first to ask). */
export const requestRematch = (matchID: string, playerID: string, credentials: string) =>
  call<Joined & { matchID: string }>('POST', `/${encodeURIComponent(matchID)}/rematch`, { playerID, credentials });

/** A player asks a bot to play for another person of the match while that person is away. */
export const requestStandIn = (matchID: string, playerID: string, credentials: string, seat: string) =>
  call<{ ok: boolean }>('POST', `/${encodeURIComponent(matchID)}/standin`, { playerID, credentials, seat });

export const getMatch = (matchID: string) => call<MatchInfo>('GET', `/${encodeURIComponent(matchID)}`);

/** A finished match's record, to replay it move by move (409 while it is still being played). */
export const getReplay = (matchID: string) => call<ReplayRecord>('GET', `/${encodeURIComponent(matchID)}/replay`);

export const listMatches = () => call<{ matches: MatchInfo[] }>('GET', '');

/** The message of any error, for display. */
export const errorText = (err: unknown): string =>
  err instanceof Error ? err.message : 'Something went wrong. Try again.';
