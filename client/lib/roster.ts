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
    };
  }
  return out;
}

export function rosterSolo(mySeat: Seat, seats: SeatKind[]): Roster {
  const out = {} as Roster;
  SEATS.forEach((seat, i) => {
    const kind = seats[i];
    out[seat] = {
      seat, state: stateOf(seat), stateName: STATE_NAME[stateOf(seat)], name: '',
      bot: seat === mySeat || kind === 'human' ? null : kind, isYou: seat === mySeat, connected: null,
    };
  });
  return out;
}
