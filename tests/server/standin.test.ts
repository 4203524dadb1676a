// A bot standing in for an absent person (POST /games/mdchess/:id/standin): so that one player who
// goes away cannot stall a match of friends, any other player of it may ask a bot to play that
// seat while its player is away. Refused for a player who is here, for bots' seats, one's own
// seat, wrong credentials, a match not started or over, a class's match. Back, the person plays on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAME, Player, cleanup, createMatch, http, joinMatch, matchInfo, sleep, startServer, until, type Joined, type ServerProcess } from './harness.js';

describe('a bot standing in for an absent player', () => {
  let server: ServerProcess;
  let base: string;
  let matchID: string;
  let anna: Joined;
  let ben: Joined;
  /** Waits until the server records the seat as connected (or not). */
  const seatConnected = async (seat: string, connected: boolean) => {
    for (let i = 0; i < 100; i++) {
      if ((await matchInfo(base, matchID)).players[Number(seat)].isConnected === connected) return;
      await sleep(50);
    }
    throw new Error(`seat ${seat} never became ${connected ? 'connected' : 'disconnected'}`);
  };
  const standIn = (body: unknown, id = matchID) => http<{ ok?: boolean; error?: string }>(base, `/games/${GAME}/${id}/standin`, { body });

  beforeAll(async () => {
    server = await startServer();
    base = server.url;
    matchID = await createMatch(base, { scenario: 'short', seats: ['human', 'human', 'medium', 'random', 'medium'] });
    anna = await joinMatch(base, matchID, 'Anna', '0');
    // Before the start (Ben has not joined yet) nobody can be stood in for.
    expect((await standIn({ playerID: '0', credentials: anna.playerCredentials, seat: '1' })).status).toBe(409);
    ben = await joinMatch(base, matchID, 'Ben', '1'); // every person seated: the match starts
    expect((await matchInfo(base, matchID)).started).toBe(true);
  });
  afterAll(cleanup);

  it('is refused with bad requests, for oneself, for a bot and for a player who is here', async () => {
    const annaAsks = (seat: unknown, extra: Record<string, unknown> = {}) => standIn({ playerID: '0', credentials: anna.playerCredentials, seat, ...extra });
    expect((await annaAsks('0')).status).toBe(400);
    expect((await annaAsks('2')).json.error).toBe('A bot plays that seat already.');
    expect((await annaAsks('7')).status).toBe(400);
    expect((await annaAsks('1', { level: 'hard' })).status).toBe(400);
    const wrong = await standIn({ playerID: '0', credentials: ben.playerCredentials, seat: '1' });
    expect(wrong.status).toBe(403);
    expect(wrong.text).not.toContain(ben.playerCredentials);
    expect((await standIn({ playerID: '0', credentials: anna.playerCredentials, seat: '1' }, 'no-such-match')).status).toBe(404);

    // Ben is here (connected): no stand-in.
    const benHere = new Player({ base, matchID, playerID: '1', credentials: ben.playerCredentials }).start();
    await until(() => benHere.state?.isConnected === true, 10_000, 'Ben connected');
    await seatConnected('1', true);
    const here = await annaAsks('1');
    expect(here.status).toBe(409);
    expect(here.json.error).toContain('is here');
    benHere.stop();
    await seatConnected('1', false);
    expect((await matchInfo(base, matchID)).players[1]).toMatchObject({ bot: null, standIn: false });
  });

  it('plays the absent player’s turns until the end; Anna plays her own', async () => {
    // Ben's socket is gone: Anna asks a bot to play for him.
    const asked = await standIn({ playerID: '0', credentials: anna.playerCredentials, seat: '1' });
    expect(asked.status, asked.text).toBe(200);
    const info = await matchInfo(base, matchID);
    // Still Ben's seat, with a stand-in: not a bot seat.
    expect(info.players[1]).toMatchObject({ name: 'Ben', bot: null, standIn: true });

    const annaPlays = new Player({ base, matchID, playerID: '0', credentials: anna.playerCredentials, autoplay: true }).start();
    const end = await annaPlays.waitGameover(60_000);
    expect(end.ctx.gameover).toBeDefined();
    // Ben's seat moved although Ben never came back: each of his turns left the state moved on
    // (the log holds moves by seat 1).
    const seatsThatMoved = new Set((end.log ?? []).filter((e) => e.action?.type === 'MAKE_MOVE').map((e) => (e.action!.payload as { playerID: string }).playerID));
    expect(seatsThatMoved.has('1')).toBe(true);
    annaPlays.stop();
    // Over: no more stand-ins.
    expect((await standIn({ playerID: '0', credentials: anna.playerCredentials, seat: '1' })).status).toBe(409);
  });

  it('stops while the player is back: their own moves count again', async () => {
    const id = await createMatch(base, { scenario: 'short', seats: ['human', 'human', 'medium', 'medium', 'medium'] });
    const a = await joinMatch(base, id, 'Anna', '0');
    const b = await joinMatch(base, id, 'Ben', '1');
    expect((await standIn({ playerID: '0', credentials: a.playerCredentials, seat: '1' }, id)).status).toBe(200);
    // Ben comes back and plays (his autoplay) while Anna plays hers: the match ends, and Ben's
    // own client made moves.
    const annaPlays = new Player({ base, matchID: id, playerID: '0', credentials: a.playerCredentials, autoplay: true }).start();
    const benPlays = new Player({ base, matchID: id, playerID: '1', credentials: b.playerCredentials, autoplay: true }).start();
    await Promise.all([annaPlays.waitGameover(60_000), benPlays.waitGameover(60_000)]);
    expect(benPlays.moves).toBeGreaterThan(0);
    expect(benPlays.violations).toEqual([]);
    annaPlays.stop();
    benPlays.stop();
  });
});

describe('a stand-in, when its player comes back and goes again', () => {
  let server: ServerProcess;
  afterAll(cleanup);

  it('waits while the player is here and moves as soon as they are gone again', async () => {
    server = await startServer();
    const base = server.url;
    const id = await createMatch(base, { scenario: 'short', seats: ['human', 'human', 'medium', 'medium', 'medium'] });
    const anna = await joinMatch(base, id, 'Anna', '0'); // Anna moves first, Ben second
    const ben = await joinMatch(base, id, 'Ben', '1');
    // Ben is away: on her own turn Anna asks for a stand-in for him.
    const asked = await http(base, `/games/${GAME}/${id}/standin`, { body: { playerID: '0', credentials: anna.playerCredentials, seat: '1' } });
    expect(asked.status, asked.text).toBe(200);
    // Ben comes back; Anna passes: Ben's turn, and Ben is here, so the bot waits.
    const benBack = new Player({ base, matchID: id, playerID: '1', credentials: ben.playerCredentials }).start();
    await until(() => benBack.state?.isConnected === true, 10_000, 'Ben connected');
    const annaP = new Player({ base, matchID: id, playerID: '0', credentials: anna.playerCredentials }).start();
    await annaP.waitFor((st) => st.ctx.currentPlayer === '0', 10_000, 'Anna’s turn');
    annaP.client.moves.pass();
    const bensTurn = await benBack.waitFor((st) => st.ctx.currentPlayer === '1', 10_000, 'Ben’s turn');
    await sleep(2000); // bots here move after 5 ms
    expect(annaP.state!._stateID).toBe(bensTurn._stateID);
    // Ben goes again, on his own turn and with nothing written since: the bot moves for him.
    benBack.stop();
    await annaP.waitFor((st) => st._stateID > bensTurn._stateID, 15_000, 'the stand-in’s move');
    annaP.stop();
  });
});
