// npm run arena -- --test hard --field medium --games 500 [--budget-ms N | --iterations N] [--seed S] [--json]
// One bot of the tested kind against four of the field kind, the tested seat rotated each game
// (game i: seat i mod 5): its win rate with a 95% CI, mean score, and time per decision.
// These are the strength targets of rules §13.
import { BOTS, type BotFn } from '../game/bots/index.js';
import { HARD_DEFAULTS, hardBot, type HardOptions } from '../game/bots/hard.js';
import { playGame } from '../game/bots/match.js';
import { ONE_TRACK_BOTS } from '../game/bots/onetrack.js';
import { hashString } from '../game/rng.js';
import { SCENARIOS, SCENARIO_IDS } from '../game/setup.js';
import { SEATS } from '../game/types.js';
import { mean, parseArgs, pct, progressBar, sd, wilson } from './cli.js';

/** Every kind the arena can field: the seat levels and the one-track bots. */
export const ARENA_KINDS = [...Object.keys(BOTS), ...Object.keys(ONE_TRACK_BOTS)];

const USAGE = `usage: npm run arena -- --test KIND --field KIND [--games N] [--budget-ms N | --iterations N] [--seed S] [--scenario S] [--json]
  --test        the bot tested, one seat: ${ARENA_KINDS.join(', ')}
  --field       the bot of the four other seats (default medium)
  --games       number of games (default 500); the tested seat is rotated each game
  --budget-ms   hard bot: time per decision in ms (default ${HARD_DEFAULTS.budgetMs})
  --iterations  hard bot: playouts per decision instead of a time budget (deterministic)
  --top-k       hard bot: candidate actions searched (default ${HARD_DEFAULTS.topK})
  --horizon     hard bot: rounds played out after the current one (default ${HARD_DEFAULTS.horizon})
  --scenario    one of ${SCENARIO_IDS.join(', ')} (default baseline-2019)
  --seed        base seed (number or text, default 1)
  --json        print machine-readable JSON instead of the report`;

export interface ArenaReport {
  test: string; field: string; games: number; seed: string; scenario: string; hard: HardOptions;
  winRate: { rate: number; lo: number; hi: number };
  /** The tested bot's mean final score, and the mean of the field's seats. */
  score: { mean: number; sd: number; fieldMean: number };
  /** The tested bot's mean margin over the best other seat. */
  margin: number;
  crisisRate: number;
  /** Mean time per decision of the tested bot and of the field, in ms. */
  msPerDecision: { test: number; field: number };
  seconds: number;
}

function botOf(kind: string, hard: HardOptions): BotFn {
  if (kind === 'hard') return (v, s, r) => hardBot(v, s, r, hard);
  if (kind in BOTS) return BOTS[kind as keyof typeof BOTS];
  return ONE_TRACK_BOTS[kind as keyof typeof ONE_TRACK_BOTS];
}

export function arena(test: string, field: string, games: number, seed: string, scenario: string, hard: HardOptions,
  onProgress?: (done: number, wins: number) => void): ArenaReport {
  const start = performance.now();
  const base = /^\d+$/.test(seed) ? Number(seed) : hashString(seed);
  const clock = () => performance.now();
  const testBot = botOf(test, { ...hard, clock });
  const fieldBot = botOf(field, { ...hard, clock });
  let wins = 0;
  let crises = 0;
  const scores: number[] = [];
  const fieldScores: number[] = [];
  const margins: number[] = [];
  const ms = { test: 0, field: 0 };
  const n = { test: 0, field: 0 };
  for (let i = 0; i < games; i++) {
    const tested = i % SEATS.length;
    const bots = SEATS.map((_, s) => (s === tested ? testBot : fieldBot));
    const { g, thinkMs, decisions } = playGame(bots, { scenario }, base + i, clock);
    const over = g.gameover!;
    const seat = SEATS[tested];
    if (over.winners.includes(seat)) wins++;
    if (over.crisis) crises++;
    scores.push(over.scores[seat].total);
    let best = -Infinity;
    for (const s of SEATS) if (s !== seat) { fieldScores.push(over.scores[s].total); best = Math.max(best, over.scores[s].total); }
    margins.push(over.scores[seat].total - best);
    for (let s = 0; s < SEATS.length; s++) {
      const k = s === tested ? 'test' : 'field';
      ms[k] += thinkMs[s];
      n[k] += decisions[s];
    }
    onProgress?.(i + 1, wins);
  }
  return {
    test, field, games, seed, scenario, hard,
    winRate: wilson(wins, games),
    score: { mean: mean(scores), sd: sd(scores), fieldMean: mean(fieldScores) },
    margin: mean(margins),
    crisisRate: crises / games,
    msPerDecision: { test: ms.test / Math.max(1, n.test), field: ms.field / Math.max(1, n.field) },
    seconds: (performance.now() - start) / 1000,
  };
}

