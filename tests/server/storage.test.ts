// The SQLite storage keeps recent matches in memory: what it hands out must always equal what the
// database holds, be plain data, refuse stale and no-op writes, and stay within its bound.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MdChess, NUM_SEATS, legalActions, moveArgs } from '../../game/index.js';
import { randomInt, seededRng } from '../../game/rng.js';
import type { G, Seat } from '../../game/types.js';
import { SEND_AFTER_MS } from '../../server/stateWriter.js';
import { MEMORY_MATCHES, SqliteStorage } from '../../server/storage.js';

let dir: string;
let file: string;
let db: SqliteStorage;

beforeEach(async () => {
  // boardgame.io logs every refused move with console.error; these tests make many on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  dir = mkdtempSync(join(tmpdir(), 'mdchess-storage-'));
  file = join(dir, 'test.sqlite');
  db = new SqliteStorage(file);
  await db.connect();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function newMatch(storage: SqliteStorage, matchID: string): Promise<void> {
  const created = createMatch({ game: MdChess, numPlayers: NUM_SEATS, setupData: undefined, unlisted: false });
  if ('setupDataError' in created) throw new Error(created.setupDataError);
  await storage.createMatch(matchID, created);
}

/** A second storage on the same file: what the database itself holds (nothing remembered). */
async function fromDisk<T>(read: (fresh: SqliteStorage) => Promise<T>): Promise<T> {
  const fresh = new SqliteStorage(file);
  await fresh.connect();
  try {
    return await read(fresh);
  } finally {
    await fresh.close();
  }
}

const master = (storage: SqliteStorage, sent: unknown[] = []) =>
  new Master(MdChess, storage, { send: () => {}, sendAll: (p: unknown) => sent.push(p) } as never);

const move = (seat: string, type: string, args: unknown[]) =>
  ({ type: 'MAKE_MOVE', payload: { type, args, playerID: seat } }) as never;

describe('the storage memory', () => {
  it('hands out, move after move and with refused moves between, the state the database holds, as plain frozen data', async () => {
    await newMatch(db, 'm1');
    const m = master(db);
    const rng = seededRng(11);
    let played = 0;
    // The database file as another connection reads it (committed rows only), opened once: opening
    // a whole storage per move (threads and all) cost a minute.
    const disk = new Database(file, { readonly: true, fileMustExist: true });
    const onDisk = disk.prepare<[string], { state: string }>('SELECT state FROM matches WHERE id = ?');
    for (let i = 0; i < 200; i++) {
      const { state } = await db.fetch('m1', { state: true });
      if (!state || state.ctx.gameover !== undefined) break;
      played++;
      const seat = state.ctx.currentPlayer as Seat;
      // A refused move first (an unknown board), then a legal one.
      await m.onUpdate(move(seat, 'court', ['nowhere', 'EU']), state._stateID, 'm1', seat);
      const acts = legalActions(state.G as G, seat);
      const a = acts[randomInt(rng, acts.length)];
      await m.onUpdate(move(seat, a.type, moveArgs(a)), state._stateID, 'm1', seat);

      const remembered = (await db.fetch('m1', { state: true })).state!;
      expect(remembered._stateID).toBe(state._stateID + 1);
      expect(JSON.parse(JSON.stringify(remembered))).toEqual(JSON.parse(onDisk.get('m1')!.state));
      // Plain data: no plugin functions survive, and it can be cloned as seminar control does.
      expect(() => structuredClone(remembered)).not.toThrow();
      expect(Object.isFrozen(remembered) && Object.isFrozen(remembered.G) && Object.isFrozen((remembered.G as G).states.KAZ)).toBe(true);
    }
    disk.close();
    // Read back through a fresh storage too: the same state, and every accepted move in the log,
    // numbered without gaps, and no refused one.
    const stored = await fromDisk((fresh) => fresh.fetch('m1', { state: true }));
    expect(JSON.parse(JSON.stringify((await db.fetch('m1', { state: true })).state))).toEqual(stored.state);
    const { log } = await fromDisk((fresh) => fresh.fetch('m1', { log: true }));
    const moves = log!.filter((e) => e.action.type === 'MAKE_MOVE');
    // The match's own random seed decides how long it lasts: every move played is there, whatever the length.
    expect(played).toBeGreaterThan(10);
    expect(moves).toHaveLength(played);
    expect(moves.every((e) => e.action.payload.type !== 'court' || (e.action.payload.args as string[])[0] !== 'nowhere')).toBe(true);
    expect(db.countMoves('m1')).toBe(moves.length);
  });

  it('a refused move writes nothing and tells no one', async () => {
    await newMatch(db, 'm2');
    const sent: unknown[] = [];
    const events: string[] = [];
    db.events.on('state', (id) => events.push(id));
    const { state } = await db.fetch('m2', { state: true });
    const seat = state!.ctx.currentPlayer;
    await master(db, sent).onUpdate(move(seat, 'hostBase', ['XX']), state!._stateID, 'm2', seat);
    expect(sent).toEqual([]); // the Master (patched) does not send the unchanged state to everyone again
    expect(events).toEqual([]);
    expect(db.countMoves('m2')).toBe(0);
    expect((await db.fetch('m2', { state: true })).state).toBe(state);
  });

  it('the Master refuses actions that would replace the state (UPDATE, RESET, SYNC) and unknown ones', async () => {
    await newMatch(db, 'm7');
    const sent: unknown[] = [];
    const { state } = await db.fetch('m7', { state: true });
    const s = state as State<G>;
    const seat = s.ctx.currentPlayer;
    for (const type of ['UPDATE', 'RESET', 'SYNC', 'PLUGIN', 'STRIP_TRANSIENTS', 'SOMETHING']) {
      for (const stateID of [s._stateID, s._stateID + 1]) {
        const forged = { ...s, G: { ...s.G, round: 77 }, _stateID: stateID };
        const r = await master(db, sent).onUpdate({ type, state: forged, payload: { type: 'pass', playerID: seat } } as never, s._stateID, 'm7', seat);
        expect(r, type).toEqual({ error: 'action not allowed' });
      }
    }
    expect(sent).toEqual([]);
    expect((await db.fetch('m7', { state: true })).state).toBe(state);
    expect(((await fromDisk((f) => f.fetch('m7', { state: true }))).state!.G as G).round).toBe(1);
  });

  it('refuses a write that is not newer than the stored state', async () => {
    await newMatch(db, 'm3');
    const { state } = await db.fetch('m3', { state: true });
    const s = state as State<G>;
    const changed = { ...s, G: { ...s.G, round: 99 } };
    await db.setState('m3', changed); // same _stateID
    await db.setState('m3', { ...changed, _stateID: s._stateID - 1 });
    expect(((await db.fetch('m3', { state: true })).state!.G as G).round).toBe(s.G.round);
    expect(((await fromDisk((f) => f.fetch('m3', { state: true }))).state!.G as G).round).toBe(s.G.round);
    await db.setState('m3', { ...changed, _stateID: s._stateID + 1 });
    expect(((await fromDisk((f) => f.fetch('m3', { state: true }))).state!.G as G).round).toBe(99);
  });

  it('hands out a fresh metadata object each time: editing one changes neither the next nor the database', async () => {
    await newMatch(db, 'm4');
    const a = (await db.fetch('m4', { metadata: true })).metadata!;
    a.players[0].name = 'edited';
    expect((await db.fetch('m4', { metadata: true })).metadata!.players[0].name).toBeUndefined();
    await db.setMetadata('m4', a);
    expect((await fromDisk((f) => f.fetch('m4', { metadata: true }))).metadata!.players[0].name).toBe('edited');
    expect((await db.fetch('m4', { metadata: true })).metadata!.players[0].name).toBe('edited');
  });

  it('remembers nothing of a match that is gone', async () => {
    await newMatch(db, 'm10');
    const { metadata } = await db.fetch('m10', { metadata: true });
    await db.wipe('m10');
    await db.setMetadata('m10', { ...metadata!, unlisted: true });
    expect(await db.fetch('m10', { state: true, metadata: true })).toEqual({});
    expect(await db.fetch('nothing-here', { state: true, metadata: true })).toEqual({});
    expect(db.remembered).toBe(0);
  });

  it('a frozen state cannot be edited by mistake', async () => {
    await newMatch(db, 'm5');
    const { state } = await db.fetch('m5', { state: true });
    expect(() => { (state!.G as G).round = 7; }).toThrow(TypeError);
  });

  it(`remembers at most ${MEMORY_MATCHES} matches; a forgotten one is read back from the database`, async () => {
    const total = MEMORY_MATCHES + 25;
    for (let i = 0; i < total; i++) await newMatch(db, `b${i}`);
    expect(db.remembered).toBe(MEMORY_MATCHES);
    // b0 was the least recently used: it is read back, and its moves continue the log's numbering.
    const { state } = await db.fetch('b0', { state: true });
    expect(state!._stateID).toBe(0);
    const seat = state!.ctx.currentPlayer as Seat;
    const a = legalActions(state!.G as G, seat)[0];
    await master(db).onUpdate(move(seat, a.type, moveArgs(a)), 0, 'b0', seat);
    expect(db.countMoves('b0')).toBe(1);
    expect(db.remembered).toBe(MEMORY_MATCHES);
    await db.wipe('b0');
    expect((await db.fetch('b0', { state: true, metadata: true })).state).toBeUndefined();
  });

  it('remembers small extras: each read is a fresh copy of what was last written', async () => {
    await newMatch(db, 'm8');
    expect(db.getExtra('match', 'm8')).toBeUndefined();
    db.setExtra('match', 'm8', { started: false, host: '0' });
    const a = db.getExtra<{ started: boolean }>('match', 'm8')!;
    a.started = true;
    expect(db.getExtra('match', 'm8')).toEqual({ started: false, host: '0' });
    db.setExtra('match', 'm8', { started: true, host: '0' });
    expect(db.getExtra('match', 'm8')).toEqual({ started: true, host: '0' });
    expect(await fromDisk(async (f) => f.getExtra('match', 'm8'))).toEqual({ started: true, host: '0' });
    const big = Array.from({ length: 300 }, (_, i) => `line ${i}`);
    db.setExtra('chat', 'm8', big);
    expect(db.getExtra('chat', 'm8')).toEqual(big);
    db.deleteExtra('match', 'm8');
    expect(db.getExtra('match', 'm8')).toBeUndefined();
    db.setExtra('match', 'm8', { started: true, host: null });
    // Misses are not remembered: made-up keys (a socket can send any matchID) take no memory.
    const before = (db as unknown as { extras: Map<string, string> }).extras.size;
    for (let i = 0; i < 100; i++) expect(db.getExtra('match', `${'x'.repeat(10_000)}${i}`)).toBeUndefined();
    expect((db as unknown as { extras: Map<string, string> }).extras.size).toBe(before);
    await db.wipe('m8');
    expect(db.getExtra('match', 'm8')).toBeUndefined();
    expect(db.getExtra('chat', 'm8')).toBeUndefined();
  });

  it('peeks at extras and metadata: frozen, read once per change, always what was last written', async () => {
    await newMatch(db, 'p1');
    expect(db.peekExtra('match', 'p1')).toBeUndefined();
    db.setExtra('match', 'p1', { started: false, host: '0' });
    const a = db.peekExtra<{ started: boolean; host: string }>('match', 'p1')!;
    expect(a).toEqual({ started: false, host: '0' });
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => { (a as { started: boolean }).started = true; }).toThrow(TypeError);
    expect(db.peekExtra('match', 'p1')).toBe(a); // parsed once
    db.setExtra('match', 'p1', { started: true, host: '0' });
    expect(db.peekExtra('match', 'p1')).toEqual({ started: true, host: '0' });
    db.deleteExtra('match', 'p1');
    expect(db.peekExtra('match', 'p1')).toBeUndefined();
    // A large extra is read afresh each time, frozen too.
    const big = Array.from({ length: 300 }, (_, i) => `line ${i}`);
    db.setExtra('chat', 'p1', big);
    const peeked = db.peekExtra<string[]>('chat', 'p1')!;
    expect(peeked).toEqual(big);
    expect(Object.isFrozen(peeked)).toBe(true);
    expect(db.getExtra<string[]>('chat', 'p1')!.length).toBe(300);

    const m = db.peekMetadata('p1')!;
    expect(Object.isFrozen(m) && Object.isFrozen(m.players) && Object.isFrozen(m.players[0])).toBe(true);
    expect(db.peekMetadata('p1')).toBe(m);
    const { metadata } = await db.fetch('p1', { metadata: true });
    metadata!.players[0].name = 'Dana'; // fetch gives an editable copy; the peeked one is untouched
    expect(db.peekMetadata('p1')!.players[0].name).toBeUndefined();
    await db.setMetadata('p1', metadata!);
    expect(db.peekMetadata('p1')!.players[0].name).toBe('Dana');
    // Read back from the database when not remembered; nothing for an unknown match.
    expect(await fromDisk(async (f) => f.peekMetadata('p1')!.players[0].name)).toBe('Dana');
    expect(db.peekMetadata('no-such-match')).toBeUndefined();
    expect(db.remembered).toBe(1);
  });

  it('refreshes the row\'s updated_at (the sweep\'s clock) at most once a minute during play, and at every metadata write', async () => {
    const t0 = Date.parse('2026-03-01T10:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(t0);
      await newMatch(db, 'm9');
      const updatedAt = async () => {
        const raw = new Database(file, { readonly: true });
        try {
          return (raw.prepare('SELECT updated_at FROM matches WHERE id = ?').get('m9') as { updated_at: number }).updated_at;
        } finally {
          raw.close();
        }
      };
      const step = async () => {
        const { state } = await db.fetch('m9', { state: true });
        const seat = state!.ctx.currentPlayer as Seat;
        const a = legalActions(state!.G as G, seat)[0];
        await master(db).onUpdate(move(seat, a.type, moveArgs(a)), state!._stateID, 'm9', seat);
      };
      vi.setSystemTime(t0 + 30_000);
      await step();
      expect(await updatedAt()).toBe(t0);
      vi.setSystemTime(t0 + 61_000);
      await step();
      expect(await updatedAt()).toBe(t0 + 61_000);
      vi.setSystemTime(t0 + 62_000);
      const { metadata } = await db.fetch('m9', { metadata: true });
      await db.setMetadata('m9', { ...metadata!, players: { ...metadata!.players, 0: { ...metadata!.players[0], name: 'Aigerim' } } });
      expect(await updatedAt()).toBe(t0 + 62_000);
      // Only updatedAt changed: nothing is written.
      vi.setSystemTime(t0 + 63_000);
      await db.setMetadata('m9', { ...(await db.fetch('m9', { metadata: true })).metadata!, updatedAt: t0 + 63_000 });
      expect(await updatedAt()).toBe(t0 + 62_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('continues the log after a restart', async () => {
    await newMatch(db, 'm6');
    const play = async (storage: SqliteStorage) => {
      const { state } = await storage.fetch('m6', { state: true });
      const seat = state!.ctx.currentPlayer as Seat;
      const a = legalActions(state!.G as G, seat).find((x) => x.type !== 'pass') ?? { type: 'pass' as const };
      await master(storage).onUpdate(move(seat, a.type, moveArgs(a)), state!._stateID, 'm6', seat);
    };
    await play(db);
    await db.close();
    db = new SqliteStorage(file);
    await db.connect();
    await play(db);
    await play(db);
    const { log } = await db.fetch('m6', { log: true });
    expect(log!.filter((e) => e.action.type === 'MAKE_MOVE')).toHaveLength(3);
  });
});

describe('the write-ahead log', () => {
  it('is copied back into the database file by the background worker, not by the writes', async () => {
    const sizeBefore = statSync(file).size;
    // 200 matches (each row holds the state twice: about 1.6 MB of data), far below the main connection's
    // own checkpoint (10,000 pages, 40 MB): only the worker can have copied them into the file.
    for (let i = 0; i < 200; i++) await newMatch(db, `w${i}`);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(2_000_000);
    const deadline = Date.now() + 10_000;
    while (statSync(file).size < sizeBefore + 1_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 1_000_000);
  });

  it('is finished and removed on close: the worker lets go of the file first', async () => {
    await newMatch(db, 'c1');
    expect(existsSync(`${file}-wal`)).toBe(true);
    await db.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    db = new SqliteStorage(file);
    await db.connect();
    expect((await db.fetch('c1', { state: true })).state?._stateID).toBe(0);
  });
});

describe('the state writer thread', () => {
  const internals = (storage: SqliteStorage) =>
    storage as unknown as { writer: { usable: boolean; poll(now?: number): number; worker: { terminate(): Promise<number> } } | null };

  /** Plays `n` legal moves of a match through boardgame.io's Master. */
  async function playMoves(storage: SqliteStorage, matchID: string, n: number, seed: number): Promise<void> {
    const rng = seededRng(seed);
    for (let i = 0; i < n; i++) {
      const { state } = await storage.fetch(matchID, { state: true });
      const seat = state!.ctx.currentPlayer as Seat;
      const acts = legalActions(state!.G as G, seat);
      const a = acts[randomInt(rng, acts.length)];
      await master(storage).onUpdate(move(seat, a.type, moveArgs(a)), state!._stateID, matchID, seat);
    }
  }

  it('writes moves in the order sent, two of one match in flight at once included', async () => {
    expect(internals(db).writer?.usable).toBe(true);
    await newMatch(db, 's1');
    const { state } = await db.fetch('s1', { state: true });
    const entry = (id: number) => ({ action: { type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: '0' } }, _stateID: id, turn: 1, phase: 'play' }) as never;
    // Two writes without waiting: the second must number its log entry after the first's.
    await Promise.all([
      db.setState('s1', { ...state!, _stateID: 1 }, [entry(0)]),
      db.setState('s1', { ...state!, _stateID: 2 }, [entry(1)]),
    ]);
    expect((await db.fetch('s1', { state: true })).state!._stateID).toBe(2);
    const rows = await fromDisk(async (f) => (await f.fetch('s1', { log: true })).log!);
    expect(rows.map((e) => e._stateID)).toEqual([0, 1]);
    // A stale write after them changes nothing.
    await db.setState('s1', { ...state!, _stateID: 1 }, [entry(5)]);
    expect(await fromDisk(async (f) => (await f.fetch('s1', { state: true, log: true })).log!.length)).toBe(2);
    expect(await fromDisk(async (f) => (await f.fetch('s1', { state: true })).state!._stateID)).toBe(2);
  });

  it('sends writes that have waited and takes the answers when polled, within one turn of the event loop', async () => {
    await newMatch(db, 's4');
    const { state } = await db.fetch('s4', { state: true });
    // One write the ordinary way first, so the thread is surely up before this one blocks to wait.
    await db.setState('s4', { ...state!, _stateID: 1 }, []);
    const writer = internals(db).writer!;
    const pollSpy = vi.spyOn(writer, 'poll');
    let committed = false;
    const t0 = performance.now();
    // From here to the end of the loops nothing yields to the event loop: without polling, the write
    // would go to the thread only at the end of this turn (setImmediate) and be answered in a later one.
    const written = db.setState('s4', { ...state!, _stateID: 2 }, []).then(() => { committed = true; });
    const sleep = new Int32Array(new SharedArrayBuffer(4));
    const pollFor = (ms: number, now?: () => number): number => {
      let taken = 0;
      for (const end = performance.now() + ms; !taken && performance.now() < end;) {
        Atomics.wait(sleep, 0, 0, 2);
        taken += writer.poll(now?.());
      }
      return taken;
    };
    // Not yet SEND_AFTER_MS since the write was gathered (a clock held at its start): not sent, so no answer.
    expect(pollFor(100, () => t0)).toBe(0);
    // Past it, the next read of any match sends it, and the answer is taken as soon as it is there
    // (counted over every poll, the read's own included).
    const before = pollSpy.mock.calls.length;
    void db.fetch('s4', { state: true });
    expect(pollSpy.mock.calls.length).toBe(before + 1);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(SEND_AFTER_MS);
    const takenByRead = pollSpy.mock.results[before].value as number;
    expect(takenByRead + (takenByRead ? 0 : pollFor(10_000))).toBe(1);
    // Only microtasks from here: the write's promise settles without another turn of the event loop.
    for (let i = 0; i < 50 && !committed; i++) await null;
    expect(committed).toBe(true);
    await written;
    expect(await fromDisk(async (f) => (await f.fetch('s4', { state: true })).state!._stateID)).toBe(2);
  });

  /** Holds the database's write lock from a connection of its own until the returned function is called. */
  function holdWriteLock(): () => void {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    return () => { other.exec('COMMIT'); other.close(); };
  }
  const nameOnDisk = (matchID: string) => fromDisk(async (f) => (await f.fetch(matchID, { metadata: true })).metadata!.players[0].name);
  const named = (metadata: Server.MatchData, name: string): Server.MatchData =>
    ({ ...metadata, players: { ...metadata.players, 0: { ...metadata.players[0], name } } });

  it('writes metadata on its thread: readers get it at once, the database when the write resolves', async () => {
    await newMatch(db, 's3');
    const { metadata } = await db.fetch('s3', { metadata: true });
    // While another connection holds the write lock, the main thread must not wait for it (SQLite
    // waits by sleeping, and every match would wait with it): the write goes to the thread.
    const release = holdWriteLock();
    let settled = false;
    const written = db.setMetadata('s3', named(metadata!, 'Aigerim')).finally(() => { settled = true; });
    expect((await db.fetch('s3', { metadata: true })).metadata!.players[0].name).toBe('Aigerim');
    expect(db.peekMetadata('s3')!.players[0].name).toBe('Aigerim');
    // The same change again waits for the first write rather than writing twice.
    const again = db.setMetadata('s3', named(metadata!, 'Aigerim'));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toBe(false);
    expect(await nameOnDisk('s3')).toBeUndefined();
    release();
    await Promise.all([written, again]);
    expect(await nameOnDisk('s3')).toBe('Aigerim');
  });

  it('hands out a metadata write on its way even when the match is no longer remembered', async () => {
    for (let i = 0; i <= MEMORY_MATCHES; i++) await newMatch(db, `e${i}`);
    const { metadata } = await db.fetch('e0', { metadata: true });
    const release = holdWriteLock();
    const written = db.setMetadata('e0', named(metadata!, 'Bakyt'));
    // Reading every other match pushes e0 out of memory while its write waits for the lock.
    for (let i = 1; i <= MEMORY_MATCHES; i++) void db.fetch(`e${i}`, { state: true });
    expect(db.remembered).toBe(MEMORY_MATCHES);
    expect((await db.fetch('e0', { metadata: true })).metadata!.players[0].name).toBe('Bakyt');
    release();
    await written;
    expect(await nameOnDisk('e0')).toBe('Bakyt');
  });

  it('an extra written again unchanged is not written (nothing waits for the database)', async () => {
    db.setExtra('match', 'x1', { started: false });
    const release = holdWriteLock();
    try {
      db.setExtra('match', 'x1', { started: false }); // with a write, this would wait for the lock and fail
      expect(db.getExtra('match', 'x1')).toEqual({ started: false });
    } finally {
      release();
    }
  });

  it('when the thread dies, moves are written by the main thread and none is lost', async () => {
    await db.close();
    const errors: string[] = [];
    db = new SqliteStorage(file, (e) => errors.push(e));
    await db.connect();
    await newMatch(db, 's2');
    await playMoves(db, 's2', 5, 3);
    const { metadata } = await db.fetch('s2', { metadata: true });
    // A metadata write on its way when the thread dies: written by the main thread instead.
    const written = db.setMetadata('s2', named(metadata!, 'Dilnoza'));
    await internals(db).writer!.worker.terminate();
    await written;
    expect(await nameOnDisk('s2')).toBe('Dilnoza');
    await vi.waitFor(() => expect(errors.some((e) => e.startsWith('state writer'))).toBe(true), { timeout: 10_000 });
    expect(internals(db).writer!.usable).toBe(false);
    await playMoves(db, 's2', 5, 4);
    expect(db.countMoves('s2')).toBe(10);
    const stored = await fromDisk((f) => f.fetch('s2', { state: true }));
    expect(stored.state).toEqual(JSON.parse(JSON.stringify((await db.fetch('s2', { state: true })).state)));
  });
});


describe("the lobby's list of listed matches", () => {
  const create = async (matchID: string, unlisted: boolean) => {
    const created = createMatch({ game: MdChess, numPlayers: NUM_SEATS, setupData: undefined, unlisted });
    if ('setupDataError' in created) throw new Error(created.setupDataError);
    await db.createMatch(matchID, created);
  };

  it('holds the unfinished matches created without unlisted, newest first, at most as many as asked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const [i, [id, unlisted]] of ([['old', false], ['secret', true], ['mid', false], ['new', false]] as const).entries()) {
        vi.setSystemTime(1_000_000 + i * 1000);
        await create(id, unlisted);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(db.listListedMatches(MdChess.name!, 10)).toEqual(['new', 'mid', 'old']);
    expect(db.listListedMatches(MdChess.name!, 2)).toEqual(['new', 'mid']);
    expect(db.listListedMatches('another-game', 10)).toEqual([]);

    // A match that ends leaves the list (the database's gameover column, written with the metadata).
    const { metadata } = await db.fetch('mid', { metadata: true });
    await db.setMetadata('mid', { ...metadata, gameover: { winner: '0' } });
    expect(db.listListedMatches(MdChess.name!, 10)).toEqual(['new', 'old']);
    expect(await fromDisk(async (fresh) => fresh.listListedMatches(MdChess.name!, 10))).toEqual(['new', 'old']);
  });
});
