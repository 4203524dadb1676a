// The writes that run on the state writer's thread (server/stateWriter.ts) and, where that thread
// is not running, in the storage itself: a move's new state (only if newer) with the log entries
// after it, in one transaction; and a match's metadata (a join, a connection, the end).
import type Database from 'better-sqlite3';

export interface StateWrite {
  matchID: string;
  /** The state as JSON, and its _stateID (only a higher one than the stored one is written). */
  state: string;
  stateID: number;
  /** The log entries of the move, as JSON. */
  log: string[];
  /** Set the row's updated_at too (the sweep's clock), to this time. */
  now?: number;
  /** The next log sequence number, if known (else read from the log's index). */
  nextSeq?: number;
}

/** Null when nothing was written (not newer, or the match is gone); else the next log sequence number. */
export type StateWritten = { nextSeq: number | undefined } | null;

export interface MetadataWrite {
  matchID: string;
  /** The metadata as JSON, whether it says the match is over, and the row's new updated_at. */
  metadata: string;
  gameover: boolean;
  now: number;
}

/** Whether the match's row was there to write (false: it was swept meanwhile). */
export type MetadataWritten = boolean;

/** One write as the storage hands it to the writer's thread. */
export type MatchWrite = ({ kind: 'state' } & StateWrite) | ({ kind: 'metadata' } & MetadataWrite);
export type MatchWritten = StateWritten | MetadataWritten;

export interface Writes {
  state(w: StateWrite): StateWritten;
  metadata(w: MetadataWrite): MetadataWritten;
}

/** Prepares the writes on a connection (once). */
export function prepareWrites(db: Database.Database): Writes {
  const setState = db.prepare('UPDATE matches SET state = @state, state_id = @stateID, updated_at = @now WHERE id = @matchID AND state_id < @stateID');
  const setStateOnly = db.prepare('UPDATE matches SET state = @state, state_id = @stateID WHERE id = @matchID AND state_id < @stateID');
  // The next sequence number by the primary key's index (COUNT(*) would scan the whole log).
  const logLength = db.prepare('SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM match_log WHERE match_id = ?');
  const appendLog = db.prepare('INSERT INTO match_log (match_id, seq, entry) VALUES (?, ?, ?)');
  const setMetadata = db.prepare('UPDATE matches SET metadata = @metadata, gameover = @gameover, updated_at = @now WHERE id = @matchID');
  return {
    state: db.transaction((w: StateWrite): StateWritten => {
      const row = { matchID: w.matchID, state: w.state, stateID: w.stateID };
      const r = w.now !== undefined ? setState.run({ ...row, now: w.now }) : setStateOnly.run(row);
      if (r.changes === 0) return null;
      if (!w.log.length) return { nextSeq: w.nextSeq };
      let seq = w.nextSeq ?? (logLength.get(w.matchID) as { n: number }).n;
      for (const entry of w.log) appendLog.run(w.matchID, seq++, entry);
      return { nextSeq: seq };
    }),
    metadata: (w) => setMetadata.run({ matchID: w.matchID, metadata: w.metadata, gameover: w.gameover ? 1 : 0, now: w.now }).changes > 0,
  };
}

/** Runs one write of either kind. */
export function runWrite(writes: Writes, w: MatchWrite): MatchWritten {
  return w.kind === 'state' ? writes.state(w) : writes.metadata(w);
}
