// Plays the bot seats of online matches (stack-notes #9): when a bot's turn comes, it picks an
// action on that seat's own view and submits it through boardgame.io's Master with the seat's
// credentials — the same validated path as a person's move. Survives restarts: start() rescans.
import type { Server, State } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import { isBotKind } from '../game/bots/index.js';
import { GAME_NAME, MdChess, moveArgs } from '../game/index.js';
import type { Action, G, Seat } from '../game/types.js';
import { playerView } from '../game/view.js';
import { chooseBotAction } from './botPool.js';
import { peekInfo, playingBot } from './lobby.js';
import type { Logger } from './log.js';
import type { SqliteStorage } from './storage.js';

interface PubSubLike { publish(channel: string, payload: unknown): void }
interface AuthLike { authenticateCredentials: (...args: never[]) => unknown }

export interface BotRunnerDeps {
  db: SqliteStorage;
  auth: AuthLike;
  pubSub: PubSubLike;
  /** Runs a task in the match's queue, after moves already in flight. */
  serialize: <T>(matchID: string, task: () => Promise<T>) => Promise<T>;
  delayMs: number;
  log: Logger;
}

const MAX_FAILURES = 3;

export class BotRunner {
  private timers = new Map<string, NodeJS.Timeout>();
  /** Refused or failed bot moves in a row, per match: after MAX_FAILURES the runner leaves it alone. */
  private failures = new Map<string, number>();
  private inFlight = new Set<Promise<unknown>>();
  private stopped = false;
  private readonly onState = (matchID: string, state: State) => this.poke(matchID, state);
  /** A player came or went: a bot standing in for someone may now be due to move (or not). */
  private readonly onMetadata = (matchID: string) => this.poke(matchID);

  constructor(private readonly deps: BotRunnerDeps) {}

  /** Starts listening to moves and picks up every unfinished match (after a restart too). */
  async start(): Promise<void> {
    this.deps.db.events.on('state', this.onState);
    this.deps.db.events.on('metadata', this.onMetadata);
    const ids = await this.deps.db.listMatches({ gameName: GAME_NAME, where: { isGameover: false } });
    for (const id of ids) this.poke(id);
  }

  /**
   * Looks at a match and, if a bot is to move, schedules its move. After every state write it is
   * called with the new state, so it reads nothing then but the remembered metadata and seat info.
   */
  poke(matchID: string, known?: State): void {
    if (this.stopped || this.timers.has(matchID)) return;
    if (known) {
      try {
        this.schedule(matchID, known);
      } catch (err) {
        this.deps.log.error('bot runner error', { matchID, error: String(err) });
      }
      return;
    }
    this.track(this.deps.db.fetch(matchID, { state: true }).then(({ state }) => this.schedule(matchID, state)));
  }

  private schedule(matchID: string, state: State | undefined): void {
    if (!state || this.stopped || this.timers.has(matchID)) return;
    const seat = this.botToMove(matchID, state, this.deps.db.peekMetadata(matchID));
    if (!seat) return;
    const timer = setTimeout(() => {
      this.timers.delete(matchID);
      this.track(this.act(matchID, seat));
    }, this.deps.delayMs);
    timer.unref?.();
    this.timers.set(matchID, timer);
  }

  private botToMove(matchID: string, state: State, metadata: Readonly<Server.MatchData> | undefined): Seat | null {
    if (!metadata || state.ctx.gameover !== undefined) return null;
    // A facilitator's pause stops the bots too (the engine would refuse their moves anyway).
    if ((state.G as G).control?.paused) return null;
    const seat = state.ctx.currentPlayer as Seat;
    if (!playingBot(metadata, seat)) return null;
    return peekInfo(this.deps.db, matchID).started ? seat : null;
  }

  /** Chooses and submits one action for a bot seat, in the match's queue. */
  private async act(matchID: string, seat: Seat): Promise<void> {
    if (this.stopped) return;
    try {
      // Decide outside the match's queue (the hard bot thinks in a worker for about a second),
      // then submit in the queue; the Master refuses the move if the state moved on meanwhile.
      const { state, metadata } = await this.deps.db.fetch(matchID, { state: true, metadata: true });
      if (!state || !metadata || this.botToMove(matchID, state, metadata) !== seat) return;
      const level = playingBot(metadata, seat);
      if (!level || !isBotKind(level)) return;
      const action = await chooseBotAction(level, playerView(state.G as G, seat), seat, `${matchID}:${state._stateID}`);
      if (this.stopped) return;
      await this.deps.serialize(matchID, async () => {
        const current = await this.deps.db.fetch(matchID, { state: true, metadata: true });
        if (current.state?._stateID !== state._stateID) return; // someone else moved: decide again
        // The seat was handed back to a person, or the absent player came back.
        if (!current.metadata || !playingBot(current.metadata, seat)) return;
        await this.submit(matchID, seat, action);
        this.failures.delete(matchID);
      });
    } catch (err) {
      const n = (this.failures.get(matchID) ?? 0) + 1;
      this.failures.set(matchID, n);
      this.deps.log.error('bot move failed', { matchID, seat, attempt: n, error: String(err) });
      if (n >= MAX_FAILURES) return;
    }
    // The state write has poked already; this covers a move that changed nothing.
    this.poke(matchID);
  }

  /**
   * Submits one action for a seat through boardgame.io's Master with the seat's credentials, the
   * path a person's move takes. Call it inside the match's queue; throws when the move is refused.
   */
  async submit(matchID: string, seat: Seat, action: Action): Promise<void> {
    const { state, metadata } = await this.deps.db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) throw new Error('no such match');
    const master = new Master(MdChess, this.deps.db, {
      send: () => {},
      sendAll: (payload: unknown) => this.deps.pubSub.publish(`MATCH-${matchID}`, payload),
    } as never, this.deps.auth as never);
    const credentials = metadata.players[Number(seat)]?.credentials;
    const move = { type: 'MAKE_MOVE', payload: { type: action.type, args: moveArgs(action), playerID: seat, credentials } };
    const result = await master.onUpdate(move as never, state._stateID, matchID, seat);
    if (result && 'error' in (result as object)) throw new Error((result as { error: string }).error);
    const after = await this.deps.db.fetch(matchID, { state: true });
    if (after.state?._stateID === state._stateID) throw new Error(`move refused: ${JSON.stringify(action)}`);
  }

  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    p.catch((err) => this.deps.log.error('bot runner error', { error: String(err) })).finally(() => this.inFlight.delete(p));
  }

  /** Stops scheduling, cancels pending bot moves and waits for moves already being made. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.deps.db.events.off('state', this.onState);
    this.deps.db.events.off('metadata', this.onMetadata);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** How many matches have a bot move scheduled (for tests and health). */
  get pending(): number {
    return this.timers.size;
  }
}
