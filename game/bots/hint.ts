// Move hints for a person (issue "Strong bots"): the move a medium or hard bot would make in the
// seat's place, with one plain sentence saying why, built from the action's preview (what it
// changes now) and the term of the heuristic estimate that moves most (what it is worth).
// Reads only the seat's own view.
import { AGENDAS } from '../agendas.js';
import { isBalanced } from '../board.js';
import { LIMITS, UPKEEP } from '../config.js';
import { previewAction, type Change } from '../preview.js';
import { TOKEN_KINDS } from '../tokens.js';
import type { Action, Board, G, Power, Rng, Seat, StateId } from '../types.js';
import { BOARDS, POWERS, stateOf } from '../types.js';
import { seededRng } from '../rng.js';
import { playerView } from '../view.js';
import { hardBot, type HardOptions } from './hard.js';
import { estimateTerms, type EstimateTerms } from './heuristic.js';
export { estimateTerms, type EstimateTerms } from './heuristic.js';
import { mediumBot, rankActions } from './medium.js';

export type HintLevel = 'medium' | 'hard';

export interface Hint {
  action: Action;
  /** One plain sentence. */
  reason: string;
}

const POWER_WORD: Record<Power, string> = { RU: 'Russia', CN: 'China', EU: 'the EU' };
const POWER_ADJ: Record<'RU' | 'CN', string> = { RU: 'Russian', CN: 'Chinese' };

