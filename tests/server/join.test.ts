// Five people join one match at the same moment (stack-notes #10: boardgame.io 0.50.2 could leave
// clients stuck at "Connecting…" or shown as disconnected when several connect together). The
// five join requests go out together, then the five socket clients start together; every one of
// them must get the state, and every seat must end up shown as connected — to the lobby and to
// each client. It is a race, so it is run on several matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, cleanup, createMatch, http, matchInfo, sleep, startServer, until, type Joined, type ServerProcess } from './harness.js';

const MATCHES = 5;

describe('five people joining at once', () => {
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer(); });
  afterAll(cleanup);

  for (let round = 1; round <= MATCHES; round++) {
    it(`every client gets the state and shows as connected (match ${round} of ${MATCHES})`, async () => {
      const base = server.url;
      const matchID = await createMatch(base, { scenario: 'short' });
      const names = ['Aigerim', 'Bakhyt', 'Cholpon', 'Dilnoza', 'Eldor'];
      const joins = await Promise.all(names.map((n) => http<Joined>(base, `/games/mdchess/${matchID}/join`, { body: { playerName: n } })));
      expect(joins.map((j) => j.status)).toEqual([200, 200, 200, 200, 200]);
      const seats = joins.map((j) => j.json);
      // Each person got a different seat, and the match started once the fifth joined.
      expect(seats.map((s) => s.playerID).sort()).toEqual(['0', '1', '2', '3', '4']);
      expect(new Set(seats.map((s) => s.playerCredentials)).size).toBe(5);
      const info = await matchInfo(base, matchID);
      expect(info.started).toBe(true);
      expect(info.players.map((p) => p.bot)).toEqual([null, null, null, null, null]);

      const players = seats.map((s) => new Player({ base, matchID, playerID: s.playerID, credentials: s.playerCredentials }));
      for (const p of players) p.start();

      // Every client has the state, is connected and sees its own seat's agenda.
      await Promise.all(players.map((p) => p.waitFor((s) => s.isConnected && s._stateID === 0, 10_000, 'the first state')));
      for (const p of players) expect(p.violations).toEqual([]);

      // Every seat is shown connected: to the lobby, and in the match data each client holds.
      let lastInfo = await matchInfo(base, matchID);
      const deadline = Date.now() + 10_000;
      while (!lastInfo.players.every((p) => p.isConnected) && Date.now() < deadline) {
        await sleep(50);
        lastInfo = await matchInfo(base, matchID);
      }
      expect(lastInfo.players.map((p) => p.isConnected)).toEqual([true, true, true, true, true]);
      // Names and credentials survived the connections (no lost update of the match data).
      expect(lastInfo.players.map((p) => p.name).sort()).toEqual([...names].sort());
      await until(() => players.every((p) => p.client.matchData?.every((m) => m.isConnected) ?? false), 10_000,
        'every client to see five connected seats');

      // And the match plays: the first seat's move reaches everyone.
      const first = players.find((p) => p.seat === '0')!;
      (first.client.moves as Record<string, () => void>).pass();
      await Promise.all(players.map((p) => p.waitFor((s) => s._stateID === 1, 10_000, 'the first move')));
      players.forEach((p) => p.stop());
    });
  }
});
