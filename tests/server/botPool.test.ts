// The server's bot decisions (server/botPool.ts): cheap levels inline, the hard bot in a reused
// worker thread that leaves the event loop free, a medium fallback if the worker fails, and a
// worker that starts whether the server runs under `tsx` or `node --import tsx`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { easyBot } from '../../game/bots/easy.js';
import { mediumBot } from '../../game/bots/medium.js';
import { randomBot } from '../../game/bots/random.js';
import { isLegal, startGame } from '../../game/engine.js';
import { seededRng } from '../../game/rng.js';
import type { G } from '../../game/types.js';
import { playerView } from '../../game/view.js';
import { BotPool, chooseBotAction, closeBotPool, configureBotPool } from '../../server/botPool.js';

const root = new URL('../..', import.meta.url).pathname;
const game = (seed = 3): G => startGame({}, seededRng(seed));

afterAll(async () => {
  await closeBotPool();
});

describe('bot pool', () => {
  it('decides the cheap levels inline, exactly as the bots do', async () => {
    const g = game();
    const view = playerView(g, '0');
    expect(await chooseBotAction('medium', view, '0', 7)).toEqual(mediumBot(view, '0', seededRng(7)));
    expect(await chooseBotAction('easy', view, '0', 7)).toEqual(easyBot(view, '0', seededRng(7)));
    expect(await chooseBotAction('random', view, '0', 'm:1')).toEqual(randomBot(view, '0', seededRng('m:1')));
    // Given the full state, the bot still sees only the seat's view.
    expect(await chooseBotAction('medium', g, '0', 7)).toEqual(mediumBot(view, '0', seededRng(7)));
  });

  it('runs the hard bot in one reused worker and keeps the event loop free', async () => {
    const pool = new BotPool();
    try {
      const g = game();
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      const a = await pool.run('hard', playerView(g, '0'), '0', 1, 400);
      clearInterval(timer);
      expect(isLegal(g, '0', a)).toBe(true);
      expect(ticks).toBeGreaterThan(10); // the main thread kept running while the worker searched
      expect(pool.workers).toBe(1);
      const [b, c] = await Promise.all([
        pool.run('hard', playerView(g, '0'), '0', 2, 50),
        pool.run('medium', playerView(g, '0'), '0', 3),
      ]);
      expect(isLegal(g, '0', b)).toBe(true);
      expect(c).toEqual(mediumBot(playerView(g, '0'), '0', seededRng(3)));
      expect(pool.workers).toBe(1);
    } finally {
      await pool.close();
    }
    await expect(pool.run('hard', playerView(game(), '0'), '0', 1, 50)).rejects.toThrow(/closed/);
  });

  it('chooseBotAction runs hard in the shared pool and falls back to medium when the worker fails', async () => {
    const g = game(5);
    const view = playerView(g, '0');
    const hard = await chooseBotAction('hard', view, '0', 11, 60);
    expect(isLegal(g, '0', hard)).toBe(true);
    const errors: string[] = [];
    configureBotPool({ graceMs: -60, onError: (e) => errors.push(e.message) }); // every decision times out at once
    const fallback = await chooseBotAction('hard', view, '0', 11, 60);
    expect(errors).toEqual(['bot worker timed out']);
    expect(fallback).toEqual(mediumBot(view, '0', seededRng(11)));
    configureBotPool({});
  });

  it('reports a worker error for an unknown level', async () => {
    const pool = new BotPool();
    try {
      await expect(pool.run('nonsense' as never, playerView(game(), '0'), '0', 1, 10)).rejects.toThrow(/unknown bot level/);
    } finally {
      await pool.close();
    }
  });

  it.each([
    ['tsx', [join(root, 'node_modules/.bin/tsx')]],
    ['node --import tsx', [process.execPath, '--import', 'tsx']],
  ])('starts its worker when the server runs as `%s`', (_name, cmd) => {
    const dir = mkdtempSync(join(tmpdir(), 'botpool-'));
    try {
      const script = join(dir, 'probe.mts');
      writeFileSync(script, [
        `import { BotPool } from ${JSON.stringify(join(root, 'server/botPool.ts'))};`,
        `import { startGame } from ${JSON.stringify(join(root, 'game/engine.ts'))};`,
        `import { seededRng } from ${JSON.stringify(join(root, 'game/rng.ts'))};`,
        `import { playerView } from ${JSON.stringify(join(root, 'game/view.ts'))};`,
        'const pool = new BotPool();',
        'const g = startGame({}, seededRng(3));',
        "const a = await pool.run('hard', playerView(g, '0'), '0', 1, 50);",
        'console.log(JSON.stringify(a));',
        'await pool.close();',
      ].join('\n'));
      const [bin, ...args] = cmd;
      const r = spawnSync(bin, [...args, script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const action = JSON.parse(r.stdout.trim());
      expect(isLegal(game(), '0', action)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
