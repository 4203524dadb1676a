// boardgame.io StorageAPI on SQLite (better-sqlite3): state, initial state, metadata and the log
// of every match. A move's state and log, and a match's metadata, are committed on the state
// writer's thread (server/stateWriter.ts) before the move or the change is acknowledged
// (stack-notes #7, #8); everything else is written on the main thread's own connection.
import Database from 'better-sqlite3';
import { Async } from 'boardgame.io/internal';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import { prepareWrites, type MetadataWrite, type StateWrite, type StateWritten, type Writes } from './stateWrite.js';
import { StateWriter } from './stateWriter.js';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;
type ListOpts = StorageAPI.ListMatchesOpts;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id            TEXT PRIMARY KEY,
  game_name     TEXT NOT NULL,
  state         TEXT,
  state_id      INTEGER NOT NULL DEFAULT 0,
  initial_state TEXT,
  metadata      TEXT NOT NULL,
  gameover      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, gameover, updated_at);
CREATE TABLE IF NOT EXISTS match_log (
  match_id TEXT NOT NULL,
  seq      INTEGER NOT NULL,
  entry    TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
CREATE TABLE IF NOT EXISTS kv (
  scope TEXT NOT NULL,
  key   TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (scope, key)
);
`;

/** Emitted after every state write: ('state', matchID, state). */
/** `state`: a newer state was written. `metadata`: a match's metadata changed (joins, connections, the end). */
export type StorageEvents = { state: [matchID: string, state: State]; metadata: [matchID: string] };

/** How many matches' latest state, metadata and log length are kept in memory (least recently used go). */
export const MEMORY_MATCHES = 2_000;

/**
 * A move's write refreshes the row's updated_at (which the sweep reads) at most this often: the
 * column is indexed, and rewriting the index entry on every move cost 15 µs of its 50 (measured).
 * The sweep's time limits are whole hours.
 */
const TOUCH_MS = 60_000;

/** How many small extras (JSON up to EXTRA_MEMORY_MAX_LENGTH characters) are kept in memory. */
const EXTRA_MEMORY = 10_000;
const EXTRA_MEMORY_MAX_LENGTH = 2_048;

/**
 * What is kept in memory of a recently used match, so a move needs no read from the database:
 * the state as last written (a plain, frozen object), the metadata's JSON (parsed afresh on each
 * read, because boardgame.io edits the metadata it reads), that JSON without updatedAt (to skip
 * rewrites that only bump it) and the next log sequence number.
 */
interface Remembered {
  state?: State;
  /** When the row's updated_at was last set. */
  touchedAt?: number;
  metadata?: string;
  /** The metadata parsed once and frozen through, for readers that only look (peekMetadata). */
  metadataParsed?: Readonly<Server.MatchData>;
  metadataContent?: string;
  nextSeq?: number;
}

/** A metadata write on its way to the database: readers already get it. */
interface PendingMetadata {
  json: string;
  content: string;
  /** Resolves with whether the match's row was there to write. */
  done: Promise<boolean>;
}

/** The key of an extra in the memory of extras. */
const extraId = (scope: string, key: string): string => `${scope}\u0000${key}`;

/**
 * Sets the metadata a remembered match holds: its JSON, that JSON without updatedAt when known
 * (to skip rewrites that only bump it), and no parsed copy until one is peeked.
 */
function rememberMetadataJson(entry: Remembered, json: string, content?: string): void {
  entry.metadata = json;
  entry.metadataParsed = undefined;
  entry.metadataContent = content;
}

/** Outside production every remembered state is frozen through, so code that edits one fails in tests. */
const DEEP_FREEZE = process.env.NODE_ENV !== 'production';

/** Freezes a JSON tree through (a move freezes only its G's root, so frozen objects are walked too). */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * The state to remember: boardgame.io's state after a move can still carry a plugin's API
 * functions (the random plugin's, after a refused move); only each plugin's data is kept, so the
 * remembered state is plain JSON data like one read back from the database.
 */
function plainState(state: State): State {
  const plugins: State['plugins'] = {};
  for (const [name, plugin] of Object.entries(state.plugins ?? {})) plugins[name] = { data: plugin.data };
  const out = { ...state, plugins };
  delete (out as { deltalog?: unknown }).deltalog;
  delete (out as { transients?: unknown }).transients;
  if (DEEP_FREEZE) deepFreeze(out);
  else Object.freeze(out);
  return out;
}

export class SqliteStorage extends Async {
  readonly events = new EventEmitter<StorageEvents>();
  private db: Database.Database | null = null;
  /**
   * Recently used matches in memory, least recently used first. The database stays the record:
   * every write goes to it before the memory is updated. One server process owns the file.
   */
  private memory = new Map<string, Remembered>();
  /**
   * Recently read small extras (a match's seat info is read on every move), by scope and key: the
   * JSON, and once peeked, the value parsed and frozen.
   */
  private extras = new Map<string, { json: string; parsed?: unknown }>();
  private stmts!: ReturnType<SqliteStorage['prepare']>;
  /** The writes in this thread: where the state writer is not running (or has failed). */
  private writeHere!: Writes;
  /** Writes moves on a worker thread (server/stateWriter.ts). */
  private writer: StateWriter | null = null;
  /**
   * Metadata writes on their way, per match (the latest). Readers get this metadata at once: the
   * lobby and boardgame.io read the metadata, change it and write it back, one after another, and
   * none may read the one before. Kept apart from `memory`, which may drop a match meanwhile.
   */
  private pendingMetadata = new Map<string, PendingMetadata>();
  /** Moves being written, per match (a second one then reads the log's length itself). */
  private writing = new Map<string, number>();
  /** Counts wipes, to notice one that happened while a move was being written. */
  private wipes = 0;
  /** Copies the write-ahead log back into the file off the main thread (server/checkpointer.ts). */
  private checkpointer: Checkpointer | null = null;

  /**
   * `onBackgroundError` hears of a failing background thread, the checkpoint's or the state
   * writer's. Neither is fatal: the main connection then checkpoints and writes itself.
   */
  constructor(private readonly file: string, private readonly onBackgroundError: (message: string) => void = () => {}) {
    super();
  }

  /** Opens (and creates on first start) the database file. */
  async connect(): Promise<void> {
    if (this.db) return;
    if (this.file !== ':memory:') mkdirSync(dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    db.pragma('journal_mode = WAL');
    // WAL with NORMAL survives a killed process (the OS holds the pages); FULL adds power-loss safety.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // A worker copies the WAL back every 100 ms (server/checkpointer.ts). This connection's own
    // checkpoint, at 10,000 pages (40 MB) rather than 1,000, is the backstop that then finds little
    // left to copy and restarts the log (a move's write: 50 → 35 µs with 10,000, measured).
    db.pragma('wal_autocheckpoint = 10000');
    db.exec(SCHEMA);
    this.db = db;
    this.stmts = this.prepare(db);
    this.writeHere = prepareWrites(db);
    if (this.file === ':memory:') return; // one connection only: no background threads
    this.checkpointer = startCheckpointer(this.file, (error) => this.onBackgroundError(`checkpoint: ${error}`));
    this.writer = new StateWriter(this.file, (error) => {
      // Writes in flight were refused (their moves were not acknowledged) or may have been written
      // without an answer: forget what is remembered, so reads come from the database again.
      this.memory.clear();
      this.onBackgroundError(`state writer: ${error}`);
    });
  }

  private prepare(db: Database.Database) {
    return {
      insert: db.prepare(`INSERT INTO matches (id, game_name, state, state_id, initial_state, metadata, gameover, created_at, updated_at)
        VALUES (@id, @game, @state, @stateId, @initial, @metadata, 0, @now, @now)`),
      getLog: db.prepare('SELECT entry FROM match_log WHERE match_id = ? ORDER BY seq'),
      get: db.prepare('SELECT state, initial_state, metadata FROM matches WHERE id = ?'),
      // Most reads want one or two columns: reading only those spares copying the others' text.
      getState: db.prepare('SELECT state FROM matches WHERE id = ?'),
      getMetadata: db.prepare('SELECT metadata FROM matches WHERE id = ?'),
      getStateAndMetadata: db.prepare('SELECT state, metadata FROM matches WHERE id = ?'),
      exists: db.prepare('SELECT 1 FROM matches WHERE id = ?'),
      // Counted on the (game_name, gameover, updated_at) index, without reading a row.
      countOpen: db.prepare('SELECT COUNT(*) AS n FROM matches WHERE game_name = ? AND gameover = 0'),
      // A match's unlisted flag is set at its creation and never changes: the stored metadata says it.
      listListed: db.prepare(`SELECT id FROM matches WHERE game_name = ? AND gameover = 0
        AND coalesce(json_extract(metadata, '$.unlisted'), 0) = 0 ORDER BY created_at DESC, id LIMIT ?`),
      wipe: db.prepare('DELETE FROM matches WHERE id = ?'),
      wipeLog: db.prepare('DELETE FROM match_log WHERE match_id = ?'),
      kvGet: db.prepare('SELECT value FROM kv WHERE scope = ? AND key = ?'),
      kvSet: db.prepare('INSERT INTO kv (scope, key, value) VALUES (?, ?, ?) ON CONFLICT(scope, key) DO UPDATE SET value = excluded.value'),
      kvDel: db.prepare('DELETE FROM kv WHERE scope = ? AND key = ?'),
      kvDelKey: db.prepare('DELETE FROM kv WHERE key = ?'),
      kvList: db.prepare('SELECT key, value FROM kv WHERE scope = ? ORDER BY key'),
      countMoves: db.prepare(`SELECT COUNT(*) AS n FROM match_log WHERE match_id = ? AND json_extract(entry, '$.action.type') = 'MAKE_MOVE'`),
    };
  }

  private get open(): Database.Database {
    if (!this.db) throw new Error('storage is not connected');
    return this.db;
  }

  /** The remembered entry of a match (made most recently used), created when `create`. */
  private recall(matchID: string, create: boolean): Remembered | undefined {
    let entry = this.memory.get(matchID);
    if (entry) this.memory.delete(matchID);
    else if (create) entry = {};
    else return undefined;
    this.memory.set(matchID, entry);
    if (this.memory.size > MEMORY_MATCHES) this.memory.delete(this.memory.keys().next().value!);
    return entry;
  }

  /** How many matches are remembered in memory (the tests check the bound). */
  get remembered(): number {
    return this.memory.size;
  }

  async createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Promise<void> {
    const now = Date.now();
    this.open;
    const state = JSON.stringify(opts.initialState);
    const metadata = JSON.stringify(opts.metadata);
    this.stmts.insert.run({
      id: matchID, game: opts.metadata.gameName, state, stateId: opts.initialState._stateID,
      initial: state, metadata, now,
    });
    const entry = this.recall(matchID, true)!;
    entry.state = plainState(JSON.parse(state) as State);
    rememberMetadataJson(entry, metadata);
    entry.nextSeq = 0;
    entry.touchedAt = now;
  }

  /**
   * Writes the new state and appends its log entries in one transaction. Only a newer state (a
   * higher _stateID) is written: a stale writer can never roll a match back, and a refused move
   * (boardgame.io hands back the same state) costs no write and tells no one.
   */
  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    this.open;
    const entry = this.memory.get(matchID);
    if (entry?.state && state._stateID <= entry.state._stateID) return;
    const now = Date.now();
    const touch = entry?.touchedAt === undefined || now - entry.touchedAt >= TOUCH_MS;
    const inFlight = this.writing.get(matchID) ?? 0;
    const write: StateWrite = {
      matchID, state: JSON.stringify(state), stateID: state._stateID, log: (deltalog ?? []).map((e) => JSON.stringify(e)),
      now: touch ? now : undefined, nextSeq: inFlight ? undefined : entry?.nextSeq,
    };
    let written: StateWritten;
    if (this.writer?.usable) {
      const wipes = this.wipes;
      this.writing.set(matchID, inFlight + 1);
      try {
        written = await this.writer.writeState(write);
      } finally {
        const n = (this.writing.get(matchID) ?? 1) - 1;
        if (n) this.writing.set(matchID, n);
        else this.writing.delete(matchID);
      }
      // Closed meanwhile, or the match was swept while its move was being written: remember nothing.
      if (!this.db || (this.wipes !== wipes && !this.has(matchID))) return;
    } else {
      written = this.writeHere.state(write);
    }
    if (!written) return;
    const remembered = this.recall(matchID, true)!;
    if (remembered.state && remembered.state._stateID >= state._stateID) return;
    remembered.state = plainState(state);
    remembered.nextSeq = written.nextSeq;
    if (touch) remembered.touchedAt = now;
    this.events.emit('state', matchID, remembered.state);
  }

  /**
   * Writes a match's metadata. boardgame.io rewrites it after every move only to bump updatedAt;
   * such a write is skipped (the row's updated_at, which the sweep reads, moves with the state).
   * Readers get the new metadata at once; the returned promise resolves once it is committed.
   */
  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    this.open;
    const { updatedAt: _, ...rest } = metadata;
    const content = JSON.stringify(rest);
    const pending = this.pendingMetadata.get(matchID);
    if (pending?.content === content) {
      await pending.done;
      return;
    }
    const entry = this.memory.get(matchID);
    if (!pending && entry?.metadataContent === content) return;
    const write: MetadataWrite = { matchID, metadata: JSON.stringify(metadata), gameover: metadata.gameover !== undefined, now: Date.now() };
    if (!this.writer?.usable) {
      // A write still on its way goes first (a stopping or failed thread finishes or retries it).
      if (pending) await pending.done.catch(() => {});
      this.open;
      if (this.writeHere.metadata(write)) this.rememberMetadata(write, content);
      return;
    }
    if (!entry && !this.has(matchID)) return; // gone (swept meanwhile): remember nothing of it
    this.rememberMetadata(write, content);
    const mine: PendingMetadata = { json: write.metadata, content, done: this.writeMetadataAway(write) };
    this.pendingMetadata.set(matchID, mine);
    let written: boolean;
    try {
      written = await mine.done;
    } finally {
      if (this.pendingMetadata.get(matchID) === mine) this.pendingMetadata.delete(matchID);
    }
    if (!written) this.memory.delete(matchID); // swept while it was being written
  }

  /** Writes metadata on the writer's thread, or here if that thread fails meanwhile (writing it twice is harmless). */
  private async writeMetadataAway(write: MetadataWrite): Promise<boolean> {
    try {
      return await this.writer!.writeMetadata(write);
    } catch (err) {
      if (!this.db) throw err;
      return this.writeHere.metadata(write);
    }
  }

  private rememberMetadata(write: MetadataWrite, content: string): void {
    const remembered = this.recall(write.matchID, true)!;
    rememberMetadataJson(remembered, write.metadata, content);
    remembered.touchedAt = write.now;
    this.events.emit('metadata', write.matchID);
  }

  /** A match's remembered entry (made most recently used), with a metadata write on its way if there is one. */
  private recallWithPending(matchID: string): Remembered | undefined {
    const entry = this.recall(matchID, false);
    const pending = this.pendingMetadata.get(matchID);
    if (!pending || entry?.metadata === pending.json) return entry;
    const remembered = entry ?? this.recall(matchID, true)!;
    rememberMetadataJson(remembered, pending.json, pending.content);
    return remembered;
  }

  /**
   * Reads a match. The state and metadata come from memory when the match was used recently (the
   * state is shared and frozen: copy it to change it); the initial state and the log always come
   * from the database.
   */
  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    this.open;
    // Every move and every connection starts here: a moment to hand the writer what has waited and
    // to take its answers, rather than at the end of a long turn of the event loop (stateWriter.ts).
    if (this.writer?.usable) this.writer.poll();
    const out = {} as Record<string, unknown>;
    let entry = this.recallWithPending(matchID);
    const needState = opts.state && !entry?.state;
    const needMetadata = opts.metadata && entry?.metadata === undefined;
    if (opts.initialState || needState || needMetadata) {
      const stmt = opts.initialState ? this.stmts.get
        : needState && needMetadata ? this.stmts.getStateAndMetadata : needState ? this.stmts.getState : this.stmts.getMetadata;
      const row = stmt.get(matchID) as { state?: string | null; initial_state?: string | null; metadata?: string } | undefined;
      if (!row) return out as FetchResult<O>;
      if (opts.initialState && row.initial_state) out.initialState = JSON.parse(row.initial_state);
      if (needState || needMetadata) entry ??= this.recall(matchID, true)!;
      if (needState && row.state) entry!.state = plainState(JSON.parse(row.state) as State);
      if (needMetadata && row.metadata) rememberMetadataJson(entry!, row.metadata);
    }
    if (opts.state && entry?.state) out.state = entry.state;
    if (opts.metadata && entry?.metadata !== undefined) out.metadata = JSON.parse(entry.metadata);
    if (opts.log) out.log = (this.stmts.getLog.all(matchID) as { entry: string }[]).map((r) => JSON.parse(r.entry));
    return out as FetchResult<O>;
  }

  /**
   * A match's metadata for a reader that only looks (the bot runner, on every move): parsed once
   * per change and frozen through, so it cannot be edited; `fetch` hands out an editable copy.
   */
  peekMetadata(matchID: string): Readonly<Server.MatchData> | undefined {
    this.open;
    let entry = this.recallWithPending(matchID);
    if (entry?.metadata === undefined) {
      const row = this.stmts.getMetadata.get(matchID) as { metadata: string } | undefined;
      if (!row) return undefined;
      entry ??= this.recall(matchID, true)!;
      rememberMetadataJson(entry, row.metadata);
    }
    if (!entry.metadataParsed) {
      const parsed = JSON.parse(entry.metadata!) as Server.MatchData;
      deepFreeze(parsed);
      entry.metadataParsed = parsed;
    }
    return entry.metadataParsed;
  }

  async wipe(matchID: string): Promise<void> {
    const db = this.open;
    this.wipes++;
    this.memory.delete(matchID);
    this.pendingMetadata.delete(matchID);
    this.extras.clear(); // its extras in every scope go too; wipes are rare (the sweep)
    db.transaction(() => {
      this.stmts.wipe.run(matchID);
      this.stmts.wipeLog.run(matchID);
      this.stmts.kvDelKey.run(matchID);
    })();
  }

  async listMatches(opts?: ListOpts): Promise<string[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts?.gameName) { where.push('game_name = ?'); args.push(opts.gameName); }
    const w = opts?.where;
    if (w?.isGameover !== undefined) { where.push('gameover = ?'); args.push(w.isGameover ? 1 : 0); }
    if (w?.updatedBefore !== undefined) { where.push('updated_at < ?'); args.push(w.updatedBefore); }
    if (w?.updatedAfter !== undefined) { where.push('updated_at > ?'); args.push(w.updatedAfter); }
    const sql = `SELECT id FROM matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at`;
    return (this.open.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }

  /** The newest unfinished matches of a game listed in the lobby (created without `unlisted`), at most `limit`. */
  listListedMatches(gameName: string, limit: number): string[] {
    this.open;
    return (this.stmts.listListed.all(gameName, limit) as { id: string }[]).map((r) => r.id);
  }

  /** How many unfinished matches of a game there are (the server's limit on open matches). */
  countOpenMatches(gameName: string): number {
    this.open;
    return (this.stmts.countOpen.get(gameName) as { n: number }).n;
  }

  /** Does a match exist. */
  has(matchID: string): boolean {
    this.open;
    return this.stmts.exists.get(matchID) !== undefined;
  }

  /** Server-owned data beside a match or a class (seats, seminar): a JSON value per scope and key. */
  getExtra<T>(scope: string, key: string): T | undefined {
    const json = this.extraJson(scope, key)?.json;
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  /** An extra for a reader that only looks: parsed once and frozen through (getExtra gives a copy to edit). */
  peekExtra<T>(scope: string, key: string): Readonly<T> | undefined {
    const remembered = this.extraJson(scope, key);
    if (!remembered) return undefined;
    if (remembered.parsed === undefined) {
      const parsed = JSON.parse(remembered.json) as unknown;
      deepFreeze(parsed);
      // A large extra is not remembered: its parsed value is not kept either.
      if (this.extras.get(extraId(scope, key)) === remembered) remembered.parsed = parsed;
      return parsed as Readonly<T>;
    }
    return remembered.parsed as Readonly<T>;
  }

  private extraJson(scope: string, key: string): { json: string; parsed?: unknown } | undefined {
    this.open;
    const id = extraId(scope, key);
    const remembered = this.extras.get(id);
    if (remembered) return remembered;
    const json = (this.stmts.kvGet.get(scope, key) as { value: string } | undefined)?.value;
    // Only what exists is remembered: keys come from requests (a socket's matchID), and a
    // remembered miss per made-up key would let anyone fill the memory.
    if (json === undefined) return undefined;
    return this.rememberExtra(id, json);
  }

  /** Writes an extra (at once, in this thread); writing what is already there is skipped. */
  setExtra(scope: string, key: string, value: unknown): void {
    this.open;
    const json = JSON.stringify(value);
    const id = extraId(scope, key);
    if (this.extras.get(id)?.json === json) return;
    this.stmts.kvSet.run(scope, key, json);
    this.rememberExtra(id, json);
  }

  deleteExtra(scope: string, key: string): void {
    this.open;
    this.stmts.kvDel.run(scope, key);
    this.extras.delete(extraId(scope, key));
  }

  /** Remembers a small extra's JSON; large ones (chat) are always read from the database. */
  private rememberExtra(id: string, json: string): { json: string; parsed?: unknown } {
    const entry = { json };
    this.extras.delete(id);
    if (json.length > EXTRA_MEMORY_MAX_LENGTH) return entry;
    this.extras.set(id, entry);
    if (this.extras.size > EXTRA_MEMORY) this.extras.delete(this.extras.keys().next().value!);
    return entry;
  }

  /** Every key and value of a scope (e.g. all seminar classes, to reload them at start). */
  listExtra<T>(scope: string): [key: string, value: T][] {
    this.open;
    return (this.stmts.kvList.all(scope) as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value) as T]);
  }

  /** How many moves (MAKE_MOVE entries) a match's log holds. */
  countMoves(matchID: string): number {
    this.open;
    return (this.stmts.countMoves.get(matchID) as { n: number }).n;
  }

  /** Deletes finished matches last updated before `finishedBefore` and idle unfinished ones before `idleBefore`. */
  sweep(finishedBefore: number, idleBefore: number): string[] {
    const rows = this.open.prepare('SELECT id FROM matches WHERE (gameover = 1 AND updated_at < ?) OR (gameover = 0 AND updated_at < ?)')
      .all(finishedBefore, idleBefore) as { id: string }[];
    for (const { id } of rows) void this.wipe(id);
    return rows.map((r) => r.id);
  }

  /**
   * Closes the database after its threads: the writer finishes what it was sent, then the
   * checkpointer lets go, so this connection is the last and finishes the log.
   */
  async close(): Promise<void> {
    const { writer, checkpointer } = this;
    this.writer = null;
    this.checkpointer = null;
    await writer?.stop();
    await checkpointer?.stop();
    this.db?.close();
    this.db = null;
  }
}
