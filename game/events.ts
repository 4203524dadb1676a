// rules §6: the 24 event cards in two eras, and how each one changes the state.
import { addInfluence, addResource, addTension, addTrack, isBalanced, leader, totalInfluence } from './board.js';
import type { G, StateId } from './types.js';
import { STATE_IDS } from './types.js';

export interface EventDef {
  id: string;
  era: 'A' | 'B';
  title: string;
  /** Applies the card. Tension changes are blamed on the event (rules §6). */
  apply: (g: G) => void;
}

const cause = (id: string): string => `event:${id}`;

/** Gives every listed state a token of the given kind for this round. */
export function giveTokens(g: G, ids: readonly StateId[], kind: string, eventId: string): void {
  for (const id of ids) g.states[id].tokens.push({ id: `${eventId}-r${g.round}`, kind });
}

/** The states with the highest value, all of them when tied. */
function highest(values: (id: StateId) => number): StateId[] {
  const vs = STATE_IDS.map(values);
  const top = Math.max(...vs);
  return STATE_IDS.filter((_, i) => vs[i] === top);
}

/** The n states with the lowest value, ties broken by seat order. */
function lowestN(values: (id: StateId) => number, n: number): StateId[] {
  return [...STATE_IDS].sort((a, b) => values(a) - values(b) || STATE_IDS.indexOf(a) - STATE_IDS.indexOf(b)).slice(0, n);
}

const members = (g: G, inst: 'SCO' | 'CSTO' | 'EAEU'): StateId[] =>
  STATE_IDS.filter((id) => g.states[id].members.includes(inst));

