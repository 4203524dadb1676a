// The pure step API (style §2): start a game, list legal actions, explain, apply, and the flow of
// turns and rounds (rules §3). Bots, the simulator, the client and boardgame.io all go through here.
import { applyPlan, planAction, planWellFormed, type Plan } from './actions.js';
import { inCrisis, publicSovereignty } from './board.js';
import { TURN } from './config.js';
import { EVENTS } from './events.js';
import { STATE_NAME } from './names.js';
import { powersPhase } from './powers.js';
import { finalScore } from './score.js';
import { createInitialState, type SetupOptions } from './setup.js';
import { TOKEN_KINDS } from './tokens.js';
import type { Action, G, Rng, RoundRecord, Seat, StateId } from './types.js';
import { BOARDS, INSTITUTIONS, POWERS, SEATS, STATE_IDS, isSeat, stateOf } from './types.js';
import { upkeep } from './upkeep.js';

export type ApplyResult = { ok: true } | { ok: false; reason: string };

const nextSeat = (seat: Seat): Seat => String((Number(seat) + 1) % SEATS.length) as Seat;

/** A new game: the scenario's setup, then the first round's event (rules §2, §3). */
export function startGame(options: SetupOptions | undefined, rng: Rng): G {
  const g = createInitialState(options, rng);
  beginRound(g);
  return g;
}

/** The era deck a round draws from: era A for the first half of the rounds (rules §6, §11). */
export const eraOf = (g: G, round: number): 'A' | 'B' => (round <= Math.ceil(g.rounds / 2) ? 'A' : 'B');

/** rules §3.1 and §6: reveal and apply the round's event, then open the first turn. */
function beginRound(g: G): void {
  g.mediationsLeft = TURN.mediationsPerRound;
  g.turnsTaken = 0;
  const era = eraOf(g, g.round);
  const card = g.deck[era].shift() ?? null;
  g.deckSize = { A: g.deck.A.length, B: g.deck.B.length };
  g.event = card;
  if (card) {
    g.eventsDrawn.push(card);
    EVENTS[card].apply(g);
  }
  if (inCrisis(g)) return endGame(g, true);
  openTurn(g, g.startSeat);
}

function openTurn(g: G, seat: Seat): void {
  g.activeSeat = seat;
  g.actionsLeft = g.states[stateOf(seat)].unrest ? TURN.actionsInUnrest : TURN.actions;
  g.resistedThisTurn = false;
}

/** Public figures of the round just finished, for charts and the debrief. */
function recordRound(g: G): void {
  const rec: RoundRecord = {
    round: g.round, tension: g.tracks.tension, asymmetry: g.tracks.asymmetry, euEngagement: g.tracks.euEngagement,
    sovereignty: {} as RoundRecord['sovereignty'], economy: {} as RoundRecord['economy'],
    security: {} as RoundRecord['security'], stability: {} as RoundRecord['stability'], event: g.event,
  };
  for (const id of STATE_IDS) {
    rec.sovereignty[id] = publicSovereignty(g, id);
    rec.economy[id] = g.states[id].economy;
    rec.security[id] = g.states[id].security;
    rec.stability[id] = g.states[id].stability;
  }
  g.history = g.history.filter((h) => h.round !== g.round);
  g.history.push(rec);
}

/** Ends the game in crisis if tension has reached its maximum (after a facilitator's change). */
export function endIfCrisis(g: G): void {
  if (!g.gameover && inCrisis(g)) endGame(g, true);
}

/** rules §10: the end of the game now, scored as it stands (crisis penalties when `crisis`). */
export function endGame(g: G, crisis: boolean): void {
  recordRound(g);
  g.actionsLeft = 0;
  g.gameover = finalScore(g, crisis);
}

/** rules §3.3–3.5: powers phase, upkeep, then the next round or the end. */
function endRound(g: G, rng: Rng): void {
  powersPhase(g, rng);
  if (inCrisis(g)) return endGame(g, true);
  upkeep(g);
  if (inCrisis(g)) return endGame(g, true);
  for (const id of STATE_IDS) g.states[id].tokens = [];
  recordRound(g);
  if (g.round >= g.rounds) return endGame(g, false);
  g.round += 1;
  g.startSeat = nextSeat(g.startSeat);
  beginRound(g);
}

function endTurn(g: G, rng: Rng): void {
  g.turnsTaken += 1;
  g.actionsLeft = 0;
  if (g.turnsTaken >= SEATS.length) endRound(g, rng);
  else openTurn(g, nextSeat(g.activeSeat));
}

/** Why the seat may not act now at all, or null. */
function turnProblem(g: G, seat: unknown): string | null {
  if (g.gameover) return 'The game is over.';
  if (!isSeat(seat)) return 'Only the five seated states can act.';
  if (seat !== g.activeSeat) return `It is not your turn: ${STATE_NAME[stateOf(g.activeSeat)]} is playing.`;
  if (g.actionsLeft <= 0) return 'You have no actions left this turn.';
  if (g.control?.paused) return 'The facilitator has paused the match.';
  return null;
}

