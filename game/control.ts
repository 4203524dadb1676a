// Seminar control (issue 6): what a facilitator may do to a running match, as pure functions on G.
// The server calls these in the match's queue and stores the result like a move; every change
// leaves a public "control" entry so players read in their log what the control team did.
import { addTension, addTrack } from './board.js';
import { LIMITS } from './config.js';
import { eraOf, endGame, endIfCrisis } from './engine.js';
import { timeoutText } from './deeds.js';
import { EVENTS } from './events.js';
import { YEAR_OF_ROUND } from './texts.js';
import type { Control, ControlEntry, G, Seat, Track } from './types.js';
export type { ControlEnding } from './types.js';


export const MAX_MESSAGE = 280;
export const MAX_CONTROL_LOG = 200;
export const TRACK_NAME: Record<Track, string> = { tension: 'Tension', asymmetry: 'Asymmetry', euEngagement: 'EU engagement' };
const TRACK_MAX: Record<Track, number> = { tension: LIMITS.tensionMax, asymmetry: LIMITS.asymmetryMax, euEngagement: LIMITS.euEngagementMax };

export const newControl = (turnSeconds: number | null = null): Control => ({
  paused: false, turnSeconds, turnEndsAt: null, turnMsLeft: null, banner: null, log: [],
});

/** The match's control record, created on first use. */
export function controlOf(g: G): Control {
  g.control ??= newControl();
  return g.control;
}

function note(g: G, kind: ControlEntry['kind'], text: string, now: number): void {
  const c = controlOf(g);
  c.log.push({ round: g.round, kind, text, at: now });
  if (c.log.length > MAX_CONTROL_LOG) c.log.splice(0, c.log.length - MAX_CONTROL_LOG);
}

/** Cleans a facilitator's text: one line of plain text, trimmed and bounded, or an error. */
export function cleanText(raw: unknown, what: string, max = MAX_MESSAGE): string | { error: string } {
  if (typeof raw !== 'string') return { error: `Give ${what}.` };
  const text = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return { error: `Give ${what}.` };
  if (text.length > max) return { error: `${what[0].toUpperCase()}${what.slice(1)} is at most ${max} characters.` };
  return text;
}

/** Pauses the match: nobody may act and the turn timer stops. Returns an error sentence or null. */
export function pauseMatch(g: G, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  const c = controlOf(g);
  if (c.paused) return 'The match is already paused.';
  c.paused = true;
  c.turnMsLeft = c.turnEndsAt === null ? null : Math.max(0, c.turnEndsAt - now);
  c.turnEndsAt = null;
  note(g, 'pause', 'The facilitator paused the match.', now);
  return null;
}

/** Resumes a paused match; the turn timer goes on with the time it had left. */
export function resumeMatch(g: G, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  const c = controlOf(g);
  if (!c.paused) return 'The match is not paused.';
  c.paused = false;
  c.turnEndsAt = c.turnMsLeft === null ? null : now + c.turnMsLeft;
  c.turnMsLeft = null;
  note(g, 'resume', 'The facilitator resumed the match.', now);
  return null;
}

/** Sets the timer of the turn that starts now (no-op without a timer, while paused or at the end). */
export function startTurnTimer(g: G, now: number): void {
  const c = g.control;
  if (!c || c.turnSeconds === null) return;
  if (g.gameover) { c.turnEndsAt = null; c.turnMsLeft = null; return; }
  if (c.paused) { c.turnMsLeft = c.turnSeconds * 1000; c.turnEndsAt = null; return; }
  c.turnEndsAt = now + c.turnSeconds * 1000;
}

/** Has the active seat's time run out. */
export const turnExpired = (g: G, now: number): boolean =>
  !g.gameover && !!g.control && !g.control.paused && g.control.turnEndsAt !== null && now >= g.control.turnEndsAt;

/** Records that the timer ran out for the active seat (before its actions are passed or played). */
export function noteTimeout(g: G, now: number, how: 'pass' | 'bot'): void {
  // Named at the source (the console's list shows it as written); game/deeds.ts timeoutText names
  // the notes of matches stored before.
  const plain = how === 'pass' ? 'Time ran out: the rest of the turn was passed.' : 'Time ran out: a bot played the rest of the turn.';
  note(g, 'timeout', timeoutText(plain, g.activeSeat), now);
}

/** The cards the facilitator may set as the next event: those still in the era deck of the next round. */
export function injectableEvents(g: G): string[] {
  if (g.gameover || g.round >= g.rounds) return [];
  return [...g.deck[eraOf(g, g.round + 1)]];
}

