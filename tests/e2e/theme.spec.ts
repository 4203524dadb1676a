// The colour theme's switch: it follows the device until the player chooses, the choice outlives a
// reload and holds in a match, and the match's help dialog offers the same switch.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, createOnlineMatch, openCreateForm, snap, waitTurnOrOver, watchErrors } from './helpers';

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
