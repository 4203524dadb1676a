// rules §7 the powers phase: China, then Russia, then the EU place influence by fixed rules.
import { addInfluence, addTension, inCrisis, totalInfluence } from './board.js';
import { LIMITS, POWERS_PHASE } from './config.js';
import { rankWithTies } from './rng.js';
import type { Board, G, Power, PowerStep, Rng, StateId } from './types.js';
import { STATE_IDS } from './types.js';

const below5 = (g: G, id: StateId, board: Board, power: Power): boolean =>
  g.states[id].influence[board][power] < LIMITS.influenceMax;

/** Places +1 in the first candidate below the cap; returns the state placed in, or null. */
function placeFirst(g: G, candidates: StateId[], board: Board, power: Power): StateId | null {
  const id = candidates.find((s) => below5(g, s, board, power));
  if (!id) return null;
  addInfluence(g, id, board, power, 1, `powers:${power}`);
  return id;
}

const record = (g: G, step: Omit<PowerStep, 'tension'> & { tension?: number }): void => {
  g.powersLog.push({ tension: 0, ...step });
};

/** rules §7 China: 1 + floor(asymmetry / 3) placements. */
export function chinaPhase(g: G, rng: Rng): void {
  const n = POWERS_PHASE.chinaBase + Math.floor(g.tracks.asymmetry / POWERS_PHASE.chinaPerAsymmetry);
  let military = false;
  let politics = false;
  for (let i = 0; i < n && !inCrisis(g); i++) {
    const asym = g.tracks.asymmetry;
    if (asym >= POWERS_PHASE.chinaMilitaryAt && !military) {
      const order = rankWithTies([...POWERS_PHASE.borderStates], (s) => g.states[s].influence.military.CN, rng, 'min');
      const id = placeFirst(g, order, 'military', 'CN');
      if (id) {
        military = true;
        const m = g.states[id].influence.military;
        const t = m.CN > m.RU ? addTension(g, 1, 'powers:CN', 'cn-military-placement') : 0;
        record(g, { power: 'CN', board: 'military', state: id, delta: 1, reason: 'cn-border-military', tension: t });
        continue;
      }
    }
    if (asym >= POWERS_PHASE.chinaPoliticsAt && !politics) {
      const order = rankWithTies([...STATE_IDS], (s) => g.states[s].influence.politics.CN, rng, 'min');
      const id = placeFirst(g, order, 'politics', 'CN');
      if (id) {
        politics = true;
        record(g, { power: 'CN', board: 'politics', state: id, delta: 1, reason: 'cn-lowest-politics' });
        continue;
      }
    }
    const order = rankWithTies([...STATE_IDS], (s) => g.states[s].influence.economics.CN, rng, 'min');
    const id = placeFirst(g, order, 'economics', 'CN');
    if (id) record(g, { power: 'CN', board: 'economics', state: id, delta: 1, reason: 'cn-lowest-economics' });
    else record(g, { power: 'CN', board: 'economics', state: order[0], delta: 0, reason: 'cap', skipped: true });
  }
}

/** RU's margin over the strongest other power in a cell. */
function ruMargin(g: G, id: StateId, board: Board): number {
  const c = g.states[id].influence[board];
  return c.RU - Math.max(c.CN, c.EU);
}

/** rules §7 Russia: a military placement where China presses most, then politics or culture. */
export function russiaPhase(g: G, rng: Rng): void {
  const order = rankWithTies([...STATE_IDS], (s) => {
    const m = g.states[s].influence.military;
    return m.CN - m.RU;
  }, rng, 'max');
  const id = order.find((s) => below5(g, s, 'military', 'RU'));
  if (id) {
    const m = g.states[id].influence.military;
    const t = m.CN > m.RU ? addTension(g, 1, 'powers:RU', 'ru-pushback') : 0;
    addInfluence(g, id, 'military', 'RU', 1, 'powers:RU');
    record(g, { power: 'RU', board: 'military', state: id, delta: 1, reason: t ? 'ru-pushback' : 'ru-military-gap', tension: t });
  }
  if (inCrisis(g)) return;
  const cells: { id: StateId; board: Board }[] = [];
  for (const s of STATE_IDS) for (const board of ['politics', 'culture'] as Board[]) {
    if (below5(g, s, board, 'RU')) cells.push({ id: s, board });
  }
  const [cell] = rankWithTies(cells, (c) => ruMargin(g, c.id, c.board), rng, 'min');
  if (cell) {
    addInfluence(g, cell.id, cell.board, 'RU', 1, 'powers:RU');
    record(g, { power: 'RU', board: cell.board, state: cell.id, delta: 1, reason: 'ru-smallest-margin' });
  }
}

/** rules §7 EU: floor(euEngagement / 2) placements, economics then politics, where the EU is strongest. */
export function euPhase(g: G, rng: Rng): void {
  const n = Math.floor(g.tracks.euEngagement / POWERS_PHASE.euPerEngagement);
  for (let i = 0; i < n; i++) {
    const board: Board = i % 2 === 0 ? 'economics' : 'politics';
    const order = rankWithTies([...STATE_IDS], (s) => totalInfluence(g, s, 'EU'), rng, 'max');
    const id = placeFirst(g, order, board, 'EU');
    if (id) record(g, { power: 'EU', board, state: id, delta: 1, reason: 'eu-strongest' });
  }
}

/** rules §7: the whole phase, stopping at once on a crisis. */
export function powersPhase(g: G, rng: Rng): void {
  g.powersLog = [];
  chinaPhase(g, rng);
  if (!inCrisis(g)) russiaPhase(g, rng);
  if (!inCrisis(g)) euPhase(g, rng);
}
