// A finished match, move by move: the state after each move, replayed exactly from the record the
// server keeps (its random seed and set-up, or its initial state, then every move in order) through
// boardgame.io's own reducer, so events, the powers phases and upkeep come out as they did. In a
// seminar match the facilitator's changes that alter the game (an injected event, a moved track)
// are applied where they happened. Shared by the replay screen, the seminar tests and the exports.
import type { State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { publicSovereignty } from './board.js';
import { adjustTrack, endAfterRound, endMatchNow, injectEvent } from './control.js';
import { MdChess, actionFromMove } from './index.js';
import { POWER_NAME, STATE_NAME, capitalFirst } from './names.js';
import type { Action, Board, G, Power, Seat, StateId } from './types.js';
import { BOARDS, POWERS, STATE_IDS, isSeat, seatOf } from './types.js';

/** One move as submitted: the seat, the move's name and its positional arguments. */
export interface ReplayMove { seat: Seat; move: string; args: unknown[] }
/** A facilitator's change, after `afterMove` moves (seminar matches; see server/seminarStore.ts). */
export interface ReplayIntervention { afterMove: number; kind: string; detail: unknown; at: number }

/** What a replay needs: the start (seed and set-up, or the initial state), the moves, the changes. */
export type ReplaySource = (
  | { seed: string | number; setupData: unknown; initial?: undefined }
  | { initial: State<G>; seed?: undefined; setupData?: undefined }
) & { moves: ReplayMove[]; interventions?: ReplayIntervention[] };

/** GET /games/mdchess/:id/replay: a finished match's record, with its players' names. */
export interface ReplayRecord {
  matchID: string;
  seed: string | number;
  setupData: unknown;
  players: { seat: Seat; name: string; bot: string | null }[];
  moves: ReplayMove[];
  interventions: ReplayIntervention[];
}

export interface ReplayStep {
  /** 0: the start, before the first move; n: after the n-th move. */
  index: number;
  G: G;
  /** The move that led here (null at the start). */
  seat: Seat | null;
  action: Action | null;
  /** The facilitator's changes applied just before this move, as the match's control log wrote them. */
  steering: string[];
}

export interface Replay {
  steps: ReplayStep[];
  /** Null when every move replayed; otherwise why the replay stops early (the steps before it stand). */
  error: string | null;
}

type SteerDetail = { eventId?: unknown; track?: unknown; delta?: unknown; reason?: unknown };
/** The recorded changes that alter the game (by intervention kind, as server/seminar.ts records them); the rest only annotate it. */
const STEERING: Record<string, (g: G, d: SteerDetail, at: number) => string | null> = {
  event: (g, d, at) => injectEvent(g, d.eventId, at),
  track: (g, d, at) => adjustTrack(g, d.track, d.delta, d.reason, at),
  'end-after-round': (g, _d, at) => endAfterRound(g, at),
  'end-now': (g, _d, at) => endMatchNow(g, at),
};

const game = (seed?: string | number) => ({ ...MdChess, ...(seed !== undefined ? { seed } : {}) });

/** Replays a match; every step's G is the full state (agendas included: replays are of finished matches). */
export function replayMatch(src: ReplaySource): Replay {
  let state: State<G>;
  let reducer: ReturnType<typeof CreateGameReducer>;
  try {
    if (src.initial) {
      reducer = CreateGameReducer({ game: game() });
      state = src.initial;
    } else {
      const g = game(src.seed);
      reducer = CreateGameReducer({ game: g });
      state = InitializeGame({ game: g, numPlayers: 5, setupData: src.setupData }) as State<G>;
    }
  } catch (err) {
    return { steps: [], error: `The match could not be set up again (${String((err as Error)?.message ?? err)}).` };
  }
  const interventions = src.interventions ?? [];
  const steer = (afterMove: number): string[] => {
    const before = state.G.control?.log.length ?? 0;
    for (const iv of interventions) {
      if (iv.afterMove !== afterMove || !Object.hasOwn(STEERING, iv.kind)) continue;
      const g = structuredClone(state.G);
      if (STEERING[iv.kind](g, (iv.detail ?? {}) as SteerDetail, iv.at) === null) state = { ...state, G: g };
    }
    return (state.G.control?.log ?? []).slice(before).map((c) => c.text);
  };

  const steps: ReplayStep[] = [];
  const opening = steer(0);
  steps.push({ index: 0, G: state.G, seat: null, action: null, steering: opening });
  for (let i = 0; i < src.moves.length; i++) {
    const mv = src.moves[i];
    const steering = i === 0 ? [] : steer(i);
    const args = Array.isArray(mv.args) ? mv.args : [];
    const next = isSeat(mv.seat) && typeof mv.move === 'string'
      ? reducer(state, { type: 'MAKE_MOVE', payload: { type: mv.move, args, playerID: mv.seat } } as never) as State<G>
      : state;
    if (next._stateID !== state._stateID + 1) {
      return { steps, error: `Move ${i + 1} of ${src.moves.length} could not be replayed; the replay stops before it.` };
    }
    state = next;
    let action: Action | null = null;
    try { action = actionFromMove(mv.move as Action['type'], args); } catch { /* not one of ours: left unnamed */ }
    steps.push({ index: i + 1, G: state.G, seat: mv.seat, action, steering });
  }
  // Changes after the last move (a match the control team ended, a crisis it caused) belong to the last step.
  const closing = src.moves.length ? steer(src.moves.length) : [];
  if (closing.length) steps[steps.length - 1] = { ...steps[steps.length - 1], G: state.G, steering: [...steps[steps.length - 1].steering, ...closing] };
  return { steps, error: null };
}

// ------------------------------------------------------------------ what a step changed

/** A figure that moved between two steps: a state's (state set) or a track's (state null). */
export interface FigureChange {
  state: StateId | null;
  kind: 'resource' | 'score' | 'influence' | 'track';
  label: string;
  from: number;
  to: number;
}

const RESOURCES = [['economy', 'Economy'], ['security', 'Security'], ['stability', 'Stability'], ['debt', 'Debt'], ['bri', 'BRI projects'], ['blame', 'Blame']] as const;
const TRACKS = [['tension', 'Tension'], ['asymmetry', 'Asymmetry'], ['euEngagement', 'EU engagement']] as const;

/** Every figure that differs from `before` to `after`: tracks first, then each state's in seat order. */
export function figureChanges(before: G, after: G): FigureChange[] {
  const out: FigureChange[] = [];
  for (const [k, label] of TRACKS) {
    if (before.tracks[k] !== after.tracks[k]) out.push({ state: null, kind: 'track', label, from: before.tracks[k], to: after.tracks[k] });
  }
  for (const id of STATE_IDS) {
    const a = before.states[id], b = after.states[id];
    const score = [shownScore(before, id), shownScore(after, id)];
    if (score[0] !== score[1]) out.push({ state: id, kind: 'score', label: 'Score', from: score[0], to: score[1] });
    for (const [k, label] of RESOURCES) if (a[k] !== b[k]) out.push({ state: id, kind: 'resource', label, from: a[k], to: b[k] });
    for (const board of BOARDS) {
      for (const p of POWERS) {
        const from = a.influence[board][p], to = b.influence[board][p];
        if (from !== to) out.push({ state: id, kind: 'influence', label: influenceLabel(p, board), from, to });
      }
    }
  }
  return out;
}

/** The score a player sees: sovereignty now, or the final total (agenda and all) once the match is over. */
const shownScore = (g: G, id: StateId): number => g.gameover?.scores[seatOf(id)]?.total ?? publicSovereignty(g, id);

const influenceLabel = (p: Power, board: Board): string => `${capitalFirst(POWER_NAME[p])} on ${board}`;

/** "Kazakhstan" or "Tracks": who a change belongs to. */
export const changeOwner = (c: FigureChange): string => (c.state ? STATE_NAME[c.state] : 'Tracks');
