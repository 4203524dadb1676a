// Screenshots of every screen at a laptop's size (1280×800) and a phone's (390×844), kept as test
// artifacts and copied to test-results/screenshots/. On the phone no screen may scroll sideways.
// On the way, axe-core (WCAG 2 A and AA rules) checks the home page, the set-up form, the match
// screen, the action preview and the end screen in both colour themes (the device's dark setting
// switches the page on the spot): no violation of serious or critical impact. The dark theme's
// screens are kept as screenshots too.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import {
  DESKTOP, PHONE, axeScan, createOnlineMatch, horizontalOverflow, inDarkTheme, matchScreen, openCreateForm, playToEnd, snap,
  startMatch, waitTurnOrOver, watchErrors,
} from './helpers';

/** axe on the page as it is, in the light theme and then in the dark one (with a screenshot). */
async function scanBoth(page: Page, testInfo: TestInfo, size: string, what: string, shot = true): Promise<void> {
  await axeScan(page, testInfo, `${size}-light-${what}`);
  await inDarkTheme(page, async () => {
    await axeScan(page, testInfo, `${size}-dark-${what}`);
    if (shot) await snap(page, testInfo, `18-dark-${what}-${size}`);
  });
}

for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]] as const) {
  const phone = viewport.width < 600;

  test(`screenshots of every screen, and axe in both themes, at ${size}`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport, colorScheme: 'light', ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const overflow: string[] = [];

    /** Screenshot, and on the phone check that the page does not scroll sideways. */
    const shot = async (name: string, p: Page = page, info: TestInfo = testInfo, fullPage = true) => {
      await snap(p, info, `${name}-${size}`, fullPage);
      if (phone) {
        const { scrollWidth, clientWidth, culprits } = await horizontalOverflow(p);
        if (scrollWidth > clientWidth) overflow.push(`${name}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; ${culprits.join(', ')}`);
      }
    };

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Multi-dimensional Chess' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await shot('01-home');
    await scanBoth(page, testInfo, size, 'home');

    await openCreateForm(page);
    await shot('02-create-form');
    await scanBoth(page, testInfo, size, 'create', false);

    await page.goto('/solo');
    await expect(page.getByRole('button', { name: 'Start solo match' })).toBeVisible();
    await shot('03-solo-setup');

    // Waiting room: one seat still open for a friend.
    await openCreateForm(page);
    await createOnlineMatch(page, { name: 'Sasha', scenario: 'short', friendSeats: ['4'] });
    await expect(page.getByRole('button', { name: 'Start match' })).toBeVisible();
    await shot('04-waiting-room');

    await startMatch(page);
    expect(await waitTurnOrOver(page)).toBe('turn');
    await expect(page.locator('.map-card svg').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    await shot('05-match');
    if (!phone) await shot('05-match-viewport', page, testInfo, false);
    await scanBoth(page, testInfo, size, 'match');

    // The preview of an action before it is confirmed.
    const court = page.getByRole('button', { name: 'Court China on economics', exact: true });
    const action = (await court.getAttribute('aria-disabled')) === 'true' ? page.locator('.action-panel .action-btn.is-legal').first() : court;
    await action.click();
    const confirm = page.getByRole('button', { name: /^Confirm: / });
    await expect(confirm).toBeVisible();
    await page.locator('.preview').scrollIntoViewIfNeeded();
    await shot('06-action-preview', page, testInfo, false);
    await scanBoth(page, testInfo, size, 'match-preview', false);

    // An impossible action explains itself.
    const illegal = page.locator('.action-panel .action-btn.is-illegal').first();
    if (await illegal.count()) {
      // Dispatched rather than clicked: the pointer may land on a sticky header above the button.
      await illegal.scrollIntoViewIfNeeded();
      await illegal.dispatchEvent('click');
      await expect(page.locator('.preview__reason')).toContainText('Not possible now');
      await page.locator('.preview').scrollIntoViewIfNeeded();
      await shot('07-action-not-possible', page, testInfo, false);
    }
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await playToEnd(page, 'pass');
    await expect(matchScreen(page)).toHaveAttribute('data-gameover', 'true');
    await shot('08-end-screen');
    await scanBoth(page, testInfo, size, 'end');
    await page.getByRole('button', { name: 'See the final board' }).click();
    await expect(page.getByRole('button', { name: 'Back to the final scores' })).toBeVisible();
    await shot('09-final-board', page, testInfo, false);

    await page.goto('/rules');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shot('10-rules', page, testInfo, false);

    expect(overflow, 'pages that scroll sideways on a phone').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}
