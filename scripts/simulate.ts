// npm run simulate -- --games N --bots medium,medium,random,... --scenario S --seed S [--json]
// Plays bot-vs-bot games on the pure engine and prints the balance figures of rules §13.
import { AGENDA_IDS } from '../game/agendas.js';
import { BOTS, isBotKind, type BotFn, type BotKind } from '../game/bots/index.js';
import { playGame } from '../game/bots/match.js';
import { hashString } from '../game/rng.js';
import { SCENARIOS, SCENARIO_IDS } from '../game/setup.js';
import { STATE_IDS, seatOf, type StateId } from '../game/types.js';
import { parseArgs, progressBar, wilson, pct, mean, sd } from './cli.js';

const USAGE = `usage: npm run simulate -- [--games N] [--bots k0,k1,k2,k3,k4] [--scenario S] [--seed S] [--json]
  --games     number of games (default 1000)
  --bots      one bot kind, or five comma-separated (seat 0..4), of: ${Object.keys(BOTS).join(', ')} (default medium)
              with mixed bots the line-up is rotated one seat each game
  --scenario  one of ${SCENARIO_IDS.join(', ')} (default baseline-2019)
  --seed      base seed (number or text, default 1)
  --json      print machine-readable JSON instead of the report`;

export interface SimReport {
  games: number; scenario: string; bots: string[]; seed: string;
  winRate: Record<StateId, { rate: number; lo: number; hi: number }>;
  winRateByBot: Record<string, { rate: number; lo: number; hi: number; seatsPlayed: number }>;
  crisisRate: { rate: number; lo: number; hi: number };
  score: Record<StateId, { mean: number; sd: number }>;
  actionShare: Record<string, number>;
  agendaMet: Record<string, { dealt: number; rate: number }>;
  tensionByRound: number[];
  cappedAtRound5: number;
  gamesPerSecond: number;
}

export function simulate(games: number, kinds: BotKind[], scenario: string, seed: string, onProgress?: (done: number) => void): SimReport {
  const start = performance.now();
  const base = /^\d+$/.test(seed) ? Number(seed) : hashString(seed);
  const wins = Object.fromEntries(STATE_IDS.map((id) => [id, 0])) as Record<StateId, number>;
  const botWins: Record<string, number> = {};
  const botSeats: Record<string, number> = {};
  const scores = Object.fromEntries(STATE_IDS.map((id) => [id, [] as number[]])) as Record<StateId, number[]>;
  const actions: Record<string, number> = {};
  const agendaDealt: Record<string, number> = {};
  const agendaMet: Record<string, number> = {};
  const tension: number[][] = [];
  let crises = 0;
  let capped = 0;
  let resourceValues = 0;
  let totalActions = 0;
  for (let i = 0; i < games; i++) {
    const lineup = kinds.map((_, s) => kinds[(s + i) % kinds.length]);
    const bots: BotFn[] = lineup.map((k) => BOTS[k]);
    const { g, actions: acts } = playGame(bots, { scenario }, base + i);
    const over = g.gameover!;
    if (over.crisis) crises++;
    for (const id of STATE_IDS) {
      const seat = seatOf(id);
      const kind = lineup[Number(seat)];
      botSeats[kind] = (botSeats[kind] ?? 0) + 1;
      if (over.winners.includes(seat)) { wins[id]++; botWins[kind] = (botWins[kind] ?? 0) + 1; }
      scores[id].push(over.scores[seat].total);
      const agenda = over.agendas[seat];
      if (agenda) {
        agendaDealt[agenda] = (agendaDealt[agenda] ?? 0) + 1;
        if (over.agendasMet[seat]) agendaMet[agenda] = (agendaMet[agenda] ?? 0) + 1;
      }
    }
    for (const a of acts) { actions[a.kind] = (actions[a.kind] ?? 0) + 1; totalActions++; }
    for (const h of g.history) (tension[h.round - 1] ??= []).push(h.tension);
    const r5 = g.history.find((h) => h.round === 5);
    if (r5) for (const id of STATE_IDS) for (const v of [r5.economy[id], r5.security[id], r5.stability[id]]) {
      resourceValues++;
      if (v >= 12) capped++;
    }
    onProgress?.(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  const actionShare = Object.fromEntries(
    Object.entries(actions).sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, n / totalActions]));
  return {
    games, scenario, bots: kinds, seed,
    winRate: Object.fromEntries(STATE_IDS.map((id) => [id, wilson(wins[id], games)])) as SimReport['winRate'],
    winRateByBot: Object.fromEntries(Object.keys(botSeats).map((k) => [k, { ...wilson(botWins[k] ?? 0, botSeats[k]), seatsPlayed: botSeats[k] }])),
    crisisRate: wilson(crises, games),
    score: Object.fromEntries(STATE_IDS.map((id) => [id, { mean: mean(scores[id]), sd: sd(scores[id]) }])) as SimReport['score'],
    actionShare,
    agendaMet: Object.fromEntries(AGENDA_IDS.map((a) => [a, { dealt: agendaDealt[a] ?? 0, rate: (agendaMet[a] ?? 0) / Math.max(1, agendaDealt[a] ?? 0) }])),
    tensionByRound: tension.map((ts) => mean(ts)),
    cappedAtRound5: resourceValues ? capped / resourceValues : 0,
    gamesPerSecond: games / seconds,
  };
}