/** What the action is, in a few words ("Court China on economics (a BRI project)"). */
export function actionLabel(view: G, seat: Seat, a: Action): string {
  switch (a.type) {
    case 'court':
      return a.board === 'economics' && a.power === 'CN'
        ? 'Take a BRI project (court China on economics)'
        : `Court ${POWER_WORD[a.power]} on ${a.board}`;
    case 'resist': return `Push back ${POWER_WORD[a.power]} on ${a.board}`;
    case 'join': return `Join the ${a.institution}`;
    case 'leave': return `Leave the ${a.institution}`;
    case 'hostBase': return `Host a ${POWER_ADJ[a.power]} base`;
    case 'closeBase': return `Close the ${POWER_ADJ[a.power]} base`;
    case 'mediate': return 'Mediate in the SCO';
    case 'pass': return 'Pass';
    case 'useToken': {
      const held = view.states[stateOf(seat)].tokens.find((t) => t.id === a.tokenId);
      const k = held ? TOKEN_KINDS[held.kind] : undefined;
      if (!k) return 'Use your free token';
      const board = k.board ?? a.board;
      const power = k.power ?? a.power;
      const what = power && board ? `${k.action} ${POWER_WORD[power]} on ${board}` : k.action;
      return `Use your free token to ${what}${k.free ? ' at no cost' : ''}`;
    }
  }
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const signed = (n: number): string => (n > 0 ? `+${n}` : `−${-n}`);

/** The changes worth naming, most telling first: resources and tracks, then influence. */
function changeWords(changes: Change[]): string[] {
  const out: { w: string; rank: number }[] = [];
  for (const c of changes) {
    if (c.kind === 'resource') out.push({ w: c.resource === 'debt' ? `debt ${signed(c.delta)}` : `${signed(c.delta)} ${c.resource}`, rank: 0 });
    else if (c.kind === 'track') out.push({ w: `${c.track === 'euEngagement' ? 'EU engagement' : c.track} ${signed(c.delta)}`, rank: 1 });
    else if (c.kind === 'influence') out.push({ w: `${POWER_WORD[c.power]} ${signed(c.delta)} on your ${c.board}`, rank: 2 });
  }
  return out.sort((a, b) => a.rank - b.rank).slice(0, 3).map((x) => x.w);
}

/** The terms that moved, largest first. */
function movedTerms(before: EstimateTerms, after: EstimateTerms): { term: keyof EstimateTerms; delta: number }[] {
  return (Object.keys(before) as (keyof EstimateTerms)[])
    .map((term) => ({ term, delta: after[term] - before[term] }))
    .filter((t) => Math.abs(t.delta) > 1e-6)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}

/** Boards whose balance changed, as "your military board". */
function balanceWords(before: G, after: G, id: StateId, became: boolean): string | null {
  const boards = BOARDS.filter((b: Board) => isBalanced(before, id, b) !== became && isBalanced(after, id, b) === became);
  if (!boards.length) return null;
  return `your ${boards.join(' and ')} board${boards.length > 1 ? 's' : ''}`;
}

/** Why the term matters, as a clause ("which meets your Fortress state agenda (+4 at the end)"). */
function termClause(term: keyof EstimateTerms, delta: number, before: G, after: G, id: StateId): string | null {
  const agenda = after.states[id].agenda;
  const def = agenda ? AGENDAS[agenda] : undefined;
  const up = delta > 0;
  switch (term) {
    case 'agenda':
      if (!def) return null;
      if (up && def.met(after, id) && !def.met(before, id)) return `which meets your ${def.title} agenda (+${def.points} at the end)`;
      if (!up && def.met(before, id) && !def.met(after, id)) return `though it breaks your ${def.title} agenda (−${def.points} at the end)`;
      return up ? `which brings your ${def.title} agenda closer` : `though it sets your ${def.title} agenda back`;
    case 'balanced': {
      const w = balanceWords(before, after, id, up);
      return w ? (up ? `which balances ${w} again (+2 at the end)` : `though one power now dominates ${w} (−2 at the end)`) : null;
    }
    case 'neutrality': return up ? 'which keeps your neutrality bonus' : `though it loses Turkmenistan's neutrality bonus (−${LIMITS.neutralityPoints})`;
    case 'crisis': return up ? 'which lowers the risk of a crisis' : 'though it raises the risk of a crisis';
    case 'blame': return up ? null : 'though the tension it adds is blamed on you';
    case 'unrest': return up ? 'which ends the threat of unrest' : 'though it risks unrest at home';
    case 'debt': return up ? 'which lightens your debt' : null;
    case 'economy': case 'security': case 'stability': {
      const b = before.states[id];
      const a = after.states[id];
      if (term === 'stability') {
        const gap = (x: typeof a) => x.influence.economics.CN - x.influence.culture.CN >= UPKEEP.resentmentGap;
        if (gap(b) !== gap(a)) return up ? 'which stops resentment of Chinese money eroding your stability each year' : 'though resentment of Chinese money will now erode your stability each year';
      }
      if (term === 'security') {
        const garrison = (x: typeof a) => POWERS.some((p) => x.influence.military[p] >= UPKEEP.garrison);
        if (garrison(b) !== garrison(a)) return up ? 'which garrisons enough troops to stop your security draining each year' : 'though your security will now drain each year without a garrison';
      }
      if (term === 'economy') {
        const growth = (x: typeof a) => Math.floor(x.bri / UPKEEP.briPerEconomy) - Math.floor(x.debt / UPKEEP.debtPerEconomyLoss);
        if (growth(b) !== growth(a)) return up ? 'which adds to your economic growth every year' : 'though your debt will now slow your growth every year';
      }
      if (up) return `which builds up your ${term} for the final score`;
      return a[term] >= LIMITS.resourceMax ? null : `though your ${term} suffers`;
    }
  }
}

/** One plain sentence for an action: what it does now and what it is worth to the seat. */
export function explainAction(view: G, seat: Seat, action: Action, alternatives?: { best: Action; bestGain: number }): string {
  const id = stateOf(seat);
  const label = actionLabel(view, seat, action);
  if (action.type === 'pass') {
    const why = alternatives && alternatives.best.type !== 'pass'
      ? `every action left would lower your standing (the best, ${lowerFirst(actionLabel(view, seat, alternatives.best))}, costs about ${Math.max(0, -alternatives.bestGain).toFixed(1)} points)`
      : 'no action left would improve your position';
    return `${label}: ${why}.`;
  }
  const p = previewAction(view, seat, action);
  if (!p.legal) return `${label}: ${p.reason}`;
  const before = estimateTerms(view, id);
  const after = estimateTerms(p.after, id);
  const moved = movedTerms(before, after);
  const words = changeWords(p.changes);
  let tension = 0;
  for (const c of p.changes) if (c.kind === 'track' && c.track === 'tension') tension = c.delta;
  let sentence = label + (words.length ? `: ${words.join(', ')}` : '');
  const main = moved.find((t) => t.delta > 0) ?? moved[0];
  const clause = main ? termClause(main.term, main.delta, view, p.after, id) : null;
  if (clause) sentence += `, ${clause}`;
  if (!main) sentence += `${words.length ? ',' : ':'} which changes little for your final score`;
  if (tension === 0 && main && main.delta > 0 && (main.term === 'security' || (main.term === 'agenda' && view.tracks.tension >= 5))) {
    sentence += ', without adding tension';
  } else if (tension > 0 && main?.term !== 'crisis' && main?.term !== 'blame') {
    sentence += `, but it adds ${tension} tension blamed on you`;
  } else if (tension < 0 && main?.term !== 'crisis') {
    sentence += ', and it eases tension';
  }
  if (p.after.tracks.tension >= LIMITS.tensionMax) sentence = `${label}: this brings tension to 10, a crisis that ends the game`;
  return `${sentence}.`;
}

/**
 * The move a bot of `level` would make for `seat` — exactly the medium bot's, or the hard bot's
 * with the same rng and options (default for a hint: 300 ms of search) — with one sentence why.
 */
export function suggestMove(view: G, seat: Seat, level: HintLevel, rng: Rng, opts: HardOptions = {}): Hint {
  const v = playerView(view, seat);
  if (v.gameover || v.activeSeat !== seat || v.actionsLeft <= 0) return { action: { type: 'pass' }, reason: 'It is not your turn.' };
  if (v.control?.paused) return { action: { type: 'pass' }, reason: 'The facilitator has paused the match: wait for the resume.' };
  const action = level === 'hard' ? hardBot(v, seat, rng, { budgetMs: HINT_BUDGET_MS, ...opts }) : mediumBot(v, seat, rng);
  // The alternatives, for explaining a pass (a fixed rng: only ties between equal gains depend on it).
  const ranked = rankActions(v, seat, seededRng(0));
  const firstOther = ranked.find((r) => r.action.type !== 'pass');
  const reason = explainAction(v, seat, action, firstOther ? { best: firstOther.action, bestGain: firstOther.gain } : undefined);
  return { action, reason };
}

/** Default search time of a hard hint, in ms. */
export const HINT_BUDGET_MS = 300;
