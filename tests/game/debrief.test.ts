// The seminar debrief (issue 6) on real games: seeded bot games played on the engine and recorded
// move by move as the server stores them, then debriefed, compared, prompted on and exported as CSV.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leader, publicSovereignty } from '../../game/board.js';
import { BOTS, type BotFn } from '../../game/bots/index.js';
import { adjustTrack, broadcastMessage, endAfterRound, endMatchNow, newControl, noteTimeout, pauseMatch, resumeMatch, setSeatBot } from '../../game/control.js';
import { isStudentMove } from '../../game/attribution.js';
import { CSV_COLUMNS, classCsv } from '../../game/classCsv.js';
import { compareStates, debriefMatch, discussionPrompts } from '../../game/debrief.js';
import { TOKEN_OF_EVENT, actionLine, deedOf, deedText } from '../../game/deeds.js';
import { applyAction, startGame } from '../../game/engine.js';
import { EVENTS, EVENT_IDS } from '../../game/events.js';
import { moveArgs } from '../../game/index.js';
import { STATE_NAME } from '../../game/names.js';
import { seededRng } from '../../game/rng.js';
import { DEFAULT_CLASS, type ClassExport, type MatchRecord, type MoveRecord } from '../../game/seminar.js';
import type { SetupOptions } from '../../game/setup.js';
import type { G, Seat, StateId } from '../../game/types.js';
import { BOARDS, SEATS, STATE_IDS, seatOf } from '../../game/types.js';
import { playerView } from '../../game/view.js';
import { clean } from './helpers.js';

interface Play {
  bots: BotFn[];
  seed: number;
  options?: SetupOptions;
  /** Stop (unfinished) when this round begins. */
  stopAtRound?: number;
  /** Called before each move, as a facilitator would act between moves. */
  control?: (g: G, step: number) => void;
  players?: Partial<Record<Seat, string>>;
  /** Who made each seat's moves, as the server records it (a student's name, a bot level, 'timer'). */
  makers?: Partial<Record<Seat, string>>;
  index?: number;
  label?: string;
  /**
   * Record the control team's interventions as the server does (same time as the control entry, the
   * number of moves before it, the seat and level of a takeover or timeout), and a start with these
   * bot seats. Without it the record has no interventions, like a record kept before them.
   */
  interventions?: { startBots: Partial<Record<Seat, string>> };
}

/** Plays a seeded game on the engine and records it as the server stores a class match. */
function playRecorded(p: Play): MatchRecord {
  const gameRng = seededRng(p.seed);
  const botRngs = SEATS.map((s) => seededRng(`${p.seed}:${s}`));
  const g = startGame(p.options, gameRng);
  if (p.control) g.control = newControl();
  const moves: MoveRecord[] = [];
  const interventions: MatchRecord['interventions'] = p.interventions ? [{ afterMove: 0, kind: 'start', detail: { bots: p.interventions.startBots }, at: 0 }] : [];
  // The seat whose time ran out this turn, and how (the server's whoMoved: 'medium' or 'timer').
  let timedOut: { seat: Seat; round: number; how: 'bot' | 'pass' } | null = null;
  for (let step = 0; !g.gameover; step++) {
    if (p.stopAtRound && g.round >= p.stopAtRound) break;
    const logged = g.control?.log.length ?? 0;
    const held = { ...g.control?.botSeats };
    p.control?.(g, step);
    for (const e of p.interventions ? g.control?.log.slice(logged) ?? [] : []) {
      let detail: unknown = null;
      if (e.kind === 'timeout') {
        timedOut = { seat: g.activeSeat, round: g.round, how: /bot/.test(e.text) ? 'bot' : 'pass' };
        detail = { seat: timedOut.seat, how: timedOut.how };
      }
      if (e.kind === 'seat') {
        const seat = SEATS.find((s) => g.control?.botSeats?.[s] !== held[s])!;
        detail = { seat, bot: g.control?.botSeats?.[seat] ?? null };
      }
      interventions.push({ afterMove: moves.length, kind: e.kind, detail, at: e.at });
    }
    if (g.gameover) break;
    const seat = g.activeSeat;
    if (timedOut && (timedOut.seat !== seat || timedOut.round !== g.round)) timedOut = null;
    const action = timedOut?.how === 'pass' ? { type: 'pass' as const } : p.bots[Number(seat)](playerView(g, seat), seat, botRngs[Number(seat)]);
    const round = g.round;
    const r = applyAction(g, seat, action, gameRng);
    if (!r.ok) throw new Error(r.reason);
    const by = timedOut ? (timedOut.how === 'bot' ? 'medium' : 'timer') : g.control?.botSeats?.[seat] ?? p.makers?.[seat] ?? 'bot';
    moves.push({ index: moves.length, round, seat, move: action.type, args: moveArgs(action), action, by });
  }
  const players = Object.fromEntries(SEATS.map((s) => [s, p.players?.[s] ?? `Student ${s}`])) as Record<Seat, string>;
  return {
    index: p.index ?? 0, matchID: `m${p.seed}`, label: p.label ?? `Match ${(p.index ?? 0) + 1}`,
    setupData: p.options ?? {}, seed: p.seed, players, G: g, moves, interventions, chat: [],
  };
}

const five = (b: BotFn): BotFn[] => SEATS.map(() => b);

