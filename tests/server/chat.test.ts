// Chat is kept beside every online match: a player who reloads reads what was said before. Only a
// seat's holder can chat (boardgame.io checks the credentials before the server keeps a line).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Player, cleanup, createMatch, http, joinMatch, sleep, startServer, type ServerProcess } from './harness.js';

interface ChatAnswer { messages: { id: string; sender: string; text: string; at: number }[] }

describe('chat history', () => {
  let server: ServerProcess;
  beforeAll(async () => { server = await startServer(); });
  afterAll(cleanup);

  it('keeps what seats say, in order, for anyone who opens the match later; forged senders are not kept', async () => {
    const base = server.url;
    const matchID = await createMatch(base, { scenario: 'short', seats: ['human', 'human', 'medium', 'medium', 'medium'] });
    const a = await joinMatch(base, matchID, 'Aigerim');
    const b = await joinMatch(base, matchID, 'Bakhyt');
    const pa = new Player({ base, matchID, playerID: a.playerID, credentials: a.playerCredentials }).start();
    const pb = new Player({ base, matchID, playerID: b.playerID, credentials: b.playerCredentials }).start();
    await Promise.all([pa, pb].map((p) => p.waitFor(() => true, 10_000, 'the first state')));

    pa.client.sendChatMessage('Shall we both resist China on economics?');
    await sleep(100);
    pb.client.sendChatMessage('  Only if Russia stays quiet.\n ');
    // A seat that lies about its credentials: boardgame.io refuses it and nothing is kept.
    const liar = new Player({ base, matchID, playerID: b.playerID, credentials: 'wrong' }).start();
    await sleep(300);
    liar.client.sendChatMessage('I am Bakhyt, trust me');
    pa.client.sendChatMessage({ not: 'text' } as unknown as string);

    let got: ChatAnswer = { messages: [] };
    for (let i = 0; i < 50 && got.messages.length < 2; i++) {
      await sleep(100);
      got = (await http<ChatAnswer>(base, `/games/mdchess/${matchID}/chat`)).json;
    }
    await sleep(300);
    got = (await http<ChatAnswer>(base, `/games/mdchess/${matchID}/chat`)).json;
    expect(got.messages.map((m) => [m.sender, m.text])).toEqual([
      [a.playerID, 'Shall we both resist China on economics?'],
      [b.playerID, 'Only if Russia stays quiet.'],
    ]);
    // The ids are boardgame.io's, so a client can merge the history with what it receives live.
    expect(got.messages[0].id).toBe(pa.client.chatMessages[0].id);

    expect((await http(base, '/games/mdchess/no-such-match/chat')).status).toBe(404);
    for (const p of [pa, pb, liar]) p.stop();
  });
});
