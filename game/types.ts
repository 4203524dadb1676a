// The state contract of rules §14, plus the fields the engine adds (rules §14 allows additions).

export type StateId = 'KAZ' | 'UZB' | 'KGZ' | 'TJK' | 'TKM';
export type Seat = '0' | '1' | '2' | '3' | '4';
export type Power = 'RU' | 'CN' | 'EU';
export type BasePower = 'RU' | 'CN';
export type Board = 'politics' | 'economics' | 'military' | 'culture';
export type Institution = 'SCO' | 'CSTO' | 'EAEU';
export type Resource = 'economy' | 'security' | 'stability' | 'debt';
export type Track = 'tension' | 'asymmetry' | 'euEngagement';

export const STATE_IDS: readonly StateId[] = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
export const SEATS: readonly Seat[] = ['0', '1', '2', '3', '4'];
export const POWERS: readonly Power[] = ['RU', 'CN', 'EU'];
export const BASE_POWERS: readonly BasePower[] = ['RU', 'CN'];
export const BOARDS: readonly Board[] = ['politics', 'economics', 'military', 'culture'];
export const INSTITUTIONS: readonly Institution[] = ['SCO', 'CSTO', 'EAEU'];

/** A free action given by an event (rules §4 "Free actions from events"). */
export interface Token {
  id: string;
  /** One of the TokenKind ids of game/tokens.ts, e.g. 'court-CN-economics'. */
  kind: string;
}

export interface StateData {
  economy: number;
  security: number;
  stability: number;
  debt: number;
  /** BRI projects taken. */
  bri: number;
  members: Institution[];
  /** Foreign bases hosted. */
  bases: Power[];
  influence: Record<Board, Record<Power, number>>;
  /** null in views that may not see it. */
  agenda: string | null;
  tokens: Token[];
  blame: number;
  unrest: boolean;
  /** Added: how many times this state has mediated (for the Peacemaker agenda). */
  mediations: number;
  /** Added: did China lead this state's military at the last upkeep (rules §8). */
  cnMilitaryLead: boolean;
  /** Added: cause of the last change that gave China the military lead here, or null. */
  cnMilitaryLeadCause: string | null;
}

/** One change of tension, as it actually happened (after clamping). */
export interface TensionEntry {
  round: number;
  delta: number;
  /** 'seat:<n>', 'event:<card id>', 'powers:<RU|CN|EU>', 'control'. */
  cause: string;
  /** Added: what exactly did it, e.g. 'host-base-CN', 'court-CN-military', 'cn-military-lead'. */
  reason?: string;
}

/** One step of the powers phase, kept for the replay of the last round. */
export interface PowerStep {
  power: Power;
  board: Board;
  state: StateId;
  delta: number;
  /** Why this cell was chosen, as a short code (see game/texts.ts powerReasonText). */
  reason: string;
  /** Tension change this step caused (0 if none). */
  tension: number;
  /** Placement skipped: no cell below the cap. */
  skipped?: boolean;
}

/** A public line of what happened this round (events, powers, upkeep), bounded per round. */
export interface RoundRecord {
  round: number;
  tension: number;
  asymmetry: number;
  euEngagement: number;
  /** Sovereignty of each state after the upkeep (without agendas, which are secret). */
  sovereignty: Record<StateId, number>;
  economy: Record<StateId, number>;
  security: Record<StateId, number>;
  stability: Record<StateId, number>;
  event: string | null;
}

export interface ScoreLine {
  total: number;
  economy: number;
  security: number;
  stability: number;
  debt: number;
  balanced: number;
  agenda: number;
  neutrality: number;
  crisis: number;
}

export interface GameOver {
  winners: string[];
  crisis: boolean;
  scores: Record<string, ScoreLine>;
  /** Added: every agenda, revealed at the end. */
  agendas: Record<string, string | null>;
  /** Added: which agendas were met. */
  agendasMet: Record<string, boolean>;
}

export interface G {
  scenario: string;
  round: number;
  rounds: number;
  tracks: { tension: number; asymmetry: number; euEngagement: number };
  states: Record<StateId, StateData>;
  event: string | null;
  tensionLog: TensionEntry[];

  // ---- added by the engine ----
  /** The seat whose turn it is. */
  activeSeat: Seat;
  /** Seat that began this round (moves on one seat each round). */
  startSeat: Seat;
  /** Turns finished this round (0..4). */
  turnsTaken: number;
  /** Actions left in the active seat's turn. */
  actionsLeft: number;
  /** Did the active seat already make its first resist this turn (UZB Own course). */
  resistedThisTurn: boolean;
  /** SCO mediations still available this round for the whole region. */
  mediationsLeft: number;
  /** Undrawn event cards, in draw order. Secret: replaced by [] in every player view. */
  deck: { A: string[]; B: string[] };
  /** How many cards remain undrawn in each era deck (public). */
  deckSize: { A: number; B: number };
  /** Events drawn so far, in order (public). */
  eventsDrawn: string[];
  /** What Beijing, Moscow and Brussels did in the last powers phase. */
  powersLog: PowerStep[];
  /** Per-round public figures for charts and debriefs (one entry per finished round). */
  history: RoundRecord[];
  /** Set when the game is over. */
  gameover: GameOver | null;
  /** Whether players may ask for a suggested move in this match. */
  hints: boolean;
  /** Seminar control, in matches a facilitator runs (absent otherwise). */
  control?: Control;
}

/** A facilitator's intervention, shown to every player as a "control" line of the log. */
export interface ControlEntry {
  round: number;
  kind: 'pause' | 'resume' | 'event' | 'track' | 'message' | 'timeout' | 'seat' | 'end';
  text: string;
  /** Server time (ms since the epoch). */
  at: number;
}

/** Seminar control of a match (issue 6). Absent in matches outside a class. */
export interface Control {
  /** While paused nobody may act and the turn timer stops. */
  paused: boolean;
  /** Length of the turn timer in seconds, or null for no timer. */
  turnSeconds: number | null;
  /** When the active seat's time runs out (ms since the epoch), or null. */
  turnEndsAt: number | null;
  /** Time left on the turn while paused. */
  turnMsLeft: number | null;
  /** The facilitator's latest message, shown as a banner. */
  banner: { text: string; at: number } | null;
  log: ControlEntry[];
  /** Students' seats a bot plays for now (seat → bot level), by the facilitator's choice. */
  botSeats?: Partial<Record<Seat, string>>;
  /** Set when the control team ended the match, or made its current round the last. */
  ending?: ControlEnding;
}

/** How the control team ended a match: after the round it was in, or at once, scored as it stood. */
export interface ControlEnding { how: 'after-round' | 'now'; round: number; at: number }

export type Action =
  | { type: 'court'; board: Board; power: Power }
  | { type: 'resist'; board: Board; power: Power }
  | { type: 'join'; institution: Institution }
  | { type: 'leave'; institution: Institution }
  | { type: 'hostBase'; power: BasePower }
  | { type: 'closeBase'; power: BasePower }
  | { type: 'mediate' }
  | { type: 'pass' }
  | { type: 'useToken'; tokenId: string; board?: Board; power?: Power };

export type ActionType = Action['type'];

/** A source of uniform numbers in [0, 1): boardgame.io's random in the game, a seeded PRNG in bots. */
export interface Rng {
  next(): number;
}

export const seatOf = (id: StateId): Seat => String(STATE_IDS.indexOf(id)) as Seat;
export const stateOf = (seat: Seat | string): StateId => STATE_IDS[Number(seat)];
export const isSeat = (x: unknown): x is Seat => typeof x === 'string' && (SEATS as readonly string[]).includes(x);
