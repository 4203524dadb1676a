// The map's labels stay readable as the game fills the map: an online match against bots is
// played to its end (hosting bases whenever that is legal, random legal actions otherwise),
// checking at every turn, then on the final board on every board tab in both colour themes, that no
// state name, capital name, capital dot, badge ("YOU", leader, base, Belt and Road) or context
// label covers another or is clipped by the map's edge. At a laptop's size (1280×800) and a
// phone's (390×844); screenshots of the map are kept.
import { expect, test, type Page } from '@playwright/test';
import {
  DESKTOP, PHONE, createOnlineMatch, inDarkTheme, matchScreen, openCreateForm, roundOf, seededRandom, snap, waitTurnOrOver,
  watchErrors,
} from './helpers';

/** Every label of the map with its box on screen; the overlaps and clippings found. Runs in the page. */
function mapLabelProblems(): { problems: string[]; counts: Record<string, number> } {
  const svg = document.querySelector<SVGSVGElement>('.map-card .mv-svg');
  if (!svg) return { problems: ['no map'], counts: {} };
  const frame = svg.getBoundingClientRect();
  const items: { what: string; r: DOMRect }[] = [];
  const counts: Record<string, number> = {};
  const collect = (selector: string, kind: string) => {
    counts[kind] = 0;
    svg.querySelectorAll<SVGGraphicsElement>(selector).forEach((el) => {
      // A badge is its rectangle (its text lies inside it).
      const shape = el.tagName.toLowerCase() === 'g' ? el.querySelector('rect') ?? el : el;
      const r = shape.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const state = el.closest('.mv-label')?.querySelector('.mv-name')?.textContent;
      const text = kind === 'dot' ? el.parentElement?.querySelector('.mv-capital-name')?.textContent ?? '' : el.textContent ?? '';
      items.push({ what: `${kind} "${state && state !== text ? `${state}: ` : ''}${text}"`, r });
      counts[kind]++;
    });
  };
  collect('.mv-name', 'state name');
  collect('.mv-capital-name', 'capital name');
  collect('.mv-capital-dot', 'dot');
  collect('.mv-you', 'you');
  collect('.mv-badge', 'leader badge');
  collect('.mv-base', 'base');
  collect('.mv-bri', 'projects');
  collect('.mv-nb-name', 'neighbour');
  collect('.mv-sea-name', 'sea');
  const problems: string[] = [];
  const slack = 0.5; // px: touching edges are fine, overlapping ones are not
  for (const [i, a] of items.entries()) {
    const r = a.r;
    if (r.left < frame.left - slack || r.top < frame.top - slack || r.right > frame.right + slack || r.bottom > frame.bottom + slack) {
      problems.push(`${a.what} is clipped by the map's edge`);
    }
    for (const b of items.slice(i + 1)) {
      const w = Math.min(r.right, b.r.right) - Math.max(r.left, b.r.left);
      const h = Math.min(r.bottom, b.r.bottom) - Math.max(r.top, b.r.top);
      if (w > slack && h > slack) problems.push(`${a.what} overlaps ${b.what} (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
  }
  return { problems, counts };
}

/** Waits until the map's labels are laid out and clear of each other; returns the label counts. */
async function expectLabelsClear(page: Page, where: string): Promise<Record<string, number>> {
  let counts: Record<string, number> = {};
  await expect.poll(async () => {
    const found = await page.evaluate(mapLabelProblems);
    counts = found.counts;
    return found.problems;
  }, { message: `map labels (${where})`, timeout: 5_000 }).toEqual([]);
  return counts;
}

/**
 * One action of this page's turn, toward a map with bases: hosts a base when that is legal, else a
 * random legal action (now and then a pass), then confirms and waits until it is answered.
 */
async function playTowardBases(page: Page, rnd: () => number): Promise<void> {
  const panel = page.locator('.action-panel');
  const host = panel.locator('.action-btn.is-legal', { hasText: /^Host an? \w+ base$/ });
  const legal = panel.locator('.action-btn.is-legal');
  let button = panel.getByRole('button', { name: 'Pass', exact: true });
  if (await host.count()) button = host.first();
  else if (rnd() < 0.9 && (await legal.count())) button = legal.nth(Math.floor(rnd() * (await legal.count())));
  // Dispatched rather than tapped: on the phone the page can shift under the pointer (sticky bars,
  // the hint line), and this test is about the map, not about tapping.
  await button.dispatchEvent('click');
  const confirm = panel.getByRole('button', { name: /^Confirm: / });
  await expect(confirm).toBeVisible();
  await confirm.dispatchEvent('click');
  await expect(panel.locator('.preview--pending')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.notice--error')).toHaveCount(0);
}

const BOARD_BUTTONS = ['All boards', 'Politics', 'Economics', 'Military', 'Culture'];

for (const [size, viewport, seat] of [['1280x800', DESKTOP, '1'], ['390x844', PHONE, '3']] as const) {
  const phone = viewport.width < 600;

  test(`map labels never cover each other through a whole match, at ${size}`, async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
    const page = await context.newPage();
    const errors = watchErrors(page);

    // Uzbekistan (Tashkent) on the laptop, Tajikistan (Dushanbe) on the phone: our "YOU" marker
    // sits in the crowded south. Every other seat is a bot, so the match starts at once.
    await openCreateForm(page);
    await createOnlineMatch(page, { name: 'Malika', scenario: 'short', mySeat: seat });
    const map = page.locator('.map-card .mv-svg');
    await expect(map).toBeVisible({ timeout: 30_000 });
    const shoot = async (name: string) => {
      await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await snap(page, testInfo, `map-labels-${name}-${size}`, false);
    };
    const start = await expectLabelsClear(page, 'start');
    await shoot('start');

    // Play the match to its end, checking at every one of our turns; the map fills with bases
    // (the game starts with three Russian ones) and Belt and Road projects on the way.
    const rnd = seededRandom(Number(seat) + 5);
    let turns = 0;
    let midShot = false;
    for (;;) {
      if ((await waitTurnOrOver(page, 90_000)) === 'over') break;
      const round = await roundOf(page);
      await expectLabelsClear(page, `turn ${turns + 1}, round ${round}`);
      if (!midShot && round >= 3) {
        await shoot('round3');
        midShot = true;
      }
      await playTowardBases(page, rnd);
      turns++;
    }
    await expect(matchScreen(page)).toHaveAttribute('data-gameover', 'true');
    await page.getByRole('button', { name: 'See the final board' }).click();
    await expect(map).toBeVisible();
    const counts = await expectLabelsClear(page, 'final board');
    expect(counts.base, 'bases on the map').toBeGreaterThan(start.base ?? 0);
    expect(counts['state name']).toBe(5);
    expect(counts.dot).toBe(5);
    expect(counts.you).toBe(1);
    // Capital names are drawn on the full map, not on the phone's cropped one.
    expect(counts['capital name']).toBe(phone ? 0 : 5);

    // Every board shades the map and sizes the leader badges differently; in both themes.
    const everyBoard = async (theme: string) => {
      for (const name of BOARD_BUTTONS) {
        await page.getByRole('group', { name: 'Shade the map by board' }).getByRole('button', { name, exact: true }).click();
        await expectLabelsClear(page, `${name}, ${theme}`);
      }
      await page.getByRole('button', { name: 'All boards', exact: true }).click();
      await expectLabelsClear(page, `all boards, ${theme}`);
      await shoot(`final-${theme}`);
    };
    await everyBoard('light');
    await inDarkTheme(page, () => everyBoard('dark'));

    testInfo.annotations.push({ type: 'turns played', description: String(turns) });
    expect(errors).toEqual([]);
    await context.close();
  });
}
