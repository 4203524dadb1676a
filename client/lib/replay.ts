// The replay screen's words and data: where a replay's record comes from (the server for an online
// match, this browser's storage for the solo match), who sat where, the steps where rounds begin,
// and the story of a step — the action, the facilitator's changes, tension, the powers phase, the
// next event, the end — with the figures it moved, grouped by state.
import type { LogEntry, State } from 'boardgame.io';
import { actionLine } from '../../game/deeds';
import { STATE_NAME } from '../../game/names';
import { changeOwner, figureChanges, type FigureChange, type ReplayMove, type ReplayRecord, type ReplaySource, type ReplayStep } from '../../game/replay';
import { isSeatKind } from '../../game/setup';
import { YEAR_OF_ROUND, eventTitle, powerReasonText, tensionCauseText } from '../../game/texts';
import type { G, Power, Seat, StateId } from '../../game/types';
import { SEATS, STATE_IDS, isSeat, stateOf } from '../../game/types';
import { moveOfEntry } from './logMoves';
import { rosterSolo, type Roster } from './roster';
import { soloLocalSeats, type SoloConfig } from './solo';

/** The solo match's record from this browser's storage (boardgame.io's Local keeps its initial state and log). */
export function soloReplaySource(config: SoloConfig, storage: Pick<Storage, 'getItem'> = localStorage): ReplaySource | null {
  try {
    const read = <T>(map: string): T | undefined => {
      const entries = JSON.parse(storage.getItem(`${config.storageKey}_${map}`) ?? '[]') as [string, T][];
      return Array.isArray(entries) ? entries.find((e) => Array.isArray(e) && e[0] === config.matchID)?.[1] : undefined;
    };
    const initial = read<State<G>>('initial');
    const log = read<LogEntry[]>('log');
    if (!initial?.G || !Array.isArray(log)) return null;
    return { initial, moves: movesOfLog(log) };
  } catch {
    return null;
  }
}

/** The moves of a boardgame.io log, in order, as submitted. */
export function movesOfLog(log: LogEntry[]): ReplayMove[] {
  return log.map(moveOfEntry).filter((m) => m !== null).map(({ seat, move, args }) => ({ seat, move, args }));
}

/** Who sat where in an online match's replay; `mySeat` is this browser's seat in it, if any. */
export function rosterOfRecord(rec: Pick<ReplayRecord, 'players'>, mySeat: Seat | null): Roster {
  const out = {} as Roster;
  for (const seat of SEATS) {
    const p = rec.players.find((x) => x.seat === seat);
    const bot = p?.bot && isSeatKind(p.bot) && p.bot !== 'human' ? p.bot : null;
    out[seat] = {
      seat, state: stateOf(seat), stateName: STATE_NAME[stateOf(seat)],
      name: bot ? '' : p?.name ?? '', bot, isYou: seat === mySeat, connected: null,
    };
  }
  return out;
}

/** A solo replay's roster: the creator is "you" unless several people shared the device. */
export function rosterOfSolo(config: SoloConfig): Roster {
  return rosterSolo(soloLocalSeats(config).length > 1 ? null : config.mySeat, config.seats, config.names);
}

/** The first step of each round (and of the end, when the match is over), for jumping. */
export function roundStarts(steps: ReplayStep[]): { round: number; index: number; label: string }[] {
  const out: { round: number; index: number; label: string }[] = [];
  steps.forEach((s, i) => {
    if (!out.length || out[out.length - 1].round !== s.G.round) out.push({ round: s.G.round, index: i, label: `Round ${s.G.round}` });
  });
  const last = steps[steps.length - 1];
  if (last?.G.gameover) out.push({ round: last.G.round + 1, index: steps.length - 1, label: 'End' });
  return out;
}

