// A whole match over real sockets against a real server process: two people (random legal moves
// computed on their own views) and three server-side bots play the short scenario to the end.
// Every client — both seats and a spectator — ends with the same ctx.gameover, and each person's
// G only ever showed its own agenda (rules §12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayMatch, type ReplayRecord } from '../../game/replay.js';
import type { G } from '../../game/types.js';
import { STATE_IDS } from '../../game/types.js';
import { playerView } from '../../game/view.js';
import { GAME, Player, cleanup, createMatch, http, joinMatch, matchInfo, startServer, type ServerProcess } from './harness.js';

describe('a full match over sockets', () => {
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer(); });
  afterAll(cleanup);

  it('two humans and three bots play to the end and every client agrees on the result', async () => {
    const base = server.url;
    const matchID = await createMatch(base, { scenario: 'short', seats: ['human', 'medium', 'human', 'random', 'medium'] });
    const before = await matchInfo(base, matchID);
    expect(before.started).toBe(false);
    expect(before.players.map((p) => p.bot)).toEqual([null, 'medium', null, 'random', 'medium']);
    // No replay before the end: the seed would tell the agendas and the events to come.
    const early = await http(base, `/games/${GAME}/${matchID}/replay`);
    expect(early.status).toBe(409);
    expect(early.json).toEqual({ error: 'The replay opens when the match is over.' });
    expect(JSON.stringify(early.json)).not.toMatch(/seed/);
    expect((await http(base, `/games/${GAME}/no-such-match/replay`)).status).toBe(404);
    for (const id of ['x'.repeat(300), '%E0%A4%A', '..%2F..%2Fetc', '%00']) expect((await http(base, `/games/${GAME}/${id}/replay`)).status, id).toBe(404);
    expect((await http(base, `/games/chess/${matchID}/replay`)).status).toBe(404);

    const a = await joinMatch(base, matchID, 'Aigerim');
    const b = await joinMatch(base, matchID, 'Bakhyt');
    expect([a.playerID, b.playerID]).toEqual(['0', '2']);
    // Every human seat is taken: the match started by itself.
    expect((await matchInfo(base, matchID)).started).toBe(true);

    const humans = [a, b].map((j) => new Player({ base, matchID, playerID: j.playerID, credentials: j.playerCredentials, autoplay: true }).start());
    const spectator = new Player({ base, matchID }).start();
    const all = [...humans, spectator];

    const ends = await Promise.all(all.map((p) => p.waitGameover(60_000)));
    const gameover = ends[0].ctx.gameover as { winners: string[]; scores: Record<string, unknown>; agendas: Record<string, string> };
    expect(gameover.winners.length).toBeGreaterThan(0);
    expect(Object.keys(gameover.scores).sort()).toEqual(['0', '1', '2', '3', '4']);
    // Free-action tokens stay each seat's own (rules §12), also at the end: a crisis can end the
    // match with some unused. Apart from them every client ends with the same state.
    const withoutTokens = (g: G): G => ({ ...g, states: Object.fromEntries(STATE_IDS.map((id) => [id, { ...g.states[id], tokens: [] }])) as unknown as G['states'] });
    for (const end of ends) {
      expect(end.ctx.gameover).toEqual(gameover);
      expect(end._stateID).toBe(ends[0]._stateID);
      expect(withoutTokens(end.G)).toEqual(withoutTokens(ends[0].G));
    }
    // The spectator sees nobody's tokens; each seat its own.
    for (const id of STATE_IDS) expect(ends[2].G.states[id].tokens).toEqual([]);
    // The short scenario ran its five rounds, or a crisis ended it sooner.
    expect(ends[0].G.round).toBeLessThanOrEqual(5);

    // Both people moved, and so did the bots (the state advanced far past their own moves).
    for (const h of humans) expect(h.moves).toBeGreaterThan(0);
    expect(ends[0]._stateID).toBeGreaterThan(humans[0].moves + humans[1].moves);

    // Each person's G showed its own agenda all along and no other before the end.
    for (const p of all) expect(p.violations).toEqual([]);
    for (const h of humans) {
      const own = STATE_IDS[Number(h.seat)];
      const overAt = h.seen.findIndex((s) => s.over);
      expect(overAt).toBeGreaterThan(0);
      expect(h.seen.length).toBeGreaterThan(5);
      // Agendas revealed at the end match the one this seat saw all along.
      expect(gameover.agendas[h.seat!]).toBe(ends[0].G.states[own].agenda);
    }

    // The server recorded the end too.
    const info = await matchInfo(base, matchID);
    expect(info.gameover).toEqual(gameover);

    // The replay: its record replays move by move to the very state every client ended with.
    const rec = (await http<ReplayRecord>(base, `/games/${GAME}/${matchID}/replay`)).json;
    expect(rec.players).toEqual([
      { seat: '0', name: 'Aigerim', bot: null }, { seat: '1', name: expect.any(String), bot: 'medium' },
      { seat: '2', name: 'Bakhyt', bot: null }, { seat: '3', name: expect.any(String), bot: 'random' },
      { seat: '4', name: expect.any(String), bot: 'medium' },
    ]);
    expect(rec.moves).toHaveLength(ends[0]._stateID);
    expect(rec.interventions).toEqual([]);
    const replayed = replayMatch(rec);
    expect(replayed.error).toBeNull();
    const last = replayed.steps[replayed.steps.length - 1].G;
    expect(playerView(last, '0')).toEqual(ends[0].G);
    expect(playerView(last, null)).toEqual(ends[2].G);

    const health = await http(base, '/healthz');
    expect(health.status).toBe(200);
    // The server timed the people's moves (arrival to commit), not the bots'.
    const timed = health.json.moveInServerMs as { count: number; p50: number; p99: number; max: number };
    expect(timed.count).toBeGreaterThan(0);
    expect(timed.count).toBeLessThanOrEqual(humans[0].moves + humans[1].moves);
    expect(timed.p50).toBeLessThanOrEqual(timed.p99);
    expect(timed.p99).toBeLessThanOrEqual(timed.max);
  });
});
