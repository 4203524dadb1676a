// Shared steps of the end-to-end tests: set up matches through the UI, play turns by clicking
// legal actions, wait for turns without fixed sleeps, and save screenshots as test artifacts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** How long a whole match may take in one test (bots on the server, bots in the browser, us). */
export const MATCH_TIMEOUT = 150_000;

/** Fails the test on uncaught page errors, and keeps console errors for the report. */
export function watchErrors(page: Page, label = 'page'): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
  return errors;
}

export const matchScreen = (page: Page) => page.getByTestId('match-screen');

/**
 * Waits until it is this page's turn (its action panel shows the actions) or the match is over.
 * Returns which one. The waiting is on the DOM, not on a clock.
 */
export async function waitTurnOrOver(page: Page, timeout = 60_000): Promise<'turn' | 'over'> {
  const handle = await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid="match-screen"]');
    if (!r) return null;
    if (r.getAttribute('data-gameover') === 'true') return 'over';
    const mine = r.getAttribute('data-active-seat') === r.getAttribute('data-my-seat');
    if (mine && document.querySelector('.action-panel .action-matrix') && !document.querySelector('.preview--pending')) return 'turn';
    return null;
  }, null, { timeout, polling: 100 });
  return (await handle.jsonValue()) as 'turn' | 'over';
}

/** Whether this page could act right now (its turn, the actions shown, nothing pending). */
export async function canAct(page: Page): Promise<'turn' | 'over' | 'wait'> {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="match-screen"]');
    if (!r) return 'wait';
    if (r.getAttribute('data-gameover') === 'true') return 'over';
    const mine = r.getAttribute('data-active-seat') === r.getAttribute('data-my-seat');
    return mine && document.querySelector('.action-panel .action-matrix') && !document.querySelector('.preview--pending') ? 'turn' : 'wait';
  });
}

/** A small seeded random, so a run's choices can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

export type Strategy = 'pass' | 'random';

/**
 * Plays one action of this page's turn through the UI: clicks a legal (not aria-disabled) action
 * button, or Pass, then Confirm, and waits until the action was answered.
 */
