// The live side of seminar mode (issue 6): control writes on a running match (stored and
// published like a move, so every client sees them at once), the turn timer with its ticker, and
// the capture of class chat. Survives restarts: start() reloads the classes and re-arms timers.
import type { State } from 'boardgame.io';
import { startTurnTimer, noteTimeout, turnExpired } from '../game/control.js';
import type { G, Seat } from '../game/types.js';
import { playerView } from '../game/view.js';
import { chooseBotAction } from './botPool.js';
import type { BotRunner } from './botRunner.js';
import { peekInfo } from './lobby.js';
import type { Logger } from './log.js';
import { ClassStore, type ClassRecord } from './seminarStore.js';
import type { SqliteStorage } from './storage.js';

interface PubSubLike { publish(channel: string, payload: unknown): void }

export interface SeminarDeps {
  db: SqliteStorage;
  /** Runs a task in the match's queue, after moves already in flight. */
  serialize: <T>(matchID: string, task: () => Promise<T>) => Promise<T>;
  pubSub: PubSubLike;
  bots: BotRunner;
  log: Logger;
  /** Multiplies turn timers (TURN_TIMER_SCALE). */
  turnTimerScale: number;
}

/** A change of G by the control team: an error sentence, or null when it applied. */
export type ControlFn = (g: G, now: number) => string | null;
/** What to record of a control change for the replay (kind and detail), if anything. */
export interface ControlRecord { kind: string; detail: unknown }

const TICK_MS = 500;
/** Actions a bot may take for a timed-out seat before the rest of its turn is passed. */
const MAX_BOT_ACTIONS = 8;

/** Which turn a match is in: changes exactly when a new turn begins. */
const turnKey = (g: G): string => `${g.round}/${g.turnsTaken}/${g.activeSeat}`;
export const timerStart: ControlFn = (g, now) => { startTurnTimer(g, now); return null; };

export class SeminarControl {
  readonly store: ClassStore;
  /** Class matches: matchID → class and index. */
  private matches = new Map<string, { classID: string; index: number }>();
  private turns = new Map<string, string>();
  /** When each running class match's turn runs out (only matches with a running timer). */
  private deadlines = new Map<string, number>();
  private expiring = new Set<string>();
  private inFlight = new Set<Promise<unknown>>();
  private ticker: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly onState = (matchID: string, state: State) => this.watch(matchID, state);

  constructor(private readonly deps: SeminarDeps) {
    this.store = new ClassStore(deps.db);
  }

  /** Reloads every class, re-arms the timers of running matches and starts the ticker. */
  async start(): Promise<void> {
    for (const cls of this.store.all()) cls.matches.forEach((m, i) => this.register(m.matchID, cls.classID, i));
    this.deps.db.events.on('state', this.onState);
    for (const matchID of this.matches.keys()) {
      const { state } = await this.deps.db.fetch(matchID, { state: true });
      if (!state) continue;
      const g = state.G as G;
      this.turns.set(matchID, turnKey(g));
      // The clock did not run while the server was down: the seat to play gets a fresh turn.
      if (peekInfo(this.deps.db, matchID).started && !g.gameover && g.control?.turnSeconds != null) {
        this.track(this.controlWrite(matchID, timerStart));
      }
    }
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    this.ticker.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.ticker) clearInterval(this.ticker);
    this.deps.db.events.off('state', this.onState);
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  register(matchID: string, classID: string, index: number): void {
    this.matches.set(matchID, { classID, index });
  }

  classOf(matchID: string): ClassRecord | undefined {
    const at = this.matches.get(matchID);
    return at && this.store.get(at.classID);
  }

  /** Turn timers are stored in seconds; TURN_TIMER_SCALE shortens them for tests and demos. */
  timerSeconds(turnSeconds: number | null): number | null {
    return turnSeconds === null ? null : turnSeconds * this.deps.turnTimerScale;
  }

  /**
   * Applies a control change to a copy of the match's state and stores it as the next state, then
   * tells every client (filtered per seat, as boardgame.io's Master does). Call it inside the
   * match's queue. Returns the error sentence and changes nothing when fn refuses.
   */
  async applyControl(matchID: string, fn: ControlFn, record?: ControlRecord): Promise<string | null> {
    const { state, metadata } = await this.deps.db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return 'The match no longer exists.';
    const next = structuredClone(state) as State<G>;
    const now = Date.now();
    const error = fn(next.G, now);
    if (error) return error;
    next._stateID = state._stateID + 1;
    // A change that ends the match (tension at its maximum) ends it for boardgame.io and the bots too.
    const ended = next.G.gameover && next.ctx.gameover === undefined;
    if (ended) next.ctx = { ...next.ctx, gameover: next.G.gameover };
    if (record) this.store.addIntervention(matchID, record.kind, record.detail, now);
    await this.deps.db.setState(matchID, next);
    if (ended) await this.deps.db.setMetadata(matchID, { ...metadata, gameover: next.G.gameover });
    this.deps.pubSub.publish(`MATCH-${matchID}`, { type: 'update', args: [matchID, next] });
    return null;
  }

