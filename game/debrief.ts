// The debrief of a seminar class (issue 6): each match's series, records and timeline, the same
// state compared across matches, discussion prompts computed from what happened, and the CSV export.
// Pure functions of the stored MatchRecords, shared by the debrief page (client) and the export (server).
// Prompts are written fresh from the seed paper's themes; nothing is quoted.
import { TENSION_REASON } from './actions.js';
import { causeSeat, isBalanced, leader, publicSovereignty } from './board.js';
import { controlEndText } from './control.js';
import { actionFromMove } from './index.js';
import { STATE_NAME } from './names.js';
import type { MatchRecord } from './seminar.js';
import { rankStates } from './score.js';
import { SCENARIOS } from './setup.js';
import { AGENDA_TEXT, YEAR_OF_ROUND, eventTitle, own, tensionCauseText } from './texts.js';
import { actionLine, deedOf, deedText, type Deed } from './deeds.js';
import { isStudentMove, moveMakers, placeControl, standInSentence, tagged, type SeatPlay, type StandIn } from './attribution.js';
import type { Action, ActionType, Board, G, Power, RoundRecord, Seat, StateId, TensionEntry } from './types.js';
import { BOARDS, POWERS, STATE_IDS, isSeat, seatOf } from './types.js';

type PerState<T> = Record<StateId, T>;
type Tracks = { tension: number; asymmetry: number; euEngagement: number };

export interface MatchDebrief {
  index: number; label: string;
  /** Round numbers with a record (finished rounds, and the round a crisis cut short). */
  rounds: number[];
  /** Calendar year of each round, as the match screen shows it (rules §1: round 1 is 2019). */
  years: number[];
  tension: number[]; asymmetry: number[]; euEngagement: number[];
  sovereignty: PerState<number[]>; economy: PerState<number[]>; security: PerState<number[]>; stability: PerState<number[]>;
  /** Influence at the end (or now), per board, per state, per power, with the leader (null on ties/none). */
  finalInfluence: Record<Board, PerState<{ RU: number; CN: number; EU: number; leader: Power | null }>>;
  /**
   * Every change of tension (rules §5); `reason` is the engine's code, e.g. 'host-base-CN' (added).
   * A seat's change made by a bot standing in for its students says so in `text`.
   */
  tensionRecord: { round: number; delta: number; cause: string; seat: Seat | null; text: string; reason?: string }[];
  blame: PerState<number>;
  /** Agendas are shown once the match is over (null before: they are secret while it runs). */
  agendas: { state: StateId; player: string; agenda: string | null; title: string | null; met: boolean | null }[];
  /**
   * Events, control entries and actions in the order they happened (see placeControl). An action a
   * bot or the timer made for a students' seat ends with a tag: "(medium bot, for Dilnoza)".
   */
  timeline: { round: number; kind: 'event' | 'control' | 'action' | 'end'; seat: Seat | null; text: string }[];
  /** How often each state took each kind of action (a free action counts as useToken). */
  choices: PerState<Partial<Record<ActionType, number>>>;
  outcome: {
    over: boolean; crisis: boolean; winners: StateId[]; scores: Partial<Record<StateId, number>>;
    /** First to last by rules §10 (final scores, or sovereignty now while the match runs). */
    places: StateId[];
    /** How the control team ended it (made a round the last, stopped it, caused the crisis), or null. */
    controlEnd: string | null;
  };
  // ---- added beyond the agreed shape ----
  matchID: string;
  scenario: string;
  /** Rounds the match was set to last, and the round it is in (or ended in). */
  roundsPlanned: number;
  roundNow: number;
  /** Tracks before round 1's event (scenario, with the class's overrides). */
  start: Tracks;
  /** Tracks and public sovereignty now (at the end of a finished match). */
  current: Tracks & { sovereignty: PerState<number> };
  /** Balanced boards of each state now (0–4). */
  balancedBoards: PerState<number>;
  /** Each state's actions by what they did, most frequent first, e.g. "court China on economics" ×3. */
  deeds: PerState<{ deed: Deed; text: string; count: number }[]>;
  /** The same, counting only the moves students made (not bots, not a timer's pass). */
  studentDeeds: PerState<{ deed: Deed; text: string; count: number }[]>;
  /** How each state was played: by students (and when a bot stood in for them) or by a bot seat. */
  playedBy: PerState<SeatPlay>;
}


const perState = <T>(f: (id: StateId) => T): PerState<T> =>
  Object.fromEntries(STATE_IDS.map((id) => [id, f(id)])) as PerState<T>;