/** The first seed from `from` whose game ends as wanted (deterministic, robust to rule tuning). */
function findGame(p: Omit<Play, 'seed'>, want: (g: G) => boolean, from = 1): MatchRecord {
  for (let seed = from; seed < from + 200; seed++) {
    const m = playRecorded({ ...p, seed });
    if (want(m.G)) return m;
  }
  throw new Error('no seed gave the wanted game');
}

const calm = findGame({ bots: five(BOTS.medium) }, (g) => !g.gameover!.crisis);
const crisis = findGame({ bots: five(BOTS.random), options: { scenario: 'fraying-2024' } }, (g) => g.gameover!.crisis);
const unfinished = playRecorded({ bots: five(BOTS.easy), seed: 7, stopAtRound: 3, index: 2, label: 'Match 3' });

function exportOf(title: string, matches: MatchRecord[]): ClassExport {
  return {
    version: 1, classID: 'c1', title, options: { ...DEFAULT_CLASS, title }, createdAt: 0, exportedAt: 0,
    students: [], matches: matches.map((m, i) => ({ ...m, index: i, label: `Match ${i + 1}` })),
  };
}

// ---------------------------------------------------------------- a tiny RFC 4180 reader

/** Parses CSV; throws on a bare LF or CR outside quotes (the export must use CRLF throughout). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    cell += c; i++;
  }
  if (quoted) throw new Error('unclosed quote');
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// ---------------------------------------------------------------- one match

describe('debriefMatch: series, records and outcome', () => {
  for (const [name, m] of [['a calm game', calm], ['a crisis game', crisis], ['an unfinished game', unfinished]] as const) {
    it(`${name}: every series has one value per recorded round, equal to G.history`, () => {
      const d = debriefMatch(m);
      const h = m.G.history;
      expect(h.length).toBeGreaterThan(0);
      expect(d.rounds).toEqual(h.map((r) => r.round));
      expect(d.years).toEqual(h.map((r) => 2018 + r.round));
      expect(d.tension).toEqual(h.map((r) => r.tension));
      expect(d.asymmetry).toEqual(h.map((r) => r.asymmetry));
      expect(d.euEngagement).toEqual(h.map((r) => r.euEngagement));
      for (const id of STATE_IDS) {
        for (const k of ['sovereignty', 'economy', 'security', 'stability'] as const) expect(d[k][id]).toEqual(h.map((r) => r[k][id]));
      }
    });
  }

  it('a finished game has one record per round played; an unfinished one only its finished rounds', () => {
    expect(debriefMatch(calm).rounds).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const c = debriefMatch(crisis);
    expect(c.rounds[c.rounds.length - 1]).toBe(crisis.G.round);
    expect(debriefMatch(unfinished).rounds).toEqual([1, 2]);
  });

  it('final influence and leaders are those of the last state', () => {
    const d = debriefMatch(calm);
    for (const b of BOARDS) for (const id of STATE_IDS) {
      const c = calm.G.states[id].influence[b];
      expect(d.finalInfluence[b][id]).toEqual({ ...c, leader: leader(calm.G, id, b) });
    }
  });

  it('the tension record starts from the setup tension and adds up to the final tension; blame is the seats\' rises', () => {
    for (const m of [calm, crisis, unfinished]) {
      const d = debriefMatch(m);
      expect(d.tensionRecord).toHaveLength(m.G.tensionLog.length);
      expect(d.start.tension + d.tensionRecord.reduce((a, t) => a + t.delta, 0)).toBe(m.G.tracks.tension);
      for (const id of STATE_IDS) {
        const rises = d.tensionRecord.filter((t) => t.seat === seatOf(id) && t.delta > 0).reduce((a, t) => a + t.delta, 0);
        expect(d.blame[id]).toBe(rises);
      }
      for (const t of d.tensionRecord) expect(t.text).toMatch(/^[A-Z"].*\.$/);
    }
    expect(debriefMatch(crisis).start.tension).toBe(5); // fraying-2024
  });

  it('counts each state\'s choices from the moves', () => {
    const d = debriefMatch(calm);
    for (const id of STATE_IDS) {
      const mine = calm.moves.filter((mv) => mv.seat === seatOf(id));
      expect(Object.values(d.choices[id]).reduce((a, n) => a + (n ?? 0), 0)).toBe(mine.length);
      expect(d.choices[id].pass ?? 0).toBe(mine.filter((mv) => mv.move === 'pass').length);
      expect(d.deeds[id].reduce((a, x) => a + x.count, 0)).toBe(mine.length);
    }
  });

  it('reveals agendas and their results only once the match is over', () => {
    const d = debriefMatch(calm);
    for (const a of d.agendas) {
      expect(a.agenda).toBe(calm.G.gameover!.agendas[seatOf(a.state)]);
      expect(a.met).toBe(calm.G.gameover!.agendasMet[seatOf(a.state)]);
      expect(a.title).toBeTruthy();
      expect(a.player).toBe(`Student ${seatOf(a.state)}`);
    }
    for (const a of debriefMatch(unfinished).agendas) expect([a.agenda, a.title, a.met]).toEqual([null, null, null]);
  });

  it('the outcome names the winners and scores by state', () => {
    const d = debriefMatch(calm);
    const over = calm.G.gameover!;
    expect(d.outcome).toEqual({
      over: true, crisis: false,
      winners: over.winners.map((s) => STATE_IDS[Number(s)]),
      scores: Object.fromEntries(STATE_IDS.map((id) => [id, over.scores[seatOf(id)].total])),
      places: expect.arrayContaining([...STATE_IDS]),
      controlEnd: null,
    });
    expect(d.outcome.places).toHaveLength(5);
    expect(d.outcome.places[0]).toBe(d.outcome.winners[0]);
    const totals = d.outcome.places.map((id) => d.outcome.scores[id]!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(debriefMatch(crisis).outcome.crisis).toBe(true);
    const running = debriefMatch(unfinished);
    expect(running.outcome).toEqual({ over: false, crisis: false, winners: [], scores: {}, places: expect.arrayContaining([...STATE_IDS]), controlEnd: null });
    // While it runs, the places follow sovereignty now.
    const now = running.outcome.places.map((id) => running.current.sovereignty[id]);
    expect(now).toEqual([...now].sort((a, b) => b - a));
  });
});

describe('debriefMatch: the timeline', () => {
  it('per round: the event first, then each action in order, and the end last', () => {
    const d = debriefMatch(calm);
    const events = d.timeline.filter((t) => t.kind === 'event');
    expect(events.map((t) => t.text)).toEqual(calm.G.eventsDrawn.map((id) => `Event: ${EVENTS[id].title}.`));
    expect(d.timeline.filter((t) => t.kind === 'action')).toHaveLength(calm.moves.length);
    for (let i = 1; i < d.timeline.length; i++) expect(d.timeline[i].round).toBeGreaterThanOrEqual(d.timeline[i - 1].round);
    for (const r of d.rounds) expect(d.timeline.find((t) => t.round === r)?.kind).toBe('event');
    const last = d.timeline[d.timeline.length - 1];
    expect(last.kind).toBe('end');
    const winner = STATE_NAME[d.outcome.winners[0]];
    expect(last.text).toContain(`${winner} won`);
    expect(last.text).toContain(`${winner} ${d.outcome.scores[d.outcome.winners[0]]}`);
  });

  it('the end line and the score list give the places of rules §10: equal totals by lower blame, then higher stability', () => {
    const m = structuredClone(calm);
    const g = m.G;
    const totals: Record<StateId, number> = { KAZ: 20, UZB: 20, KGZ: 25, TJK: 20, TKM: 20 };
    for (const id of STATE_IDS) g.gameover!.scores[seatOf(id)].total = totals[id];
    g.gameover!.winners = ['2'];
    for (const id of STATE_IDS) { g.states[id].blame = 0; g.states[id].stability = 5; }
    g.states.KAZ.blame = 2; //     the most blame of the tied: last
    g.states.TKM.stability = 8; // the highest stability of the tied: first of them
    const d = debriefMatch(m);
    expect(d.timeline.at(-1)!.text).toContain('Kyrgyzstan won. Scores: Kyrgyzstan 25, Turkmenistan 20, Uzbekistan 20, Tajikistan 20, Kazakhstan 20.');
    // The facilitator's score list for the match shows the same places.
    expect(d.outcome.places).toEqual(['KGZ', 'TKM', 'UZB', 'TJK', 'KAZ']);
  });

  it('says each action in a sentence with the state, the verb, the power and the board', () => {
    const d = debriefMatch(calm);
    const lines = d.timeline.filter((t) => t.kind === 'action');
    calm.moves.forEach((mv, i) => {
      expect(lines[i].seat).toBe(mv.seat);
      expect(lines[i].round).toBe(mv.round);
      const who = STATE_NAME[STATE_IDS[Number(mv.seat)]];
      const a = mv.action!;
      if (a.type === 'court') {
        const p = { RU: 'Russia', CN: 'China', EU: 'the EU' }[a.power];
        expect(lines[i].text).toBe(`${who} courted ${p} on ${a.board}.`);
      } else if (a.type === 'pass') expect(lines[i].text).toBe(`${who} passed.`);
      else expect(lines[i].text).toMatch(new RegExp(`^${who} [a-z].*\\.$`));
    });
    expect(lines.some((l) => / courted .* on /.test(l.text))).toBe(true);
  });

  it('names the free action of an event with what it was used for', () => {
    const tokenMoves = [calm, crisis].flatMap((m) => m.moves.filter((mv) => mv.move === 'useToken').map((mv) => ({ m, mv })));
    expect(tokenMoves.length).toBeGreaterThan(0);
    for (const { m, mv } of tokenMoves) {
      const line = debriefMatch(m).timeline.filter((t) => t.kind === 'action')[m.moves.indexOf(mv)];
      expect(line.text).toMatch(/ (courted|resisted) .* on [a-z]+ \(free action of “.+”(, at no cost)?\)\.$/);
    }
  });

  it('rebuilds actions from the move name and arguments when only those were stored', () => {
    const bare: MatchRecord = { ...calm, moves: calm.moves.map((mv) => ({ ...mv, action: null })) };
    const a = debriefMatch(calm);
    const b = debriefMatch(bare);
    expect(b.timeline).toEqual(a.timeline);
    expect(b.choices).toEqual(a.choices);
  });

  it('a crisis shows in the outcome and ends the timeline', () => {
    const d = debriefMatch(crisis);
    expect(d.outcome.over && d.outcome.crisis).toBe(true);
    const last = d.timeline[d.timeline.length - 1];
    expect(last.kind).toBe('end');
    expect(last.text).toMatch(/^Crisis in \d{4}: tension reached 10/);
    expect(last.round).toBe(crisis.G.round);
  });

  it('a match the control team ended says so, in the outcome and the end line', () => {
    const now = debriefMatch(playRecorded({ bots: five(BOTS.medium), seed: 31, control: (g, step) => { if (step === 12) endMatchNow(g, 1); } }));
    expect(now.outcome).toMatchObject({ over: true, crisis: false, controlEnd: 'The control team ended the match during round 2 (2020): scores as they stood, no crisis.' });
    const nowEnd = now.timeline[now.timeline.length - 1];
    expect(nowEnd.kind).toBe('end');
    expect(nowEnd.text).toMatch(/^The control team ended the match during round 2 \(2020\): scores as they stood, no crisis\. .+ won\. Scores: /);
    const after = debriefMatch(playRecorded({ bots: five(BOTS.medium), seed: 32, control: (g, step) => { if (step === 3) endAfterRound(g, 1); } }));
    expect(after.outcome.controlEnd).toBe('The control team ended the match after round 1 (2019).');
    expect(after.rounds).toEqual([1]);
    expect(debriefMatch(calm).outcome.controlEnd).toBeNull();
    expect(debriefMatch(crisis).outcome.controlEnd).toBeNull();
  });

  it('an unfinished match: what happened so far, no end', () => {
    const d = debriefMatch(unfinished);
    expect(unfinished.G.round).toBe(3);
    expect(d.timeline.some((t) => t.kind === 'end')).toBe(false);
    expect(d.timeline.filter((t) => t.kind === 'event')).toHaveLength(3);
    expect(d.timeline[d.timeline.length - 1].round).toBe(3);
    expect(d.roundNow).toBe(3);
    expect(d.current.sovereignty.KAZ).toBe(publicSovereignty(unfinished.G, 'KAZ'));
  });

  it('a record without interventions: control entries come after their round\'s actions, with the facilitator\'s words', () => {
    const m = playRecorded({
      bots: five(BOTS.medium), seed: 3,
      control: (g, step) => {
        if (step === 4) { pauseMatch(g, 1); resumeMatch(g, 2); }
        if (step === 12) expect(adjustTrack(g, 'tension', 1, 'Border incident reported', 3)).toBeNull();
        if (step === 30) expect(broadcastMessage(g, 'Ten minutes left', 4)).toBeNull();
      },
    });
    const d = debriefMatch(m);
    const control = d.timeline.filter((t) => t.kind === 'control');
    expect(control.map((t) => t.text)).toEqual([
      'The facilitator paused the match.', 'The facilitator resumed the match.',
      expect.stringMatching(/^Control: Tension \+1 \(now \d+\): Border incident reported$/),
      'Message from the control team: “Ten minutes left”',
    ]);
    expect(control.map((t) => t.round)).toEqual(m.G.control!.log.map((e) => e.round));
    for (const c of control) {
      const after = d.timeline.slice(d.timeline.indexOf(c) + 1).filter((t) => t.round === c.round);
      expect(after.every((t) => t.kind === 'control' || t.kind === 'end')).toBe(true);
    }
    expect(d.tensionRecord.filter((t) => t.cause === 'control')).toHaveLength(1);
  });
});

describe('debriefMatch: when the control team acted, and who made each move', () => {
  const actionsBefore = (d: ReturnType<typeof debriefMatch>, line: object) =>
    d.timeline.slice(0, d.timeline.indexOf(line as never)).filter((t) => t.kind === 'action').length;

  const steered = playRecorded({
    bots: five(BOTS.medium), seed: 3, interventions: { startBots: {} },
    control: (g, step) => {
      if (step === 0) { pauseMatch(g, 10); resumeMatch(g, 11); }
      if (step === 3) expect(adjustTrack(g, 'tension', 1, 'Border incident reported', 12)).toBeNull();
      if (step === 12) expect(broadcastMessage(g, 'Ten minutes left', 13)).toBeNull();
    },
  });

  it('puts each control entry where it happened among the moves (its intervention\'s afterMove)', () => {
    const d = debriefMatch(steered);
    const control = d.timeline.filter((t) => t.kind === 'control');
    expect(control.map((t) => actionsBefore(d, t))).toEqual([0, 0, 3, 12]);
    expect(control.map((t) => actionsBefore(d, t))).toEqual(steered.interventions.slice(1).map((iv) => iv.afterMove));
    // The pause before any move comes right after round 1's event, not after the round's moves.
    expect(d.timeline.slice(0, 3).map((t) => t.kind)).toEqual(['event', 'control', 'control']);
    expect(d.timeline[1].text).toBe('The facilitator paused the match.');
    expect(control.map((t) => t.round)).toEqual(steered.G.control!.log.map((e) => e.round));
    for (let i = 1; i < d.timeline.length; i++) expect(d.timeline[i].round).toBeGreaterThanOrEqual(d.timeline[i - 1].round);
  });

  it('an entry whose intervention is missing goes as late as its round and the next intervention allow', () => {
    const lost: MatchRecord = { ...steered, interventions: steered.interventions.filter((iv) => iv.kind !== 'track') };
    const d = debriefMatch(lost);
    const track = d.timeline.find((t) => t.kind === 'control' && t.text.startsWith('Control: Tension'))!;
    const roundEnd = steered.moves.filter((mv) => mv.round <= track.round).length;
    expect(actionsBefore(d, track)).toBe(Math.min(roundEnd, 12));
  });

  /** Dilnoza's Kazakhstan: a medium bot takes over in round 2 and hands back in round 4; Tajikistan and Turkmenistan are bot seats. */
  const takeover = findGame({
    bots: five(BOTS.medium), players: { '0': 'Dilnoza', '3': 'Medium bot', '4': 'Medium bot' },
    makers: { '3': 'medium', '4': 'medium' }, interventions: { startBots: { '3': 'medium', '4': 'medium' } },
    control: (g, step) => {
      const seatLines = g.control!.log.filter((e) => e.kind === 'seat').length;
      if (g.round === 2 && seatLines === 0) setSeatBot(g, '0', 'medium', 'A medium bot plays Kazakhstan for now.', 100 + step);
      if (g.round === 4 && seatLines === 1) setSeatBot(g, '0', null, 'Kazakhstan is back in its students\' hands.', 100 + step);
    },
  }, (g) => g.tensionLog.some((t) => t.cause === 'seat:0' && t.delta > 0 && (t.round === 2 || t.round === 3)));
  const td = debriefMatch(takeover);

  it('tags the moves a bot made for the students, and only those', () => {
    const kaz = td.timeline.filter((t) => t.kind === 'action' && t.seat === '0');
    expect(kaz.length).toBeGreaterThan(4);
    for (const t of kaz) {
      if (t.round === 2 || t.round === 3) expect(t.text).toMatch(/^Kazakhstan .* \(medium bot, for Dilnoza\)\.$/);
      else expect(t.text).not.toMatch(/\(.*bot/);
    }
    // Bot seats and the other students' seats carry no tag.
    for (const t of td.timeline.filter((x) => x.kind === 'action' && x.seat !== '0')) expect(t.text).not.toMatch(/bot|time ran out/);
    // The takeover line comes before the bot's first move, not at the end of the round.
    const taken = td.timeline.findIndex((t) => t.text === 'A medium bot plays Kazakhstan for now.');
    expect(td.timeline.findIndex((t) => t.kind === 'action' && t.seat === '0' && t.round === 2)).toBeGreaterThan(taken);
    expect(td.playedBy.KAZ).toMatchObject({ students: true, bot: null, botRounds: [2, 3], botAtEnd: false, botLevels: ['medium'] });
    expect(td.playedBy.TJK).toMatchObject({ students: false, bot: 'medium', botRounds: [] });
  });

  it('the tension record says when a bot made the move that raised tension', () => {
    const kaz = td.tensionRecord.filter((t) => t.seat === '0' && t.delta > 0 && t.reason !== 'cn-military-lead');
    expect(kaz.length).toBeGreaterThan(0);
    for (const t of kaz) {
      const byBot = t.round === 2 || t.round === 3;
      expect(t.text.endsWith(' A medium bot was playing Kazakhstan for Dilnoza.'), t.text).toBe(byBot);
    }
    for (const t of td.tensionRecord.filter((x) => x.seat !== '0')) expect(t.text).not.toMatch(/bot/);
  });

  it('the class comparison counts the students\' own choices and says when a bot played', () => {
    const rows = compareStates([td]);
    const own = td.studentDeeds.KAZ.slice(0, 3).map((x) => `${x.text} ×${x.count}`).join('; ');
    expect(rows.KAZ[0].topChoices).toBe(own);
    expect(td.studentDeeds.KAZ.reduce((n, x) => n + x.count, 0)).toBeLessThan(td.deeds.KAZ.reduce((n, x) => n + x.count, 0));
    expect(rows.KAZ[0].botNote).toBe('a medium bot played in 2020 and 2021');
    expect(rows.KAZ[0].player).toBe('Dilnoza');
    // A bot seat: what the bot chose, with no note.
    expect(rows.TJK[0].botNote).toBeNull();
    expect(rows.TJK[0].topChoices.startsWith(`${td.deeds.TJK[0].text} ×${td.deeds.TJK[0].count}`)).toBe(true);
    // A takeover that lasts to the end: "from".
    const kept = debriefMatch(playRecorded({
      bots: five(BOTS.medium), seed: 8, players: { '0': 'Dilnoza' }, interventions: { startBots: {} },
      control: (g, step) => { if (g.round === 3 && !g.control!.log.length) setSeatBot(g, '0', 'hard', 'A hard bot plays Kazakhstan for now.', step); },
    }));
    expect(compareStates([kept]).KAZ[0].botNote).toBe('a hard bot played from 2021');
    expect(kept.playedBy.KAZ.botAtEnd).toBe(true);
  });

  /** Uzbekistan's time runs out at the start of its turn: in round 2 a bot plays it, in round 3 it is passed. */
  const timed = playRecorded({
    bots: five(BOTS.medium), seed: 4, players: { '1': 'Timur' }, interventions: { startBots: {} },
    control: (g) => {
      const n = g.control!.log.length;
      if (g.round === 2 && g.activeSeat === '1' && n === 0) noteTimeout(g, 200, 'bot');
      if (g.round === 3 && g.activeSeat === '1' && n === 1) noteTimeout(g, 300, 'pass');
    },
  });
  const tdd = debriefMatch(timed);

  it('names the state whose time ran out, just before the moves the bot or the timer made for it', () => {
    const at = (text: string) => tdd.timeline.findIndex((t) => t.text === text);
    const botted = at('Uzbekistan\'s time ran out: a bot played the rest of its turn.');
    const passed = at('Uzbekistan\'s time ran out: the rest of its turn was passed.');
    expect([botted, passed].every((i) => i > 0)).toBe(true);
    expect(tdd.timeline[botted].round).toBe(2);
    const next = tdd.timeline[botted + 1];
    expect(next.seat).toBe('1');
    for (let i = botted + 1; tdd.timeline[i].seat === '1'; i++) expect(tdd.timeline[i].text).toMatch(/ \(medium bot, time ran out\)\.$/);
    expect(tdd.timeline[passed + 1].text).toBe('Uzbekistan passed (time ran out).');
    // Timur's own moves in the other rounds are untagged; the comparison says when time ran out.
    for (const t of tdd.timeline.filter((x) => x.seat === '1' && x.round !== 2 && x.round !== 3)) expect(t.text).not.toMatch(/bot|time ran out/);
    expect(compareStates([tdd]).UZB[0].botNote).toBe('time ran out in 2020 and 2021');
  });
});