function printReport(r: SimReport): void {
  const ci = (x: { rate: number; lo: number; hi: number }) => `${pct(x.rate)}  (95% CI ${pct(x.lo)}–${pct(x.hi)})`;
  console.log(`\n${r.games} games · scenario ${r.scenario} · bots ${r.bots.join(',')} · seed ${r.seed}`);
  console.log('\nWin rate by state');
  for (const id of STATE_IDS) console.log(`  ${id}  ${ci(r.winRate[id])}`);
  if (Object.keys(r.winRateByBot).length > 1) {
    console.log('\nWin rate by bot (share of games won by a seat of this kind, per seat played)');
    for (const [k, v] of Object.entries(r.winRateByBot)) console.log(`  ${k.padEnd(8)} ${ci(v)}`);
  }
  console.log(`\nCrisis rate  ${ci(r.crisisRate)}`);
  console.log('\nFinal score (mean ± sd)');
  for (const id of STATE_IDS) console.log(`  ${id}  ${r.score[id].mean.toFixed(1)} ± ${r.score[id].sd.toFixed(1)}`);
  console.log('\nShare of actions');
  for (const [k, v] of Object.entries(r.actionShare)) console.log(`  ${k.padEnd(14)} ${pct(v)}`);
  console.log('\nAgenda met when dealt');
  for (const [k, v] of Object.entries(r.agendaMet)) console.log(`  ${k.padEnd(20)} ${pct(v.rate)}  (dealt ${v.dealt})`);
  console.log(`\nMean tension after each round  ${r.tensionByRound.map((t) => t.toFixed(2)).join('  ')}`);
  console.log(`Resource values at 12 after round 5  ${pct(r.cappedAtRound5)}`);
  console.log(`\n${r.gamesPerSecond.toFixed(1)} games/s`);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['games', 'bots', 'scenario', 'seed'], ['json', 'help']);
  if (typeof args === 'string' || args.help) {
    console.error(typeof args === 'string' ? `${args}\n\n${USAGE}` : USAGE);
    process.exit(typeof args === 'string' ? 2 : 0);
  }
  const games = Number(args.games ?? 1000);
  if (!Number.isInteger(games) || games < 1 || games > 1_000_000) { console.error(`--games must be a whole number from 1\n\n${USAGE}`); process.exit(2); }
  const kindList = String(args.bots ?? 'medium').split(',').map((k) => k.trim());
  if (kindList.length !== 1 && kindList.length !== 5) { console.error(`--bots takes one kind or five\n\n${USAGE}`); process.exit(2); }
  const bad = kindList.find((k) => !isBotKind(k));
  if (bad !== undefined) { console.error(`unknown bot "${bad}"\n\n${USAGE}`); process.exit(2); }
  const kinds = (kindList.length === 1 ? Array(5).fill(kindList[0]) : kindList) as BotKind[];
  const scenario = String(args.scenario ?? 'baseline-2019');
  if (!SCENARIOS[scenario]) { console.error(`unknown scenario "${scenario}"\n\n${USAGE}`); process.exit(2); }
  const seed = String(args.seed ?? '1');
  const bar = args.json || games < 200 ? undefined : progressBar(games);
  const report = simulate(games, kinds, scenario, seed, bar);
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
