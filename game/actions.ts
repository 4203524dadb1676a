// rules §4: what each action does to the acting state, as a plan that is checked before it is applied.
// The same plan explains illegality, previews the effects and changes the state, so the three never disagree.
import { addInfluence, addResource, addTension, addTrack } from './board.js';
import { LIMITS } from './config.js';
import { courtBenefit } from './court.js';
import { capitalFirst, POWER_NAME, STATE_NAME } from './names.js';
import { TOKEN_KINDS } from './tokens.js';
import type { Action, BasePower, Board, G, Institution, Power, Resource, StateId } from './types.js';
import { BASE_POWERS, BOARDS, INSTITUTIONS, POWERS } from './types.js';

/** The codes of the actions that move tension (rules §5), kept in the tension record's `reason`. */
export const TENSION_REASON = {
  court: (power: Power, board: Board): string => `court-${power}-${board}`,
  hostBaseCN: 'host-base-CN',
  mediate: 'mediate',
} as const;

/** The effects of one legal action on the acting state and the tracks. */
export interface Plan {
  influence: { board: Board; power: Power; delta: number }[];
  resources: { res: Resource; delta: number }[];
  euEngagement: number;
  tension: number;
  /** Short code of what raised or lowered tension, for the tension record. */
  tensionReason?: string;
  bri: number;
  join?: Institution;
  leave?: Institution;
  host?: BasePower;
  close?: BasePower;
  mediate?: boolean;
  /** The court benefit applied (influence was ≤2 before, or a BRI project). */
  benefit?: boolean;
  /** The resist was free (UZB Own course or a no-cost token). */
  free?: boolean;
  /** Whether the action spends one of the turn's actions. */
  spendsAction: boolean;
  /** The token used, if any. */
  tokenId?: string;
}

const emptyPlan = (): Plan => ({ influence: [], resources: [], euEngagement: 0, tension: 0, bri: 0, spendsAction: true });

const isBoard = (x: unknown): x is Board => typeof x === 'string' && (BOARDS as readonly string[]).includes(x);
const isPower = (x: unknown): x is Power => typeof x === 'string' && (POWERS as readonly string[]).includes(x);
const isBasePower = (x: unknown): x is BasePower => typeof x === 'string' && (BASE_POWERS as readonly string[]).includes(x);
const isInstitution = (x: unknown): x is Institution => typeof x === 'string' && (INSTITUTIONS as readonly string[]).includes(x);

/** A sentence starts with a capital ("The EU …"), whatever name comes first. */

const RES_NAME: Record<Resource, string> = { economy: 'economy', security: 'security', stability: 'stability', debt: 'debt' };

/** Checks that the resource costs of a plan leave nothing below 0 (rules §4). */
function costProblem(g: G, id: StateId, plan: Plan): string | null {
  const s = g.states[id];
  for (const r of plan.resources) {
    if (r.delta < 0 && s[r.res] + r.delta < 0) {
      return `It costs ${-r.delta} ${RES_NAME[r.res]} and ${STATE_NAME[id]} has ${s[r.res]}.`;
    }
  }
  return null;
}

/** rules §4 court(board, power). `free` waives resource costs (never gains). */
function planCourt(g: G, id: StateId, board: Board, power: Power, free: boolean): Plan | string {
  const s = g.states[id];
  const before = s.influence[board][power];
  const bri = board === 'economics' && power === 'CN';
  if (before >= LIMITS.influenceMax && !bri) {
    return `${capitalFirst(POWER_NAME[power])} already has the most influence (5) on ${STATE_NAME[id]}'s ${board}.`;
  }
  const b = courtBenefit(g, id, board, power, before);
  if (typeof b === 'string') return b;
  const plan = emptyPlan();
  plan.influence.push({ board, power, delta: 1 });
  plan.benefit = b.applies;
  if (b.applies) {
    for (const [res, delta] of b.gains) plan.resources.push({ res, delta });
    plan.euEngagement += b.euEngagement;
    plan.bri += b.bri;
  }
  if (!free) for (const [res, delta] of b.costs) plan.resources.push({ res, delta: -delta });
  if (b.tension) { plan.tension += b.tension; plan.tensionReason = TENSION_REASON.court(power, board); }
  return plan;
}

/** rules §4 resist(board, power): −1 influence; cost by board; culture also +1 stability. */
function planResist(g: G, id: StateId, board: Board, power: Power, free: boolean): Plan | string {
  if (g.states[id].influence[board][power] <= 0) {
    return `${capitalFirst(POWER_NAME[power])} has no influence on ${STATE_NAME[id]}'s ${board} to push back.`;
  }
  const plan = emptyPlan();
  plan.influence.push({ board, power, delta: -1 });
  const ownCourse = id === 'UZB' && !g.resistedThisTurn;
  plan.free = free || ownCourse;
  const costRes: Resource = board === 'politics' || board === 'military' ? 'security' : 'economy';
  if (!plan.free) plan.resources.push({ res: costRes, delta: -1 });
  if (board === 'culture') plan.resources.push({ res: 'stability', delta: 1 });
  return plan;
}