describe('free actions of events', () => {
  it('TOKEN_OF_EVENT names the token each event really hands out, and every such event', () => {
    for (const id of EVENT_IDS) {
      const g = clean();
      g.round = 1;
      EVENTS[id].apply(g);
      const kinds = new Set(STATE_IDS.flatMap((s) => g.states[s].tokens.map((t) => t.kind)));
      expect([...kinds], id).toEqual(Object.hasOwn(TOKEN_OF_EVENT, id) ? [TOKEN_OF_EVENT[id]] : []);
    }
  });
});

// The sentences of game/deeds.ts that the timeline, the choice counts and the match log use.
describe('deeds: actions in words', () => {
  it('deedText is in the present tense unless asked for the past (the choice counts: "court China on economics ×3")', () => {
    const d = deedOf({ type: 'court', board: 'economics', power: 'CN' });
    expect(deedText(d)).toBe('court China on economics');
    expect(deedText(d, true)).toBe('courted China on economics');
    expect(deedText(deedOf({ type: 'pass' }))).toBe('pass');
  });

  it('a free action names the event; only the "at no cost" tokens say so (rules §6)', () => {
    expect(actionLine({ type: 'useToken', tokenId: 'afghan-border-r2' }, '3'))
      .toBe('Tajikistan courted Russia on military (free action of “Trouble on the Afghan border”).');
    expect(actionLine({ type: 'useToken', tokenId: 'land-protests-r3' }, '4'))
      .toBe('Turkmenistan resisted China on economics (free action of “Protests over Chinese land deals”, at no cost).');
    expect(actionLine({ type: 'useToken', tokenId: 'leaders-summit-r6', board: 'culture', power: 'RU' }, '0'))
      .toBe('Kazakhstan resisted Russia on culture (free action of “Central Asian leaders meet”, at no cost).');
  });

  it('a token action without its board or power, or of an unknown event, stays "used the free action"', () => {
    expect(deedOf({ type: 'useToken', tokenId: 'leaders-summit-r6', power: 'RU' })).toEqual({ verb: 'useToken', event: 'leaders-summit' });
    expect(deedOf({ type: 'useToken', tokenId: 'leaders-summit-r6', board: 'culture' })).toEqual({ verb: 'useToken', event: 'leaders-summit' });
    expect(deedOf({ type: 'useToken', tokenId: 'no-such-event-r1', board: 'culture', power: 'RU' })).toEqual({ verb: 'useToken', event: 'no-such-event' });
    expect(deedOf({ type: 'useToken', tokenId: 'leaders-summit-r6', board: 'culture', power: 'RU' }))
      .toEqual({ verb: 'resist', board: 'culture', power: 'RU', event: 'leaders-summit', free: true });
  });
});

