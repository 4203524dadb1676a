// rules §2 setup table and §11 scenarios, as data, and the construction of the initial G.
import { AGENDA_IDS } from './agendas.js';
import { ERA_A, ERA_B } from './events.js';
import { shuffle } from './rng.js';
import type { Board, G, Institution, Power, Rng, StateData, StateId } from './types.js';
import { BOARDS, STATE_IDS } from './types.js';

type Triple = [number, number, number]; // [RU, CN, EU]

interface SetupRow {
  influence: Record<Board, Triple>;
  economy: number;
  security: number;
  stability: number;
  debt: number;
  members: Institution[];
  bases: Power[];
}

/** rules §2: the 2019 baseline. */
export const BASELINE: Record<StateId, SetupRow> = {
  KAZ: {
    influence: { politics: [3, 1, 1], economics: [2, 3, 1], military: [3, 1, 0], culture: [3, 0, 1] },
    economy: 7, security: 6, stability: 6, debt: 1, members: ['SCO', 'CSTO', 'EAEU'], bases: ['RU'],
  },
  UZB: {
    influence: { politics: [2, 1, 1], economics: [2, 2, 1], military: [1, 1, 0], culture: [2, 1, 0] },
    economy: 6, security: 5, stability: 5, debt: 1, members: ['SCO'], bases: [],
  },
  KGZ: {
    influence: { politics: [3, 1, 1], economics: [2, 2, 0], military: [3, 1, 0], culture: [3, 0, 0] },
    economy: 3, security: 6, stability: 4, debt: 1, members: ['SCO', 'CSTO', 'EAEU'], bases: ['RU'],
  },
  TJK: {
    influence: { politics: [3, 1, 0], economics: [1, 3, 0], military: [3, 1, 0], culture: [3, 0, 0] },
    economy: 3, security: 4, stability: 6, debt: 2, members: ['SCO', 'CSTO'], bases: ['RU'],
  },
  TKM: {
    influence: { politics: [2, 1, 0], economics: [1, 4, 1], military: [1, 0, 0], culture: [2, 1, 0] },
    economy: 5, security: 5, stability: 5, debt: 1, members: [], bases: [],
  },
};

export interface ScenarioDef {
  id: string;
  rounds: number;
  tracks: { tension: number; asymmetry: number; euEngagement: number };
  /** Changes to the baseline influence: [state, board, power, delta]. */
  influenceChanges: (g: G) => void;
}

/** rules §11. */
export const SCENARIOS: Record<string, ScenarioDef> = {
  'baseline-2019': {
    id: 'baseline-2019', rounds: 8, tracks: { tension: 2, asymmetry: 4, euEngagement: 1 },
    influenceChanges: () => {},
  },
  'pivot-2014': {
    id: 'pivot-2014', rounds: 8, tracks: { tension: 1, asymmetry: 2, euEngagement: 0 },
    influenceChanges: (g) => {
      for (const id of STATE_IDS) for (const b of BOARDS) {
        const cell = g.states[id].influence[b];
        cell.CN = Math.max(0, cell.CN - 1);
      }
    },
  },
  'fraying-2024': {
    id: 'fraying-2024', rounds: 8, tracks: { tension: 5, asymmetry: 7, euEngagement: 2 },
    influenceChanges: (g) => {
      for (const id of ['KAZ', 'KGZ', 'TJK'] as StateId[]) g.states[id].influence.military.CN += 1;
    },
  },
  short: {
    id: 'short', rounds: 5, tracks: { tension: 2, asymmetry: 4, euEngagement: 1 },
    influenceChanges: () => {},
  },
};

export const SCENARIO_IDS = Object.keys(SCENARIOS);
export const DEFAULT_SCENARIO = 'baseline-2019';
export const MIN_ROUNDS = 1;
export const MAX_ROUNDS = 12;

/** Options a match is created with (boardgame.io setupData). */
export interface SetupOptions {
  scenario?: string;
  /** Seminar override of the number of rounds (1..12). */
  rounds?: number;
  /** Seminar override of the starting tracks. */
  tracks?: Partial<{ tension: number; asymmetry: number; euEngagement: number }>;
  /** Who plays each seat online: 'human' or a bot level (the server reads this; the rules ignore it). */
  seats?: SeatKind[];
  /** Whether players may ask for a suggested move (a seminar facilitator may turn it off). Default true. */
  hints?: boolean;
}

/** The kinds of player a seat can have: a person, or a bot of a level (game/bots). */
export const SEAT_KINDS = ['human', 'easy', 'random', 'medium', 'hard'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];
export const isSeatKind = (x: unknown): x is SeatKind => typeof x === 'string' && (SEAT_KINDS as readonly string[]).includes(x);