export async function playOneAction(page: Page, strategy: Strategy, rnd: () => number = Math.random): Promise<string> {
  const panel = page.locator('.action-panel');
  let button = panel.getByRole('button', { name: 'Pass', exact: true });
  if (strategy === 'random' && rnd() < 0.85) {
    const legal = panel.locator('.action-btn.is-legal');
    const n = await legal.count();
    if (n > 0) button = legal.nth(Math.floor(rnd() * n));
  }
  const name = (await button.getAttribute('aria-label')) ?? (await button.innerText()).trim();
  await expect(button).not.toHaveAttribute('aria-disabled', 'true');
  await button.click();
  const confirm = panel.getByRole('button', { name: /^Confirm: / });
  await expect(confirm).toBeVisible();
  await confirm.click();
  // The preview turns to "Sending your action…" and goes away when the game answers.
  await expect(panel.locator('.preview--pending')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.notice--error')).toHaveCount(0);
  return name;
}

/**
 * Plays this page's seat to the end of the match: whenever its turn comes, an action (random
 * legal ones, or passes). Returns how many actions it took.
 */
export async function playToEnd(page: Page, strategy: Strategy, seed = 1, timeout = MATCH_TIMEOUT): Promise<number> {
  const rnd = seededRandom(seed);
  const until = Date.now() + timeout;
  let actions = 0;
  for (;;) {
    const left = until - Date.now();
    if (left <= 0) throw new Error(`the match did not end within ${timeout} ms (${actions} actions played)`);
    if ((await waitTurnOrOver(page, left)) === 'over') break;
    await playOneAction(page, strategy, rnd);
    actions++;
  }
  await expect(page.getByRole('heading', { name: 'Final scores' })).toBeVisible({ timeout: 30_000 });
  return actions;
}

/** Several pages in one match, each acting when its turn comes, until all see the end. */
export async function playAllToEnd(pages: Page[], strategy: Strategy, seed = 1, timeout = MATCH_TIMEOUT): Promise<void> {
  const rnd = seededRandom(seed);
  const until = Date.now() + timeout;
  for (;;) {
    if (Date.now() > until) throw new Error(`the match did not end within ${timeout} ms`);
    const states = await Promise.all(pages.map(canAct));
    if (states.every((s) => s === 'over')) break;
    const i = states.indexOf('turn');
    if (i >= 0) {
      await playOneAction(pages[i], strategy, rnd);
      continue;
    }
    // Nobody can act: wait until one of the pages can (a bot is moving, or the state is in flight).
    await Promise.race(pages.map((p) => waitTurnOrOver(p, Math.max(1000, until - Date.now())).catch(() => null)));
  }
  for (const p of pages) await expect(p.getByRole('heading', { name: 'Final scores' })).toBeVisible({ timeout: 30_000 });
}

/** The round number shown in the top bar ("Round 3 of 5"). */
export async function roundOf(page: Page): Promise<number> {
  const text = (await page.locator('.top-bar__roundno').innerText()).trim();
  const m = /Round (\d+) of (\d+)/.exec(text);
  if (!m) throw new Error(`no round in "${text}"`);
  return Number(m[1]);
}

export interface OnlineSetup {
  name: string;
  /** 'short' keeps the match quick. */
  scenario?: string;
  /** The host's seat ('0' Kazakhstan … '4' Turkmenistan); '0' unless told. */
  mySeat?: string;
  /** Seats left open for friends; every other seat gets a bot. */
  friendSeats?: string[];
  /** The level of those bots ('easy' unless told: the quickest). */
  bots?: string;
  /** List the match on the home page for anyone to join or watch. */
  listed?: boolean;
}

export const STATE_NAMES = ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan'];

/** Opens the create form from the home page. */
export async function openCreateForm(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Play online' }).click();
  await expect(page.getByRole('heading', { name: 'Set up an online match' })).toBeVisible();
}

/**
 * Fills the create form (already open) and creates the match; returns the match ID. With seats
 * open for friends it lands in the waiting room; with every seat given to bots the match starts
 * at once and it lands on the match screen.
 */
export async function createOnlineMatch(page: Page, o: OnlineSetup): Promise<string> {
  const mySeat = o.mySeat ?? '0';
  await page.getByLabel('Your name').fill(o.name);
  await page.getByRole('radio', { name: new RegExp(`^${STATE_NAMES[Number(mySeat)]}`) }).check();
  if (o.scenario === 'short') await page.getByRole('radio', { name: /^Short game/ }).check();
  for (let seat = 0; seat < 5; seat++) {
    if (String(seat) === mySeat) continue;
    const kind = o.friendSeats?.includes(String(seat)) ? 'human' : (o.bots ?? 'easy');
    await page.getByRole('combobox', { name: new RegExp(STATE_NAMES[seat]) }).selectOption(kind);
  }
  if (o.listed) await page.getByRole('checkbox', { name: /List it on the home page/ }).check();
  await page.getByRole('button', { name: 'Create match' }).click();
  const landing = o.friendSeats?.length ? page.getByTestId('waiting-room') : matchScreen(page);
  await expect(landing).toBeVisible({ timeout: 30_000 });
  const m = /\/match\/([^/?#]+)$/.exec(page.url());
  if (!m) throw new Error(`not on a match page: ${page.url()}`);
  return m[1];
}

/** The host starts the match from the waiting room and the match screen appears. */
export async function startMatch(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start match' }).click();
  await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
}

/** Opens the solo set-up, chooses the short game and starts; the match screen appears. */
export async function startSolo(page: Page, base = ''): Promise<void> {
  await page.goto(`${base}/solo`);
  await page.getByRole('radio', { name: /^Short game/ }).check();
  await page.getByRole('button', { name: 'Start solo match' }).click();
  await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
}

/**
 * How wide the page is against its viewport (it must not scroll sideways on a phone), and the
 * outermost elements that stick out past the right edge, to say what to fix.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      // Inside an <svg> the svg's own box (and its overflow) is what counts.
      if (el instanceof SVGElement && el.ownerSVGElement) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) continue;
      // Only the outermost: skip elements whose parent already sticks out.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
      culprits.push(`${name(el)} (right edge ${Math.round(r.right + window.scrollX)})`);
      if (culprits.length >= 5) break;
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * A full-page screenshot saved as a test artifact (outputPath + attach) and copied to
 * test-results/screenshots/ so the whole set sits in one folder.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<string> {
  // Let web fonts and lazy images settle; a condition, not a clock.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(file, join(SCREENSHOT_DIR, `${name}.png`));
  return file;
}

/** A free TCP port on this machine. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface OwnServer {
  url: string;
  proc: ChildProcess;
  /** Stops the server and waits until its process has exited. */
  stop: () => Promise<void>;
}

/** Starts a server of our own (node --import tsx server/main.ts) on a free port with its own DATA_DIR. */
export async function startOwnServer(dataDir: string): Promise<OwnServer> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: resolve('.'),
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, BOT_DELAY_MS: '40', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d) => { output += String(d); });
  proc.stderr?.on('data', (d) => { output += String(d); });
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  const url = `http://localhost:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the server exited early (${proc.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      proc.kill('SIGKILL');
      throw new Error(`the server did not come up on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    proc,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      await exited;
    },
  };
}

/** axe-core (WCAG 2 A and AA) on the page: every violation is attached; serious and critical ones fail. */
export async function axeScan(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Every violation goes into the report; only serious and critical ones fail the test.
  const file = testInfo.outputPath(`axe-${label}.json`);
  writeFileSync(file, JSON.stringify(result.violations, null, 2));
  await testInfo.attach(`axe-${label}.json`, { path: file, contentType: 'application/json' });
  const summary = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Runs `body` with the device's colour setting dark (the page follows it), then light again. */
export async function inDarkTheme(page: Page, body: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await body();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
}

/** Waits until the service worker is installed (every built file kept) and answers for this page. */
export async function serviceWorkerInCharge(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  }, null, { timeout: 30_000 });
}

/** Plays random actions until our turn comes in round `round` (or later); fails if the match ends first. */
export async function playIntoRound(page: Page, round: number): Promise<void> {
  for (;;) {
    expect(await waitTurnOrOver(page)).toBe('turn');
    if ((await roundOf(page)) >= round) return;
    await playOneAction(page, 'random', Math.random);
  }
}
