// Mutation check of the rules engine: does every rule have a test that fails when it is broken?
//
//   npm run mutate                       every rules file, the fast rules tests
//   npm run mutate -- --files game/upkeep.ts,game/score.ts
//   npm run mutate -- --tests tests/game/score.test.ts   only against these tests
//   npm run mutate -- --slow             survivors are tried again on the random-game checks
//   npm run mutate -- --json out.json    every mutant and its fate, for a script
//
// It makes small changes to the rules' code one at a time (a number one higher, `<` for `<=`,
// `&&` for `||`, a condition's `!` dropped, `true` for `false`, `max` for `min`, a statement
// left out) and runs the rules tests against each. A change that no test notices "survives":
// either the tests miss that rule, or the change does not alter what the game does (the code
// reads the same both ways). The work happens in a copy of the project in a temporary folder,
// never in the checkout. Mutants that hang (a loop that no longer ends) count as caught.
//
// Each mutant is tested by one long-lived Vitest instance with the files run without isolation,
// after telling Vite the mutated file changed: about half a second a mutant here, against 10 s
// for a fresh `vitest run`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseArgs } from './cli.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The files that hold the rules (not the bots, the texts or the debrief's wording). */
export const RULE_FILES = [
  'game/actions.ts', 'game/agendas.ts', 'game/board.ts', 'game/config.ts', 'game/control.ts',
  'game/court.ts', 'game/deeds.ts', 'game/engine.ts', 'game/events.ts', 'game/index.ts',
  'game/powers.ts', 'game/preview.ts', 'game/rng.ts', 'game/score.ts', 'game/setup.ts',
  'game/tokens.ts', 'game/upkeep.ts', 'game/view.ts',
];

/** The random-game checks: thorough, but 30 s or more each, so only used with --slow. */
const SLOW_TESTS = ['tests/game/invariants.test.ts', 'tests/game/bots.test.ts'];
/** They take a minute or more a mutant, so a mutant hangs there only after 20 times as long. */
const SLOW_HANG_FACTOR = 20;

export interface Mutant {
  file: string;
  /** 1-based line and column of the change in the original file. */
  line: number;
  column: number;
  kind: string;
  original: string;
  replacement: string;
  start: number;
  end: number;
}

const SWAPS: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.LessThanToken]: '<=',
  [ts.SyntaxKind.LessThanEqualsToken]: '<',
  [ts.SyntaxKind.GreaterThanToken]: '>=',
  [ts.SyntaxKind.GreaterThanEqualsToken]: '>',
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: '!==',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: '===',
  [ts.SyntaxKind.AmpersandAmpersandToken]: '||',
  [ts.SyntaxKind.BarBarToken]: '&&',
  [ts.SyntaxKind.PlusToken]: '-',
  [ts.SyntaxKind.MinusToken]: '+',
  [ts.SyntaxKind.AsteriskToken]: '/',
  [ts.SyntaxKind.SlashToken]: '*',
  [ts.SyntaxKind.PlusEqualsToken]: '-=',
  [ts.SyntaxKind.MinusEqualsToken]: '+=',
};

const isStringy = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** True inside a type, an import, or text the player reads (a template string). */
function outOfScope(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isTemplateExpression(n)) return true;
  }
  return false;
}

