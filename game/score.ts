// rules §10 end and score: sovereignty with every term, crisis penalties, winners and ties.
import { agendaPoints } from './agendas.js';
import { balancedCount, neutralityPoints } from './board.js';
import { CRISIS } from './config.js';
import type { G, GameOver, ScoreLine, StateId } from './types.js';
import { STATE_IDS, seatOf } from './types.js';

/** rules §10: one state's score, term by term. */
export function scoreLine(g: G, id: StateId, crisis: boolean, mostBlamed: boolean): ScoreLine {
  const s = g.states[id];
  const balanced = 2 * balancedCount(g, id);
  const agenda = agendaPoints(g, id);
  const neutrality = neutralityPoints(g, id);
  const crisisPts = crisis ? CRISIS.everyState + (mostBlamed ? CRISIS.mostBlamed : 0) : 0;
  const total = s.economy + s.security + s.stability - s.debt + balanced + agenda + neutrality + crisisPts;
  return { total, economy: s.economy, security: s.security, stability: s.stability, debt: s.debt, balanced, agenda, neutrality, crisis: crisisPts };
}

/** rules §10: scores and winners (ties: lower blame, then higher stability, then lower seat). */
export function finalScore(g: G, crisis: boolean): GameOver {
  const maxBlame = Math.max(...STATE_IDS.map((id) => g.states[id].blame));
  const scores: Record<string, ScoreLine> = {};
  const agendas: Record<string, string | null> = {};
  const agendasMet: Record<string, boolean> = {};
  for (const id of STATE_IDS) {
    const seat = seatOf(id);
    scores[seat] = scoreLine(g, id, crisis, crisis && maxBlame > 0 && g.states[id].blame === maxBlame);
    agendas[seat] = g.states[id].agenda;
    agendasMet[seat] = scores[seat].agenda > 0;
  }
  const ranked = rankStates(g, (id) => scores[seatOf(id)].total);
  return { winners: [seatOf(ranked[0])], crisis, scores, agendas, agendasMet };
}

/**
 * rules §10: every state in its place, first to last: the higher sovereignty, then the lower
 * blame, the higher stability, the lower seat. The winner is the first; the end screen and the
 * debrief list the places in this order too.
 */
export function rankStates(g: G, total: (id: StateId) => number): StateId[] {
  return [...STATE_IDS].sort((a, b) =>
    total(b) - total(a) ||
    g.states[a].blame - g.states[b].blame ||
    g.states[b].stability - g.states[a].stability ||
    STATE_IDS.indexOf(a) - STATE_IDS.indexOf(b));
}
