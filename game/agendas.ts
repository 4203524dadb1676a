// rules §9 secret agendas: condition and points of each card.
import { dominant, leader, isBalanced } from './board.js';
import type { G, StateId } from './types.js';
import { BOARDS } from './types.js';

export interface AgendaDef {
  id: string;
  title: string;
  points: number;
  /** Is the agenda met now (it is scored on the state at the end). */
  met: (g: G, id: StateId) => boolean;
}

export const AGENDAS: Record<string, AgendaDef> = {
  'multi-vector': {
    id: 'multi-vector', title: 'Multi-vector master', points: 6,
    met: (g, id) => {
      if (!BOARDS.every((b) => isBalanced(g, id, b))) return false;
      const leaders = new Set(BOARDS.map((b) => leader(g, id, b)).filter((p) => p !== null));
      return leaders.size >= 2;
    },
  },
  'silk-road-hub': {
    id: 'silk-road-hub', title: 'Silk Road hub', points: 5,
    met: (g, id) => g.states[id].bri >= 2 && g.states[id].debt <= 4,
  },
  'eurasian-integrator': {
    id: 'eurasian-integrator', title: 'Eurasian integrator', points: 5,
    met: (g, id) => {
      const s = g.states[id];
      return s.members.includes('EAEU') && s.members.includes('CSTO') &&
        leader(g, id, 'politics') === 'RU' && leader(g, id, 'military') === 'RU';
    },
  },
  'european-bridge': {
    id: 'european-bridge', title: 'European bridge', points: 5,
    met: (g, id) => g.tracks.euEngagement >= 4 && BOARDS.filter((b) => g.states[id].influence[b].EU >= 3).length >= 2,
  },
  fortress: {
    id: 'fortress', title: 'Fortress state', points: 4,
    met: (g, id) => g.states[id].security >= 10,
  },
  mandate: {
    id: 'mandate', title: "People's mandate", points: 4,
    met: (g, id) => g.states[id].stability >= 10,
  },
  peacemaker: {
    id: 'peacemaker', title: 'Peacemaker', points: 5,
    met: (g, id) => g.tracks.tension <= 5 && g.states[id].mediations >= 2,
  },
  unaligned: {
    id: 'unaligned', title: 'Unaligned', points: 5,
    met: (g, id) => g.states[id].bases.length === 0 && dominant(g, id, 'military') === null,
  },
};

export const AGENDA_IDS = Object.keys(AGENDAS);

/** Points the state's agenda scores now (0 if unmet or unknown). */
export function agendaPoints(g: G, id: StateId): number {
  const a = g.states[id].agenda;
  const def = a ? AGENDAS[a] : undefined;
  return def && def.met(g, id) ? def.points : 0;
}