/** rules §4 join/leave. */
function planMembership(g: G, id: StateId, inst: Institution, joining: boolean): Plan | string {
  const s = g.states[id];
  const isMember = s.members.includes(inst);
  if (joining && isMember) return `${STATE_NAME[id]} is already a member of the ${inst}.`;
  if (!joining && !isMember) return `${STATE_NAME[id]} is not a member of the ${inst}.`;
  const plan = emptyPlan();
  if (joining) {
    plan.join = inst;
    if ((inst === 'CSTO' || inst === 'EAEU') && s.influence.politics.RU < 2) {
      return `Joining the ${inst} needs Russian politics 2 (now ${s.influence.politics.RU}).`;
    }
    if (inst === 'CSTO') { plan.influence.push({ board: 'military', power: 'RU', delta: 1 }); plan.resources.push({ res: 'security', delta: 1 }); }
    if (inst === 'EAEU') { plan.influence.push({ board: 'economics', power: 'RU', delta: 1 }); plan.resources.push({ res: 'economy', delta: 1 }); }
    if (inst === 'SCO') plan.influence.push({ board: 'politics', power: 'RU', delta: 1 }, { board: 'politics', power: 'CN', delta: 1 });
  } else {
    plan.leave = inst;
    if (inst === 'CSTO') {
      plan.influence.push({ board: 'military', power: 'RU', delta: -1 }, { board: 'politics', power: 'RU', delta: -1 });
      plan.resources.push({ res: 'security', delta: -1 });
    }
    if (inst === 'EAEU') { plan.influence.push({ board: 'economics', power: 'RU', delta: -1 }); plan.resources.push({ res: 'economy', delta: -2 }); }
    if (inst === 'SCO') {
      plan.influence.push({ board: 'politics', power: 'RU', delta: -1 }, { board: 'politics', power: 'CN', delta: -1 });
      plan.resources.push({ res: 'stability', delta: -1 });
    }
  }
  return plan;
}

/** rules §4 hostBase/closeBase. */
function planBase(g: G, id: StateId, power: BasePower, hosting: boolean): Plan | string {
  const has = g.states[id].bases.includes(power);
  if (hosting && has) return `${STATE_NAME[id]} already hosts a ${power === 'RU' ? 'Russian' : 'Chinese'} base.`;
  if (!hosting && !has) return `${STATE_NAME[id]} hosts no ${power === 'RU' ? 'Russian' : 'Chinese'} base.`;
  const plan = emptyPlan();
  if (hosting) {
    plan.host = power;
    plan.influence.push({ board: 'military', power, delta: 2 });
    plan.resources.push({ res: 'security', delta: 3 });
    if (power === 'CN') {
      plan.resources.push({ res: 'economy', delta: 1 });
      plan.tension += 2;
      plan.tensionReason = TENSION_REASON.hostBaseCN;
    }
  } else {
    plan.close = power;
    plan.influence.push({ board: 'military', power, delta: -2 });
    plan.resources.push({ res: 'security', delta: -2 });
    if (power === 'RU') plan.influence.push({ board: 'politics', power: 'RU', delta: -1 });
  }
  return plan;
}

/** rules §4 mediate(). */
function planMediate(g: G, id: StateId): Plan | string {
  if (!g.states[id].members.includes('SCO')) return 'Only members of the SCO can mediate.';
  if (g.tracks.tension < 1) return 'There is no tension to ease.';
  if (g.mediationsLeft <= 0) return 'SCO mediation has already been used this round.';
  const plan = emptyPlan();
  plan.mediate = true;
  plan.tension = -1;
  plan.tensionReason = TENSION_REASON.mediate;
  plan.resources.push({ res: 'stability', delta: 1 });
  return plan;
}

/** rules §4 useToken(tokenId, board?, power?): a free action named by an event. */
function planToken(g: G, id: StateId, a: Record<string, unknown>): Plan | string {
  const token = g.states[id].tokens.find((t) => t.id === a.tokenId);
  if (!token) return `${STATE_NAME[id]} holds no such token.`;
  const kind = TOKEN_KINDS[token.kind];
  if (!kind) return 'This token cannot be used.';
  let board = kind.board;
  let power = kind.power;
  if (board === null || power === null) {
    if (!isBoard(a.board) || !isPower(a.power)) return 'Choose a board and a power for this token.';
    board = a.board;
    power = a.power;
  } else if ((a.board !== undefined && a.board !== board) || (a.power !== undefined && a.power !== power)) {
    return `This token is for ${kind.action} ${power} on ${board} only.`;
  }
  const plan = kind.action === 'court' ? planCourt(g, id, board, power, kind.free) : planResist(g, id, board, power, kind.free);
  if (typeof plan === 'string') return plan;
  plan.spendsAction = false;
  plan.tokenId = token.id;
  return plan;
}

