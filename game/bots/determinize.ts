// Determinization for search bots (rules §12): a seat's view filled in with one guess of what the
// seat cannot see — the other seats' agendas, their tokens and the order of the undrawn events —
// so that the pure engine can play the game on from it. Everything hidden in the view is
// overwritten here, so a search built on this never reads (and never depends on) hidden state.
import { AGENDA_IDS } from '../agendas.js';
import { cloneG } from '../engine.js';
import { ERA_A, ERA_B, EVENTS } from '../events.js';
import { shuffle } from '../rng.js';
import type { G, Rng, Seat, StateId } from '../types.js';
import { SEATS, STATE_IDS, stateOf } from '../types.js';

/** The other seats that have not yet taken their turn this round (they may still hold this round's tokens). */
export function seatsStillToPlay(g: G, me: Seat): Seat[] {
  const start = Number(g.startSeat);
  const out: Seat[] = [];
  for (let k = g.turnsTaken; k < SEATS.length; k++) {
    const s = SEATS[(start + k) % SEATS.length];
    if (s !== me && s !== g.activeSeat) out.push(s);
  }
  return out;
}

/** The agendas a seat may hold from `me`'s point of view: every card but `me`'s own. */
export function possibleAgendas(view: G, me: Seat): string[] {
  const mine = view.states[stateOf(me)].agenda;
  return AGENDA_IDS.filter((a) => a !== mine);
}

/** The undrawn cards of each era, as `me` knows them: the era's cards not yet drawn (public). */
export function undrawnEvents(view: G): { A: string[]; B: string[] } {
  const drawn = new Set(view.eventsDrawn);
  return { A: ERA_A.filter((c) => !drawn.has(c)), B: ERA_B.filter((c) => !drawn.has(c)) };
}

/**
 * The tokens this round's event gave, judged on the public state now (the rule of each event
 * card is public; whether a seat still holds its token is not, so the seats still to play are
 * assumed to hold theirs and the seats that have played to hold none — tokens expire at upkeep).
 */
function guessTokens(g: G, me: Seat): Partial<Record<StateId, G['states'][StateId]['tokens']>> {
  const out: Partial<Record<StateId, G['states'][StateId]['tokens']>> = {};
  const card = g.event ? EVENTS[g.event] : undefined;
  const toPlay = seatsStillToPlay(g, me);
  if (!card || toPlay.length === 0) return out;
  const scratch = cloneG(g);
  for (const id of STATE_IDS) scratch.states[id].tokens = [];
  card.apply(scratch);
  for (const s of toPlay) out[stateOf(s)] = scratch.states[stateOf(s)].tokens.map((t) => ({ ...t }));
  return out;
}

/**
 * One sampled complete state consistent with what seat `me` sees: the other seats' agendas drawn
 * without replacement from the seven cards that are not `me`'s, the undrawn events of each era
 * shuffled, and the other seats' tokens guessed from the public rule of this round's event.
 * `view` is not changed; only public fields and `me`'s own are read from it.
 */
export function determinize(view: G, me: Seat, rng: Rng): G {
  const g = cloneG(view);
  if (g.gameover) return g;
  const pool = shuffle(possibleAgendas(view, me), rng);
  const meId = stateOf(me);
  let k = 0;
  for (const id of STATE_IDS) {
    if (id === meId) continue;
    g.states[id].agenda = pool[k++] ?? null;
    g.states[id].tokens = [];
  }
  const deck = undrawnEvents(view);
  g.deck = { A: shuffle(deck.A, rng), B: shuffle(deck.B, rng) };
  const tokens = guessTokens(g, me);
  for (const [id, ts] of Object.entries(tokens)) g.states[id as StateId].tokens = ts!;
  return g;
}
