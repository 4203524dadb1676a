// A rematch of a finished match (POST /games/mdchess/:id/rematch): only the players of the match,
// with their seat's credentials, and only once it is over; the same scenario and seats (people stay
// people, bots keep their level) in a new unlisted match that the first to ask hosts; each player
// gets the same seat under the same name, and asking twice gives the same seat. The new match's id
// goes only to those players: the old match's public details say who set it up, nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassOptions, ConsoleView, CreatedClass } from '../../game/seminar.js';
import { GAME, Player, cleanup, createMatch, http, joinMatch, matchInfo, startServer, type Joined, type ServerProcess } from './harness.js';

interface Rematched extends Joined { matchID: string }

describe('a rematch', () => {
  let server: ServerProcess;
  let base: string;
  let oldID: string;
  let aigerim: Joined;
  let bakhyt: Joined;
  const rematch = (body: unknown, id = oldID) => http<Rematched & { error?: string }>(base, `/games/${GAME}/${id}/rematch`, { body });

  beforeAll(async () => {
    server = await startServer();
    base = server.url;
    // Three human seats; the third stays empty and an easy bot takes it at the start.
    oldID = await createMatch(base, { scenario: 'short', seats: ['human', 'medium', 'human', 'random', 'human'], hints: false });
    aigerim = await joinMatch(base, oldID, 'Aigerim', '0');
    bakhyt = await joinMatch(base, oldID, 'Bakhyt', '2');
    const start = await http(base, `/games/${GAME}/${oldID}/start`, { body: { playerID: '0', credentials: aigerim.playerCredentials, botLevel: 'easy' } });
    expect(start.status).toBe(200);
  });
  afterAll(cleanup);

  it('is refused before the end, with a wrong credential and with bad requests, and nothing is set up', async () => {
    const notOver = await rematch({ playerID: '0', credentials: aigerim.playerCredentials });
    expect(notOver.status).toBe(409);
    expect(notOver.json.error).toBe('This match is not over yet.');
    const cases: [unknown, number][] = [
      [{ playerID: '0', credentials: bakhyt.playerCredentials }, 403],
      [{ playerID: '2' }, 403],
      [{ playerID: '5', credentials: aigerim.playerCredentials }, 400],
      [{ playerID: 0, credentials: aigerim.playerCredentials }, 400],
      [{ playerID: '0', credentials: aigerim.playerCredentials, seats: ['human'] }, 400],
      ['rematch', 400],
    ];
    for (const [body, status] of cases) {
      const r = await rematch(body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.text).not.toContain(aigerim.playerCredentials);
    }
    expect((await rematch({ playerID: '0', credentials: 'x' }, 'no-such-match')).status).toBe(404);
    expect((await matchInfo(base, oldID)).rematchBy).toBeNull();
  });

  it('after the end, sets up the same match anew for the same players', async () => {
    const players = [aigerim, bakhyt].map((j) => new Player({ base, matchID: oldID, playerID: j.playerID, credentials: j.playerCredentials, autoplay: true }).start());
    await Promise.all(players.map((p) => p.waitGameover(60_000)));
    players.forEach((p) => p.stop());

    // A player of the match who is not its seat's holder is still refused.
    expect((await rematch({ playerID: '2', credentials: aigerim.playerCredentials })).status).toBe(403);

    const a = await rematch({ playerID: '0', credentials: aigerim.playerCredentials });
    expect(a.status).toBe(200);
    expect(a.json.playerID).toBe('0');
    const newID = a.json.matchID;
    expect(newID).not.toBe(oldID);
    expect(a.json.playerCredentials).not.toBe(aigerim.playerCredentials);

    // The old match says who set it up; its id is not public.
    const oldInfo = await http(base, `/games/${GAME}/${oldID}`);
    expect(oldInfo.json.rematchBy).toBe('0');
    expect(oldInfo.text).not.toContain(newID);

    // Same scenario and hints; people's seats are people's again, bots keep their level (the
    // empty seat's easy bot included). Aigerim hosts it and waits for Bakhyt.
    const fresh = await http(base, `/games/${GAME}/${newID}`);
    expect(fresh.json.setupData).toEqual({ scenario: 'short', seats: ['human', 'medium', 'human', 'random', 'easy'], hints: false });
    expect(fresh.json.unlisted).toBe(true);
    expect(fresh.json.started).toBe(false);
    expect(fresh.json.host).toBe('0');
    expect(fresh.json.players.map((p: { name?: string; bot: string | null }) => [p.name ?? null, p.bot])).toEqual([
      ['Aigerim', null], ['Medium bot', 'medium'], [null, null], ['Random bot', 'random'], ['Easy bot', 'easy'],
    ]);
    expect(fresh.json.rematchBy).toBeNull();
    expect(fresh.text).not.toContain(a.json.playerCredentials);
    // Never in the public list.
    const list = await http(base, `/games/${GAME}`);
    expect(list.text).not.toContain(newID);

    // Asking again gives the same seat; nobody else can take it with the old match's credentials.
    const again = await rematch({ playerID: '0', credentials: aigerim.playerCredentials });
    expect(again.json).toEqual(a.json);

    // Bakhyt joins under his name in his seat: every person is seated, so the match starts.
    const b = await rematch({ playerID: '2', credentials: bakhyt.playerCredentials });
    expect(b.status).toBe(200);
    expect(b.json).toMatchObject({ matchID: newID, playerID: '2' });
    const started = await matchInfo(base, newID);
    expect(started.started).toBe(true);
    expect(started.players[2].name).toBe('Bakhyt');

    // The new credentials act in the new match; the old ones do not.
    const stale = await http(base, `/games/${GAME}/${newID}/leave`, { body: { playerID: '2', credentials: bakhyt.playerCredentials } });
    expect(stale.status).toBe(403);
    const seat = new Player({ base, matchID: newID, playerID: '2', credentials: b.json.playerCredentials }).start();
    const s = await seat.waitFor((st) => st.G.round === 1, 20_000, 'the rematch state');
    expect(s.ctx.gameover).toBeUndefined();
    expect(seat.violations).toEqual([]);
    seat.stop();
  });

  it('is not offered for a seminar class’s matches', async () => {
    const options: ClassOptions = {
      title: 'Rematch class', scenario: 'short', matches: 1, botSeats: 4, botLevel: 'random', hints: false, turnSeconds: null, onTimeout: 'pass',
    };
    const created = await http<CreatedClass>(base, '/seminar/classes', { body: options });
    expect(created.status, created.text).toBe(200);
    const view = await http<ConsoleView>(base, `/seminar/classes/${created.json.classID}`, { headers: { authorization: `Bearer ${created.json.facilitatorToken}` } });
    const classMatch = view.json.matches[0].matchID;
    const r = await rematch({ playerID: '0', credentials: 'anything' }, classMatch);
    expect(r.status).toBe(403);
    expect(r.json.error).toContain('seminar class');
  });
});