/** The plan of an action, or the reason it is illegal now (turn, arguments, requirements, caps, costs). */
export function check(g: G, seat: unknown, action: unknown): Plan | string {
  const turn = turnProblem(g, seat);
  if (turn) return turn;
  return planAction(g, stateOf(seat as Seat), action as Action);
}

/** A short human sentence saying why an action is illegal, or null when it is legal. */
export function explainIllegal(g: G, seat: unknown, action: unknown): string | null {
  const r = check(g, seat, action);
  return typeof r === 'string' ? r : null;
}

export const isLegal = (g: G, seat: unknown, action: unknown): boolean => typeof check(g, seat, action) !== 'string';

/** Every action a seat might try now, legal or not (the client greys out the illegal ones). */
export function candidateActions(g: G, seat: Seat): Action[] {
  const out: Action[] = [];
  for (const board of BOARDS) for (const power of POWERS) out.push({ type: 'court', board, power });
  for (const board of BOARDS) for (const power of POWERS) out.push({ type: 'resist', board, power });
  for (const institution of INSTITUTIONS) {
    out.push(g.states[stateOf(seat)].members.includes(institution) ? { type: 'leave', institution } : { type: 'join', institution });
  }
  for (const power of ['RU', 'CN'] as const) {
    out.push(g.states[stateOf(seat)].bases.includes(power) ? { type: 'closeBase', power } : { type: 'hostBase', power });
  }
  out.push({ type: 'mediate' });
  for (const t of g.states[stateOf(seat)].tokens) {
    const kind = TOKEN_KINDS[t.kind];
    if (kind && (kind.board === null || kind.power === null)) {
      for (const board of BOARDS) for (const power of POWERS) out.push({ type: 'useToken', tokenId: t.id, board, power });
    } else out.push({ type: 'useToken', tokenId: t.id });
  }
  out.push({ type: 'pass' });
  return out;
}

/** rules §4: every legal action of a seat now (empty when it is not the seat's turn). */
export function legalActions(g: G, seat: Seat): Action[] {
  if (turnProblem(g, seat)) return [];
  const id = stateOf(seat);
  return candidateActions(g, seat).filter((a) => typeof planWellFormed(g, id, a) !== 'string');
}

/** Applies only the action's own effects (no turn or round advance): for previews and bot look-ahead. */
export function applyEffects(g: G, seat: Seat, action: Action, plan: Plan): void {
  applyPlan(g, stateOf(seat), action, plan, `seat:${seat}`);
}

/**
 * Applies an action for a seat, in place, and runs what follows: the end of the turn, the powers
 * phase, upkeep, the next event, the end of the game. Illegal actions change nothing.
 */
export function applyAction(g: G, seat: unknown, action: unknown, rng: Rng): ApplyResult {
  const plan = check(g, seat, action);
  if (typeof plan === 'string') return { ok: false, reason: plan };
  const s = seat as Seat;
  const a = action as Action;
  applyEffects(g, s, a, plan);
  if (inCrisis(g)) { endGame(g, true); return { ok: true }; }
  if (a.type === 'pass') g.actionsLeft = 0;
  else if (plan.spendsAction) g.actionsLeft -= 1;
  if (g.actionsLeft <= 0) endTurn(g, rng);
  return { ok: true };
}

/**
 * A copy of G that the rules may change freely without touching `g`, faster than structuredClone
 * for this shape. The entries of the three logs (tensionLog, powersLog, history) are shared, not
 * copied: the rules only ever append new entries, never change one. Sharing them spares the
 * server a copy of every past round's record on each move, which the garbage collector then had
 * to carry (tests/game/invariants.test.ts applies every kind of action to deeply frozen states).
 */
export function cloneG(g: G): G {
  const states = {} as G['states'];
  for (const id of STATE_IDS) {
    const s = g.states[id];
    const inf = s.influence;
    states[id] = {
      ...s,
      members: [...s.members],
      bases: [...s.bases],
      tokens: s.tokens.map((t) => ({ ...t })),
      influence: {
        politics: { ...inf.politics }, economics: { ...inf.economics },
        military: { ...inf.military }, culture: { ...inf.culture },
      },
    };
  }
  return {
    ...g,
    tracks: { ...g.tracks },
    states,
    tensionLog: [...g.tensionLog],
    deck: { A: [...g.deck.A], B: [...g.deck.B] },
    deckSize: { ...g.deckSize },
    eventsDrawn: [...g.eventsDrawn],
    powersLog: [...g.powersLog],
    history: [...g.history],
    gameover: g.gameover ? JSON.parse(JSON.stringify(g.gameover)) : null,
    ...(g.control ? { control: { ...g.control, banner: g.control.banner && { ...g.control.banner }, log: g.control.log.map((e) => ({ ...e })) } } : {}),
  };
}

/** The state of a seat's id, for callers that hold a seat. */
export const stateIdOf = (seat: Seat): StateId => stateOf(seat);
