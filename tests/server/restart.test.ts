// Crash and restart: the server process is SIGKILLed mid-match and started again on the same
// DATA_DIR (on a new port). The match resumes exactly where it was — no move that a client saw
// acknowledged is lost — the bots carry on by themselves, and the people, reconnecting with the
// same credentials, finish the match. A SIGTERM shutdown exits with code 0 and keeps the match.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legalActions } from '../../game/engine.js';
import { moveArgs } from '../../game/index.js';
import type { Action, G, Seat } from '../../game/types.js';
import { playerView } from '../../game/view.js';
import {
  Player, cleanup, createMatch, joinMatch, matchInfo, settle, startServer, tempDataDir,
  type ClientState, type Joined, type ServerProcess,
} from './harness.js';

const SETUP = { scenario: 'short', tracks: { tension: 0 }, seats: ['human', 'medium', 'human', 'random', 'medium'] };

/** The state the SQLite file holds for a match, read directly (the server is not running). */
function storedState(dataDir: string, matchID: string): { stateID: number; G: G } {
  const db = new Database(join(dataDir, 'mdchess.sqlite'));
  try {
    const row = db.prepare('SELECT state, state_id FROM matches WHERE id = ?').get(matchID) as { state: string; state_id: number };
    return { stateID: row.state_id, G: (JSON.parse(row.state) as { G: G }).G };
  } finally {
    db.close();
  }
}

const people = (base: string, matchID: string, seats: Joined[], opts: Partial<ConstructorParameters<typeof Player>[0]> = {}) =>
  seats.map((j) => new Player({ base, matchID, playerID: j.playerID, credentials: j.playerCredentials, autoplay: true, ...opts }));