// ---------------------------------------------------------------- the class

const classA = [calm, playRecorded({ bots: five(BOTS.medium), seed: 11 }), playRecorded({ bots: five(BOTS.easy), seed: 12 })];
const classB = [crisis, playRecorded({ bots: five(BOTS.random), seed: 21, options: { scenario: 'pivot-2014' } })];

describe('compareStates', () => {
  it('gives one row per match for each state, with its figures from that match', () => {
    const ds = classA.map(debriefMatch);
    const rows = compareStates(ds);
    for (const id of STATE_IDS) {
      expect(rows[id]).toHaveLength(classA.length);
      rows[id].forEach((row, i) => {
        const g = classA[i].G;
        expect(row.label).toBe(ds[i].label);
        expect(row.sovereignty).toBe(publicSovereignty(g, id));
        expect(row.sovereignty).toBe(g.history[g.history.length - 1].sovereignty[id]);
        expect(row.score).toBe(g.gameover!.scores[seatOf(id)].total);
        expect(row.agendaMet).toBe(g.gameover!.agendasMet[seatOf(id)]);
        const total = (p: 'RU' | 'CN' | 'EU') => BOARDS.reduce((a, b) => a + g.states[id].influence[b][p], 0);
        expect(row.influence).toEqual({ RU: total('RU'), CN: total('CN'), EU: total('EU') });
        expect(row.topChoices.startsWith(`${ds[i].deeds[id][0].text} ×${ds[i].deeds[id][0].count}`)).toBe(true);
      });
    }
  });

  it('an unfinished match has no score yet', () => {
    const rows = compareStates([debriefMatch(unfinished)]);
    expect(rows.KAZ[0].score).toBeNull();
    expect(rows.KAZ[0].agendaTitle).toBeNull();
  });
});

