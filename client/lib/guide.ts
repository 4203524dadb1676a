// The guide: short tips that walk a new player through a first match, one at a time, each when it
// becomes useful (the preview when one is open, the powers when they have moved, the brink when
// tension reaches it). Which tips were read and whether the guide is on are kept in localStorage,
// so a tip read once is not shown again in the next match. Pure selection here; the panel is
// components/GuidePanel.tsx.
import { AGENDAS } from '../../game/agendas';
import { CRISIS, LIMITS, TURN, UPKEEP } from '../../game/config';
import { BENEFIT_MAX } from '../../game/court';
import { STATE_NAME } from '../../game/names';
import { AGENDA_TEXT, EVENT_TEXT, YEAR_OF_ROUND, own } from '../../game/texts';
import type { G, Seat } from '../../game/types';
import { SEATS, stateOf } from '../../game/types';

/** The parts of the match screen a tip can point at (`data-guide` attributes). */
export type GuideTarget = 'state' | 'agenda' | 'event' | 'actions' | 'preview' | 'boards' | 'tension' | 'powers';

export interface GuideContext {
  g: G;
  seat: Seat;
  /** This seat may act now (its turn, not held by a bot, not paused). */
  canAct: boolean;
  /** An action is chosen and its preview is on screen. */
  previewOpen: boolean;
}

export interface GuideTip {
  id: string;
  title: string;
  text: string;
  target: GuideTarget;
}

interface TipDef {
  id: string;
  target: GuideTarget;
  /** Whether the tip is useful now. */
  when: (c: GuideContext) => boolean;
  title: (c: GuideContext) => string;
  text: (c: GuideContext) => string;
}

const me = (c: GuideContext) => c.g.states[stateOf(c.seat)];

/** In the order a first match meets them; the first unread one whose moment has come is shown. */
const TIPS: readonly TipDef[] = [
  {
    id: 'welcome',
    target: 'state',
    when: () => true,
    title: (c) => `You lead ${STATE_NAME[stateOf(c.seat)]}`,
    text: (c) =>
      `The match runs ${c.g.rounds} years, ${YEAR_OF_ROUND(1)} to ${YEAR_OF_ROUND(c.g.rounds)}. The state with the most sovereignty at the end wins: ` +
      'economy, security and stability, minus debt, plus 2 for each of your four boards that no power dominates. ' +
      'This card shows your resources and your score so far.',
  },
  {
    id: 'agenda',
    target: 'agenda',
    when: (c) => !!me(c).agenda && !!own(AGENDAS, me(c).agenda),
    title: (c) => `Your secret agenda: ${own(AGENDA_TEXT, me(c).agenda)?.title ?? ''}`,
    text: (c) =>
      `If its goal holds when the match ends, it adds ${own(AGENDAS, me(c).agenda)?.points ?? 0} points. ` +
      'Nobody else sees it until then. Its badge tells you whether it would count now.',
  },
  {
    id: 'event',
    target: 'event',
    when: (c) => !!c.g.event,
    title: () => 'Each year opens with an event',
    text: (c) =>
      `This year’s card, “${own(EVENT_TEXT, c.g.event)?.title ?? c.g.event}”, has already taken effect. ` +
      'Some cards hand out a free action for this round only; it appears among your actions. The card’s details tell the history behind it.',
  },
  {
    id: 'actions',
    target: 'actions',
    when: (c) => c.canAct,
    title: () => `Your turn: ${TURN.actions} actions`,
    text: (c) =>
      `Court a power to invite it onto one of your boards: it pays you while it held ${BENEFIT_MAX} or less there before. ` +
      'Resist pushes a power back, for a small cost. Choose any action to see what it would do before you confirm; ' +
      `hatched ones are not possible now, and choosing one says why.${c.g.hints ? ' Unsure? Suggest a move.' : ''}`,
  },
  {
    id: 'preview',
    target: 'preview',
    when: (c) => c.canAct && c.previewOpen,
    title: () => 'Read before you confirm',
    text: () =>
      'The preview lists every change the action would make: your resources, the influence on the board, tension. ' +
      'Nothing happens until you confirm; choose another action to compare.',
  },
  {
    id: 'boards',
    target: 'boards',
    when: (c) => c.g.round > 1 || !c.canAct || c.g.actionsLeft < TURN.actions,
    title: () => 'The four boards',
    text: () =>
      'Each board shows how much Russia, China and the EU hold in every state. A power dominates a board of a state when it ' +
      'has 4 or more and leads the next by 2: that board no longer scores for the state. Keep yours balanced.',
  },
  {
    id: 'powers',
    target: 'powers',
    when: (c) => c.g.powersLog.length > 0,
    title: () => 'The powers have moved',
    text: () =>
      'When all five states have taken their turns, China, then Russia, then the EU place influence by fixed rules; China places more as its lead over Russia grows. ' +
      'The powers replay shows each placement and its reason.',
  },
  {
    id: 'tension',
    target: 'tension',
    when: (c) => c.g.round > 1 || c.g.tracks.tension >= 4,
    title: (c) => `Tension: ${c.g.tracks.tension} of ${LIMITS.tensionMax}`,
    text: () =>
      `Chinese bases, China overtaking Russia on military and some events raise the rivalry; mediation in the SCO lowers it. ` +
      `At ${LIMITS.tensionMax} the match ends at once in a crisis: every state loses ${-CRISIS.everyState} points, and whoever raised tension most ` +
      `(the blame on each card) loses ${-CRISIS.mostBlamed} more.`,
  },
  {
    id: 'upkeep',
    target: 'state',
    when: (c) => c.g.round > 1,
    title: () => 'Between years: upkeep',
    text: () =>
      `Each year ends with upkeep: economy grows by ${UPKEEP.growth}, security falls where no power keeps ${UPKEEP.garrison} or more military, ` +
      'and resentment of Chinese money or poverty costs stability. A state whose stability reaches 0 falls into unrest and has one action the next year.',
  },
  {
    id: 'brink',
    target: 'tension',
    when: (c) => c.g.tracks.tension >= UPKEEP.tenseAt,
    title: (c) => `On the brink: tension ${c.g.tracks.tension}`,
    text: (c) =>
      `From ${UPKEEP.tenseAt}, every state loses 1 security at each upkeep, and ${LIMITS.tensionMax - c.g.tracks.tension} more ends the match for everyone. ` +
      'Mediation in the SCO lowers it by 1, usually once a year for the whole region: the first member to mediate takes it.',
  },
  {
    id: 'last-year',
    target: 'agenda',
    when: (c) => c.g.round === c.g.rounds && c.g.rounds > 1,
    title: (c) => `The last year: ${YEAR_OF_ROUND(c.g.round)}`,
    text: () => 'The match is scored after this year’s upkeep. Check that your agenda holds and that no power dominates your boards.',
  },
];