const matchName = (d: { label: string; index: number }): string => d.label.trim() || `Match ${d.index + 1}`;

/** The action of a stored move: the recorded one, else rebuilt from the move's name and arguments. */
function actionOfMove(mv: MatchRecord['moves'][number]): Action | null {
  if (mv.action) return mv.action;
  const types: readonly string[] = ['court', 'resist', 'join', 'leave', 'hostBase', 'closeBase', 'mediate', 'pass', 'useToken'];
  return types.includes(mv.move) && Array.isArray(mv.args) ? actionFromMove(mv.move as ActionType, mv.args) : null;
}

/** The tracks before round 1: the scenario's, with the tracks the match was created with. */
function startTracks(m: MatchRecord): Tracks {
  const base = (own(SCENARIOS, m.G.scenario) ?? SCENARIOS['baseline-2019']).tracks;
  const set = (m.setupData as { tracks?: Partial<Record<keyof Tracks, unknown>> } | null)?.tracks;
  const pick = (k: keyof Tracks): number => (typeof set?.[k] === 'number' ? (set[k] as number) : base[k]);
  return { tension: pick('tension'), asymmetry: pick('asymmetry'), euEngagement: pick('euEngagement') };
}

function endLine(g: G): string | null {
  const over = g.gameover;
  if (!over) return null;
  const total = (id: StateId): number => own(over.scores, seatOf(id))?.total ?? 0;
  const ranked = rankStates(g, total).map((id) => ({ id, total: total(id) }));
  const winners = over.winners.filter(isSeat).map((s) => STATE_NAME[STATE_IDS[Number(s)]]);
  const scores = ranked.map((r) => `${STATE_NAME[r.id]} ${r.total}`).join(', ');
  const head = over.crisis
    ? `Crisis in ${YEAR_OF_ROUND(g.round)}: tension reached ${g.tracks.tension} and the match ended at once in round ${g.round}.`
    : `The match ended after round ${g.round} (${YEAR_OF_ROUND(g.round)}).`;
  // An ending by the control team says so instead (or, for a crisis it caused, as well).
  const control = controlEndText(g);
  const told = control ? (over.crisis ? `${head} ${control}` : control) : head;
  return `${told} ${winners.join(' and ')} won. Scores: ${scores}.`;
}

const byFrequency = (m: Map<string, { deed: Deed; text: string; count: number }>) =>
  [...m.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));

