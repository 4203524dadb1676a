// The class export as CSV (issue 6, audit 1.10): one row per match × round × state for a spreadsheet
// or a statistics class, with who played each seat and, on a finished match's last round, its outcome.
// The server adds a UTF-8 byte-order mark before it (for Excel).
import { moveMakers, type SeatPlay } from './attribution.js';
import type { ClassExport, MatchRecord } from './seminar.js';
import { AGENDA_TEXT, YEAR_OF_ROUND, eventTitle, own } from './texts.js';
import type { G, StateId } from './types.js';
import { STATE_IDS, seatOf } from './types.js';

const FINAL_COLUMNS = ['final_score', 'agenda', 'agenda_title', 'agenda_met', 'winner', 'crisis', 'blame', 'debt'] as const;

/**
 * One row per match × recorded round × state. Who played the seat is on every row; the outcome
 * (final_score … debt) only on the last round's rows of a finished match, so filtering on a non-empty
 * final_score gives one row per match × state. Debt is not recorded per round: only its final value.
 */
export const CSV_COLUMNS: readonly string[] = [
  'class_title', 'match_label', 'match_id', 'round', 'year', 'state', 'player',
  'economy', 'security', 'stability', 'sovereignty', 'tension', 'asymmetry', 'eu_engagement', 'event_id', 'event_title',
  'played_by', 'played_by_kind', ...FINAL_COLUMNS,
];

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return, also after spaces) gets a leading apostrophe; numbers stay numbers.
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^(?:[\t\r]|\s*[=+\-@])/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | null;
const flag = (b: boolean | null | undefined): number | null => (b === null || b === undefined ? null : b ? 1 : 0);

/**
 * Who played a state, for the CSV: the students' names (or the bot level of a bot seat) and the kind:
 * 'students', 'bot', or 'students+bot' when a bot or the timer played some of the students' moves.
 */
function playedByCells(m: MatchRecord, p: SeatPlay, id: StateId): Cell[] {
  if (!p.students) return [p.bot, 'bot'];
  return [m.players?.[seatOf(id)] ?? '', p.botRounds.length || p.timeoutRounds.length ? 'students+bot' : 'students'];
}

const NO_FINAL: Cell[] = FINAL_COLUMNS.map(() => null);

/** The outcome of a finished match for one state (final_score … debt); empty while the match runs. */
function finalCells(g: G, id: StateId): Cell[] {
  const over = g.gameover;
  if (!over) return NO_FINAL;
  const seat = seatOf(id);
  const agenda = own(over.agendas, seat) ?? g.states[id].agenda;
  return [
    own(over.scores, seat)?.total ?? null, agenda, own(AGENDA_TEXT, agenda)?.title ?? null, flag(own(over.agendasMet, seat)),
    flag(over.winners.includes(seat)), flag(over.crisis), g.states[id].blame, g.states[id].debt,
  ];
}

/** The class as CSV (RFC 4180): a header, then every match × round × state, lines ending in CRLF. */
export function classCsv(exp: ClassExport): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const m of exp.matches) {
    const { seats } = moveMakers(m);
    const hist = [...m.G.history].sort((a, b) => a.round - b.round);
    for (const h of hist) {
      const last = h === hist[hist.length - 1];
      for (const id of STATE_IDS) {
        const cells: Cell[] = [
          exp.title, m.label, m.matchID, h.round, YEAR_OF_ROUND(h.round), id, m.players?.[seatOf(id)] ?? '',
          h.economy[id], h.security[id], h.stability[id], h.sovereignty[id], h.tension, h.asymmetry, h.euEngagement,
          h.event, h.event ? eventTitle(h.event) : null,
          ...playedByCells(m, seats[id], id),
          ...(last ? finalCells(m.G, id) : NO_FINAL),
        ];
        lines.push(cells.map(csvCell).join(','));
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
