// What the console asks before a control that cannot be undone: ending a match (after this round,
// or now) for one match or every match, and a tension change that would end a match in crisis.
import { CRISIS, LIMITS } from '../../game/config';
import type { ConsoleMatch } from '../../game/seminar';
import { YEAR_OF_ROUND } from '../../game/texts';
import { listLabels } from './seminarStart';

/** A question of the console's confirmation dialog; the safe answer (cancel) has the focus. */
export interface Question { title: string; text: string; note: string | null; confirm: string; cancel: string }

export type EndHow = 'end-after-round' | 'end-now';

const live = (m: ConsoleMatch) => m.started && !m.gameover;
/** The matches a class-wide end applies to: running ones (and, after this round, those not already in their last round). */
export const endable = (ms: ConsoleMatch[], how: EndHow): ConsoleMatch[] =>
  ms.filter((m) => live(m) && (how === 'end-now' || m.round < m.rounds));

const where = (m: ConsoleMatch) => `round ${m.round} of ${m.rounds} (${YEAR_OF_ROUND(m.round)})`;
const AFTER = 'Every state still takes its turn, then the powers phase and upkeep; then the match ends and is scored in full, secret agendas included.';
const NOW = 'It stops at once, in the middle of the round: every state is scored as it stands, secret agendas included, with no crisis penalty.';

const NOTE = 'Players read in their log, and on their end screen, that the control team ended the match. It cannot be undone.';

/** Asked before ending one match. */
export function endQuestion(how: EndHow, m: ConsoleMatch): Question {
  const after = how === 'end-after-round';
  return {
    title: after ? `End ${m.label} after this round?` : `End ${m.label} now?`,
    text: `${m.label} is in ${where(m)}. ${after ? AFTER : NOW}`,
    note: NOTE, confirm: after ? 'End after this round' : 'End now', cancel: 'Keep playing',
  };
}

/** Asked before ending every running match (those it applies to; the others are named). */
export function endAllQuestion(how: EndHow, matches: ConsoleMatch[]): Question {
  const after = how === 'end-after-round';
  const targets = endable(matches, how);
  const rest = matches.filter((x) => !targets.includes(x));
  const left = rest.length ? ` ${listLabels(rest.map((x) => x.label))} ${rest.length === 1 ? 'is' : 'are'} left as ${rest.length === 1 ? 'it is' : 'they are'} (not started, over${after ? ', or already in the last round' : ''}).` : '';
  return {
    title: after ? 'End every match after this round?' : 'End every match now?',
    text: `${listLabels(targets.map((x) => x.label))}: ${after ? AFTER.replace('then the match ends', 'then each match ends') : NOW.replace('It stops', 'Each stops')}${left}`,
    note: NOTE, confirm: after ? 'End all after this round' : 'End all now', cancel: 'Keep playing',
  };
}

/** Asked before a tension change that reaches the crisis (rules §10). */
export function crisisQuestion(m: ConsoleMatch, reason: string): Question {
  return {
    title: `End ${m.label} in crisis?`,
    text: `Tension is at ${m.tracks.tension}. Raising it to ${LIMITS.tensionMax} ends ${m.label} in crisis now: every state loses ${-CRISIS.everyState} points, and the most blamed state ${-CRISIS.mostBlamed} more.`,
    note: `Players read your reason (“${reason}”) and, on their end screen, that the control team's change caused the crisis. It cannot be undone.`,
    confirm: `Raise tension to ${LIMITS.tensionMax}`, cancel: `Keep tension at ${m.tracks.tension}`,
  };
}