const ACTION_KEYS: Record<Action['type'], string[]> = {
  court: ['board', 'power'], resist: ['board', 'power'], join: ['institution'], leave: ['institution'],
  hostBase: ['power'], closeBase: ['power'], mediate: [], pass: [], useToken: ['tokenId', 'board', 'power'],
};

/** Checks the shape of an action: known type, known names, no extra fields. */
export function shapeProblem(action: unknown): string | null {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) return 'An action must be an object.';
  const a = action as Record<string, unknown>;
  if (typeof a.type !== 'string' || !Object.hasOwn(ACTION_KEYS, a.type)) return 'Unknown action.';
  const keys = ACTION_KEYS[a.type as Action['type']];
  for (const k of Object.keys(a)) if (k !== 'type' && !keys.includes(k)) return `Unexpected argument "${k.slice(0, 30)}".`;
  switch (a.type) {
    case 'court': case 'resist':
      if (!isBoard(a.board)) return 'Unknown board: choose politics, economics, military or culture.';
      if (!isPower(a.power)) return 'Unknown power: choose RU, CN or EU.';
      return null;
    case 'join': case 'leave':
      return isInstitution(a.institution) ? null : 'Unknown institution: choose SCO, CSTO or EAEU.';
    case 'hostBase': case 'closeBase':
      return isBasePower(a.power) ? null : 'Only Russia (RU) or China (CN) can have a base.';
    case 'useToken':
      if (typeof a.tokenId !== 'string' || a.tokenId.length > 64) return 'Unknown token.';
      if (a.board !== undefined && !isBoard(a.board)) return 'Unknown board: choose politics, economics, military or culture.';
      if (a.power !== undefined && !isPower(a.power)) return 'Unknown power: choose RU, CN or EU.';
      return null;
    default:
      return null;
  }
}

/**
 * The plan of an action for a state, or the reason it is illegal in this position.
 * Turn order is checked by the engine; this checks arguments, requirements, caps and costs.
 */
export function planAction(g: G, id: StateId, action: Action): Plan | string {
  return shapeProblem(action) ?? planWellFormed(g, id, action);
}

/** planAction for an action already known to be well formed (the engine's own candidates). */
export function planWellFormed(g: G, id: StateId, action: Action): Plan | string {
  let plan: Plan | string;
  switch (action.type) {
    case 'court': plan = planCourt(g, id, action.board, action.power, false); break;
    case 'resist': plan = planResist(g, id, action.board, action.power, false); break;
    case 'join': plan = planMembership(g, id, action.institution, true); break;
    case 'leave': plan = planMembership(g, id, action.institution, false); break;
    case 'hostBase': plan = planBase(g, id, action.power, true); break;
    case 'closeBase': plan = planBase(g, id, action.power, false); break;
    case 'mediate': plan = planMediate(g, id); break;
    case 'pass': plan = emptyPlan(); break;
    case 'useToken': plan = planToken(g, id, action as unknown as Record<string, unknown>); break;
  }
  if (typeof plan === 'string') return plan;
  const cost = costProblem(g, id, plan);
  return cost ?? plan;
}

/** Applies a legal plan to the acting state (rules §4). `cause` is 'seat:<n>'. */
export function applyPlan(g: G, id: StateId, action: Action, plan: Plan, cause: string): void {
  const s = g.states[id];
  for (const c of plan.influence) addInfluence(g, id, c.board, c.power, c.delta, cause);
  for (const r of plan.resources) addResource(g, id, r.res, r.delta);
  if (plan.euEngagement) addTrack(g, 'euEngagement', plan.euEngagement);
  if (plan.bri) s.bri += plan.bri;
  if (plan.join) s.members.push(plan.join);
  if (plan.leave) s.members = s.members.filter((m) => m !== plan.leave);
  if (plan.host) s.bases.push(plan.host);
  if (plan.close) s.bases = s.bases.filter((b) => b !== plan.close);
  if (plan.mediate) { g.mediationsLeft -= 1; s.mediations += 1; }
  if (plan.tokenId) s.tokens = s.tokens.filter((t) => t.id !== plan.tokenId);
  if (action.type === 'resist') g.resistedThisTurn = true;
  if (plan.tension) addTension(g, plan.tension, cause, plan.tensionReason);
}