export type StoryKind = 'control' | 'tension' | 'powers' | 'round' | 'end';
export interface StoryLine { kind: StoryKind; text: string; power?: Power; delta?: number }
export interface StepStory {
  /** What happened, in one sentence ("Kazakhstan courted China on economics."). */
  title: string;
  /** Who did it ("Aigerim", "Medium bot"), when a seat moved. */
  seat: Seat | null;
  lines: StoryLine[];
  /** The figures that moved, by owner (tracks first), each owner's list in a fixed order. */
  changes: { owner: string; state: StateId | null; items: FigureChange[] }[];
}

/** The story of step `i` of a replay. */
export function stepStory(steps: ReplayStep[], i: number): StepStory {
  const step = steps[i];
  const g = step.G;
  const lines: StoryLine[] = step.steering.map((text) => ({ kind: 'control', text }));
  if (i === 0) {
    lines.push({ kind: 'round', text: roundBegins(g) });
    return { title: 'The match is set up.', seat: null, lines, changes: [] };
  }
  const prev = steps[i - 1].G;
  for (const t of g.tensionLog.slice(prev.tensionLog.length)) lines.push({ kind: 'tension', text: tensionCauseText(t), delta: t.delta });
  // The move ended the round's last turn: the powers phase ran (a crisis during an action ends the
  // match without one).
  if (g.round > prev.round || (g.gameover && prev.turnsTaken === SEATS.length - 1 && g.turnsTaken === SEATS.length)) {
    lines.push({ kind: 'round', text: `Round ${prev.round} (${YEAR_OF_ROUND(prev.round)}) closes with the powers phase and the upkeep.` });
    for (const p of g.powersLog) lines.push({ kind: 'powers', text: powerReasonText(p), power: p.power });
  }
  if (g.round !== prev.round && !g.gameover) {
    lines.push({ kind: 'round', text: roundBegins(g) });
  }
  if (g.gameover && !prev.gameover) lines.push({ kind: 'end', text: endText(g) });
  const seat = step.seat;
  const title = step.action && seat ? actionLine(step.action, seat) : seat ? `${STATE_NAME[stateOf(seat)]} made a move the replay cannot name.` : 'A step of the match.';
  return { title, seat, lines, changes: groupChanges(figureChanges(prev, g)) };
}

const roundBegins = (g: G): string =>
  `Round ${g.round} (${YEAR_OF_ROUND(g.round)}) begins${g.event ? ` with the event “${eventTitle(g.event)}”` : ''}.`;

function endText(g: G): string {
  const over = g.gameover!;
  const winners = over.winners.filter(isSeat).map((s) => STATE_NAME[stateOf(s)]);
  const who = winners.length ? `${listWords(winners)} ${winners.length > 1 ? 'share the win' : 'wins'}` : 'Nobody wins';
  const top = Math.max(...Object.values(over.scores).map((s) => s.total));
  return `${over.crisis ? 'Tension reaches the brink: the match ends in a crisis.' : 'The last round is over.'} ${who} with ${top} points.`;
}

const listWords = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Changes by owner, tracks first, then states in seat order. */
export function groupChanges(changes: FigureChange[]): StepStory['changes'] {
  const owners: (StateId | null)[] = [null, ...STATE_IDS];
  return owners
    .map((state) => {
      const items = changes.filter((c) => c.state === state);
      return { owner: items.length ? changeOwner(items[0]) : '', state, items };
    })
    .filter((g) => g.items.length > 0);
}

/** Is this change good news for its owner? Debt, blame and tension going up are not. */
export function isGood(c: FigureChange): boolean | null {
  if (c.kind === 'influence') return null;
  const up = c.to > c.from;
  if (c.label === 'Debt' || c.label === 'Blame' || c.label === 'Tension') return !up;
  if (c.kind === 'track') return null;
  return up;
}

/** The step a replay link points at (#step=12), within the replay's bounds. */
export function stepFromHash(hash: string, count: number): number | null {
  const m = hash.match(/(?:^#|&)step=(\d{1,5})(?:&|$)/);
  if (!m) return null;
  return Math.min(Math.max(0, Number(m[1])), Math.max(0, count - 1));
}