describe('what the students did, apart from the bots', () => {
  const mixed = playRecorded({ bots: five(BOTS.medium), seed: 5, makers: { '0': 'Aigerim', '1': 'easy', '2': 'Bakyt', '3': 'medium', '4': 'timer' } });
  const d = debriefMatch(mixed);
  const count = (list: { count: number }[]) => list.reduce((n, x) => n + x.count, 0);

  it('counts only students\' moves in studentDeeds', () => {
    const made = (seat: Seat) => mixed.moves.filter((m) => m.seat === seat).length;
    expect(count(d.studentDeeds.KAZ)).toBe(made('0'));
    expect(count(d.studentDeeds.KGZ)).toBe(made('2'));
    for (const id of ['UZB', 'TJK', 'TKM'] as const) expect(d.studentDeeds[id]).toEqual([]);
    for (const id of STATE_IDS) expect(count(d.deeds[id])).toBe(made(seatOf(id)));
  });

  it('tells students from bot levels and the timer', () => {
    expect(isStudentMove('Aigerim')).toBe(true);
    for (const by of ['easy', 'medium', 'hard', 'random', 'human', 'timer', '', '  ']) expect(isStudentMove(by), by).toBe(false);
  });

  it('the agency prompt says what the students did when bots filled seats', () => {
    const court = (seats: Seat[]) => mixed.moves.filter((m) => seats.includes(m.seat) && m.action?.type === 'court').length;
    const agency = discussionPrompts([d]).find((p) => p.theme === 'agency')!;
    const studentsCourted = court(['0', '2']);
    const timesText = studentsCourted === 1 ? 'once' : studentsCourted === 2 ? 'twice' : `${studentsCourted} times`;
    expect(agency.evidence).toContain(`Of these, the students courted ${timesText}`);
    const all = mixed.moves.length;
    const mine = mixed.moves.filter((m) => m.seat === '0' || m.seat === '2').length;
    expect(agency.evidence).toContain(`bots made the other ${all - mine} of the ${all} moves.`);
    // All students (or all bots): nothing to set apart.
    expect(discussionPrompts([debriefMatch(calm)]).find((p) => p.theme === 'agency')!.evidence).not.toContain('the students');
  });
});