export const GUIDE_TIP_IDS: readonly string[] = TIPS.map((t) => t.id);

const NONE_READ: readonly string[] = [];

/** The tips read by a reader: this browser's player (null), or the person of a seat when several share it. */
export const readBy = (s: GuideSettings, seat: string | null): readonly string[] => (seat === null ? s.read : s.bySeat?.[seat] ?? NONE_READ);

/** The settings with one more tip read by that reader. */
export function withRead(s: GuideSettings, seat: string | null, id: string): GuideSettings {
  if (seat === null) return { ...s, read: [...s.read, id] };
  return { ...s, bySeat: { ...s.bySeat, [seat]: [...readBy(s, seat), id] } };
}

/** The tip to show now: the first unread one whose moment has come, or null. */
export function nextTip(c: GuideContext, read: ReadonlySet<string>): GuideTip | null {
  if (c.g.gameover) return null;
  for (const t of TIPS) {
    if (read.has(t.id) || !t.when(c)) continue;
    return { id: t.id, title: t.title(c), text: t.text(c), target: t.target };
  }
  return null;
}

// ---- the player's settings, kept in this browser ----

export interface GuideSettings {
  on: boolean;
  /** The tips read by this browser's player. */
  read: string[];
  /** With several people passing the device (solo), the tips each seat's person has read. */
  bySeat?: Record<string, string[]>;
}

const KEY = 'mdchess.guide';
export const GUIDE_DEFAULT: GuideSettings = { on: true, read: [] };

const knownTips = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((id): id is string => typeof id === 'string' && GUIDE_TIP_IDS.includes(id)) : []);

/** The stored settings, or the default (on, nothing read) when missing, garbled or unreadable. */
export function loadGuide(): GuideSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<GuideSettings> | null;
    if (!raw || typeof raw !== 'object' || typeof raw.on !== 'boolean' || !Array.isArray(raw.read)) return GUIDE_DEFAULT;
    const settings: GuideSettings = { on: raw.on, read: knownTips(raw.read) };
    if (raw.bySeat && typeof raw.bySeat === 'object' && !Array.isArray(raw.bySeat)) {
      settings.bySeat = Object.fromEntries(SEATS.filter((s) => Object.hasOwn(raw.bySeat!, s)).map((s) => [s, knownTips(raw.bySeat![s])]));
    }
    return settings;
  } catch {
    return GUIDE_DEFAULT;
  }
}

export function saveGuide(s: GuideSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage full or disabled: the setting lasts as long as the page.
  }
}
