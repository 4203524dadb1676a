// axe-core (WCAG 2 A and AA rules) on the home page, the match screen and the end screen, at a
// laptop's and a phone's size, in both colour themes (the device's dark setting switches the page
// to the dark one on the spot): no violation of serious or critical impact. The dark theme's
// screens are also kept as screenshots.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DESKTOP, PHONE, axeScan, createOnlineMatch, inDarkTheme, openCreateForm, playToEnd, snap, waitTurnOrOver, watchErrors } from './helpers';

/** axe on the page as it is, in the light theme and then in the dark one (with a screenshot). */
async function scanBoth(page: Page, testInfo: TestInfo, size: string, what: string, shot = true): Promise<void> {
  await axeScan(page, testInfo, `${size}-light-${what}`);
  await inDarkTheme(page, async () => {
    await axeScan(page, testInfo, `${size}-dark-${what}`);
    const { width, height } = page.viewportSize()!;
    if (shot) await snap(page, testInfo, `18-dark-${what}-${width}x${height}`);
  });
}

for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`no serious or critical axe violations on home, match and end screens, light and dark (${size})`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Multi-dimensional Chess' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await scanBoth(page, testInfo, size, 'home');

    await openCreateForm(page);
    await scanBoth(page, testInfo, size, 'create', false);

    // A short online match against four bots (all seats taken: it starts at once).
    await createOnlineMatch(page, { name: 'Axe', scenario: 'short' });
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    expect(await waitTurnOrOver(page)).toBe('turn');
    await expect(page.locator('.map-card svg').first()).toBeVisible();
    await scanBoth(page, testInfo, size, 'match');

    // With an action chosen: the preview and its Confirm button.
    await page.locator('.action-panel .action-btn.is-legal').first().click();
    await expect(page.getByRole('button', { name: 'Confirm', exact: true })).toBeVisible();
    await scanBoth(page, testInfo, size, 'match-preview', false);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await playToEnd(page, 'pass');
    await scanBoth(page, testInfo, size, 'end');

    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the way to the actions, and what the turn announces as actions are used', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/');
  await openCreateForm(page);
  await createOnlineMatch(page, { name: 'Ayan', scenario: 'short' });
  expect(await waitTurnOrOver(page)).toBe('turn');
  const status = page.locator('.turn-banner [role="status"]');
  await expect(status).toHaveText(/You have 2 actions\.$/);

  // On a phone the actions start far below the fold; the banner's button brings them, with focus.
  const panel = page.locator('[data-guide="actions"]');
  await expect(panel).not.toBeInViewport();
  await page.getByRole('button', { name: 'Go to your actions' }).click();
  await expect(panel).toBeInViewport();
  await expect(panel).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-guide="actions"]'))).toBe(true);

  // One action used: the announcement says what is left, not the turn's first count.
  // A court or resist from the matrix: always one of the turn's actions (a free token's would not be).
  await page.locator('.action-panel .action-btn--cell.is-legal').first().click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Go to your actions' })).toBeVisible();
  await expect(status).toHaveText('1 action left.');
  expect(errors).toEqual([]);
  await context.close();
});
