// A reload in the middle of an online match brings the player back to the same match and seat:
// the seat's credentials live in localStorage and the state comes back from the server. Opened
// again at the home page, the match in progress is offered first.
import { expect, test } from '@playwright/test';
import { DESKTOP, createOnlineMatch, matchScreen, openCreateForm, playIntoRound, playOneAction, roundOf, waitTurnOrOver, watchErrors } from './helpers';

test('a reload in the middle of an online match returns to the same match and seat', async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = watchErrors(page);

  // Host as Tajikistan (seat 3) with four bots: every seat is taken, so the match starts at once.
  await openCreateForm(page);
  const matchID = await createOnlineMatch(page, { name: 'Rita', scenario: 'short', mySeat: '3' });
  const url = page.url();
  expect(url).toMatch(new RegExp(`/match/${matchID}$`));
  await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '3');

  // Play into round 2; reload once while waiting for the bots and once on our own turn.
  await playIntoRound(page, 2);
  const round = await roundOf(page);
  const score = await page.locator('.state-card__score-n').innerText();
  // Something said at the table before the reload.
  await page.getByRole('tab', { name: /^Chat/ }).click();
  await page.getByLabel('Message to the table').fill('Back in a moment.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Messages' })).toContainText('Back in a moment.');

  await page.reload();
  await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
  expect(page.url()).toBe(url);
  await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '3');
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  // It was our turn: the bots wait for us, so the round and the score are exactly as they were.
  expect(await waitTurnOrOver(page)).toBe('turn');
  expect(await roundOf(page)).toBe(round);
  await expect(page.locator('.state-card__score-n')).toHaveText(score);
  await expect(page.locator('.agenda-card')).toBeVisible();
  // The server kept the chat: it is there after the reload.
  await page.getByRole('tab', { name: /^Chat/ }).click();
  await expect(page.getByRole('list', { name: 'Messages' })).toContainText('Back in a moment.');

  // Pass, and reload again while the bots play: same seat, the round the same or later.
  await playOneAction(page, 'pass');
  const before = await roundOf(page);
  await page.reload();
  await expect(matchScreen(page)).toBeVisible({ timeout: 30_000 });
  await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '3');
  expect(await roundOf(page)).toBeGreaterThanOrEqual(before);
  // And the seat can still act after the reload.
  expect(await waitTurnOrOver(page)).toBe('turn');
  await playOneAction(page, 'pass');

  // Closed and opened again at the home page: the way back to the match comes first on the page.
  await page.goto('/');
  const back = page.getByRole('region', { name: 'Your match is in progress' });
  await expect(back).toContainText('Tajikistan as Rita');
  await back.getByRole('link', { name: 'Rejoin' }).click();
  await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '3');
  expect(page.url()).toBe(url);

  expect(errors).toEqual([]);
  await context.close();
});
