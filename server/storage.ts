// boardgame.io StorageAPI on SQLite (better-sqlite3): state, initial state, metadata and the log
// of every match, written synchronously before a move is acknowledged (stack-notes #7, #8).
import Database from 'better-sqlite3';
import { Async } from 'boardgame.io/internal';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

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
export type StorageEvents = { state: [matchID: string, state: State] };

const METADATA_MEMORY = 5_000;

export class SqliteStorage extends Async {
  readonly events = new EventEmitter<StorageEvents>();
  private db: Database.Database | null = null;
  /** The last metadata written per match, without updatedAt (bounded: the oldest are forgotten). */
  private lastMetadata = new Map<string, string>();
  private stmts!: ReturnType<SqliteStorage['prepare']>;

  constructor(private readonly file: string) {
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
    db.exec(SCHEMA);
    this.db = db;
    this.stmts = this.prepare(db);
  }

  private prepare(db: Database.Database) {
    return {
      insert: db.prepare(`INSERT INTO matches (id, game_name, state, state_id, initial_state, metadata, gameover, created_at, updated_at)
        VALUES (@id, @game, @state, @stateId, @initial, @metadata, 0, @now, @now)`),
      setState: db.prepare(`UPDATE matches SET state = @state, state_id = @stateId, updated_at = @now
        WHERE id = @id AND state_id <= @stateId`),
      setMetadata: db.prepare(`UPDATE matches SET metadata = @metadata, gameover = @gameover, updated_at = @now WHERE id = @id`),
      appendLog: db.prepare('INSERT INTO match_log (match_id, seq, entry) VALUES (?, ?, ?)'),
      // The next sequence number by the primary key's index (COUNT(*) would scan the whole log).
      logLength: db.prepare('SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM match_log WHERE match_id = ?'),
      getLog: db.prepare('SELECT entry FROM match_log WHERE match_id = ? ORDER BY seq'),
      get: db.prepare('SELECT state, initial_state, metadata FROM matches WHERE id = ?'),
      // Most reads want one or two columns: reading only those spares copying the others' text.
      getState: db.prepare('SELECT state FROM matches WHERE id = ?'),
      getMetadata: db.prepare('SELECT metadata FROM matches WHERE id = ?'),
      getStateAndMetadata: db.prepare('SELECT state, metadata FROM matches WHERE id = ?'),
      exists: db.prepare('SELECT 1 FROM matches WHERE id = ?'),
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

  async createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Promise<void> {
    const now = Date.now();
    this.open;
    this.stmts.insert.run({
      id: matchID, game: opts.metadata.gameName, state: JSON.stringify(opts.initialState),
      stateId: opts.initialState._stateID, initial: JSON.stringify(opts.initialState),
      metadata: JSON.stringify(opts.metadata), now,
    });
  }

  /**
   * Writes the new state and appends its log entries in one transaction. A write older than the
   * stored state (a lower _stateID) is refused, so a stale writer can never roll a match back.
   */
  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const db = this.open;
    let written = false;
    db.transaction(() => {
      const r = this.stmts.setState.run({ id: matchID, state: JSON.stringify(state), stateId: state._stateID, now: Date.now() });
      written = r.changes > 0;
      if (!written || !deltalog?.length) return;
      let seq = (this.stmts.logLength.get(matchID) as { n: number }).n;
      for (const entry of deltalog) this.stmts.appendLog.run(matchID, seq++, JSON.stringify(entry));
    })();
    if (written) this.events.emit('state', matchID, state);
  }

  /**
   * Writes a match's metadata. boardgame.io rewrites it after every move only to bump updatedAt;
   * such a write is skipped (the row's updated_at, which the sweep reads, moves with the state).
   */
  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    this.open;
    const { updatedAt: _, ...rest } = metadata;
    const content = JSON.stringify(rest);
    if (this.lastMetadata.get(matchID) === content) return;
    this.stmts.setMetadata.run({ id: matchID, metadata: JSON.stringify(metadata), gameover: metadata.gameover === undefined ? 0 : 1, now: Date.now() });
    this.lastMetadata.delete(matchID);
    this.lastMetadata.set(matchID, content);
    if (this.lastMetadata.size > METADATA_MEMORY) this.lastMetadata.delete(this.lastMetadata.keys().next().value!);
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    this.open;
    const stmt = opts.initialState ? this.stmts.get
      : opts.state && opts.metadata ? this.stmts.getStateAndMetadata
        : opts.state ? this.stmts.getState : opts.metadata ? this.stmts.getMetadata : this.stmts.get;
    const row = stmt.get(matchID) as { state?: string | null; initial_state?: string | null; metadata?: string } | undefined;
    const out = {} as Record<string, unknown>;
    if (!row) return out as FetchResult<O>;
    if (opts.state && row.state) out.state = JSON.parse(row.state);
    if (opts.initialState && row.initial_state) out.initialState = JSON.parse(row.initial_state);
    if (opts.metadata && row.metadata) out.metadata = JSON.parse(row.metadata);
    if (opts.log) out.log = (this.stmts.getLog.all(matchID) as { entry: string }[]).map((r) => JSON.parse(r.entry));
    return out as FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    const db = this.open;
    this.lastMetadata.delete(matchID);
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

  /** Does a match exist. */
  has(matchID: string): boolean {
    this.open;
    return this.stmts.exists.get(matchID) !== undefined;
  }

  /** Server-owned data beside a match or a class (seats, seminar): a JSON value per scope and key. */
  getExtra<T>(scope: string, key: string): T | undefined {
    this.open;
    const row = this.stmts.kvGet.get(scope, key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setExtra(scope: string, key: string, value: unknown): void {
    this.open;
    this.stmts.kvSet.run(scope, key, JSON.stringify(value));
  }

  deleteExtra(scope: string, key: string): void {
    this.open;
    this.stmts.kvDel.run(scope, key);
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

  close(): void {
    this.db?.close();
    this.db = null;
  }
}
