// Small helpers shared by the command-line scripts: arguments, statistics, a progress bar.

/** Parses `--name value` and `--flag` arguments; returns an error sentence for anything unknown. */
export function parseArgs(argv: string[], valued: string[], flags: string[]): Record<string, string | boolean> | string {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) return `unexpected argument "${a}"`;
    const [name, inline] = a.slice(2).split('=', 2);
    if (flags.includes(name)) out[name] = true;
    else if (valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) return `--${name} needs a value`;
      out[name] = v;
    } else return `unknown option --${name}`;
  }
  return out;
}

/** Wilson score interval at 95% for k successes in n trials. */
export function wilson(k: number, n: number): { rate: number; lo: number; hi: number } {
  if (n === 0) return { rate: 0, lo: 0, hi: 0 };
  const z = 1.96;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { rate: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export function sd(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}
export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** A progress bar on stderr for long runs (silent when stderr is not a terminal). */
export function progressBar(total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  let last = -1;
  return (done) => {
    const step = Math.floor((done / total) * 40);
    if (step === last && done !== total) return;
    last = step;
    if (tty) {
      process.stderr.write(`\r[${'#'.repeat(step)}${'.'.repeat(40 - step)}] ${done}/${total}`);
      if (done === total) process.stderr.write('\n');
    } else if (step % 10 === 0 || done === total) process.stderr.write(`${done}/${total}\n`);
  };
}
