// The solo match's bots, run in the browser. The hard bot searches for about a second; it runs in
// short slices so the page stays responsive while it thinks (game/bots/hard.ts createSearch).
import { BOTS } from '../../game/bots/index';
import { createSearch } from '../../game/bots/hard';
import type { Action, G, Rng, Seat } from '../../game/types';
import type { BotLevel } from './solo';

const HARD_BUDGET_MS = 1000;
const SLICE_MS = 12;

/** The action a bot of this level takes on its view; resolves when it has decided. */
export function chooseBotAction(level: BotLevel, view: G, seat: Seat, rng: Rng): Promise<Action> {
  if (level !== 'hard') return Promise.resolve((BOTS[level] ?? BOTS.medium)(view, seat, rng));
  const search = createSearch(view, seat, rng);
  if (search.trivial) return Promise.resolve(search.best());
  const t0 = performance.now();
  return new Promise((resolve) => {
    const slice = () => {
      const s0 = performance.now();
      while (performance.now() - s0 < SLICE_MS) search.step(2);
      if (performance.now() - t0 >= HARD_BUDGET_MS) resolve(search.best());
      else setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  });
}