describe('discussionPrompts', () => {
  const a = discussionPrompts(classA.map(debriefMatch));
  const b = discussionPrompts(classB.map(debriefMatch));

  it('five prompts, one per theme, each with a question and a sentence of evidence', () => {
    for (const ps of [a, b]) {
      expect(ps.map((p) => p.theme)).toEqual(['division-of-labour', 'asymmetry', 'military', 'agency', 'eu']);
      for (const p of ps) {
        expect(p.question).toMatch(/\?$/);
        expect(p.evidence).toMatch(/^[A-Z“].*\.$/);
        expect(p.evidence).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('the evidence differs between two differently played classes', () => {
    for (let i = 0; i < 5; i++) expect(a[i].evidence, a[i].theme).not.toBe(b[i].evidence);
  });

  it('the evidence is computed from the games', () => {
    const ds = classA.map(debriefMatch);
    const cnEcon = classA.reduce((n, m) => n + STATE_IDS.filter((id) => leader(m.G, id, 'economics') === 'CN').length, 0);
    expect(a[0].evidence).toContain(`At the end China led the economics board in ${cnEcon} of 15 states`);
    const asym = ds.map((d) => `${d.current.asymmetry > d.start.asymmetry ? 'rose' : 'stayed at'} `);
    expect(a[1].evidence.startsWith(`Asymmetry ${asym[0]}`)).toBe(true);
    expect(a[2].evidence).toContain('no match ended in crisis');
    expect(b[2].evidence).toContain(`${classB[0].label} ended in crisis`);
    expect(b[2].question).toMatch(/crisis ended/);
    expect(a[2].question).not.toBe(b[2].question);
    const maxEu = Math.max(...classA.flatMap((m) => m.G.history.map((h) => h.euEngagement)), 1);
    expect(a[4].evidence).toMatch(new RegExp(`^EU engagement (never rose above|reached) ${maxEu}`));
  });

  it('an unfinished class speaks of the latest count; an empty class still gets five questions', () => {
    expect(discussionPrompts([debriefMatch(unfinished)])[0].evidence).toMatch(/^At the latest count/);
    const none = discussionPrompts([]);
    expect(none).toHaveLength(5);
    for (const p of none) expect(p.evidence).toBe('No match has been played yet.');
  });

  const PAPER = fileURLToPath(new URL('../../../shared/seed/000_3ae6c422b953e1ba.txt', import.meta.url));
  it.skipIf(!existsSync(PAPER))('the questions are written fresh: no run of 8 words from the seed paper', () => {
    const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    const runs = (ws: string[]) => ws.slice(0, Math.max(0, ws.length - 7)).map((_, i) => ws.slice(i, i + 8).join(' '));
    const paper = new Set(runs(words(readFileSync(PAPER, 'utf8'))));
    const texts = [...a, ...b].flatMap((p) => [p.title, p.question, p.evidence]);
    expect(texts.flatMap((t) => runs(words(t)).filter((r) => paper.has(r)))).toEqual([]);
  });
});

describe('classCsv', () => {
  const tricky = ['=HYPERLINK("x")', 'Smith, Jo', 'Say "hi"', 'two\nlines', '+1 student'];
  const named = playRecorded({
    bots: five(BOTS.easy), seed: 5, players: Object.fromEntries(SEATS.map((s, i) => [s, tricky[i]])),
  });
  const exp = exportOf('@Politics of Central Asia, "Spring"', [calm, crisis, named, unfinished]);
  const rows = parseCsv(classCsv(exp));

  it('has the header and exactly one row per match × recorded round × state', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = exp.matches.reduce((n, m) => n + m.G.history.length * 5, 0);
    expect(rows.length - 1).toBe(expected);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('carries the right numbers for every row', () => {
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    let i = 1;
    for (const m of exp.matches) {
      for (const h of m.G.history) {
        for (const id of STATE_IDS) {
          const r = rows[i++];
          expect(r[col('match_id')]).toBe(m.matchID);
          expect(r[col('match_label')]).toBe(m.label);
          expect(r[col('state')]).toBe(id);
          expect(Number(r[col('round')])).toBe(h.round);
          expect(Number(r[col('year')])).toBe(2018 + h.round);
          for (const k of ['economy', 'security', 'stability', 'sovereignty'] as const) expect(Number(r[col(k)])).toBe(h[k][id]);
          expect(Number(r[col('tension')])).toBe(h.tension);
          expect(Number(r[col('asymmetry')])).toBe(h.asymmetry);
          expect(Number(r[col('eu_engagement')])).toBe(h.euEngagement);
          expect(r[col('event_id')]).toBe(h.event ?? '');
          expect(r[col('event_title')]).toBe(h.event ? EVENTS[h.event].title : '');
        }
      }
    }
  });

  it('player names and the title round-trip safely; formula-like text is neutralised', () => {
    const col = CSV_COLUMNS.indexOf('player');
    const players = new Map(rows.slice(1).filter((r) => r[2] === named.matchID).map((r) => [r[5] as StateId, r[col]]));
    const expected = ["'=HYPERLINK(\"x\")", 'Smith, Jo', 'Say "hi"', 'two\nlines', "'+1 student"];
    STATE_IDS.forEach((id, i) => expect(players.get(id)).toBe(expected[i]));
    expect(rows[1][0]).toBe('\'@Politics of Central Asia, "Spring"');
    for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^\s*[=+@]/);
  });

  it('the outcome of each finished match × state is on its last round\'s row, and nowhere else', () => {
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    for (const name of ['played_by', 'played_by_kind', 'final_score', 'agenda', 'agenda_title', 'agenda_met', 'winner', 'crisis', 'blame', 'debt']) {
      expect(col(name), name).toBeGreaterThan(0);
    }
    for (const m of exp.matches) {
      const mine = rows.slice(1).filter((r) => r[col('match_label')] === m.label); // (two test matches share a seed)
      const finals = mine.filter((r) => r[col('final_score')] !== '');
      const over = m.G.gameover;
      if (!over) { expect(finals).toEqual([]); continue; }
      expect(finals.map((r) => r[col('state')])).toEqual([...STATE_IDS]);
      const lastRound = Math.max(...m.G.history.map((h) => h.round));
      for (const r of finals) {
        const id = r[col('state')] as StateId;
        const seat = seatOf(id);
        expect(Number(r[col('round')])).toBe(lastRound);
        expect(Number(r[col('final_score')])).toBe(over.scores[seat].total);
        expect(r[col('agenda')]).toBe(over.agendas[seat]);
        expect(r[col('agenda_title')]).toBe(debriefMatch(m).agendas.find((a) => a.state === id)!.title);
        expect(r[col('agenda_met')]).toBe(over.agendasMet[seat] ? '1' : '0');
        expect(r[col('winner')]).toBe(over.winners.includes(seat) ? '1' : '0');
        expect(r[col('crisis')]).toBe(over.crisis ? '1' : '0');
        expect(Number(r[col('blame')])).toBe(m.G.states[id].blame);
        expect(Number(r[col('debt')])).toBe(m.G.states[id].debt);
      }
      expect(finals.filter((r) => r[col('winner')] === '1').length).toBe(over.winners.length);
    }
    // The last round's sovereignty is not the final score (agendas, crisis): both are there.
    expect(rows.some((r) => r[col('final_score')] !== '' && r[col('final_score')] !== r[col('sovereignty')])).toBe(true);
  });

  it('says who played each seat: the students\' names, the bot level, and whether a bot stood in', () => {
    const m = playRecorded({
      bots: five(BOTS.medium), seed: 8, players: { '0': 'Dilnoza Ғани', '4': 'Medium bot' }, makers: { '4': 'medium' },
      interventions: { startBots: { '4': 'medium' } },
      control: (g, step) => { if (g.round === 3 && !g.control!.log.length) setSeatBot(g, '0', 'hard', 'A hard bot plays Kazakhstan for now.', step); },
    });
    const out = parseCsv(classCsv(exportOf('Week 9 — “fraying”', [m])));
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    const of = (id: StateId) => out.slice(1).filter((r) => r[col('state')] === id).map((r) => [r[col('played_by')], r[col('played_by_kind')]]);
    for (const row of of('KAZ')) expect(row).toEqual(['Dilnoza Ғани', 'students+bot']);
    for (const row of of('UZB')) expect(row).toEqual(['Student 1', 'students']);
    for (const row of of('TKM')) expect(row).toEqual(['medium', 'bot']);
    expect(out[1][0]).toBe('Week 9 — “fraying”');
  });

  it('a class with no match yields only the header', () => {
    expect(classCsv(exportOf('Empty', []))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

