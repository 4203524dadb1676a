// Actions in words, one place for the whole game: the match log on the client, the debrief and
// the class export all say what a state did with these sentences.
import { POWER_NAME, STATE_NAME } from './names.js';
import { eventTitle, own } from './texts.js';
import { TOKEN_KINDS } from './tokens.js';
import type { Action, Board, Institution, Power, Seat } from './types.js';
import { STATE_IDS } from './types.js';

/** What a state did, with a free action resolved to the court or resist it stood for. */
export interface Deed {
  verb: 'court' | 'resist' | 'join' | 'leave' | 'hostBase' | 'closeBase' | 'mediate' | 'pass' | 'useToken';
  board?: Board;
  power?: Power;
  institution?: Institution;
  /** The event whose free action this was. */
  event?: string;
  free?: boolean;
}

/** rules §6: the free action each event hands out (its token kind); checked against events.ts by the tests. */
export const TOKEN_OF_EVENT: Record<string, string> = {
  'bri-forum': 'court-CN-economics', 'eu-strategy': 'court-EU-politics', 'afghan-border': 'court-RU-military',
  'land-protests': 'resist-CN-economics-free', 'leaders-summit': 'resist-any-free',
};

/** The deed of an action; token ids are `<event>-r<round>` (events.ts giveTokens). */
export function deedOf(a: Action): Deed {
  switch (a.type) {
    case 'court': case 'resist': return { verb: a.type, board: a.board, power: a.power };
    case 'join': case 'leave': return { verb: a.type, institution: a.institution };
    case 'hostBase': case 'closeBase': return { verb: a.type, power: a.power };
    case 'mediate': case 'pass': return { verb: a.type };
    case 'useToken': {
      const event = a.tokenId.replace(/-r\d+$/, '');
      const kind = own(TOKEN_KINDS, own(TOKEN_OF_EVENT, event));
      const board = a.board ?? kind?.board ?? undefined;
      const power = a.power ?? kind?.power ?? undefined;
      if (!kind || !board || !power) return { verb: 'useToken', event };
      return { verb: kind.action, board, power, event, free: kind.free };
    }
  }
}

/** The adjective of a power's base: "a Russian base". */
export const BASE_ADJ: Record<Power, string> = { RU: 'Russian', CN: 'Chinese', EU: 'European' };

/** A deed in words: "court China on economics", or past tense "courted China on economics". */
export function deedText(d: Deed, past = false): string {
  const p = d.power ? POWER_NAME[d.power] : 'a power';
  const w = (now: string, then: string) => (past ? then : now);
  switch (d.verb) {
    case 'court': return `${w('court', 'courted')} ${p} on ${d.board}`;
    case 'resist': return `${w('resist', 'resisted')} ${p} on ${d.board}`;
    case 'join': return `${w('join', 'joined')} the ${d.institution}`;
    case 'leave': return `${w('leave', 'left')} the ${d.institution}`;
    case 'hostBase': return `${w('host', 'hosted')} a ${d.power ? BASE_ADJ[d.power] : 'foreign'} base`;
    case 'closeBase': return `${w('close', 'closed')} the ${d.power ? BASE_ADJ[d.power] : 'foreign'} base`;
    case 'mediate': return `${w('mediate', 'mediated')} through the SCO`;
    case 'pass': return w('pass', 'passed');
    case 'useToken': return `${w('use', 'used')} the free action of “${eventTitle(d.event ?? '')}”`;
  }
}

/** One sentence for an action of a seat, e.g. "Kazakhstan courted China on economics." */
export function actionLine(a: Action, seat: Seat): string {
  const d = deedOf(a);
  const via = d.event && d.verb !== 'useToken' ? ` (free action of “${eventTitle(d.event)}”${d.free ? ', at no cost' : ''})` : '';
  return `${STATE_NAME[STATE_IDS[Number(seat)]]} ${deedText(d, true)}${via}.`;
}

/**
 * The turn timer's control note with the state named: "Uzbekistan's time ran out: a bot played the
 * rest of its turn." game/control.ts names the state when it notes a timeout; matches stored before
 * noted "Time ran out: …", which the debrief and the log name from where the note falls. Any other
 * text (a note already named) is returned as it is.
 */
export function timeoutText(text: string, seat: Seat | null): string {
  const plain = 'Time ran out: ';
  if (seat === null || !text.startsWith(plain)) return text;
  const rest = text.slice(plain.length).replace('the rest of the turn', 'the rest of its turn');
  return `${STATE_NAME[STATE_IDS[Number(seat)]]}'s time ran out: ${rest}`;
}
