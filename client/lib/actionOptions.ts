// The candidate actions of a seat, grouped as the action panel shows them, each with its label and,
// when illegal, the reason. Legality and reasons come from game/ (candidateActions, explainIllegal).
import { candidateActions, explainIllegal } from '../../game/engine';
import { moveArgs } from '../../game/index';
import { TOKEN_KINDS } from '../../game/tokens';
import type { Action, Board, G, Power, Seat } from '../../game/types';
import { stateOf } from '../../game/types';
import { actionLabel } from './actionText';

export interface ActionOption {
  key: string;
  action: Action;
  label: string;
  legal: boolean;
  reason: string | null;
}

export interface TokenGroup {
  tokenId: string;
  kind: string;
  /** One option for a token with a fixed target; twelve (board × power) for a token you aim. */
  options: ActionOption[];
  chooses: boolean;
}

export interface ActionGroups {
  court: Record<Board, Record<Power, ActionOption>>;
  resist: Record<Board, Record<Power, ActionOption>>;
  institutions: ActionOption[];
  bases: ActionOption[];
  mediate: ActionOption;
  tokens: TokenGroup[];
  pass: ActionOption;
  all: ActionOption[];
}

/** A stable key of an action: its move name and arguments. */
export const actionKey = (a: Action): string => [a.type, ...moveArgs(a)].join(':');

export function groupActions(g: G, seat: Seat): ActionGroups {
  const all = candidateActions(g, seat).map((action): ActionOption => {
    const reason = explainIllegal(g, seat, action);
    return { key: actionKey(action), action, label: actionLabel(action, g, seat), legal: reason === null, reason };
  });
  const court = {} as ActionGroups['court'];
  const resist = {} as ActionGroups['resist'];
  const institutions: ActionOption[] = [];
  const bases: ActionOption[] = [];
  const tokens = new Map<string, TokenGroup>();
  let mediate: ActionOption | undefined;
  let pass: ActionOption | undefined;
  const tokenKinds = new Map(g.states[stateOf(seat)].tokens.map((t) => [t.id, t.kind]));
  for (const o of all) {
    const a = o.action;
    switch (a.type) {
      case 'court': (court[a.board] ??= {} as Record<Power, ActionOption>)[a.power] = o; break;
      case 'resist': (resist[a.board] ??= {} as Record<Power, ActionOption>)[a.power] = o; break;
      case 'join': case 'leave': institutions.push(o); break;
      case 'hostBase': case 'closeBase': bases.push(o); break;
      case 'mediate': mediate = o; break;
      case 'pass': pass = o; break;
      case 'useToken': {
        const kind = tokenKinds.get(a.tokenId) ?? '';
        const def = TOKEN_KINDS[kind];
        const group = tokens.get(a.tokenId) ?? { tokenId: a.tokenId, kind, options: [], chooses: !!def && (def.board === null || def.power === null) };
        group.options.push(o);
        tokens.set(a.tokenId, group);
        break;
      }
    }
  }
  return { court, resist, institutions, bases, mediate: mediate!, tokens: [...tokens.values()], pass: pass!, all };
}
