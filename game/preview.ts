// Previews: what an action would do, computed by applying it to a copy (style §3).
import { BENEFIT_MAX } from './court.js';
import { applyEffects, check, cloneG } from './engine.js';
import { BASE_OWNER, capitalFirst, POWER_NAME, STATE_NAME, signed } from './names.js';
import type { Action, BasePower, Board, G, Institution, Power, Resource, Seat } from './types.js';
import { BASE_POWERS, BOARDS, INSTITUTIONS, POWERS, stateOf } from './types.js';

export type Change =
  | { kind: 'influence'; board: Board; power: Power; delta: number }
  | { kind: 'resource'; resource: Resource; delta: number }
  | { kind: 'track'; track: 'tension' | 'asymmetry' | 'euEngagement'; delta: number }
  | { kind: 'bri'; delta: number }
  | { kind: 'member'; institution: Institution; joined: boolean }
  | { kind: 'base'; power: BasePower; hosted: boolean }
  | { kind: 'blame'; delta: number };

export type Preview =
  | { legal: false; reason: string }
  | { legal: true; changes: Change[]; lines: string[]; endsTurn: boolean; after: G };

const TRACK_NAME = { tension: 'Tension', asymmetry: 'Asymmetry', euEngagement: 'EU engagement' } as const;

/** The differences between two states for one seat, as structured changes. */
export function diffForSeat(before: G, after: G, seat: Seat): Change[] {
  const id = stateOf(seat);
  const a = before.states[id];
  const b = after.states[id];
  const out: Change[] = [];
  for (const board of BOARDS) for (const power of POWERS) {
    const d = b.influence[board][power] - a.influence[board][power];
    if (d) out.push({ kind: 'influence', board, power, delta: d });
  }
  for (const resource of ['economy', 'security', 'stability', 'debt'] as Resource[]) {
    const d = b[resource] - a[resource];
    if (d) out.push({ kind: 'resource', resource, delta: d });
  }
  if (b.bri !== a.bri) out.push({ kind: 'bri', delta: b.bri - a.bri });
  for (const institution of INSTITUTIONS) {
    const was = a.members.includes(institution);
    const is = b.members.includes(institution);
    if (was !== is) out.push({ kind: 'member', institution, joined: is });
  }
  for (const power of BASE_POWERS) {
    const was = a.bases.includes(power);
    const is = b.bases.includes(power);
    if (was !== is) out.push({ kind: 'base', power, hosted: is });
  }
  for (const track of ['tension', 'asymmetry', 'euEngagement'] as const) {
    const d = after.tracks[track] - before.tracks[track];
    if (d) out.push({ kind: 'track', track, delta: d });
  }
  if (b.blame !== a.blame) out.push({ kind: 'blame', delta: b.blame - a.blame });
  return out;
}

/** One plain sentence per change. */
export function changeLine(c: Change): string {
  switch (c.kind) {
    case 'influence': return `${capitalFirst(POWER_NAME[c.power])} ${signed(c.delta)} on your ${c.board}`;
    case 'resource': return `${signed(c.delta)} ${c.resource}`;
    case 'track': return `${TRACK_NAME[c.track]} ${signed(c.delta)}`;
    case 'bri': return `${signed(c.delta)} BRI project${Math.abs(c.delta) === 1 ? '' : 's'}`;
    case 'member': return c.joined ? `You join the ${c.institution}` : `You leave the ${c.institution}`;
    case 'base': return c.hosted ? `A ${BASE_OWNER[c.power]} base opens` : `The ${BASE_OWNER[c.power]} base closes`;
    case 'blame': return `Your blame ${signed(c.delta)}`;
  }
}

/** What an action would do for a seat now, without changing the game; or why it is illegal. */
export function previewAction(g: G, seat: Seat, action: Action): Preview {
  const plan = check(g, seat, action);
  if (typeof plan === 'string') return { legal: false, reason: plan };
  const after = cloneG(g);
  applyEffects(after, seat, action, plan);
  const changes = diffForSeat(g, after, seat);
  const lines = changes.map(changeLine);
  if (action.type === 'court' && !plan.benefit) {
    const before = g.states[stateOf(seat)].influence[action.board][action.power];
    lines.push(`No benefit: ${POWER_NAME[action.power]} already has ${before} here (benefits come at ${BENEFIT_MAX} or less).`);
  }
  // A resist under UZB's Own course, or a no-cost token from an event (only resists come free).
  if (plan.free) lines.push('No cost this time.');
  if (after.tracks.tension >= 10) lines.push(`This brings tension to 10: crisis, and the game ends.`);
  const endsTurn = action.type === 'pass' || (plan.spendsAction && g.actionsLeft <= 1);
  if (endsTurn) lines.push(`Ends ${STATE_NAME[stateOf(seat)]}'s turn.`);
  return { legal: true, changes, lines, endsTurn, after };
}
