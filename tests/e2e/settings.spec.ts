// The player's settings: the colour theme's switch (it follows the device until the player
// chooses, the choice outlives a reload and holds in a match, the match's help dialog offers the
// same switch), the chime when an online turn comes, and the letter-key shortcuts' switch.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, createOnlineMatch, openCreateForm, playOneAction, roundOf, snap, waitTurnOrOver, watchErrors } from './helpers';

test('the colour switch on the home page and in the match help', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.goto('/');
  const colours = page.getByRole('group', { name: 'Colours' });
  await expect(colours.getByRole('radio', { name: 'Device' })).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');
  const paper = await background();

  // Following the device: its setting changes, the page follows at once.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const slate = await background();
  expect(slate).not.toBe(paper);

  // A choice wins over the device and outlives a reload.
  await colours.getByText('Light', { exact: true }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(paper);

  // Keyboard: the switch is a radio group.
  await page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // In a match, the help dialog has the same switch.
  await openCreateForm(page);
  await createOnlineMatch(page, { name: 'Nodira', scenario: 'short' });
  expect(await waitTurnOrOver(page)).toBe('turn');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: /help/i }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Help' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await snap(page, testInfo, '19-help-colours-1280x800', false);
  await dialog.getByText('Device', { exact: true }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark'); // the device is still dark
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');

  // Printing uses paper even when the screen is dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(slate);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await background()).toBe(paper);

  expect(errors).toEqual([]);
  await context.close();
});

test('a phone with a dark setting opens dark from the first paint', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  const page = await context.newPage();
  // The attribute is set by index.html's script, before any of the app's code has run.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#root')).toBeEmpty();
  await context.close();
});

test('a chime when the turn comes back in an online match, unless turned off', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: DESKTOP });
  // Web Audio replaced by a recorder of the notes started.
  await context.addInitScript(() => {
    const w = window as unknown as { __notes: number[]; AudioContext: unknown };
    w.__notes = [];
    const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} });
    w.AudioContext = class {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator() {
        const frequency = param();
        return { type: '', frequency, connect() {}, stop() {}, start: () => w.__notes.push(frequency.value) };
      }
      createGain() { return { gain: param(), connect() {} }; }
      resume() { return Promise.resolve(); }
    };
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const notes = () => page.evaluate(() => (window as unknown as { __notes: number[] }).__notes.length);

  await page.goto('/');
  await openCreateForm(page);
  await createOnlineMatch(page, { name: 'Timur', scenario: 'short' });
  expect(await waitTurnOrOver(page)).toBe('turn');
  expect(await notes(), 'no chime at the first look').toBe(0);

  /** Passes (which ends the turn) and waits until the turn comes back in the next round. */
  const nextTurn = async () => {
    const round = await roundOf(page);
    await playOneAction(page, 'pass');
    await expect.poll(() => roundOf(page), { timeout: 60_000 }).toBe(round + 1);
    expect(await waitTurnOrOver(page)).toBe('turn');
  };

  await nextTurn();
  await expect.poll(notes).toBe(2); // one chime: two notes

  await page.getByRole('button', { name: /help/i }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Help' });
  const chime = dialog.getByRole('checkbox', { name: 'A chime when your turn comes' });
  await expect(chime).toBeChecked();
  await chime.uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await nextTurn();
  expect(await notes(), 'turned off: no chime').toBe(2);

  // The letter keys work as shortcuts (p: pass, its preview opens) unless turned off in the same help.
  const preview = page.locator('.action-panel .preview__title');
  await page.locator('main').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('p');
  await expect(preview).toHaveText('Pass');
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await page.getByRole('button', { name: /help/i }).first().click();
  const letters = dialog.getByRole('checkbox', { name: 'Letter and number keys as shortcuts' });
  await expect(letters).toBeChecked();
  await letters.uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('p');
  await page.keyboard.press('?');
  await expect(preview).toHaveCount(0);
  await expect(dialog).toBeHidden();
  // Kept for the browser: a reload keeps them off.
  await page.reload();
  expect(await waitTurnOrOver(page)).toBe('turn');
  await page.keyboard.press('p');
  await expect(page.locator('.action-panel .action-btn').first()).toBeVisible();
  await expect(preview).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});