function printReport(r: ArenaReport): void {
  const hardUsed = r.test === 'hard' || r.field === 'hard';
  const settings = hardUsed
    ? ` · hard ${r.hard.iterations !== undefined ? `${r.hard.iterations} playouts` : `${r.hard.budgetMs ?? HARD_DEFAULTS.budgetMs} ms`}/decision` +
      `${r.hard.topK ? ` top-${r.hard.topK}` : ''}${r.hard.horizon !== undefined ? ` horizon ${r.hard.horizon}` : ''}`
    : '';
  console.log(`\n${r.games} games · ${r.test} against four ${r.field} · scenario ${r.scenario} · seed ${r.seed}${settings}`);
  console.log(`\n  ${r.test} wins      ${pct(r.winRate.rate)}  (95% CI ${pct(r.winRate.lo)}–${pct(r.winRate.hi)}; a fair share is 20%)`);
  console.log(`  mean score     ${r.score.mean.toFixed(2)} ± ${r.score.sd.toFixed(2)}   (field seats ${r.score.fieldMean.toFixed(2)})`);
  console.log(`  mean margin    ${r.margin >= 0 ? '+' : ''}${r.margin.toFixed(2)} over the best other seat`);
  console.log(`  crisis         ${pct(r.crisisRate)} of games`);
  console.log(`  time/decision  ${r.test} ${r.msPerDecision.test.toFixed(2)} ms · ${r.field} ${r.msPerDecision.field.toFixed(2)} ms`);
  console.log(`  ran in         ${r.seconds.toFixed(0)} s`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['test', 'field', 'games', 'budget-ms', 'iterations', 'top-k', 'horizon', 'seed', 'scenario'], ['json', 'help']);
  const fail = (msg: string): never => { console.error(`${msg}\n\n${USAGE}`); process.exit(2); };
  if (typeof args === 'string') return fail(args);
  if (args.help) { console.log(USAGE); return; }
  const test = String(args.test ?? '');
  const field = String(args.field ?? 'medium');
  if (!ARENA_KINDS.includes(test)) return fail(`--test must be one of ${ARENA_KINDS.join(', ')}`);
  if (!ARENA_KINDS.includes(field)) return fail(`--field must be one of ${ARENA_KINDS.join(', ')}`);
  const int = (name: string, lo: number, hi: number): number | undefined => {
    if (args[name] === undefined) return undefined;
    const v = Number(args[name]);
    if (!Number.isInteger(v) || v < lo || v > hi) fail(`--${name} must be a whole number from ${lo} to ${hi}`);
    return v;
  };
  const games = int('games', 1, 1_000_000) ?? 500;
  const hard: HardOptions = {};
  const budgetMs = int('budget-ms', 1, 600_000);
  const iterations = int('iterations', 1, 10_000_000);
  if (budgetMs !== undefined && iterations !== undefined) return fail('give --budget-ms or --iterations, not both');
  if (budgetMs !== undefined) hard.budgetMs = budgetMs;
  if (iterations !== undefined) hard.iterations = iterations;
  const topK = int('top-k', 1, 50);
  if (topK !== undefined) hard.topK = topK;
  const horizon = int('horizon', 0, 12);
  if (horizon !== undefined) hard.horizon = horizon;
  const scenario = String(args.scenario ?? 'baseline-2019');
  if (!SCENARIOS[scenario]) return fail(`unknown scenario "${scenario}"`);
  const seed = String(args.seed ?? '1');
  const bar = args.json ? undefined : progressBar(games);
  const report = arena(test, field, games, seed, scenario, hard, bar);
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
