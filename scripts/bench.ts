// npm run bench -- [--seconds 5]
// The speed of the rules on one core: actions/second and full random games/second through the
// pure core (game/engine.ts), then the same through boardgame.io's headless client (its reducer,
// immer and plugins on top of the same rules). Prints figures; asserts nothing (shared machines).
import { Client } from 'boardgame.io/client';
import { legalActions } from '../game/engine.js';
import { MdChess, moveArgs } from '../game/index.js';
import { randomInt, seededRng } from '../game/rng.js';
import type { G, Seat } from '../game/types.js';
import { parseArgs } from './cli.js';
import { pureGame, run, type Figures } from './rulesSpeed.js';

const USAGE = 'usage: npm run bench -- [--seconds 5]';

/** One full random game through boardgame.io's headless client (single process, no transport). */
function clientGame(seed: number): number {
  const client = Client({ game: { ...MdChess, seed: `bench-${seed}` } as typeof MdChess, numPlayers: 5 });
  client.start();
  const pick = seededRng(`pick:${seed}`);
  let n = 0;
  for (let state = client.getState()!; !state.ctx.gameover; state = client.getState()!) {
    const seat = state.ctx.currentPlayer as Seat;
    const acts = legalActions(state.G as G, seat);
    const a = acts[randomInt(pick, acts.length)];
    client.updatePlayerID(seat);
    (client.moves[a.type] as (...args: unknown[]) => void)(...moveArgs(a));
    n++;
  }
  client.stop();
  return n;
}

function report(label: string, f: Figures): void {
  const rate = (x: number) => Math.round(x / f.seconds).toLocaleString('en-US');
  console.log(`${label.padEnd(34)} ${rate(f.actions).padStart(10)} actions/s ${rate(f.games).padStart(8)} games/s   (${f.games} games, ${(f.actions / f.games).toFixed(1)} actions each, ${f.seconds.toFixed(1)} s)`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['seconds'], ['help']);
  if (typeof args === 'string' || args.help) { console.error(typeof args === 'string' ? `${args}\n${USAGE}` : USAGE); process.exit(typeof args === 'string' ? 2 : 0); }
  const seconds = Number(args.seconds ?? 5);
  if (!(seconds > 0)) { console.error(USAGE); process.exit(2); }
  console.log(`Rules benchmark, one core, full random games of the baseline scenario (Node ${process.version})`);
  report('pure core (game/engine.ts)', run(seconds, pureGame));
  report("boardgame.io headless client", run(seconds, clientGame));
}

main();
