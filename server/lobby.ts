// The lobby API at boardgame.io's paths (/games/mdchess/...), with every input checked:
// create (scenario and seats), join, leave, start, match details and the public list.
import type Router from '@koa/router';
import type { Server } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { randomBytes } from 'node:crypto';
import { GAME_NAME, MdChess, NUM_SEATS } from '../game/index.js';
import { isSeatKind, validateSetupOptions, type SeatKind, type SetupOptions } from '../game/setup.js';
import { SEATS } from '../game/types.js';
import type { Config } from './config.js';
import { chatLines } from './chat.js';
import { fail, readJson } from './http.js';
import type { SqliteStorage } from './storage.js';

export const MAX_NAME = 24;
const BOT_NAMES: Record<Exclude<SeatKind, 'human'>, string> = { easy: 'Easy bot', random: 'Random bot', medium: 'Medium bot', hard: 'Hard bot' };

/** Server-side facts about a match that boardgame.io's metadata does not hold. */
export interface MatchInfo {
  /** Bots act and seats lock once the match has started. */
  started: boolean;
  /** The seat of the first human to join: the host, who may start the match. */
  host: string | null;
  /** The seminar class the match belongs to: its seats are given by the class, not the lobby. */
  classID?: string;
  /**
   * The match that follows this one (same scenario and seats), the seat that set it up, and the
   * credentials given in it to each seat of this one that took its place there (server-side only).
   */
  rematch?: { matchID: string; by: string; claimed: Record<string, string> };
}

export const secret = (): string => randomBytes(18).toString('base64url');
/**
 * A new match (or class, or student) id: 12 url-safe characters beginning with a letter or digit.
 * An id beginning with "-" would reach spreadsheets as a formula, which the CSV export then
 * neutralises with a quote, so the id in the CSV would not be the match's id.
 */