/** Every mutant of one source file, in source order. */
export function mutantsOf(file: string, source: string): Mutant[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Mutant[] = [];
  const add = (node: ts.Node | { getStart(): number; getEnd(): number }, kind: string, replacement: string) => {
    const start = node.getStart(sf);
    const end = node.getEnd();
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    out.push({ file, line: line + 1, column: character + 1, kind, original: source.slice(start, end), replacement, start, end });
  };
  const visit = (node: ts.Node): void => {
    if (outOfScope(node)) return;
    if (ts.isNumericLiteral(node)) {
      const value = Number(node.text);
      add(node, 'number', String(value === 0 ? 1 : value + 1));
    } else if (node.kind === ts.SyntaxKind.TrueKeyword) {
      add(node, 'boolean', 'false');
    } else if (node.kind === ts.SyntaxKind.FalseKeyword) {
      add(node, 'boolean', 'true');
    } else if (ts.isBinaryExpression(node)) {
      const swap = SWAPS[node.operatorToken.kind];
      const arithmetic = node.operatorToken.kind === ts.SyntaxKind.PlusToken
        || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken;
      if (swap && !(arithmetic && (isStringy(node.left) || isStringy(node.right)))) {
        add(node.operatorToken, 'operator', swap);
      }
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add({ getStart: () => node.getStart(sf), getEnd: () => node.getStart(sf) + 1 }, 'negation', '');
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)
      && node.expression.text === 'Math' && (node.name.text === 'max' || node.name.text === 'min')) {
      add(node.name, 'max/min', node.name.text === 'max' ? 'min' : 'max');
    } else if (ts.isExpressionStatement(node) && !ts.isStringLiteral(node.expression)) {
      add(node, 'statement', ';');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export const applyMutant = (source: string, m: Mutant): string =>
  source.slice(0, m.start) + m.replacement + source.slice(m.end);

/** In the workspace: the mutated files' sources as copied, for the children to restore. */
const ORIGINALS = 'mutate-originals.json';

/** A copy of what the rules tests need, in a temporary folder, with the checkout's node_modules. */
function makeWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdchess-mutate-'));
  for (const entry of ['game', 'tests/game', 'scripts', 'package.json', 'tsconfig.json', 'vitest.config.ts']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The child: one Vitest instance that tests mutants from a list, one JSON line per result.

async function child(dir: string, listFile: string, from: number, tests: string[]): Promise<void> {
  process.chdir(dir);
  const { createVitest } = await import('vitest/node');
  const vitest = await createVitest('test', {
    watch: false,
    reporters: [{}],
    bail: 1,
    isolate: false,
    pool: 'threads',
    include: tests,
    // A test that never ends is the parent's to judge (its hang timer), not Vitest's.
    testTimeout: 3_600_000,
  });
  const project = vitest.getRootProject();
  const specs = tests.map((t) => project.createSpecification(resolve(dir, t)));
  const mutants = JSON.parse(readFileSync(listFile, 'utf8')) as Mutant[];
  // Put every file back as it was copied: a child killed on a hanging mutant left its change.
  const sources = JSON.parse(readFileSync(join(dir, ORIGINALS), 'utf8')) as Record<string, string>;
  const originals = new Map<string, string>();
  for (const [file, source] of Object.entries(sources)) {
    originals.set(resolve(dir, file), source);
    writeFileSync(resolve(dir, file), source);
  }
  const run = async () => (await vitest.runTestSpecifications(specs)).testModules.every((m) => m.ok());
  if (from === 0 && !(await run())) {
    process.stdout.write(`${JSON.stringify({ index: -1, caught: true })}\n`);
    process.exit(2);
  }
  for (let index = from; index < mutants.length; index++) {
    const m = mutants[index];
    const path = resolve(dir, m.file);
    const original = originals.get(path)!;
    const started = Date.now();
    process.stdout.write(`${JSON.stringify({ index, started: true })}\n`);
    writeFileSync(path, applyMutant(original, m));
    vitest.invalidateFile(path);
    const caught = !(await run());
    writeFileSync(path, original);
    vitest.invalidateFile(path);
    process.stdout.write(`${JSON.stringify({ index, caught, ms: Date.now() - started })}\n`);
  }
  await vitest.close();
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// The parent: lists the mutants, runs a child, restarts it past a mutant that hangs.

interface Fate { caught: boolean; hung?: boolean }

function runMutants(dir: string, mutants: Mutant[], tests: string[], label: string, hangMs: number): Promise<Fate[]> {
  const listFile = join(dir, 'mutants.json');
  writeFileSync(listFile, JSON.stringify(mutants));
  const fates: Fate[] = new Array(mutants.length);
  let done = 0;
  const startedAt = Date.now();
  return new Promise((resolvePromise, reject) => {
    const start = (from: number) => {
      if (from >= mutants.length) return resolvePromise(fates);
      const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url),
        '--child', dir, listFile, String(from), tests.join(',')], { stdio: ['ignore', 'pipe', 'inherit'] });
      let current = from;
      let running = false;
      let timer: NodeJS.Timeout | undefined;
      // Starting Vitest (and, the first time, the unmutated run) may take a while; a mutant may not.
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (running) {
            fates[current] = { caught: true, hung: true };
            done++;
          }
          proc.kill('SIGKILL');
        }, ms);
      };
      arm(Math.max(hangMs, 180_000));
      createInterface({ input: proc.stdout }).on('line', (line) => {
        if (!line.startsWith('{')) return;
        const msg = JSON.parse(line) as { index: number; caught: boolean; started?: boolean };
        if (msg.index === -1) return reject(new Error('the rules tests fail without any mutant: fix them first'));
        current = msg.index;
        running = msg.started === true;
        if (running) return arm(hangMs);
        clearTimeout(timer);
        fates[msg.index] = { caught: msg.caught };
        done++;
        if (done % 25 === 0 || done === mutants.length) {
          const rate = done / ((Date.now() - startedAt) / 1000);
          const speed = rate >= 0.5 ? `${rate.toFixed(1)} a second` : `${(1 / rate).toFixed(0)} s each`;
          process.stderr.write(`  ${label}: ${done}/${mutants.length} (${speed})\n`);
        }
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        if (running && fates[current]?.hung) return start(current + 1);
        if (code !== 0) return reject(new Error(`the test runner stopped (exit ${code}) at mutant ${current}`));
        resolvePromise(fates);
      });
    };
    start(0);
  });
}

