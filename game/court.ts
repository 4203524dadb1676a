// rules §4 the court table: what inviting each power onto each board gives, costs and risks.
import { STATE_NAME } from './names.js';
import type { Board, G, Power, Resource, StateId } from './types.js';

export interface CourtOutcome {
  /** Whether the benefit applies (influence was at most BENEFIT_MAX before; BRI always). */
  applies: boolean;
  gains: [Resource, number][];
  /** Resource costs, paid whether or not the benefit applies (positive numbers). */
  costs: [Resource, number][];
  euEngagement: number;
  bri: number;
  /** Tension change, applied whether or not the benefit applies. */
  tension: number;
}

/** The benefit comes only while the power's influence in the cell was at most this before. */
export const BENEFIT_MAX = 2;

/** BRI project (court CN on economics): rules §4. */
export const BRI = { economy: 3, debt: 1, corridorBonus: 1, gasBonus: 1 } as const;

/** Security gains from court on military are +1 for Tajikistan (Frontline). */
const frontline = (id: StateId, n: number): number => (id === 'TJK' ? n + 1 : n);

/**
 * The outcome of court(board, power) by a state whose cell had `before` influence,
 * or the reason it is not allowed (an unmet requirement).
 */
export function courtBenefit(g: G, id: StateId, board: Board, power: Power, before: number): CourtOutcome | string {
  const s = g.states[id];
  const eu = g.tracks.euEngagement;
  const o: CourtOutcome = { applies: before <= BENEFIT_MAX, gains: [], costs: [], euEngagement: 0, bri: 0, tension: 0 };
  const key = `${board}:${power}` as const;
  switch (key) {
    case 'politics:RU': o.gains.push(['security', 1]); break;
    case 'politics:CN': o.gains.push(['economy', 1]); break;
    case 'politics:EU':
      o.gains.push(['stability', 1]);
      o.euEngagement = 1;
      o.costs.push(['security', 1]);
      break;
    case 'economics:RU': o.gains.push(['economy', s.members.includes('EAEU') ? 2 : 1]); break;
    case 'economics:CN': {
      o.applies = true; // a BRI project always comes, whatever the influence
      let economy = BRI.economy;
      if (id === 'KAZ') economy += BRI.corridorBonus; // Corridor
      if (id === 'TKM') economy += BRI.gasBonus; // Neutrality: gas
      o.gains.push(['economy', economy], ['debt', BRI.debt]);
      o.bri = 1;
      break;
    }
    case 'economics:EU': {
      const need = s.members.includes('EAEU') && id !== 'KAZ' ? 3 : 2;
      if (eu < need) return `EU investment in ${STATE_NAME[id]} needs EU engagement ${need} (now ${eu}).`;
      o.gains.push(['economy', 1]);
      break;
    }
    case 'military:RU': o.gains.push(['security', frontline(id, s.members.includes('CSTO') ? 2 : 1)]); break;
    case 'military:CN': {
      o.gains.push(['security', frontline(id, 1)]);
      const m = s.influence.military;
      if (before + 1 > m.RU) o.tension = 1;
      break;
    }
    case 'military:EU':
      if (eu < 4) return `EU security help needs EU engagement 4 (now ${eu}).`;
      o.gains.push(['security', frontline(id, 1)]);
      o.costs.push(['stability', 1]);
      break;
    case 'culture:RU': o.gains.push(['economy', id === 'KGZ' ? 2 : 1]); break;
    case 'culture:CN': o.gains.push(['economy', 1]); break;
    case 'culture:EU': o.gains.push(['stability', 1]); break;
  }
  return o;
}
