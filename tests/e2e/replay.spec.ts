// The replay of a finished online match: a match of five bots plays to its end on the server, then
// its replay is stepped through by buttons, keys, the round chips and the address (#step=N), at
// laptop and phone size, in both themes (axe). A match still being played has no replay yet.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, STATE_NAMES, axeScan, inDarkTheme, snap, watchErrors } from './helpers';

interface Rec { moves: { seat: string; move: string }[] }

/** Creates a match of five bots through the lobby API and waits for its end. */
async function finishedBotMatch(page: Page): Promise<{ matchID: string; rec: Rec }> {
  const created = await page.request.post('/games/mdchess/create', { data: { setupData: { scenario: 'short', seats: ['medium', 'easy', 'medium', 'random', 'medium'] } } });
  expect(created.ok()).toBe(true);
  const { matchID } = (await created.json()) as { matchID: string };
  await expect.poll(async () => (await (await page.request.get(`/games/mdchess/${matchID}`)).json()).gameover !== undefined, { timeout: 90_000 }).toBe(true);
  const rec = (await (await page.request.get(`/games/mdchess/${matchID}/replay`)).json()) as Rec;
  return { matchID, rec };
}

const where = (page: Page) => page.locator('.replay-bar__where');
const story = (page: Page) => page.locator('.replay-story__title');
const step = async (page: Page) => Number(await page.getByTestId('replay-screen').getAttribute('data-step'));

test('a finished match replays move by move, by buttons, keys, rounds and address', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const ctx = await browser.newContext({ viewport: DESKTOP });
  const page = await ctx.newPage();
  const errors = watchErrors(page);
  await page.goto('/');
  const { matchID, rec } = await finishedBotMatch(page);
  const n = rec.moves.length;

  // Unfinished matches have none: the page says so and leads back to the match.
  const open = (await (await page.request.post('/games/mdchess/create', { data: { setupData: { scenario: 'short', seats: ['human', 'medium', 'medium', 'medium', 'medium'] } } })).json()) as { matchID: string };
  await page.goto(`/match/${open.matchID}/replay`);
  await expect(page.getByRole('alert')).toHaveText('The replay opens when the match is over.');
  await expect(page.getByRole('link', { name: 'Back to the match' })).toHaveAttribute('href', `/match/${open.matchID}`);

  // It opens at the end: the result, and the way back to the final scores.
  await page.goto(`/match/${matchID}/replay`);
  await expect(page.getByRole('heading', { level: 1, name: 'Replay' })).toBeVisible();
  await expect(where(page)).toHaveText(`The end · Move ${n} of ${n}`);
  await expect(page.locator('.replay-line--end')).toContainText(/(wins|share the win) with \d+ points\./);
  await expect(page.getByRole('link', { name: 'Back to the match' })).toHaveAttribute('href', `/match/${matchID}`);
  await snap(page, testInfo, 'replay-desktop-end', false);

  // The set-up, then the keys: → a move on; the address follows.
  await page.getByRole('button', { name: 'To the set-up' }).click();
  await expect(story(page)).toHaveText('The match is set up.');
  await expect(page.locator('.replay-line--round')).toContainText('Round 1 (2019) begins with the event');
  expect(page.url()).toMatch(/#step=0$/);
  await page.keyboard.press('ArrowRight');
  expect(await step(page)).toBe(1);
  await expect(story(page)).toHaveText(new RegExp(`^${STATE_NAMES[Number(rec.moves[0].seat)]} `));
  await expect(page.locator('.replay-story__who')).toHaveText(/^Played by (Medium|Easy|Random) bot$/);
  // What moved, by owner, and the states' table at that step.
  await expect(page.getByRole('heading', { name: 'What moved' })).toBeVisible();
  // Shift+→ goes a round on, Shift+← back to the start of the round; End (the button) to the end.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(where(page)).toContainText('Round 2 of 5 · 2020');
  const round2 = await step(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await step(page)).toBe(round2);
  await page.getByRole('button', { name: 'To the end' }).click();
  expect(await step(page)).toBe(n);

  // Buttons and the round chips: round 2 starts at the first step of round 2; one move back is round 1.
  await page.getByRole('button', { name: 'Round 2', exact: true }).click();
  await expect(where(page)).toContainText('Round 2 of 5 · 2020');
  await expect(page.getByRole('button', { name: 'Round 2', exact: true })).toHaveAttribute('aria-current', 'step');
  const r2 = await step(page);
  // Round 2 opens with the move that closed round 1: the powers phase, then the new event.
  await expect(page.locator('.replay-line--round').first()).toHaveText('Round 1 (2019) closes with the powers phase and the upkeep.');
  await expect(page.locator('.replay-line--round').nth(1)).toContainText('Round 2 (2020) begins with the event');
  expect(await page.locator('.replay-line--powers').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Previous move' }).click();
  expect(await step(page)).toBe(r2 - 1);
  await expect(where(page)).toContainText('Round 1 of 5');
  await expect(page.locator('.replay-line--powers')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next round' }).click();
  expect(await step(page)).toBe(r2);
  await page.getByRole('button', { name: 'Previous round' }).click();
  expect(await step(page)).toBe(0);
  // The slider moves there too, and says where it is.
  const slider = page.getByRole('slider', { name: 'Move' });
  await slider.fill('7');
  expect(await step(page)).toBe(7);
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^Move 7 of ${n}, Round 1 of 5 · 2019: `));

  // Play moves on by itself; Pause stops it.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => step(page), { timeout: 10_000 }).toBeGreaterThan(7);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await step(page);
  await page.waitForTimeout(2_000);
  expect(await step(page)).toBe(paused);

  // A link to one moment opens there.
  await page.goto(`/match/${matchID}/replay#step=5`);
  await expect(where(page)).toContainText(`Move 5 of ${n}`);
  await axeScan(page, testInfo, 'replay-desktop');
  await inDarkTheme(page, async () => {
    await axeScan(page, testInfo, 'replay-desktop-dark');
  });
  expect(errors).toEqual([]);
  await ctx.close();

  // On a phone: the story first, the small bar at the foot steps through.
  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const p = await phone.newPage();
  const perr = watchErrors(p, 'phone');
  await p.goto(`/match/${matchID}/replay#step=3`);
  const mini = p.getByRole('navigation', { name: 'Replay steps' });
  await expect(mini).toContainText(`R1 · Move 3 of ${n}`);
  await mini.getByRole('button', { name: 'Next move' }).click();
  await expect(mini).toContainText(`Move 4 of ${n}`);
  const box = await p.locator('.replay-story').boundingBox();
  expect(box!.y).toBeLessThan(PHONE.height);
  await snap(p, testInfo, 'replay-phone', false);
  await axeScan(p, testInfo, 'replay-phone');
  expect(perr).toEqual([]);
  await phone.close();
});
