// The guide walks a new player through a solo match: a tip at a time, each when its moment comes,
// "Show me" brings its part of the screen into view (switching the phone's tab when needed), read
// tips stay read after a reload, and the guide can be turned off and on again from the help.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, axeScan, matchScreen, snap, startSolo, waitTurnOrOver, watchErrors } from './helpers';

const guide = (page: Page) => page.getByTestId('guide');
const tipIs = (page: Page, id: string) => expect(guide(page)).toHaveAttribute('data-tip', id);
const gotIt = (page: Page) => guide(page).getByRole('button', { name: 'Got it' }).click();

/** "Show me" marks the target and moves focus to it. */
async function showMe(page: Page, target: string): Promise<void> {
  await guide(page).getByRole('button', { name: 'Show me' }).click();
  const el = page.locator(`[data-guide="${target}"]`).first();
  await expect(el).toHaveClass(/guide-spot/);
  await expect(el).toBeFocused();
  await expect(el).toBeInViewport();
}

for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]] as const) {
  const phone = viewport.width < 600;

  test(`the guide leads a first solo match (${size})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await startSolo(page);
    expect(await waitTurnOrOver(page)).toBe('turn');

    // A fresh browser: the guide is on and starts with the player's state.
    await tipIs(page, 'welcome');
    await expect(guide(page).getByRole('heading', { level: 3 })).toHaveText('You lead Kazakhstan');
    await expect(guide(page)).toContainText('tip 1 of');
    await axeScan(page, testInfo, `guide-${size}`);
    await snap(page, testInfo, `11-guide-${size}`, false);
    await showMe(page, 'state');
    await snap(page, testInfo, `12-guide-show-me-${size}`, false);

    await gotIt(page);
    await tipIs(page, 'agenda');
    await expect(guide(page).getByRole('heading', { level: 3 })).toContainText('Your secret agenda: ');
    await showMe(page, 'agenda');
    await gotIt(page);
    await tipIs(page, 'event');
    await gotIt(page);
    await tipIs(page, 'actions');
    await expect(guide(page)).toContainText('2 or less');
    await showMe(page, 'actions');

    // With nothing more to say before an action is chosen, the guide steps aside; focus is not lost.
    await gotIt(page);
    await expect(guide(page)).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();

    // Choosing an action brings the tip about its preview.
    await page.locator('.action-panel .action-btn.is-legal').first().click();
    await tipIs(page, 'preview');
    await showMe(page, 'preview');
    await gotIt(page);
    await page.getByRole('button', { name: /^Confirm: / }).click();

    // One action taken: the boards. On the phone they live on a tab, which "Show me" opens.
    await tipIs(page, 'boards');
    await showMe(page, 'boards');
    await snap(page, testInfo, `13-guide-boards-${size}`, false);
    if (phone) await expect(page.getByRole('tab', { name: 'Boards' })).toHaveAttribute('aria-selected', 'true');

    // Read tips stay read: after a reload the guide goes on from where it was.
    await page.reload();
    await expect(matchScreen(page)).toBeVisible();
    await tipIs(page, 'boards');
    await gotIt(page);

    // Nothing more to say in this first year (tension is low, the powers have not moved yet).
    await expect(guide(page)).toHaveCount(0);
    // Turned off from the help, it stays off; the help turns it on again from the first tip.
    await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
    await expect(page.getByRole('dialog')).toContainText('Short tips walk you through the match');
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off the guide' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect(matchScreen(page)).toBeVisible();
    await expect(page.locator('.state-card')).toBeVisible();
    await expect(guide(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('The guide is off.');
    await snap(page, testInfo, `17-help-guide-off-${size}`, false);
    await dialog.getByRole('button', { name: 'Turn on the guide' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await tipIs(page, 'welcome');
    await guide(page).getByRole('button', { name: 'Turn off the guide' }).click();
    await expect(guide(page)).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();

    expect(errors).toEqual([]);
    await context.close();
  });
}
