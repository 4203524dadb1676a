// axe-core (WCAG 2 A and AA rules) on the home page, the match screen and the end screen, at a
// laptop's and a phone's size: no violation of serious or critical impact.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, axeScan as scan, createOnlineMatch, openCreateForm, playToEnd, waitTurnOrOver, watchErrors } from './helpers';

for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`no serious or critical axe violations on home, match and end screens (${size})`, async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Multi-dimensional Chess' })).toBeVisible();
    await scan(page, testInfo, `${size}-home`);

    await openCreateForm(page);
    await scan(page, testInfo, `${size}-create`);

    // A short online match against four bots (all seats taken: it starts at once).
    await createOnlineMatch(page, { name: 'Axe', scenario: 'short' });
    await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
    expect(await waitTurnOrOver(page)).toBe('turn');
    await expect(page.locator('.map-card svg').first()).toBeVisible();
    await scan(page, testInfo, `${size}-match`);

    // With an action chosen: the preview and its Confirm button.
    await page.locator('.action-panel .action-btn.is-legal').first().click();
    await expect(page.getByRole('button', { name: 'Confirm', exact: true })).toBeVisible();
    await scan(page, testInfo, `${size}-match-preview`);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await playToEnd(page, 'pass');
    await scan(page, testInfo, `${size}-end`);

    expect(errors).toEqual([]);
    await context.close();
  });
}
