// The write of one move: a match's new state (only if newer) and the log entries after it, in one
// transaction. Used by the state writer's worker thread (server/stateWriter.ts) and, where that
// thread is not running, by the storage itself.
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

/** Prepares the write on a connection (once). */
export function prepareStateWrite(db: Database.Database): (w: StateWrite) => StateWritten {
  const setState = db.prepare('UPDATE matches SET state = @state, state_id = @stateID, updated_at = @now WHERE id = @matchID AND state_id < @stateID');
  const setStateOnly = db.prepare('UPDATE matches SET state = @state, state_id = @stateID WHERE id = @matchID AND state_id < @stateID');
  // The next sequence number by the primary key's index (COUNT(*) would scan the whole log).
  const logLength = db.prepare('SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM match_log WHERE match_id = ?');
  const appendLog = db.prepare('INSERT INTO match_log (match_id, seq, entry) VALUES (?, ?, ?)');
  return db.transaction((w: StateWrite): StateWritten => {
    const row = { matchID: w.matchID, state: w.state, stateID: w.stateID };
    const r = w.now !== undefined ? setState.run({ ...row, now: w.now }) : setStateOnly.run(row);
    if (r.changes === 0) return null;
    if (!w.log.length) return { nextSeq: w.nextSeq };
    let seq = w.nextSeq ?? (logLength.get(w.matchID) as { n: number }).n;
    for (const entry of w.log) appendLog.run(w.matchID, seq++, entry);
    return { nextSeq: seq };
  });
}