/** Everything the debrief shows of one match, finished or still running (what happened so far). */
export function debriefMatch(m: MatchRecord): MatchDebrief {
  const g = m.G;
  const hist: RoundRecord[] = [...g.history].sort((a, b) => a.round - b.round);
  const series = (k: 'sovereignty' | 'economy' | 'security' | 'stability') => perState((id) => hist.map((h) => h[k][id]));
  const seatName = (id: StateId): string => m.players?.[seatOf(id)] ?? '';

  const finalInfluence = Object.fromEntries(BOARDS.map((b) => [b, perState((id) => {
    const c = g.states[id].influence[b];
    return { RU: c.RU, CN: c.CN, EU: c.EU, leader: leader(g, id, b) };
  })])) as MatchDebrief['finalInfluence'];

  const over = g.gameover;
  const agendas = STATE_IDS.map((id) => {
    const agenda = over ? own(over.agendas, seatOf(id)) ?? g.states[id].agenda : null;
    return {
      state: id, player: seatName(id), agenda,
      title: own(AGENDA_TEXT, agenda)?.title ?? null,
      met: over && agenda ? own(over.agendasMet, seatOf(id)) ?? null : null,
    };
  });

  const choices = perState((): Partial<Record<ActionType, number>> => ({}));
  const deedCount = perState(() => new Map<string, { deed: Deed; text: string; count: number }>());
  const studentCount = perState(() => new Map<string, { deed: Deed; text: string; count: number }>());
  const tally = (into: Map<string, { deed: Deed; text: string; count: number }>, deed: Deed, text: string) => {
    const seen = into.get(text) ?? { deed, text, count: 0 };
    seen.count += 1;
    into.set(text, seen);
  };
  const { standIns, seats: playedBy } = moveMakers(m);
  // Each round: its event, then its actions and control entries by their place among the moves
  // (a control entry after n moves comes before move n; see placeControl for what is exact).
  const steps: { at: number; line: MatchDebrief['timeline'][number] }[] = [];
  const madeBy: { round: number; seat: Seat; deed: Deed; standIn: StandIn | null }[] = [];
  [...m.moves].sort((a, b) => a.index - b.index).forEach((mv, i) => {
    const action = actionOfMove(mv);
    if (!action || !isSeat(mv.seat)) return;
    const id = STATE_IDS[Number(mv.seat)];
    choices[id][action.type] = (choices[id][action.type] ?? 0) + 1;
    const deed = deedOf(action);
    const text = deedText(deed);
    tally(deedCount[id], deed, text);
    if (isStudentMove(mv.by)) tally(studentCount[id], deed, text);
    madeBy.push({ round: mv.round, seat: mv.seat, deed, standIn: standIns[i] });
    steps.push({ at: i + 0.5, line: { round: mv.round, kind: 'action', seat: mv.seat, text: tagged(actionLine(action, mv.seat), standIns[i]) } });
  });
  for (const c of placeControl(m)) {
    const text = c.entry.kind === 'message' ? `Message from the control team: “${c.text}”` : c.entry.kind === 'track' ? `Control: ${c.text}` : c.text;
    steps.push({ at: c.afterMove, line: { round: c.entry.round, kind: 'control', seat: null, text } });
  }
  steps.sort((a, b) => a.at - b.at); // stable: control entries at the same place keep their order
  const timeline: MatchDebrief['timeline'] = [];
  const lastRound = Math.max(g.round, ...steps.map((x) => x.line.round));
  for (let r = 1; r <= lastRound; r++) {
    const rec = hist.find((h) => h.round === r);
    const ev = rec ? rec.event : g.eventsDrawn[r - 1] ?? null;
    if (ev) timeline.push({ round: r, kind: 'event', seat: null, text: `Event: ${eventTitle(ev)}.` });
    timeline.push(...steps.filter((x) => x.line.round === r).map((x) => x.line));
  }
  const end = endLine(g);
  if (end) timeline.push({ round: g.round, kind: 'end', seat: null, text: end });

  const scores: Partial<Record<StateId, number>> = {};
  if (over) for (const id of STATE_IDS) { const s = own(over.scores, seatOf(id)); if (s) scores[id] = s.total; }

  return {
    index: m.index, label: m.label,
    rounds: hist.map((h) => h.round),
    years: hist.map((h) => YEAR_OF_ROUND(h.round)),
    tension: hist.map((h) => h.tension), asymmetry: hist.map((h) => h.asymmetry), euEngagement: hist.map((h) => h.euEngagement),
    sovereignty: series('sovereignty'), economy: series('economy'), security: series('security'), stability: series('stability'),
    finalInfluence,
    tensionRecord: tensionRecord(g.tensionLog, madeBy),
    blame: perState((id) => g.states[id].blame),
    agendas, timeline, choices,
    outcome: {
      over: !!over, crisis: !!over?.crisis,
      winners: (over?.winners ?? []).filter(isSeat).map((s) => STATE_IDS[Number(s)]), scores,
      places: rankStates(g, (id) => scores[id] ?? publicSovereignty(g, id)),
      controlEnd: controlEndText(g),
    },
    matchID: m.matchID, scenario: g.scenario, roundsPlanned: g.rounds, roundNow: g.round,
    start: startTracks(m),
    current: { ...g.tracks, sovereignty: perState((id) => publicSovereignty(g, id)) },
    balancedBoards: perState((id) => BOARDS.filter((b) => isBalanced(g, id, b)).length),
    deeds: perState((id) => byFrequency(deedCount[id])),
    studentDeeds: perState((id) => byFrequency(studentCount[id])),
    playedBy,
  };
}

/** Whether a deed is the one a seat's tension entry records (its reason: 'host-base-CN', 'mediate', 'court-CN-military'). */
function deedRaised(reason: string | undefined, d: Deed): boolean {
  if (reason === TENSION_REASON.hostBaseCN) return d.verb === 'hostBase' && d.power === 'CN';
  if (reason === TENSION_REASON.mediate) return d.verb === 'mediate';
  return d.verb === 'court' && !!d.power && !!d.board && reason === TENSION_REASON.court(d.power, d.board);
}

/**
 * The tension record in sentences. A seat's entry is matched to the move that made it (the seat's
 * first unmatched move of that round doing what the entry's reason says); when a bot or the timer
 * made that move for the seat's students, the sentence says so.
 */