export function newMatchID(): string {
  for (;;) {
    const id = randomBytes(9).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}

/** A match without seat info (made before there was any): started, no host. */
const NO_INFO: Readonly<MatchInfo> = Object.freeze({ started: true, host: null });

export function getInfo(db: SqliteStorage, matchID: string): MatchInfo {
  return db.getExtra<MatchInfo>('match', matchID) ?? { ...NO_INFO };
}

/** The lobby's list shows at most this many matches, newest first. */
export const MAX_LISTED = 50;
/** How long the lobby's list is answered from memory, unless a change through the lobby drops it. */
const LIST_FRESH_MS = 2_000;

/** The answer (503) when the server already holds MAX_MATCHES unfinished matches. */
export const TOO_MANY_MATCHES = 'The server holds too many matches right now; try again later.';

/** A match's seat info for a reader that only looks (frozen, read once per change; getInfo gives a copy to edit). */
export function peekInfo(db: SqliteStorage, matchID: string): Readonly<MatchInfo> {
  return db.peekExtra<MatchInfo>('match', matchID) ?? NO_INFO;
}

/** The bot level playing a seat, or null for a human seat. */
export function botLevel(metadata: Readonly<Server.MatchData>, seat: string): Exclude<SeatKind, 'human'> | null {
  const level = (metadata.players[Number(seat)]?.data as { bot?: unknown } | undefined)?.bot;
  return isSeatKind(level) && level !== 'human' ? level : null;
}

/** The bot level standing in for a person's seat now: while its player is away, once another player asked. */
export function standInLevel(metadata: Readonly<Server.MatchData>, seat: string): Exclude<SeatKind, 'human'> | null {
  const p = metadata.players[Number(seat)];
  const level = (p?.data as { standIn?: unknown } | undefined)?.standIn;
  return isSeatKind(level) && level !== 'human' && !p.isConnected ? level : null;
}

/** The level of the bot that plays a seat now: the seat's own bot, or one standing in for an absent person. */
export const playingBot = (metadata: Readonly<Server.MatchData>, seat: string): Exclude<SeatKind, 'human'> | null =>
  botLevel(metadata, seat) ?? standInLevel(metadata, seat);

export function seatBot(metadata: Server.MatchData, seat: number, level: Exclude<SeatKind, 'human'>): void {
  metadata.players[seat] = { id: seat, name: BOT_NAMES[level], credentials: secret(), data: { bot: level } };
}

/**
 * Metadata as anyone may see it: no credentials. (No updatedAt: the metadata's updatedAt changes
 * only with joins, connections and the end of a match, never with its moves, so it would mislead.)
 */
export function publicMatch(matchID: string, metadata: Server.MatchData, info: MatchInfo) {
  return {
    matchID,
    gameName: metadata.gameName,
    setupData: metadata.setupData,
    unlisted: metadata.unlisted ?? false,
    createdAt: metadata.createdAt,
    gameover: metadata.gameover,
    started: info.started,
    host: info.host,
    // Only who set it up: the new match's id goes to the seats of this one, through /rematch.
    rematchBy: info.rematch?.by ?? null,
    players: Object.values(metadata.players).map((p) => ({
      id: p.id, name: p.name, isConnected: p.isConnected ?? false, bot: botLevel(metadata, String(p.id)),
      // A bot plays this person's turns while they are away (another player asked for it).
      standIn: (p.data as { standIn?: unknown } | undefined)?.standIn !== undefined,
    })),
  };
}

export function checkName(raw: unknown): string {
  if (typeof raw !== 'string') return fail(400, 'Give a player name.');
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return fail(400, 'Give a player name.');
  if (name.length > MAX_NAME) return fail(400, `Player names are at most ${MAX_NAME} characters.`);
  return name;
}

function checkSeat(raw: unknown, required: boolean): string | undefined {
  if (raw === undefined || raw === null) return required ? fail(400, 'Give a playerID ("0" to "4").') : undefined;
  if (typeof raw !== 'string' || !(SEATS as readonly string[]).includes(raw)) return fail(400, 'playerID must be "0", "1", "2", "3" or "4".');
  return raw;
}

export function checkKeys(body: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(body)) if (!allowed.includes(k)) fail(400, `Unexpected field "${k.slice(0, 40)}".`);
}

export interface LobbyDeps {
  db: SqliteStorage;
  config: Config;
  /** Runs a change of one match's metadata after any other change of it (no lost updates). */
  serialize: <T>(matchID: string, task: () => Promise<T>) => Promise<T>;
  /** Called when a match starts (bots may act). */
  onStart: (matchID: string) => void;
}

/** Fetches a match's metadata or answers 404. */
async function metadataOf(db: SqliteStorage, matchID: string): Promise<Server.MatchData> {
  if (typeof matchID !== 'string' || matchID.length > 64) fail(404, 'No such match.');
  const { metadata } = await db.fetch(matchID, { metadata: true });
  if (!metadata) return fail(404, 'No such match.');
  return metadata;
}

/** The seats of a class's match are the facilitator's to give: the lobby may not change them. */
function refuseClassMatch(db: SqliteStorage, matchID: string): void {
  if (getInfo(db, matchID).classID !== undefined) fail(403, 'This match belongs to a seminar class: join it with the class code.');
}

const humanSeatsOpen = (m: Server.MatchData): boolean => Object.values(m.players).some((p) => !p.name);

/** Starts a match: every seat nobody took becomes a bot of the given level. */
export async function startMatch(deps: Pick<LobbyDeps, 'db' | 'onStart'>, matchID: string, metadata: Server.MatchData, level: Exclude<SeatKind, 'human'>) {
  for (const p of Object.values(metadata.players)) if (!p.name) seatBot(metadata, p.id, level);
  const info = { ...getInfo(deps.db, matchID), started: true };
  await deps.db.setMetadata(matchID, metadata);
  deps.db.setExtra('match', matchID, info);
  deps.onStart(matchID);
  return info;
}

