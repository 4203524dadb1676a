// GET /games/mdchess/:id/replay: the record of a finished match that replays it move by move in the
// browser (game/replay.ts): its seed and set-up, its players, every move as submitted and, in a
// seminar match, the facilitator's changes. Only once the match is over: until then the seed and
// the agendas it deals are secrets (rules §12).
import type Router from '@koa/router';
import type { State } from 'boardgame.io';
import { GAME_NAME } from '../game/index.js';
import type { ReplayRecord } from '../game/replay.js';
import type { G, Seat } from '../game/types.js';
import { SEATS } from '../game/types.js';
import { fail } from './http.js';
import { botLevel } from './lobby.js';
import type { Intervention } from './seminarStore.js';
import { movesOf } from './seminarViews.js';
import type { SqliteStorage } from './storage.js';

export interface ReplayDeps {
  db: SqliteStorage;
  /** The facilitator's recorded changes of a class match ([] for other matches). */
  interventions: (matchID: string) => Intervention[];
}

export function registerReplay(router: Router, { db, interventions }: ReplayDeps): void {
  router.get('/games/:name/:id/replay', async (ctx) => {
    const { name, id } = ctx.params;
    if (name !== GAME_NAME) fail(404, `No game called "${String(name).slice(0, 40)}".`);
    if (id.length > 64) fail(404, 'No such match.');
    const { state, metadata, log, initialState } = await db.fetch(id, { state: true, metadata: true, log: true, initialState: true });
    if (!state || !metadata) return fail(404, 'No such match.');
    if (!(state as State<G>).G.gameover) fail(409, 'The replay opens when the match is over.');
    const seed = (initialState?.plugins as { random?: { data?: { seed?: unknown } } } | undefined)?.random?.data?.seed;
    if (typeof seed !== 'string' && typeof seed !== 'number') return fail(409, 'This match kept no record to replay.');
    const names = Object.fromEntries(SEATS.map((s) => [s, metadata.players[Number(s)]?.name ?? ''])) as Record<Seat, string>;
    const body: ReplayRecord = {
      matchID: id,
      seed,
      setupData: metadata.setupData ?? null,
      players: SEATS.map((seat) => ({ seat, name: names[seat], bot: botLevel(metadata, seat) })),
      moves: movesOf(log ?? [], names, []).map(({ seat, move, args }) => ({ seat, move, args })),
      interventions: interventions(id),
    };
    ctx.body = body;
  });
}