function tensionRecord(log: TensionEntry[], moves: { round: number; seat: Seat; deed: Deed; standIn: StandIn | null }[]): MatchDebrief['tensionRecord'] {
  const matched = new Set<number>();
  return log.map((t) => {
    const seat = causeSeat(t.cause);
    let text = tensionCauseText(t);
    if (seat !== null) {
      const i = moves.findIndex((x, k) => !matched.has(k) && x.round === t.round && x.seat === seat && deedRaised(t.reason, x.deed));
      if (i >= 0) matched.add(i);
      const s = i >= 0 ? moves[i].standIn : null;
      if (s) text = `${text} ${standInSentence(s, seat)}`;
    }
    return { round: t.round, delta: t.delta, cause: t.cause, seat, text, ...(t.reason ? { reason: t.reason } : {}) };
  });
}

// ---------------------------------------------------------------- class comparison

export interface StateComparisonRow {
  label: string; player: string; sovereignty: number; score: number | null;
  agendaTitle: string | null; agendaMet: boolean | null;
  /** What the state chose most: the students' own moves where students held the seat. */
  topChoices: string;
  /** When bots played part of a students' match: "a medium bot played from 2021", else null. */
  botNote: string | null;
  influence: { RU: number; CN: number; EU: number };
}

const yearsText = (rounds: number[]): string => listAnd(rounds.map((r) => String(YEAR_OF_ROUND(r))));

/** "a medium bot played from 2021; time ran out in 2020" for a students' seat a bot or the timer played in part. */
function botNote(p: SeatPlay): string | null {
  const parts: string[] = [];
  const bot = p.botLevels.length === 1 ? `a ${p.botLevels[0]} bot` : 'a bot';
  if (p.botRounds.length) parts.push(p.botAtEnd ? `${bot} played from ${YEAR_OF_ROUND(p.botRounds[0])}` : `${bot} played in ${yearsText(p.botRounds)}`);
  if (p.timeoutRounds.length) parts.push(`time ran out in ${yearsText(p.timeoutRounds)}`);
  return parts.length ? parts.join('; ') : null;
}

const choicesText = (xs: { text: string; count: number }[]): string => xs.slice(0, 3).map((x) => `${x.text} ×${x.count}`).join('; ');

/** The same state side by side across the matches: one row per match, in the order given. */
export function compareStates(ms: MatchDebrief[]): PerState<StateComparisonRow[]> {
  return perState((id) => ms.map((d) => {
    const agenda = d.agendas.find((a) => a.state === id);
    const played = d.playedBy[id];
    const influence = { RU: 0, CN: 0, EU: 0 };
    for (const b of BOARDS) for (const p of POWERS) influence[p] += d.finalInfluence[b][id][p];
    return {
      label: matchName(d), player: agenda?.player ?? '',
      sovereignty: d.current.sovereignty[id],
      score: d.outcome.scores[id] ?? null,
      agendaTitle: agenda?.title ?? null, agendaMet: agenda?.met ?? null,
      // Where students held the seat, their own choices, so the class discusses what they did, not a stand-in bot.
      topChoices: (played.students ? choicesText(d.studentDeeds[id]) || (d.deeds[id].length ? 'no moves of their own' : '') : choicesText(d.deeds[id]))
        || 'no actions yet',
      botNote: played.students ? botNote(played) : null,
      influence,
    };
  }));
}


// ---------------------------------------------------------------- discussion prompts

export type Theme = 'division-of-labour' | 'asymmetry' | 'military' | 'agency' | 'eu';
export interface Prompt { theme: Theme; title: string; question: string; evidence: string }

