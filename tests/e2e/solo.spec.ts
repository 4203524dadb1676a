// Solo play runs entirely in the browser: a match against four bots goes on to the final scores
// after the server that served the page has been stopped, a reload resumes the same match, and
// with the server gone the page still opens from what the service worker kept.
import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import { rmSync } from 'node:fs';
import {
  DESKTOP, axeScan, matchScreen, playIntoRound, playOneAction, playToEnd, roundOf, serviceWorkerInCharge, startOwnServer, startSolo, waitTurnOrOver, watchErrors,
  type OwnServer,
} from './helpers';

test.describe('solo', () => {
  let server: OwnServer | null = null;
  let dataDir = '';

  test.afterEach(async () => {
    await server?.stop();
    server = null;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A solo match started from a page served by a server of the test's own, which it can stop. */
  const soloOnOwnServer = async (browser: Browser, testInfo: TestInfo) => {
    dataDir = testInfo.outputPath('server-data');
    server = await startOwnServer(dataDir);
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await startSolo(page, server.url);
    return { context, page, errors, server };
  };

  test('a solo match plays to the final scores with the game server stopped', async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const { context, page, errors, server: own } = await soloOnOwnServer(browser, testInfo);
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '0');
    // The solo screen fetches the rest of what the match needs (map, bots, end screen) up front;
    // wait until the bots have made their first moves and the network has gone quiet.
    await expect(page.locator('.map-card svg').first()).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');

    // Really stop the server, and check that it is gone.
    await own.stop();
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
    // Requests the page might still make would fail now; count them to report them.
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });

    const actions = await playToEnd(page, 'random', 11);
    expect(actions).toBeGreaterThan(0);
    // The result is where focus lands: a screen reader reads it (the match's live regions are gone).
    await expect(page.locator('.end-hero__title')).toBeFocused();
    await expect(page.getByRole('region', { name: 'Secret agendas revealed' }).locator('.agenda-list__item')).toHaveCount(5);
    // The end screen's buttons work offline too.
    await page.getByRole('button', { name: 'See the final board' }).click();
    await expect(page.getByRole('button', { name: 'Back to the final scores' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the final scores' }).click();
    await expect(page.getByRole('heading', { name: 'Final scores' })).toBeVisible();
    // So does the replay: it is made in the browser from the match this browser kept.
    await page.getByRole('link', { name: 'Watch the replay' }).click();
    await expect(page.locator('.replay-bar__where')).toHaveText(/^The end · Move (\d+) of \1$/);
    await page.getByRole('button', { name: 'To the set-up' }).click();
    await expect(page.locator('.replay-story__title')).toHaveText('The match is set up.');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.replay-story__who')).toHaveText(/^Played by (You|(Easy|Medium|Hard|Random) bot)$/);
    await page.getByRole('link', { name: 'Back to the final scores' }).click();
    await expect(page.getByRole('heading', { name: 'Final scores' })).toBeVisible();

    testInfo.annotations.push({ type: 'requests while the server was down', description: requests.join(' ') || 'none' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('with the server gone, the page opens again from what the browser kept and the match resumes', async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const { context, page, errors, server: own } = await soloOnOwnServer(browser, testInfo);
    // The service worker has kept the page and every built file, and now answers for the page.
    await serviceWorkerInCharge(page);
    await playIntoRound(page, 2);
    const round = await roundOf(page);
    const score = await page.locator('.state-card__score-n').innerText();
    const url = page.url();

    await own.stop();
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));

    // A reload with no server: the same match, seat, round and score, the map drawn.
    await page.reload();
    await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toBe(url);
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '0');
    expect(await roundOf(page)).toBe(round);
    await expect(page.locator('.state-card__score-n')).toHaveText(score);
    await expect(page.locator('.map-card svg').first()).toBeVisible();
    expect(await waitTurnOrOver(page)).toBe('turn');
    await playOneAction(page, 'pass');

    // Pages this tab never opened come from the kept files too (the rules are a file of their own).
    await page.goto(`${own.url}/rules`);
    await expect(page.getByRole('heading', { level: 1, name: 'How to play Multi-dimensional Chess' })).toBeVisible();
    await page.goto(`${own.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Multi-dimensional Chess' })).toBeVisible();
    // When the browser knows it is offline, the home page says what still works.
    const offlineNote = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(offlineNote).toHaveCount(0);
    await context.setOffline(true);
    await expect(offlineNote).toContainText('Solo play works without a connection');
    await axeScan(page, testInfo, 'offline-home');
    await context.setOffline(false);
    await expect(offlineNote).toHaveCount(0);
    // An online match's page says what it waits for, and offers solo play meanwhile.
    await page.goto(`${own.url}/match/AbCdEf123456`);
    await expect(page.getByRole('heading', { level: 1, name: 'Waiting for the game server' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Cannot reach the game server');
    await axeScan(page, testInfo, 'waiting-for-server');
    await page.getByRole('link', { name: 'Play solo meanwhile' }).click();
    await expect(page).toHaveURL(/\/solo$/);

    // Only the game server's own routes failed: every page and file came from the kept copies.
    expect(failed.filter((u) => !/\/(games|socket\.io|healthz)\b/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the game installs as an app: Chromium finds its manifest, icons and service worker in order', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Multi-dimensional Chess' })).toBeVisible();
    await serviceWorkerInCharge(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest') as { url: string; errors: unknown[]; data?: string };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    // What would stop the browser from offering to install (a missing icon size, no name, a
    // manifest it cannot read…). Playwright's contexts are private windows, which never install.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    for (const icon of (JSON.parse(manifest.data!) as { icons: { src: string; type: string }[] }).icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    }
  });

  test('a reload in the middle of a solo match returns to the same match and seat', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/solo');
    // Play as Kyrgyzstan (seat 2) so the seat is not simply the default one.
    await page.getByRole('radio', { name: /^Kyrgyzstan/ }).check();
    await page.getByRole('radio', { name: /^Short game/ }).check();
    await page.getByRole('button', { name: 'Start solo match' }).click();
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '2', { timeout: 30_000 });

    // Play into round 2, then reload on our own turn (the bots are waiting for us, so nothing moves).
    await playIntoRound(page, 2);
    const round = await roundOf(page);
    const score = await page.locator('.state-card__score-n').innerText();
    const left = await page.locator('.action-panel__left').innerText();
    const url = page.url();

    await page.reload();
    await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toBe(url);
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '2');
    await expect(matchScreen(page)).toHaveAttribute('data-active-seat', '2');
    expect(await waitTurnOrOver(page)).toBe('turn');
    expect(await roundOf(page)).toBe(round);
    await expect(page.locator('.state-card__score-n')).toHaveText(score);
    await expect(page.locator('.action-panel__left')).toHaveText(left);

    // And the match goes on from there.
    await playOneAction(page, 'pass');
    expect(errors).toEqual([]);
    await context.close();
  });
});