const USAGE = `Usage: npm run mutate -- [--files game/a.ts,game/b.ts] [--tests tests/game/a.test.ts,…] [--slow] [--json out.json] [--hang-seconds 15]`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['files', 'tests', 'json', 'hang-seconds'], ['slow', 'help']);
  if (typeof args === 'string' || args.help) {
    console.error(typeof args === 'string' ? `${args}\n\n${USAGE}` : USAGE);
    process.exit(typeof args === 'string' ? 2 : 0);
  }
  const files = String(args.files ?? RULE_FILES.join(',')).split(',').filter(Boolean);
  const missing = files.find((f) => !existsSync(join(ROOT, f)) || !f.startsWith('game/'));
  if (missing) { console.error(`not a file of the rules (game/…): ${missing}\n\n${USAGE}`); process.exit(2); }
  const slow = args.slow === true;
  const jsonOut = typeof args.json === 'string' ? args.json : '';
  const hangMs = Number(args['hang-seconds'] ?? 15) * 1000;
  const all = readdirSync(join(ROOT, 'tests/game'))
    .filter((f) => f.endsWith('.test.ts')).map((f) => `tests/game/${f}`);
  const fast = typeof args.tests === 'string'
    ? args.tests.split(',').filter(Boolean)
    : all.filter((t) => !SLOW_TESTS.includes(t));
  const unknown = fast.find((t) => !existsSync(join(ROOT, t)) || !t.startsWith('tests/game/'));
  if (unknown) { console.error(`not a rules test file: ${unknown}\n\n${USAGE}`); process.exit(2); }

  // The sources as copied: the mutants' offsets stay right if the checkout changes during the run.
  const dir = makeWorkspace();
  const sources = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  writeFileSync(join(dir, ORIGINALS), JSON.stringify(sources));
  const mutants = files.flatMap((f) => mutantsOf(f, sources[f]));
  console.log(`Mutation check: ${mutants.length} mutants of ${files.length} file${files.length === 1 ? '' : 's'}, against ${fast.length} rules test file${fast.length === 1 ? '' : 's'}`);
  try {
    const fates = await runMutants(dir, mutants, fast, 'fast tests', hangMs);
    let survivors = mutants.filter((_, i) => !fates[i].caught);
    let bySlow = 0;
    if (slow && survivors.length > 0) {
      const slowFates = await runMutants(dir, survivors, SLOW_TESTS, 'random-game checks', SLOW_HANG_FACTOR * hangMs);
      bySlow = slowFates.filter((f) => f.caught).length;
      survivors = survivors.filter((_, i) => !slowFates[i].caught);
    }
    console.log('\nfile                 mutants  caught  survived');
    for (const f of files) {
      const n = mutants.filter((m) => m.file === f).length;
      const s = survivors.filter((m) => m.file === f).length;
      console.log(`${f.padEnd(20)} ${String(n).padStart(7)} ${String(n - s).padStart(7)} ${String(s).padStart(9)}`);
    }
    const hung = fates.filter((f) => f.hung).length;
    const score = ((mutants.length - survivors.length) / mutants.length) * 100;
    console.log(`\n${mutants.length - survivors.length} of ${mutants.length} caught (${score.toFixed(1)} %)`
      + `${hung ? `, ${hung} by hanging` : ''}${slow ? `, ${bySlow} only by the random-game checks` : ''}.`);
    if (survivors.length) {
      console.log('\nSurvivors (no test noticed):');
      for (const m of survivors) {
        const shown = m.original.replace(/\s+/g, ' ').slice(0, 70);
        console.log(`  ${m.file}:${m.line}:${m.column}  ${m.kind}: ${shown} → ${m.replacement || '(dropped)'}`);
      }
    }
    if (jsonOut) {
      writeFileSync(jsonOut, JSON.stringify(mutants.map((m, i) => ({
        ...m, caught: fates[i].caught, survived: survivors.includes(m),
      })), null, 1));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const [dir, listFile, from, tests] = process.argv.slice(3);
  await child(dir, listFile, Number(from), tests.split(','));
} else if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  await main().catch((e: Error) => {
    console.error(`mutate: ${e.message}`);
    process.exit(1);
  });
}