/** The questions, written fresh: `a` when the class saw the theme play out, `b` when it did not. */
const QUESTIONS: Record<Theme, { title: string; a: string; b: string }> = {
  'division-of-labour': {
    title: 'Who pays, who protects',
    a: 'Beijing started as the region\'s banker and Moscow as its guard. Where China ended up leading a military board, ' +
      'which moves opened the door, and did the state that opened it gain by it?',
    b: 'Beijing started as the region\'s banker and Moscow as its guard, and in your games that split held. Did the ' +
      'states keep it on purpose, or did nobody dare to test it?',
  },
  asymmetry: {
    title: 'A widening gap',
    a: 'As China\'s lead over Russia grew, Beijing\'s placements changed. When did you notice, and did the stronger ' +
      'partner\'s new reach change what you were willing to risk?',
    b: 'China\'s lead over Russia did not grow in your games. What held it back, and would the region have been calmer ' +
      'or more crowded if it had?',
  },
  military: {
    title: 'The riskiest board',
    a: 'A crisis ended at least one game. Trace the last steps before it: which were military, who took them, and ' +
      'where could someone have stopped?',
    b: 'No game ended in crisis, yet tension moved. Which rise worried you most, and why do troops and bases unsettle ' +
      'Moscow more than loans and railways?',
  },
  agency: {
    title: 'Players, not pawns',
    a: 'Your states often said no. Which refusal changed most what Moscow, Beijing or Brussels did next, and what did ' +
      'it cost the state that refused?',
    b: 'Your states mostly said yes to the powers. Was that weakness, or a way of steering them? Find a moment when a ' +
      'small state set the terms.',
  },
  eu: {
    title: 'Brussels as a third door',
    a: 'The EU became a real presence in at least one game. What did a state gain by bringing Brussels in, and what ' +
      'could it offer that neither Moscow nor Beijing could?',
    b: 'The EU stayed on the margins. What would Brussels have needed to offer for you to court it more, and is its ' +
      'habit of dealing with each capital separately a strength or a weakness?',
  },
};
const THEMES = Object.keys(QUESTIONS) as Theme[];

const listAnd = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const maxBy = <T>(xs: T[], f: (x: T) => number): T => xs.reduce((a, b) => (f(b) > f(a) ? b : a));

/** Events that change tension through the military board. */
const MILITARY_EVENTS = new Set(['pamir-outpost', 'arms-deals', 'csto-peacekeepers', 'joint-exercise']);
/** A tension change on or about the military board: Chinese bases and military help, pushback, military events. */
const isMilitary = (t: MatchDebrief['tensionRecord'][number]): boolean =>
  /military|base|pushback/.test(t.reason ?? '') || MILITARY_EVENTS.has(t.cause.replace(/^event:/, ''));

/** Highest tension a match reached, from its start and every recorded change, with the round (0: the start). */
function tensionPeak(d: MatchDebrief): { value: number; round: number } {
  let value = d.start.tension;
  let peak = { value, round: 0 };
  for (const t of d.tensionRecord) {
    value += t.delta;
    if (value > peak.value) peak = { value, round: t.round };
  }
  return peak;
}

const countDeeds = (ms: MatchDebrief[], test: (x: Deed) => boolean, which: 'deeds' | 'studentDeeds' = 'deeds'): number =>
  sum(ms.flatMap((d) => STATE_IDS.flatMap((id) => d[which][id].filter((x) => test(x.deed)).map((x) => x.count))));
const countStates = (ms: MatchDebrief[], test: (d: MatchDebrief, id: StateId) => boolean): number =>
  sum(ms.map((d) => STATE_IDS.filter((id) => test(d, id)).length));
const leads = (d: MatchDebrief, board: Board, id: StateId, p: Power): boolean => d.finalInfluence[board][id].leader === p;

type Evidence = { a: boolean; evidence: string };

function divisionOfLabour(ms: MatchDebrief[], when: string, n: number): Evidence {
  const cnEcon = countStates(ms, (d, id) => leads(d, 'economics', id, 'CN'));
  const ruMil = countStates(ms, (d, id) => leads(d, 'military', id, 'RU'));
  const cnMil = countStates(ms, (d, id) => leads(d, 'military', id, 'CN'));
  const held = countStates(ms, (d, id) => leads(d, 'economics', id, 'CN') && leads(d, 'military', id, 'RU'));
  return {
    a: cnMil > 0,
    evidence: `${when} China led the economics board in ${cnEcon} of ${n} states while Russia kept the military board ` +
      `in ${ruMil}; the split held on both boards in ${held}, and China led the military board in ${cnMil}.`,
  };
}

function asymmetry(ms: MatchDebrief[]): Evidence {
  const moves = ms.map((d) => {
    const [a, b, name] = [d.start.asymmetry, d.current.asymmetry, matchName(d)];
    return b > a ? `rose from ${a} to ${b} in ${name}` : b < a ? `fell from ${a} to ${b} in ${name}` : `stayed at ${a} in ${name}`;
  });
  const hedge = eventTitle('junior-partner');
  const hedged = ms.filter((d) => d.timeline.some((t) => t.kind === 'event' && t.text.includes(hedge))).map(matchName);
  return {
    a: ms.some((d) => d.current.asymmetry > d.start.asymmetry),
    evidence: `Asymmetry ${listAnd(moves)}.` + (hedged.length ? ` “${hedge}” came up in ${listAnd(hedged)}.` : ''),
  };
}

