// Friends in one room share a device: a solo match with two people and three bots. Each person's
// turn begins behind a hand-over screen that shows nothing secret; behind it, each sees their own
// agenda and never the other's; a reload comes back to the hand-over screen; "since your last
// turn" works for each of them.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, axeScan, horizontalOverflow, matchScreen, playOneAction, snap, waitTurnOrOver, watchErrors } from './helpers';

const handOff = (page: Page) => page.getByRole('heading', { level: 1, name: /^Pass the device to / });

async function reveal(page: Page, state: string, player: string): Promise<void> {
  await expect(handOff(page)).toHaveText(`Pass the device to ${player}`);
  await expect(page.locator('.agenda-card')).toHaveCount(0);
  await page.getByRole('button', { name: `I play ${state}: show my turn` }).click();
  await expect(page.locator('.agenda-card')).toHaveCount(1);
}

async function agendaGoal(page: Page): Promise<string> {
  return (await page.locator('.agenda-card .agenda-card__goal').innerText()).trim();
}

for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]] as const) {
  const phone = viewport.width < 600;

  test(`two people take turns on one device, each behind a hand-over screen (${size})`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/solo');
    await page.getByRole('radio', { name: /^Short game/ }).check();
    await page.getByLabel('Uzbekistan: who plays it').selectOption({ label: 'A person on this device' });
    // Names are optional: Uzbekistan's person gives one (spaces trimmed), Kazakhstan's stays Player 1.
    await expect(page.getByLabel('Kazakhstan (you)', { exact: true })).toHaveAttribute('placeholder', 'Player 1');
    await page.getByLabel('Uzbekistan', { exact: true }).fill('  Dilnoza  ');
    await snap(page, testInfo, `15-pass-and-play-names-${size}`, false);
    await page.getByRole('button', { name: 'Start solo match' }).click();

    // Kazakhstan's player first.
    await expect(handOff(page)).toBeVisible({ timeout: 30_000 });
    await snap(page, testInfo, `15-hand-over-${size}`, false);
    await axeScan(page, testInfo, `hand-over-${size}`);
    if (phone) expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(viewport.width);
    await reveal(page, 'Kazakhstan', 'Player 1');
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '0');
    // The guide greets each person: Player 1 reads its first tip here.
    await expect(page.getByTestId('guide').getByRole('heading', { level: 3 })).toHaveText('You lead Kazakhstan');
    await page.getByTestId('guide').getByRole('button', { name: 'Got it' }).click();
    await expect(page.locator('.state-card__sub')).toContainText('You (Player 1)');
    const goalKaz = await agendaGoal(page);
    expect(await waitTurnOrOver(page)).toBe('turn');
    await playOneAction(page, 'pass');

    // Uzbekistan is next, and a person plays it: the screen hands over before anything secret shows.
    await reveal(page, 'Uzbekistan', 'Dilnoza');
    await expect(matchScreen(page)).toHaveAttribute('data-my-seat', '1');
    await expect(page.getByTestId('guide').getByRole('heading', { level: 3 })).toHaveText('You lead Uzbekistan');
    await expect(page.locator('.state-card__sub')).toContainText('You (Dilnoza)');
    const goalUzb = await agendaGoal(page);
    expect(await page.locator('body').innerText()).not.toContain(goalKaz);

    // A reload comes back to the hand-over screen, for the same player.
    await page.reload();
    await reveal(page, 'Uzbekistan', 'Dilnoza');
    expect(await agendaGoal(page)).toBe(goalUzb);
    expect(await waitTurnOrOver(page)).toBe('turn');
    await playOneAction(page, 'pass');

    // The bots play on, round 2 begins with Uzbekistan (the start seat moves on): still the same
    // person, so no hand-over; then Kazakhstan's player gets the device back, with a recap.
    await expect(matchScreen(page)).toHaveAttribute('data-active-seat', '1', { timeout: 30_000 });
    await expect(handOff(page)).toHaveCount(0);
    expect(await waitTurnOrOver(page)).toBe('turn');
    await playOneAction(page, 'pass');
    await reveal(page, 'Kazakhstan', 'Player 1');
    expect(await agendaGoal(page)).toBe(goalKaz);
    expect(await page.locator('body').innerText()).not.toContain(goalUzb);
    await expect(page.getByTestId('recap').getByRole('heading', { name: 'Since your last turn' })).toBeVisible();

    expect(errors).toEqual([]);
    await context.close();
  });
}
