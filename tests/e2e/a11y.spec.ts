// axe-core (WCAG 2 A and AA rules) on the home page, the match screen and the end screen, at a
// laptop's and a phone's size: no violation of serious or critical impact.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { DESKTOP, PHONE, createOnlineMatch, openCreateForm, playToEnd, waitTurnOrOver, watchErrors } from './helpers';

async function scan(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Every violation goes into the report; only serious and critical ones fail the test.
  const file = testInfo.outputPath(`axe-${label}.json`);
  writeFileSync(file, JSON.stringify(result.violations, null, 2));
  await testInfo.attach(`axe-${label}.json`, { path: file, contentType: 'application/json' });
  const summary = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

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