function military(ms: MatchDebrief[]): Evidence {
  const top = maxBy(ms.map((d) => ({ d, ...tensionPeak(d) })), (p) => p.value);
  const crises = ms.filter((d) => d.outcome.crisis).map(matchName);
  const ups = ms.flatMap((d) => d.tensionRecord).filter((t) => t.delta > 0);
  const total = sum(ups.map((t) => t.delta));
  const mil = sum(ups.filter(isMilitary).map((t) => t.delta));
  const peak = top.round > 0
    ? `Tension peaked at ${top.value} in ${matchName(top.d)} (round ${top.round})`
    : `Tension never went above ${top.value}, where ${matchName(top.d)} began`;
  return {
    a: crises.length > 0,
    evidence: `${peak}; ${crises.length ? `${listAnd(crises)} ended in crisis` : 'no match ended in crisis'}. ` +
      (total ? `${mil} of the ${total} points by which tension rose came from the military board or military events.` : ''),
  };
}

function agency(ms: MatchDebrief[], when: string, n: number): Evidence {
  const court = countDeeds(ms, (x) => x.verb === 'court');
  const resist = countDeeds(ms, (x) => x.verb === 'resist');
  const mediate = countDeeds(ms, (x) => x.verb === 'mediate');
  const left = countDeeds(ms, (x) => x.verb === 'leave' || x.verb === 'closeBase');
  const balanced = countStates(ms, (d, id) => d.balancedBoards[id] === BOARDS.length);
  // Where bots filled seats, what the students themselves did, so the class does not debate the bots' habits.
  const all = countDeeds(ms, () => true);
  const mine = countDeeds(ms, () => true, 'studentDeeds');
  const students = mine > 0 && mine < all
    ? ` Of these, the students courted ${times(countDeeds(ms, (x) => x.verb === 'court', 'studentDeeds'))} and pushed back ` +
      `${times(countDeeds(ms, (x) => x.verb === 'resist', 'studentDeeds'))}; bots made the other ${all - mine} of the ${all} moves.`
    : '';
  return {
    a: resist + left > court / 2,
    evidence: `The states courted a power ${times(court)} and pushed one back ${times(resist)}; they mediated ` +
      `${times(mediate)} and left an institution or closed a base ${times(left)}.${students} ${when} ${balanced} of ${n} states ` +
      'had all four boards balanced.',
  };
}

function eu(ms: MatchDebrief[], when: string, n: number): Evidence {
  const highs = ms.map((d) => {
    const max = Math.max(d.start.euEngagement, d.current.euEngagement, ...d.euEngagement);
    const at = d.euEngagement.indexOf(max);
    return { d, max, rose: max > d.start.euEngagement, round: at >= 0 ? d.rounds[at] : d.roundNow };
  });
  const top = maxBy(highs, (h) => h.max + (h.rose ? 0.5 : 0));
  const led = sum(BOARDS.map((b) => countStates(ms, (d, id) => leads(d, b, id, 'EU'))));
  const courted = countDeeds(ms, (x) => x.verb === 'court' && x.power === 'EU');
  const level = top.rose
    ? `EU engagement reached ${top.max} in ${matchName(top.d)} (round ${top.round})`
    : `EU engagement never rose above ${top.max}`;
  return {
    a: top.max >= 3,
    evidence: `${level}; the states courted the EU ${times(courted)}, and ${when.toLowerCase()} it led ` +
      `${led} of ${n * BOARDS.length} state boards.`,
  };
}

/** Five prompts, one per theme of the paper, each with evidence from what happened in these matches. */
export function discussionPrompts(ms: MatchDebrief[]): Prompt[] {
  const when = ms.every((d) => d.outcome.over) ? 'At the end' : 'At the latest count';
  const n = ms.length * STATE_IDS.length;
  const found: Record<Theme, () => Evidence> = {
    'division-of-labour': () => divisionOfLabour(ms, when, n),
    asymmetry: () => asymmetry(ms),
    military: () => military(ms),
    agency: () => agency(ms, when, n),
    eu: () => eu(ms, when, n),
  };
  return THEMES.map((theme) => {
    const q = QUESTIONS[theme];
    const e = ms.length ? found[theme]() : { a: false, evidence: 'No match has been played yet.' };
    return { theme, title: q.title, question: e.a ? q.a : q.b, evidence: e.evidence.trim() };
  });
}

