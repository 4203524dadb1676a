// Who sits at each seat of a match, for labels: a person (you or another), a bot, or nobody yet.
import { STATE_NAME } from '../../game/names';
import type { SeatKind } from '../../game/setup';
import type { Seat, StateId } from '../../game/types';
import { SEATS, stateOf } from '../../game/types';
import type { MatchInfo } from './api';

export interface SeatPlayer {
  seat: Seat;
  state: StateId;
  stateName: string;
  /** The player's name; '' for an open seat. */
  name: string;
  bot: Exclude<SeatKind, 'human'> | null;
  isYou: boolean;
  /** Connected now (online people only; null when it does not apply). */
  connected: boolean | null;
  /** Online: a bot plays this person's turns while they are away. */
  standIn?: boolean;
}

export type Roster = Record<Seat, SeatPlayer>;

export const BOT_TITLE: Record<string, string> = { easy: 'Easy bot', random: 'Random bot', medium: 'Medium bot', hard: 'Hard bot' };

/** "You", "Anna", "Medium bot" or "Open seat". */
export function playerLabel(p: SeatPlayer): string {
  if (p.isYou) return p.name ? `You (${p.name})` : 'You';
  if (p.bot) return BOT_TITLE[p.bot] ?? 'Bot';
  return p.name || 'Open seat';
}

/** The label inside a sentence's brackets: "you, Anna" rather than "You (Anna)" (no brackets in brackets). */
export function playerLabelInline(p: SeatPlayer): string {
  if (p.isYou) return p.name ? `you, ${p.name}` : 'you';
  return playerLabel(p);
}

/** "Kazakhstan — Medium bot". */
export const seatTitle = (p: SeatPlayer): string => `${p.stateName} — ${playerLabel(p)}`;

export function rosterOnline(
  info: MatchInfo | null,
  names: Partial<Record<Seat, string>>,
  connected: Partial<Record<Seat, boolean>>,
  mySeat: Seat | null,
  myName = '',
): Roster {
  const out = {} as Roster;
  for (const seat of SEATS) {
    const p = info?.players.find((x) => String(x.id) === seat);
    const bot = p?.bot ?? null;
    out[seat] = {
      seat, state: stateOf(seat), stateName: STATE_NAME[stateOf(seat)],
      name: (seat === mySeat ? myName : '') || names[seat] || p?.name || '',
      bot, isYou: seat === mySeat,
      connected: bot ? null : connected[seat] ?? p?.isConnected ?? null,
      standIn: !bot && !!p?.standIn,
    };
  }
  return out;
}

/**
 * A solo match's roster: `seats` gives 'human' for each person on this device, a bot level for the
 * others; `viewer` is the person whose view is shown (null: nobody in particular). With several
 * people they are told apart by the names they gave, or as Player 1, Player 2… in seat order.
 */
export function rosterSolo(viewer: Seat | null, seats: SeatKind[], names: Partial<Record<Seat, string>> = {}): Roster {
  const out = {} as Roster;
  const people = SEATS.filter((_, i) => seats[i] === 'human');
  SEATS.forEach((seat, i) => {
    const kind = seats[i];
    const person = seat === viewer || kind === 'human';
    out[seat] = {
      seat, state: stateOf(seat), stateName: STATE_NAME[stateOf(seat)],
      name: person && people.length > 1 ? names[seat] || `Player ${people.indexOf(seat) + 1}` : '',
      bot: person ? null : kind, isYou: seat === viewer, connected: null,
    };
  });
  return out;
}
