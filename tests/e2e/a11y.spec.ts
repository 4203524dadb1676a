// Getting round the match screen without a mouse or sight: the way from the your-turn banner to the
// actions, and what the turn's live region says as actions are used. (axe in both themes runs in
// screenshots.spec.ts, on every screen it shoots; the hand-over screen's in hotseat.spec.ts, the
// seminar's in seminar.spec.ts.)
import { expect, test } from '@playwright/test';
import { PHONE, createOnlineMatch, openCreateForm, waitTurnOrOver, watchErrors } from './helpers';

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
