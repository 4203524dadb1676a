// "Since your last turn": when a solo player's turn comes round again, the top of the actions says
// which of their figures moved and, folded, what the four bots, the powers and the new event did;
// the turn's announcement for screen readers carries the same. A reload while the bots play keeps it.
import { expect, test } from '@playwright/test';
import { DESKTOP, PHONE, axeScan, matchScreen, playOneAction, roundOf, snap, startSolo, waitTurnOrOver, watchErrors } from './helpers';

for (const [size, viewport] of [['1280x800', DESKTOP], ['390x844', PHONE]] as const) {
  const phone = viewport.width < 600;

  test(`the start of a turn recaps what happened since the last one (${size})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The guide is not what this test looks at.
    await page.addInitScript(() => localStorage.setItem('mdchess.guide', JSON.stringify({ on: false, read: [] })));
    await startSolo(page);
    expect(await waitTurnOrOver(page)).toBe('turn');
    // The first turn has nothing to recap.
    await expect(page.getByTestId('recap')).toHaveCount(0);
    expect(await roundOf(page)).toBe(1);

    // Pass the turn, and reload while the bots play: the mark of the turn's end is kept in the tab.
    await playOneAction(page, 'pass');
    await expect(matchScreen(page)).not.toHaveAttribute('data-active-seat', '0');
    await page.reload();
    await expect(matchScreen(page)).toBeVisible();

    expect(await waitTurnOrOver(page)).toBe('turn');
    expect(await roundOf(page)).toBe(2);
    const recap = page.getByTestId('recap');
    await expect(recap.getByRole('heading', { name: 'Since your last turn' })).toBeVisible();
    // Upkeep grows every economy by 1 (rules §8): at least that moved.
    await expect(recap.locator('.recap__change').first()).toBeVisible();
    await recap.getByText(/^What happened meanwhile \(\d+\)$/).click();
    // Round 2 starts with Uzbekistan: all four bots have played since, and a new event came.
    for (const [seat, state] of [['1', 'Uzbekistan'], ['2', 'Kyrgyzstan'], ['3', 'Tajikistan'], ['4', 'Turkmenistan']]) {
      await expect(recap.locator(`.recap__line--action[data-seat="${seat}"]`).first()).toContainText(`${state} `);
    }
    await expect(recap.locator('.recap__line--event')).toContainText('Event of 2020: ');
    await expect(recap.locator('.recap__line--action[data-seat="0"]')).toHaveCount(0);
    // The turn's announcement says it too, before the actions: after the last bot's move, the
    // figures that moved and the new event.
    const eventLine = (await recap.locator('.recap__line--event > span:last-child').textContent())!;
    const lastBot = (await recap.locator('.recap__line--action[data-seat="4"] > span:last-child').last().textContent())!;
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page.getByRole('status').filter({ hasText: /Your turn\. Since your last turn: / }))
      .toHaveText(new RegExp(`^${esc(lastBot)} Your turn\\. Since your last turn: .+\\. ${esc(eventLine)} You have 2 actions\\.$`));
    await snap(page, testInfo, `14-recap-${size}`, false);
    await axeScan(page, testInfo, `recap-${size}`);

    // It stays for the whole turn, the player's own action not counted in it.
    const before = (await recap.locator('.recap__changes').textContent()) ?? '';
    await page.locator('.action-panel .action-matrix .action-btn.is-legal').first().click();
    await page.getByRole('button', { name: /^Confirm: / }).click();
    await expect(page.locator('.action-panel .preview--pending')).toHaveCount(0);
    await expect(page.locator('.action-panel__left')).toContainText('1');
    await expect(recap.locator('.recap__changes')).toHaveText(before);
    expect(errors).toEqual([]);
    await context.close();
  });
}