/** Puts a card of the deck on top: the next round opens with it. */
export function injectEvent(g: G, eventId: unknown, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  if (g.round >= g.rounds) return 'This is the last round: no event is left to draw.';
  if (typeof eventId !== 'string' || !Object.prototype.hasOwnProperty.call(EVENTS, eventId)) return 'No such event card.';
  const deck = g.deck[eraOf(g, g.round + 1)];
  const at = deck.indexOf(eventId);
  if (at < 0) return `${EVENTS[eventId].title} is not in the deck the next round draws from.`;
  deck.splice(at, 1);
  deck.unshift(eventId);
  note(g, 'event', 'The control team has chosen the event of the next round.', now);
  return null;
}

/** Moves a track by ±1 with the facilitator's reason; tension at its maximum ends the match in crisis. */
export function adjustTrack(g: G, track: unknown, delta: unknown, reason: unknown, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  if (track !== 'tension' && track !== 'asymmetry' && track !== 'euEngagement') return 'Choose tension, asymmetry or euEngagement.';
  if (delta !== 1 && delta !== -1) return 'A track moves by +1 or −1.';
  const why = cleanText(reason, 'a reason the players will read');
  if (typeof why !== 'string') return why.error;
  const before = g.tracks[track];
  if (before + delta < 0 || before + delta > TRACK_MAX[track]) return `${TRACK_NAME[track]} is already at ${before}.`;
  if (track === 'tension') addTension(g, delta, 'control', why);
  else addTrack(g, track, delta);
  endIfCrisis(g);
  const crisis = g.gameover ? ' — the match ends in crisis.' : '';
  note(g, 'track', `${TRACK_NAME[track]} ${delta > 0 ? '+1' : '−1'} (now ${g.tracks[track]}): ${why}${crisis}`, now);
  return null;
}

/** Would this change of a track end the match in crisis (rules §10: tension at its maximum)? The console asks first. */
export const endsInCrisis = (tension: number, track: Track, delta: number): boolean =>
  track === 'tension' && tension + delta >= TRACK_MAX.tension;

/**
 * rules §11 (the facilitator sets the round count): the round being played becomes the last. The
 * match then ends as usual after its powers phase and upkeep, scored in full.
 */
export function endAfterRound(g: G, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  if (g.round >= g.rounds) return `Round ${g.round} is already the last: the match ends after it.`;
  g.rounds = g.round;
  controlOf(g).ending = { how: 'after-round', round: g.round, at: now };
  note(g, 'end', 'The control team ends the match after this round.', now);
  return null;
}

/** Ends the match at once, scored as it stands (rules §10, no crisis): nobody acts any more. */
export function endMatchNow(g: G, now: number): string | null {
  if (g.gameover) return 'The match is over.';
  const c = controlOf(g);
  c.ending = { how: 'now', round: g.round, at: now };
  c.paused = false;
  c.turnEndsAt = null;
  c.turnMsLeft = null;
  note(g, 'end', 'The control team ended the match: scores as they stood.', now);
  endGame(g, false);
  return null;
}

/**
 * How the control team ended a finished match, in one sentence for the end screen and the debrief,
 * or null when the match ended by itself: made a round the last, stopped it, or caused the crisis.
 */
export function controlEndText(g: G): string | null {
  const over = g.gameover;
  if (!over) return null;
  if (over.crisis) {
    const last = g.tensionLog.at(-1);
    if (last?.cause !== 'control' || last.delta <= 0) return null;
    return `The control team's change pushed tension to ${g.tracks.tension}${last.reason ? ` (“${last.reason}”)` : ''} and ended the match in crisis.`;
  }
  const e = g.control?.ending;
  if (e?.how === 'now') return `The control team ended the match during round ${e.round} (${YEAR_OF_ROUND(e.round)}): scores as they stood, no crisis.`;
  if (e?.how === 'after-round') return `The control team ended the match after round ${e.round} (${YEAR_OF_ROUND(e.round)}).`;
  return null;
}

/** The card the control team set to open the next round (the top of that round's deck), or null when chance draws it. */
export function queuedEvent(g: G): string | null {
  if (g.gameover || g.round >= g.rounds) return null;
  if (!g.control?.log.some((e) => e.kind === 'event' && e.round === g.round)) return null;
  return g.deck[eraOf(g, g.round + 1)][0] ?? null;
}

/** Shows a message of the facilitator to the players as a banner (and in the log). */
export function broadcastMessage(g: G, raw: unknown, now: number): string | null {
  const text = cleanText(raw, 'a message');
  if (typeof text !== 'string') return text.error;
  controlOf(g).banner = { text, at: now };
  note(g, 'message', text, now);
  return null;
}

/** A bot of `level` takes over a students' seat, or (level null) hands it back; players read it in the log. */
export function setSeatBot(g: G, seat: Seat, level: string | null, text: string, now: number): void {
  const c = controlOf(g);
  const held = { ...(c.botSeats ?? {}) };
  if (level === null) delete held[seat];
  else held[seat] = level;
  c.botSeats = held;
  note(g, 'seat', text, now);
}
