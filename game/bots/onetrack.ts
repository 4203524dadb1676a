// One-track bots for the strength targets of rules §13: each plays a single line whenever it can
// and the medium bot's move otherwise. No single line of play should beat four medium bots.
//   bri     — court China on economics (a BRI project) whenever legal
//   russia  — court Russia, on the board the heuristic likes best, whenever legal
//   resist  — resist some power, the one the heuristic likes best, whenever legal
//   eu      — court the EU, on the board the heuristic likes best, whenever legal
// A free token of the bot's own line counts as the line (it is taken first: it costs no action).
// The `lean-*` variants are the same lines played with sense: the line's best action whenever it
// does not lower the bot's own estimate, the medium move otherwise — a sterner test of a line.
import { TOKEN_KINDS } from '../tokens.js';
import type { Action, Board, G, Power, Rng, Seat } from '../types.js';
import { stateOf } from '../types.js';
import type { BotFn } from './index.js';
import { rankActions } from './medium.js';

/** The move an action makes: its kind, board and power, looking through a token to what it does. */
function what(a: Action, view: G, seat: Seat): { kind: string; board?: Board; power?: Power } {
  if (a.type !== 'useToken') return { kind: a.type, board: 'board' in a ? a.board : undefined, power: 'power' in a ? a.power : undefined };
  const held = view.states[stateOf(seat)].tokens.find((t) => t.id === a.tokenId);
  const k = held ? TOKEN_KINDS[held.kind] : undefined;
  return { kind: k?.action ?? 'token', board: k?.board ?? a.board, power: k?.power ?? a.power };
}

type Track = (m: { kind: string; board?: Board; power?: Power }) => boolean;

/** A bot that takes the best-ranked action of its line whenever there is one, else the medium choice. */
export function oneTrack(track: Track, minGain = -Infinity): BotFn {
  return (view: G, seat: Seat, rng: Rng): Action => {
    const ranked = rankActions(view, seat, rng);
    const mine = ranked.filter((r) => r.gain >= minGain && track(what(r.action, view, seat)));
    const pick = mine.find((r) => r.action.type === 'useToken') ?? mine[0] ?? ranked[0];
    return pick?.action ?? { type: 'pass' };
  };
}

const LINES = {
  bri: (m) => m.kind === 'court' && m.power === 'CN' && m.board === 'economics',
  russia: (m) => m.kind === 'court' && m.power === 'RU',
  resist: (m) => m.kind === 'resist',
  eu: (m) => m.kind === 'court' && m.power === 'EU',
} satisfies Record<string, Track>;

export const ONE_TRACK_BOTS = {
  bri: oneTrack(LINES.bri),
  russia: oneTrack(LINES.russia),
  resist: oneTrack(LINES.resist),
  eu: oneTrack(LINES.eu),
  'lean-bri': oneTrack(LINES.bri, 0),
  'lean-russia': oneTrack(LINES.russia, 0),
  'lean-resist': oneTrack(LINES.resist, 0),
  'lean-eu': oneTrack(LINES.eu, 0),
} satisfies Record<string, BotFn>;

export type OneTrackKind = keyof typeof ONE_TRACK_BOTS;
