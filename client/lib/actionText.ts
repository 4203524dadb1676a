// Words for actions: the names of the action buttons (also their accessible names, which the e2e
// tests use). The log's past-tense sentences are game/deeds.ts's. Wording only: legality lives in game/.
import { BASE_ADJ } from '../../game/deeds';
import { POWER_NAME } from '../../game/names';
import { TOKEN_KINDS } from '../../game/tokens';
import type { Action, Board, G, Power, Seat } from '../../game/types';
import { stateOf } from '../../game/types';

export const powerName = (p: Power): string => POWER_NAME[p];
export const PowerTitle: Record<Power, string> = { RU: 'Russia', CN: 'China', EU: 'EU' };
export const BoardTitle: Record<Board, string> = { politics: 'Politics', economics: 'Economics', military: 'Military', culture: 'Culture' };

/** The board and power a token action is about (its own fixed ones, or the ones chosen). */
function tokenTarget(g: G | null, seat: Seat | null, a: Extract<Action, { type: 'useToken' }>) {
  const token = g && seat ? g.states[stateOf(seat)].tokens.find((t) => t.id === a.tokenId) : undefined;
  const kind = token ? TOKEN_KINDS[token.kind] : undefined;
  return {
    verb: kind?.action ?? 'court',
    board: a.board ?? kind?.board ?? null,
    power: a.power ?? kind?.power ?? null,
    free: kind?.free ?? false,
  };
}

/** The name of an action's button, e.g. "Court China on economics", "Join the SCO". */
export function actionLabel(a: Action, g: G | null = null, seat: Seat | null = null): string {
  switch (a.type) {
    case 'court': return `Court ${powerName(a.power)} on ${a.board}`;
    case 'resist': return `Resist ${powerName(a.power)} on ${a.board}`;
    case 'join': return `Join the ${a.institution}`;
    case 'leave': return `Leave the ${a.institution}`;
    case 'hostBase': return `Host a ${BASE_ADJ[a.power]} base`;
    case 'closeBase': return `Close the ${BASE_ADJ[a.power]} base`;
    case 'mediate': return 'Mediate';
    case 'pass': return 'Pass';
    case 'useToken': {
      const t = tokenTarget(g, seat, a);
      const what = t.board && t.power ? `${t.verb} ${powerName(t.power)} on ${t.board}` : `${t.verb}`;
      return `Use token: ${what}${t.free ? ' at no cost' : ''}`;
    }
  }
}