const defs: EventDef[] = [
  // ---- era A ----
  {
    id: 'sanctions', era: 'A', title: 'Sanctions bite',
    apply: (g) => { addTrack(g, 'asymmetry', 1); addTension(g, -1, cause('sanctions')); },
  },
  {
    id: 'trade-war', era: 'A', title: 'US–China trade war',
    apply: (g) => {
      for (const id of lowestN((s) => g.states[s].influence.economics.CN, 2)) addInfluence(g, id, 'economics', 'CN', 1, cause('trade-war'));
      addTension(g, -1, cause('trade-war'));
    },
  },
  {
    id: 'bri-forum', era: 'A', title: 'Belt and Road Forum',
    apply: (g) => giveTokens(g, STATE_IDS, 'court-CN-economics', 'bri-forum'),
  },
  {
    id: 'greater-eurasia', era: 'A', title: 'Greater Eurasia',
    apply: (g) => { for (const id of members(g, 'EAEU')) addInfluence(g, id, 'politics', 'RU', 1, cause('greater-eurasia')); },
  },
  {
    id: 'alignment', era: 'A', title: 'EAEU–BRI alignment pledge',
    apply: (g) => {
      addTension(g, -1, cause('alignment'));
      for (const id of members(g, 'EAEU')) addResource(g, id, 'economy', 1);
    },
  },
  {
    id: 'sco-expansion', era: 'A', title: 'India and Pakistan join the SCO',
    apply: (g) => { addTension(g, -1, cause('sco-expansion')); g.mediationsLeft = 2; },
  },
  {
    id: 'eu-strategy', era: 'A', title: 'New EU strategy for Central Asia',
    apply: (g) => { addTrack(g, 'euEngagement', 1); giveTokens(g, STATE_IDS, 'court-EU-politics', 'eu-strategy'); },
  },
  {
    id: 'afghan-border', era: 'A', title: 'Trouble on the Afghan border',
    apply: (g) => {
      const hit: StateId[] = ['TJK', 'UZB', 'TKM'];
      for (const id of hit) addResource(g, id, 'security', -2);
      giveTokens(g, hit.filter((id) => g.states[id].members.includes('CSTO')), 'court-RU-military', 'afghan-border');
    },
  },
  {
    id: 'xinjiang', era: 'A', title: 'Camps in Xinjiang exposed',
    apply: (g) => {
      for (const id of STATE_IDS) addInfluence(g, id, 'culture', 'CN', -1, cause('xinjiang'));
      for (const id of ['KAZ', 'KGZ'] as StateId[]) addResource(g, id, 'stability', -1);
    },
  },
  {
    id: 'land-protests', era: 'A', title: 'Protests over Chinese land deals',
    apply: (g) => {
      const hit = highest((id) => g.states[id].influence.economics.CN);
      for (const id of hit) addResource(g, id, 'stability', -2);
      giveTokens(g, hit, 'resist-CN-economics-free', 'land-protests');
    },
  },
  {
    id: 'remittances-fall', era: 'A', title: 'Rouble slump',
    apply: (g) => {
      for (const id of ['KGZ', 'TJK', 'UZB'] as StateId[]) {
        addResource(g, id, 'economy', -1);
        addInfluence(g, id, 'culture', 'RU', -1, cause('remittances-fall'));
      }
    },
  },
  {
    id: 'joint-exercise', era: 'A', title: 'Joint Sino-Russian exercise',
    apply: (g) => {
      addTension(g, -1, cause('joint-exercise'));
      addInfluence(g, 'TJK', 'military', 'RU', 1, cause('joint-exercise'));
      addInfluence(g, 'TJK', 'military', 'CN', 1, cause('joint-exercise'));
    },
  },
  // ---- era B ----
  {
    id: 'pamir-outpost', era: 'B', title: 'Chinese outpost in the Pamirs',
    apply: (g) => {
      addInfluence(g, 'TJK', 'military', 'CN', 2, cause('pamir-outpost'));
      addTension(g, 2, cause('pamir-outpost'));
      addResource(g, 'TJK', 'security', 1);
    },
  },
  {
    id: 'gas-pipeline', era: 'B', title: 'New gas line to China',
    apply: (g) => {
      addResource(g, 'TKM', 'economy', 2);
      for (const id of ['TKM', 'UZB', 'KAZ'] as StateId[]) addInfluence(g, id, 'economics', 'CN', 1, cause('gas-pipeline'));
    },
  },
  {
    id: 'gas-glut', era: 'B', title: 'Gas price collapse',
    apply: (g) => {
      addResource(g, 'TKM', 'economy', -2);
      addResource(g, 'KAZ', 'economy', -1);
      addResource(g, 'UZB', 'economy', -1);
    },
  },
  {
    id: 'junior-partner', era: 'B', title: 'Moscow hedges its bets',
    apply: (g) => {
      addTrack(g, 'asymmetry', -1);
      addTension(g, 1, cause('junior-partner'));
      addTrack(g, 'euEngagement', 1);
    },
  },
  {
    id: 'debt-talks', era: 'B', title: 'Debt renegotiation',
    apply: (g) => {
      for (const id of STATE_IDS) {
        if (g.states[id].debt < 3) continue;
        addResource(g, id, 'debt', -1);
        addInfluence(g, id, 'politics', 'CN', 1, cause('debt-talks'));
      }
    },
  },
  {
    id: 'eu-connectivity', era: 'B', title: 'EU connectivity push',
    apply: (g) => {
      addTrack(g, 'euEngagement', 1);
      for (const id of highest((s) => totalInfluence(g, s, 'EU'))) addInfluence(g, id, 'economics', 'EU', 1, cause('eu-connectivity'));
    },
  },
  {
    id: 'russian-media', era: 'B', title: 'Russian media push',
    apply: (g) => {
      for (const id of STATE_IDS) if (g.states[id].influence.culture.RU <= 2) addInfluence(g, id, 'culture', 'RU', 1, cause('russian-media'));
    },
  },
  {
    id: 'digital-silk-road', era: 'B', title: 'Digital Silk Road',
    apply: (g) => {
      for (const id of STATE_IDS) if (g.states[id].influence.economics.CN >= 3) addInfluence(g, id, 'culture', 'CN', 1, cause('digital-silk-road'));
    },
  },
  {
    id: 'csto-peacekeepers', era: 'B', title: 'CSTO peacekeepers',
    apply: (g) => {
      // With no CSTO member left there is nobody to send peacekeepers to: the card does nothing.
      const [id] = lowestN((s) => g.states[s].stability, 5).filter((s) => g.states[s].members.includes('CSTO'));
      if (!id) return;
      addInfluence(g, id, 'military', 'RU', 2, cause('csto-peacekeepers'));
      addResource(g, id, 'security', 2);
      addResource(g, id, 'stability', 1);
      addTension(g, 1, cause('csto-peacekeepers'));
    },
  },
  {
    id: 'leaders-summit', era: 'B', title: 'Central Asian leaders meet',
    apply: (g) => { addTension(g, -1, cause('leaders-summit')); giveTokens(g, STATE_IDS, 'resist-any-free', 'leaders-summit'); },
  },
  {
    id: 'arms-deals', era: 'B', title: 'Chinese arms deals',
    apply: (g) => {
      for (const id of STATE_IDS) if (g.states[id].influence.military.CN <= 1) addInfluence(g, id, 'military', 'CN', 1, cause('arms-deals'));
      addTension(g, 1, cause('arms-deals'));
    },
  },
  {
    id: 'opinion-survey', era: 'B', title: 'Public opinion survey',
    apply: (g) => {
      // Both conditions are judged on the state before the card changes anything.
      const calm = STATE_IDS.filter((id) => isBalanced(g, id, 'culture'));
      const sore = STATE_IDS.filter((id) => leader(g, id, 'economics') === 'CN' && g.states[id].influence.culture.CN <= 1);
      for (const id of calm) addResource(g, id, 'stability', 1);
      for (const id of sore) addResource(g, id, 'stability', -1);
    },
  },
];

export const EVENTS: Record<string, EventDef> = Object.fromEntries(defs.map((d) => [d.id, d]));
export const ERA_A: readonly string[] = defs.filter((d) => d.era === 'A').map((d) => d.id);
export const ERA_B: readonly string[] = defs.filter((d) => d.era === 'B').map((d) => d.id);
export const EVENT_IDS: readonly string[] = defs.map((d) => d.id);