describe('restarting the server', () => {
  afterAll(cleanup);

  it('resumes a match after SIGKILL: same state, bots carry on, people reconnect and finish', async () => {
    const dataDir = tempDataDir();
    let server: ServerProcess = await startServer({ dataDir });
    const matchID = await createMatch(server.url, SETUP);
    const seats = [await joinMatch(server.url, matchID, 'Aigerim'), await joinMatch(server.url, matchID, 'Bakhyt')];

    // 1. Play a little, then rest at a person's turn and let that person make one move.
    let players = people(server.url, matchID, seats, { pauseWhen: (s) => s._stateID >= 6 }).map((p) => p.start());
    await players[0].waitFor((s) => s._stateID >= 6, 20_000, 'state 6');
    const rest = await settle(players);
    expect(rest.ctx.gameover).toBeUndefined();
    const mover = players.find((p) => p.seat === rest.ctx.currentPlayer)!;
    const other = players.find((p) => p !== mover)!;
    const action: Action = legalActions(rest.G, mover.seat!).find((a) => a.type !== 'pass') ?? { type: 'pass' };
    (mover.client.moves as Record<string, (...a: unknown[]) => void>)[action.type](...moveArgs(action));
    const acked = await mover.waitFor((s) => s._stateID > rest._stateID, 10_000, 'the move to be acknowledged');
    // SIGKILL the moment the move is acknowledged: no shutdown, no chance to flush anything.
    await server.kill();
    const before = new Map<Seat, ClientState>(players.map((p) => [p.seat!, p.state!]));
    players.forEach((p) => p.stop());
    // (a bot may have moved in the instant before the kill landed)
    expect(before.get(mover.seat!)!._stateID).toBeGreaterThanOrEqual(acked._stateID);

    // The acknowledged move is in the SQLite file.
    const stored = storedState(dataDir, matchID);
    expect(stored.stateID, 'the stored state after SIGKILL vs the acknowledged one').toBeGreaterThanOrEqual(acked._stateID);
    if (stored.stateID === acked._stateID) expect(playerView(stored.G, mover.seat)).toEqual(acked.G);

    // 2. Restart on the same data (a new free port) and reconnect with the same credentials.
    server = await startServer({ dataDir });
    expect((await matchInfo(server.url, matchID)).started).toBe(true);
    players = people(server.url, matchID, seats).map((p) => { p.pause(); return p.start(); });
    const spectator = new Player({ base: server.url, matchID }).start();
    const resumed = await Promise.all(players.map((p) => p.waitFor(() => true, 15_000, 'the state after the restart')));
    for (const [i, p] of players.entries()) {
      const was = before.get(p.seat!)!;
      expect(resumed[i]._stateID, 'the state after the restart vs the last one seen').toBeGreaterThanOrEqual(was._stateID);
      expect(resumed[i]._stateID, 'the state after the restart vs the stored one').toBeGreaterThanOrEqual(stored.stateID);
      // When the mover still had its turn nothing could move since (both people are paused): the
      // match is exactly as it was when the server died.
      if (acked.ctx.currentPlayer === mover.seat) {
        expect(stored.stateID).toBe(acked._stateID);
        expect(resumed[i]._stateID).toBe(acked._stateID);
        expect(resumed[i].G).toEqual(playerView(stored.G, p.seat));
        if (was._stateID === acked._stateID) expect(resumed[i].G).toEqual(was.G);
      }
    }
    // The other person's last view (before the kill) is not ahead of the stored state either.
    expect(stored.stateID).toBeGreaterThanOrEqual(before.get(other.seat!)!._stateID);

    // 3. Play on, and SIGKILL again while people and bots are both busy.
    const killAt = resumed[0]._stateID + 12;
    players.forEach((p) => p.resume());
    const busy = await players[0].waitFor((s) => s._stateID >= killAt || s.ctx.gameover !== undefined, 30_000, `state ${killAt}`);
    await server.kill();
    const seenBeforeKill = Math.max(...[...players, spectator].map((p) => p.state!._stateID));
    [...players, spectator].forEach((p) => p.stop());
    expect(storedState(dataDir, matchID).stateID, 'the stored state after the 2nd SIGKILL vs the last one seen').toBeGreaterThanOrEqual(seenBeforeKill);

    // 4. Restart once more; the bots carry on and the people finish the match.
    server = await startServer({ dataDir });
    const startID = seenBeforeKill;
    players = people(server.url, matchID, seats).map((p) => p.start());
    const watcher = new Player({ base: server.url, matchID }).start();
    const ends = await Promise.all([...players, watcher].map((p) => p.waitGameover(60_000)));
    for (const end of ends) {
      expect(end.ctx.gameover).toEqual(ends[0].ctx.gameover);
      expect(end._stateID).toBe(ends[0]._stateID);
    }
    for (const p of [...players, watcher]) {
      expect(p.violations).toEqual([]);
      // States only ever went forward after the restart: nothing seen before the kill was undone.
      expect(p.seen[0].stateID, 'the first state after the 2nd restart').toBeGreaterThanOrEqual(startID);
      expect(p.seen.every((x, i) => i === 0 || x.stateID >= p.seen[i - 1].stateID)).toBe(true);
    }
    if (busy.ctx.gameover === undefined) {
      // Bots moved after the restart: more states passed than the people's own moves.
      expect(ends[0]._stateID - startID).toBeGreaterThan(players[0].moves + players[1].moves);
    }
    expect((await matchInfo(server.url, matchID)).gameover).toEqual(ends[0].ctx.gameover);
    await server.stop();
  });

  it('shuts down cleanly on SIGTERM (exit code 0) and keeps the match for the next start', async () => {
    const dataDir = tempDataDir();
    let server = await startServer({ dataDir });
    const matchID = await createMatch(server.url, SETUP);
    const seats = [await joinMatch(server.url, matchID, 'Aigerim'), await joinMatch(server.url, matchID, 'Bakhyt')];
    const players = people(server.url, matchID, seats, { pauseWhen: (s) => s._stateID >= 4 }).map((p) => p.start());
    await players[0].waitFor((s) => s._stateID >= 4, 20_000, 'state 4');
    const rest = await settle(players);
    const views = players.map((p) => p.state!);

    // Clients still connected while the server shuts down.
    const code = await server.stop();
    expect(code).toBe(0);
    expect(server.output()).toContain('"msg":"shutting down"');
    players.forEach((p) => p.stop());
    expect(storedState(dataDir, matchID).stateID).toBe(rest._stateID);

    server = await startServer({ dataDir });
    const info = await matchInfo(server.url, matchID);
    expect(info.started).toBe(true);
    expect(info.players.map((p) => p.name)).toEqual(['Aigerim', 'Medium bot', 'Bakhyt', 'Random bot', 'Medium bot']);
    const again = people(server.url, matchID, seats).map((p) => { p.pause(); return p.start(); });
    const states = await Promise.all(again.map((p) => p.waitFor(() => true, 15_000, 'the state after the restart')));
    states.forEach((s, i) => {
      expect(s._stateID).toBe(rest._stateID);
      expect(s.G).toEqual(views[i].G);
    });
    expect(await server.stop()).toBe(0);
  });
});
