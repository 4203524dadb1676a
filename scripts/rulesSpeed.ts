// Full random games of the baseline scenario through the pure core, on one core: the rules
// benchmark (npm run bench), and the machine's speed printed beside the server benchmark's figures
// (the same code runs twice as fast on some days as on others on these shared machines).
import { applyAction, legalActions, startGame } from '../game/engine.js';
import { randomInt, seededRng } from '../game/rng.js';

export interface Figures { games: number; actions: number; seconds: number }

/** Plays random games for about `seconds` with `playOne(seed)` returning the actions of one game. */
export function run(seconds: number, playOne: (seed: number) => number): Figures {
  // Warm up the JIT first, so the figure is the steady state.
  for (let i = 0; i < 20; i++) playOne(1_000_000 + i);
  let games = 0;
  let actions = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) actions += playOne(games++);
  return { games, actions, seconds: (performance.now() - t0) / 1000 };
}

/** One full random game on the pure core: the action count. */
export function pureGame(seed: number): number {
  const rng = seededRng(seed);
  const pick = seededRng(`pick:${seed}`);
  const g = startGame(undefined, rng);
  let n = 0;
  while (!g.gameover) {
    const acts = legalActions(g, g.activeSeat);
    applyAction(g, g.activeSeat, acts[randomInt(pick, acts.length)], rng);
    n++;
  }
  return n;
}