  /** applyControl in the match's queue. */
  controlWrite(matchID: string, fn: ControlFn, record?: ControlRecord): Promise<string | null> {
    return this.deps.serialize(matchID, () => this.applyControl(matchID, fn, record));
  }

  /** A class match has just started: its first turn's timer runs from now. */
  async started(matchID: string): Promise<void> {
    const { state } = await this.deps.db.fetch(matchID, { state: true });
    if (state) this.turns.set(matchID, turnKey(state.G as G));
    if ((state?.G as G | undefined)?.control?.turnSeconds != null) await this.applyControl(matchID, timerStart);
  }

  /** Every state write of a class match: note its deadline; a new turn gets a fresh timer. */
  private watch(matchID: string, state: State): void {
    if (this.stopped || !this.matches.has(matchID)) return;
    const g = state.G as G;
    const c = g.control;
    if (c && c.turnEndsAt !== null && !g.gameover) this.deadlines.set(matchID, c.turnEndsAt);
    else this.deadlines.delete(matchID);
    const key = turnKey(g);
    if (this.turns.get(matchID) === key) return;
    this.turns.set(matchID, key);
    if (g.gameover || c?.turnSeconds == null || !peekInfo(this.deps.db, matchID).started) return;
    this.track(this.controlWrite(matchID, timerStart));
  }

  private tick(): void {
    const now = Date.now();
    for (const [matchID, at] of this.deadlines) {
      if (at > now || this.expiring.has(matchID)) continue;
      this.expiring.add(matchID);
      this.track(this.expire(matchID).finally(() => this.expiring.delete(matchID)));
    }
  }

  /** The active seat's time ran out: note it, then pass the rest of its turn or let the medium bot play it. */
  private expire(matchID: string): Promise<void> {
    return this.deps.serialize(matchID, async () => {
      if (this.stopped) return;
      const { state } = await this.deps.db.fetch(matchID, { state: true });
      if (!state || !turnExpired(state.G as G, Date.now()) || !peekInfo(this.deps.db, matchID).started) return;
      const g = state.G as G;
      const how = this.classOf(matchID)?.options.onTimeout ?? 'pass';
      const seat = g.activeSeat;
      const key = turnKey(g);
      await this.applyControl(matchID, (draft, now) => { noteTimeout(draft, now, how); return null; },
        { kind: 'timeout', detail: { seat, turn: state.ctx.turn, how } });
      if (how === 'bot') {
        // Whatever the bot could not play is passed below.
        await this.botPlays(matchID, seat, key).catch((err) => this.deps.log.warn('bot refused on a timed-out turn', { matchID, seat, error: String(err) }));
      }
      if (await this.sameTurn(matchID, key)) {
        await this.deps.bots.submit(matchID, seat, { type: 'pass' }).catch((err) => this.deps.log.warn('timed-out turn not passed', { matchID, seat, error: String(err) }));
      }
      // Never spin on a turn that did not end: it gets a fresh timer instead.
      if (await this.sameTurn(matchID, key)) await this.applyControl(matchID, timerStart);
    });
  }

  private async sameTurn(matchID: string, key: string): Promise<State<G> | null> {
    const { state } = await this.deps.db.fetch(matchID, { state: true });
    const g = state?.G as G | undefined;
    return state && g && !g.gameover && !g.control?.paused && turnKey(g) === key ? (state as State<G>) : null;
  }

  /** The medium bot plays a timed-out seat's remaining actions (on that seat's own view). */
  private async botPlays(matchID: string, seat: Seat, key: string): Promise<void> {
    for (let i = 0; i < MAX_BOT_ACTIONS; i++) {
      const state = await this.sameTurn(matchID, key);
      if (!state) return;
      const action = await chooseBotAction('medium', playerView(state.G, seat), seat, `${matchID}:${state._stateID}`);
      await this.deps.bots.submit(matchID, seat, action);
    }
  }

  /** Forgets classes whose matches have all been swept away. */
  sweep(): number {
    let gone = 0;
    for (const cls of this.store.all()) {
      if (cls.matches.some((m) => this.deps.db.has(m.matchID))) continue;
      this.store.remove(cls);
      for (const m of cls.matches) { this.matches.delete(m.matchID); this.turns.delete(m.matchID); this.deadlines.delete(m.matchID); }
      gone++;
    }
    return gone;
  }

  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    p.catch((err) => this.deps.log.error('seminar control error', { error: String(err) })).finally(() => this.inFlight.delete(p));
  }
}