function authenticate(metadata: Server.MatchData, seat: string, credentials: unknown): void {
  const p = metadata.players[Number(seat)];
  if (typeof credentials !== 'string' || !p?.credentials || p.credentials !== credentials) fail(403, 'Invalid credentials.');
}

export function registerLobby(router: Router, deps: LobbyDeps): void {
  const { db, config } = deps;
  const game = (name: string) => (name === GAME_NAME ? MdChess : fail(404, `No game called "${String(name).slice(0, 40)}".`));
  /** The lobby's list as last answered; dropped by every change made through the lobby. */
  let listed: { at: number; body: { matches: ReturnType<typeof publicMatch>[] } } | null = null;
  /** Counts those changes: a list read while one happened is answered but not kept. */
  let lobbyChanges = 0;
  /** A lobby route that changes matches: once it is done (well or not), the kept list is dropped. */
  const changing = (path: string, handler: (ctx: Router.RouterContext) => Promise<void>) => router.post(path, async (ctx) => {
    try {
      await handler(ctx);
    } finally {
      listed = null;
      lobbyChanges++;
    }
  });

  router.get('/games', (ctx) => { ctx.body = [GAME_NAME]; });

  /** Creates a match of checked set-up options: its bot seats filled, started if no human seat. */
  const newMatch = async (g: typeof MdChess, setupData: SetupOptions | undefined, unlisted: boolean): Promise<string> => {
    if (db.countOpenMatches(GAME_NAME) >= config.maxMatches) fail(503, TOO_MANY_MATCHES);
    const created = createMatch({ game: g, numPlayers: NUM_SEATS, setupData, unlisted });
    if ('setupDataError' in created) return fail(400, String(created.setupDataError));
    const matchID = newMatchID();
    (setupData?.seats ?? []).forEach((kind, i) => { if (kind !== 'human') seatBot(created.metadata, i, kind); });
    const info: MatchInfo = { started: !humanSeatsOpen(created.metadata), host: null };
    await db.createMatch(matchID, created);
    db.setExtra('match', matchID, info);
    if (info.started) deps.onStart(matchID);
    return matchID;
  };

  /** Gives a seat of a match not started to a player: the first to sit is the host; a full match starts. */
  const takeSeat = async (matchID: string, metadata: Server.MatchData, seat: string, name: string) => {
    const p = metadata.players[Number(seat)];
    p.name = name;
    p.credentials = secret();
    const info = getInfo(db, matchID);
    if (info.host === null) info.host = seat;
    await db.setMetadata(matchID, metadata);
    db.setExtra('match', matchID, info);
    if (!info.started && !humanSeatsOpen(metadata)) await startMatch(deps, matchID, metadata, 'medium');
    return { playerID: seat, playerCredentials: p.credentials };
  };

  changing('/games/:name/create', async (ctx) => {
    const g = game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['numPlayers', 'setupData', 'unlisted']);
    // Strictly the number 5: Number() let "5", [5] and other wrong types through.
    if (body.numPlayers !== undefined && body.numPlayers !== NUM_SEATS) fail(400, `A match has exactly ${NUM_SEATS} seats (numPlayers: ${NUM_SEATS}).`);
    if (body.unlisted !== undefined && typeof body.unlisted !== 'boolean') fail(400, 'unlisted must be true or false.');
    const problem = validateSetupOptions(body.setupData);
    if (problem) fail(400, problem);
    ctx.body = { matchID: await newMatch(g, body.setupData as SetupOptions | undefined, body.unlisted === true) };
  });

  // The lobby's list: the newest unfinished matches their hosts chose to list, for anyone to join
  // a free seat or watch. Every home page asks every few seconds: the answer is kept for a moment.
  router.get('/games/:name', async (ctx) => {
    game(ctx.params.name);
    const now = Date.now();
    if (listed && now - listed.at < LIST_FRESH_MS) {
      ctx.body = listed.body;
      return;
    }
    const changes = lobbyChanges;
    const matches = [];
    for (const id of db.listListedMatches(GAME_NAME, MAX_LISTED)) {
      const { metadata } = await db.fetch(id, { metadata: true });
      if (metadata && !metadata.unlisted && !metadata.gameover) matches.push(publicMatch(id, metadata, getInfo(db, id)));
    }
    const body = { matches };
    if (changes === lobbyChanges) listed = { at: now, body };
    ctx.body = body;
  });

  router.get('/games/:name/:id', async (ctx) => {
    game(ctx.params.name);
    const metadata = await metadataOf(db, ctx.params.id);
    ctx.body = publicMatch(ctx.params.id, metadata, getInfo(db, ctx.params.id));
  });

  // The match's chat so far: what anyone watching the match receives live anyway.
  router.get('/games/:name/:id/chat', async (ctx) => {
    game(ctx.params.name);
    await metadataOf(db, ctx.params.id);
    ctx.body = { messages: chatLines(db, ctx.params.id).map(({ id, seat, text, at }) => ({ id: id ?? `${seat}-${at}`, sender: seat, text, at })) };
  });

  changing('/games/:name/:id/join', async (ctx) => {
    game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['playerID', 'playerName']);
    const name = checkName(body.playerName);
    const wanted = checkSeat(body.playerID, false);
    const matchID = ctx.params.id;
    refuseClassMatch(db, matchID);
    ctx.body = await deps.serialize(matchID, async () => {
      const metadata = await metadataOf(db, matchID);
      if (metadata.gameover !== undefined) fail(409, 'This match is over.');
      const seat = wanted ?? Object.values(metadata.players).find((p) => !p.name)?.id.toString();
      if (seat === undefined) return fail(409, 'Every seat of this match is taken.');
      if (metadata.players[Number(seat)].name) fail(409, `Seat ${seat} is taken.`);
      return takeSeat(matchID, metadata, seat, name);
    });
  });

  // A rematch of a finished match: the same scenario, hints and seats (people stay people, bots
  // keep their level), a new deal. The first of its players to ask sets it up and hosts it; each
  // asks with their seat's credentials and gets the same seat, under the same name. Unlisted: the
  // new match's id goes only to the players of this one.
  changing('/games/:name/:id/rematch', async (ctx) => {
    const g = game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['playerID', 'credentials']);
    const seat = checkSeat(body.playerID, true)!;
    const oldID = ctx.params.id;
    refuseClassMatch(db, oldID);
    ctx.body = await deps.serialize(oldID, async () => {
      const old = await metadataOf(db, oldID);
      authenticate(old, seat, body.credentials);
      if (botLevel(old, seat)) fail(403, 'A bot plays this seat.');
      if (old.gameover === undefined) fail(409, 'This match is not over yet.');
      const info = getInfo(db, oldID);
      // Set up once; again only if the one set up is gone (swept unplayed).
      if (!info.rematch || !(await db.fetch(info.rematch.matchID, { metadata: true })).metadata) {
        const seats = SEATS.map((s): SeatKind => botLevel(old, s) ?? 'human');
        const setupData = { ...(old.setupData as SetupOptions | undefined), seats };
        info.rematch = { matchID: await newMatch(g, setupData, true), by: seat, claimed: {} };
        db.setExtra('match', oldID, info);
      }
      const rematch = info.rematch;
      const matchID = rematch.matchID;
      const seated = await deps.serialize(matchID, async () => {
        const metadata = await metadataOf(db, matchID);
        const p = metadata.players[Number(seat)];
        // Asked again (a second click, another tab): the seat is still the one given to this player.
        if (p.credentials && rematch.claimed[seat] === p.credentials) return { playerID: seat, playerCredentials: p.credentials };
        if (p.name) fail(409, getInfo(db, matchID).started ? 'The rematch has started without you.' : 'Your seat in the rematch has been taken.');
        return takeSeat(matchID, metadata, seat, old.players[Number(seat)].name!);
      });
      if (rematch.claimed[seat] !== seated.playerCredentials) {
        rematch.claimed[seat] = seated.playerCredentials;
        db.setExtra('match', oldID, info);
      }
      return { matchID, ...seated };
    });
  });

  // A player of a started match asks a bot to play for another person who is away (disconnected),
  // so that one absence cannot stall the match. The bot plays that seat's turns, through the same
  // validated path as any move, only while its player is away: back, they play on as before.
  changing('/games/:name/:id/standin', async (ctx) => {
    game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['playerID', 'credentials', 'seat']);
    const me = checkSeat(body.playerID, true)!;
    const seat = checkSeat(body.seat, true)!;
    if (seat === me) fail(400, 'Ask for a stand-in for another seat, not your own.');
    const matchID = ctx.params.id;
    refuseClassMatch(db, matchID);
    await deps.serialize(matchID, async () => {
      const metadata = await metadataOf(db, matchID);
      authenticate(metadata, me, body.credentials);
      if (botLevel(metadata, me)) fail(403, 'A bot plays this seat.');
      if (!getInfo(db, matchID).started) fail(409, 'This match has not started.');
      if (metadata.gameover !== undefined) fail(409, 'This match is over.');
      if (botLevel(metadata, seat)) fail(409, 'A bot plays that seat already.');
      const p = metadata.players[Number(seat)];
      if (p.isConnected) fail(409, 'That player is here: a bot stands in only while they are away.');
      if ((p.data as { standIn?: unknown } | undefined)?.standIn === undefined) {
        p.data = { ...(p.data as object | undefined), standIn: 'medium' };
        await db.setMetadata(matchID, metadata); // the bot runner looks at the match on this write
      }
    });
    ctx.body = { ok: true };
  });

  changing('/games/:name/:id/leave', async (ctx) => {
    game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['playerID', 'credentials']);
    const seat = checkSeat(body.playerID, true)!;
    const matchID = ctx.params.id;
    refuseClassMatch(db, matchID);
    await deps.serialize(matchID, async () => {
      const metadata = await metadataOf(db, matchID);
      authenticate(metadata, seat, body.credentials);
      const info = getInfo(db, matchID);
      // Before the start the seat opens again; after it, a bot takes over so the match goes on.
      if (info.started && metadata.gameover === undefined) seatBot(metadata, Number(seat), 'medium');
      else metadata.players[Number(seat)] = { id: Number(seat) };
      if (info.host === seat) info.host = Object.values(metadata.players).find((p) => p.name && !botLevel(metadata, String(p.id)))?.id.toString() ?? null;
      await db.setMetadata(matchID, metadata);
      db.setExtra('match', matchID, info);
      if (info.started) deps.onStart(matchID);
    });
    ctx.body = { ok: true };
  });

  changing('/games/:name/:id/start', async (ctx) => {
    game(ctx.params.name);
    const body = await readJson(ctx);
    checkKeys(body, ['playerID', 'credentials', 'botLevel']);
    const seat = checkSeat(body.playerID, true)!;
    const level = body.botLevel ?? 'medium';
    if (!isSeatKind(level) || level === 'human') fail(400, 'botLevel must be a bot level, e.g. "medium".');
    const matchID = ctx.params.id;
    refuseClassMatch(db, matchID);
    ctx.body = await deps.serialize(matchID, async () => {
      const metadata = await metadataOf(db, matchID);
      authenticate(metadata, seat, body.credentials);
      const info = getInfo(db, matchID);
      if (info.started) return { started: true };
      if (info.host !== seat) fail(403, 'Only the host can start the match.');
      await startMatch(deps, matchID, metadata, level as Exclude<SeatKind, 'human'>);
      return { started: true };
    });
  });

  // boardgame.io's other player routes are not offered: names are set once, at join.
  for (const path of ['/games/:name/:id/update', '/games/:name/:id/rename', '/games/:name/:id/playAgain']) {
    router.post(path, () => fail(404, 'This lobby action is not available.'));
  }
}