const TRACK_LIMITS = { tension: [0, 9], asymmetry: [0, 10], euEngagement: [0, 5] } as const;

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Explains why setup options are unacceptable, or returns undefined when they are fine. */
export function validateSetupOptions(opts: unknown): string | undefined {
  if (opts === undefined || opts === null) return undefined;
  if (typeof opts !== 'object' || Array.isArray(opts)) return 'Match options must be an object.';
  const o = opts as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!['scenario', 'rounds', 'tracks', 'seats', 'hints'].includes(key)) return `Unknown match option "${key.slice(0, 40)}".`;
  }
  if (o.hints !== undefined && typeof o.hints !== 'boolean') return 'Hints must be true or false.';
  if (o.seats !== undefined) {
    if (!Array.isArray(o.seats) || o.seats.length !== 5) return 'Seats must list who plays each of the five seats.';
    if (!o.seats.every(isSeatKind)) return `Each seat must be one of ${SEAT_KINDS.join(', ')}.`;
  }
  if (o.scenario !== undefined && (typeof o.scenario !== 'string' || !Object.hasOwn(SCENARIOS, o.scenario))) {
    return `Unknown scenario; choose one of ${SCENARIO_IDS.join(', ')}.`;
  }
  if (o.rounds !== undefined && (!isInt(o.rounds) || o.rounds < MIN_ROUNDS || o.rounds > MAX_ROUNDS)) {
    return `Rounds must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}.`;
  }
  if (o.tracks !== undefined) {
    if (typeof o.tracks !== 'object' || o.tracks === null || Array.isArray(o.tracks)) return 'Tracks must be an object.';
    for (const [k, v] of Object.entries(o.tracks)) {
      if (!Object.hasOwn(TRACK_LIMITS, k)) return `Unknown track "${k.slice(0, 40)}".`;
      const lim = TRACK_LIMITS[k as keyof typeof TRACK_LIMITS];
      if (!isInt(v) || v < lim[0] || v > lim[1]) return `Track ${k} must be a whole number from ${lim[0]} to ${lim[1]}.`;
    }
  }
  return undefined;
}

function stateFromRow(row: SetupRow): StateData {
  const influence = {} as StateData['influence'];
  for (const b of BOARDS) {
    const [RU, CN, EU] = row.influence[b];
    influence[b] = { RU, CN, EU };
  }
  return {
    economy: row.economy, security: row.security, stability: row.stability, debt: row.debt,
    bri: 0, members: [...row.members], bases: [...row.bases], influence,
    agenda: null, tokens: [], blame: 0, unrest: false, mediations: 0,
    cnMilitaryLead: false, cnMilitaryLeadCause: null,
  };
}

/**
 * Builds the state before the first event: scenario table, tracks, shuffled decks, dealt agendas.
 * rules §2, §6 (decks), §9 (agendas), §11 (scenarios).
 */
export function createInitialState(options: SetupOptions | undefined, rng: Rng): G {
  const wanted = options?.scenario ?? DEFAULT_SCENARIO;
  const scenario = Object.hasOwn(SCENARIOS, wanted) ? SCENARIOS[wanted] : SCENARIOS[DEFAULT_SCENARIO];
  const rounds = options?.rounds ?? scenario.rounds;
  const states = {} as G['states'];
  for (const id of STATE_IDS) states[id] = stateFromRow(BASELINE[id]);
  const deck = { A: shuffle([...ERA_A], rng), B: shuffle([...ERA_B], rng) };
  const agendas = shuffle([...AGENDA_IDS], rng);
  STATE_IDS.forEach((id, i) => { states[id].agenda = agendas[i]; });
  const g: G = {
    scenario: scenario.id,
    round: 1,
    rounds,
    tracks: { ...scenario.tracks, ...(options?.tracks ?? {}) },
    states,
    event: null,
    tensionLog: [],
    activeSeat: '0',
    startSeat: '0',
    turnsTaken: 0,
    actionsLeft: 2,
    resistedThisTurn: false,
    mediationsLeft: 1,
    deck,
    deckSize: { A: deck.A.length, B: deck.B.length },
    eventsDrawn: [],
    powersLog: [],
    history: [],
    gameover: null,
    hints: options?.hints ?? true,
  };
  scenario.influenceChanges(g);
  for (const id of STATE_IDS) g.states[id].cnMilitaryLead = leadsMilitaryCN(g, id);
  return g;
}

function leadsMilitaryCN(g: G, id: StateId): boolean {
  const m = g.states[id].influence.military;
  return m.CN >= 1 && m.CN > m.RU && m.CN > m.EU;
}
