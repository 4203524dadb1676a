// Getting round the match screen without a mouse or sight: the way from the your-turn banner to the
// actions, the preview read where the action is confirmed, where focus goes after it, and what the
// turn's live region says as actions are used. (axe in both themes runs in
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

  // One action used by keyboard: choosing moves focus to Confirm, which is named after the action
  // and described by the preview's lines (a screen reader reads what it will do). The actions are
  // plain buttons, not toggles.
  // A court or resist from the matrix: always one of the turn's actions (a free token's would not be).
  const cell = page.locator('.action-panel .action-btn--cell.is-legal').first();
  await expect(cell).not.toHaveAttribute('aria-pressed');
  const label = await cell.getAttribute('aria-label');
  await cell.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', { name: `Confirm: ${label}` });
  await expect(confirm).toBeFocused();
  const lines = (await page.locator('.preview__lines li').allTextContents()).map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ');
  await expect(confirm).toHaveAccessibleDescription(lines);
  await page.keyboard.press('Enter');
  // The announcement says what is left, not the turn's first count; focus is back where the choice
  // was made, not lost to the page.
  await expect(page.getByRole('button', { name: 'Go to your actions' })).toBeVisible();
  await expect(status).toHaveText('1 action left.');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('action-btn') ?? false)).toBe(true);
  // The second action ends the turn: its buttons go, and focus goes to the panel's heading.
  await page.locator('.action-panel .action-btn--cell.is-legal').first().focus();
  // Everything the turn's live region says from now on is kept, to check what the others' moves sound like.
  await page.evaluate(() => {
    const region = document.querySelector('.turn-banner [role="status"]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your actions' })).toBeFocused();
  // The bots' moves are read out as they land, in the log's words, not just "X is playing".
  const STATE = '(Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan)';
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { said: string[] }).said))
    .some((t) => new RegExp(`^${STATE} (courted|resisted|joined|left|hosted|closed|mediated|passed|used)\\b`).test(t)), { timeout: 30_000 }).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
