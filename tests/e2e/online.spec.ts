// Two people in two browsers and three bots play a whole online match (the short scenario) to the
// end screen. Each person sees only their own secret agenda until the end screen reveals them all.
// Then one of them sets up a rematch and the other joins it from the end screen. And a match
// listed on the home page is found there, joined by a stranger and watched.
import { expect, test } from '@playwright/test';
import { TURN_TITLE_MARK } from '../../client/lib/useTurnTitle';
import {
  DESKTOP, PHONE, axeScan, createOnlineMatch, matchScreen, openCreateForm, playAllToEnd, playOneAction, roundOf, snap, startMatch, waitTurnOrOver, watchErrors,
} from './helpers';

test('two humans and three bots play an online match to the final scores', async ({ browser }) => {
  test.setTimeout(240_000);
  const ctxA = await browser.newContext({ viewport: DESKTOP });
  const ctxB = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  // The host's browser can share (as a phone can): a stand-in for the share sheet keeps what it was given.
  await ctxA.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => { (window as unknown as { shared: ShareData[] }).shared = [...((window as unknown as { shared?: ShareData[] }).shared ?? []), data]; },
    });
  });
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  const errA = watchErrors(a, 'host');
  const errB = watchErrors(b, 'guest');

  // The host creates a short match: Uzbekistan and Kyrgyzstan left for friends, two bots. Only one
  // friend comes, so the host starts with the open seat given to a third bot (a match whose seats
  // are all taken would start by itself).
  await openCreateForm(a);
  const matchID = await createOnlineMatch(a, { name: 'Anna', scenario: 'short', friendSeats: ['1', '2'] });
  await expect(a.getByTestId('waiting-room')).toContainText('Short game');
  const invite = await a.getByLabel('Invite link').inputValue();
  expect(invite).toContain(matchID);
  // Sharing hands the invite link to the device's share sheet.
  await a.getByRole('button', { name: 'Share…' }).click();
  await expect(a.getByTestId('waiting-room').getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
  expect(await a.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: 'Multi-dimensional Chess', text: 'Take a seat in my match of Multi-dimensional Chess:', url: invite },
  ]);

  // The friend follows the invite link, takes the open seat and waits for the host.
  await b.goto(invite);
  await expect(b.getByTestId('waiting-room')).toBeVisible();
  // A name is needed: the field says so (as the host's form does) and takes the focus.
  const nameField = b.getByLabel('Your name');
  await expect(nameField).toHaveAccessibleDescription(/Up to 24 characters/);
  await nameField.fill(' ');
  await b.getByRole('button', { name: 'Join match' }).click();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(nameField).toHaveAccessibleDescription(/Give a name the other players will see/);
  await expect(nameField).toBeFocused();
  await b.getByLabel('Your name').fill('Ben');
  await b.getByRole('button', { name: 'Join match' }).click();
  await expect(b).toHaveURL(new RegExp(`/match/${matchID}$`));
  await expect(b.getByText('Waiting for the host to start the match')).toBeVisible();
  // The host's waiting room picks the friend up by itself.
  await expect(a.locator('.seat-list__item', { hasText: 'Uzbekistan' })).toContainText('Ben', { timeout: 20_000 });

  await expect(a.getByTestId('waiting-room')).toContainText('1 seat is still open');
  await a.getByLabel('Bots for empty seats').selectOption('easy');
  await startMatch(a);
  await expect(matchScreen(b)).toBeVisible({ timeout: 30_000 });
  await expect(matchScreen(a)).toHaveAttribute('data-my-seat', '0');
  await expect(matchScreen(b)).toHaveAttribute('data-my-seat', '1');

  // Each sees their own secret agenda, and not the other's.
  const agendaA = a.locator('.agenda-card');
  const agendaB = b.locator('.agenda-card');
  await expect(agendaA.getByRole('heading', { name: 'Your secret agenda' })).toBeVisible();
  await expect(agendaB.getByRole('heading', { name: 'Your secret agenda' })).toBeVisible();
  const titleA = (await agendaA.locator('.agenda-card__title').innerText()).replace(/\s*\+\d+ points\s*$/, '').trim();
  const titleB = (await agendaB.locator('.agenda-card__title').innerText()).replace(/\s*\+\d+ points\s*$/, '').trim();
  const goalA = (await agendaA.locator('.agenda-card__goal').innerText()).trim();
  const goalB = (await agendaB.locator('.agenda-card__goal').innerText()).trim();
  expect(titleA).not.toBe('');
  expect(titleB).not.toBe('');
  expect(titleA).not.toBe(titleB);
  expect(await a.locator('body').innerText()).not.toContain(goalB);
  expect(await b.locator('body').innerText()).not.toContain(goalA);
  await expect(a.locator('.agenda-card')).toHaveCount(1);
  await expect(b.locator('.agenda-card')).toHaveCount(1);

  // The tab of the player to move says so in its title, and only that one: a player who went to
  // another tab while the others moved sees it from there. (Bots move until a person's turn.)
  await expect.poll(async () => {
    const active = await matchScreen(a).getAttribute('data-active-seat');
    const [marked, markedB] = [(await a.title()).startsWith(TURN_TITLE_MARK), (await b.title()).startsWith(TURN_TITLE_MARK)];
    return `seat ${active} to move; host's tab ${marked ? 'marked' : 'plain'}, guest's ${markedB ? 'marked' : 'plain'}`;
  }, { timeout: 30_000 }).toMatch(/^seat 0 to move; host's tab marked, guest's plain$|^seat 1 to move; host's tab plain, guest's marked$/);

  // Both play their turns by clicking legal actions and confirming, until the end.
  await playAllToEnd([a, b], 'random', 7);

  // The end screen reveals every agenda, the other's included, to both.
  for (const p of [a, b]) {
    await expect(matchScreen(p)).toHaveAttribute('data-gameover', 'true');
    const revealed = p.getByRole('region', { name: 'Secret agendas revealed' });
    await expect(revealed).toContainText(titleA);
    await expect(revealed).toContainText(titleB);
    await expect(revealed).toContainText(goalA);
    await expect(revealed).toContainText(goalB);
    await expect(revealed.locator('.agenda-list__item')).toHaveCount(5);
    expect(await p.title()).not.toContain(TURN_TITLE_MARK); // nobody's turn any more
  }

  // A rematch: Ben sets it up from his end screen and waits in its waiting room as its host; Anna's
  // end screen soon says so and takes her into it. Both keep their states; with every person
  // seated it starts by itself.
  await expect(b.getByRole('status').filter({ hasText: 'Play again with the same players' })).toBeVisible();
  await b.getByRole('button', { name: 'Rematch', exact: true }).click();
  await expect(b).not.toHaveURL(new RegExp(`/match/${matchID}$`));
  const rematchURL = b.url();
  await expect(a.getByRole('status').filter({ hasText: 'Ben (Uzbekistan) set up a rematch' })).toBeVisible({ timeout: 20_000 });
  await a.getByRole('button', { name: 'Join the rematch' }).click();
  await expect(a).toHaveURL(rematchURL);
  await expect(matchScreen(a)).toHaveAttribute('data-my-seat', '0', { timeout: 30_000 });
  await expect(matchScreen(b)).toHaveAttribute('data-my-seat', '1', { timeout: 30_000 });
  for (const p of [a, b]) await expect(matchScreen(p)).toHaveAttribute('data-gameover', 'false');
  await expect(a.locator('.top-bar__roundno')).toHaveText('Round 1 of 5');
  // Anna's home page lists both: the old match finished, with its rematch, and the new one.
  await a.goto('/');
  const mine = a.getByRole('region', { name: 'My matches' });
  await expect(mine.locator('li', { hasText: 'finished, rematch set up' }).getByRole('link', { name: 'See the result' })).toBeVisible();
  await expect(mine.locator('li', { hasText: 'in progress' }).getByRole('link', { name: 'Rejoin' })).toBeVisible();

  expect([...errA, ...errB], 'uncaught errors in the pages').toEqual([]);
  await ctxA.close();
  await ctxB.close();
});

test('a match listed on the home page: a stranger takes its free seat, and anyone can watch it once started', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const [ctxA, ctxB, ctxC] = await Promise.all([DESKTOP, PHONE, DESKTOP].map((viewport) => browser.newContext({ viewport })));
  const [a, b, c] = await Promise.all([ctxA, ctxB, ctxC].map((ctx) => ctx.newPage()));
  const errors = [watchErrors(a, 'host'), watchErrors(b, 'stranger'), watchErrors(c, 'watcher')];

  await openCreateForm(a);
  const matchID = await createOnlineMatch(a, { name: 'Leyla', scenario: 'short', friendSeats: ['2'], listed: true });

  // A stranger finds it on the home page, with what it is and who plays, and takes the free seat.
  await b.goto('/');
  const open = b.getByRole('region', { name: 'Open matches' });
  const item = open.locator(`[data-match="${matchID}"]`);
  await expect(item).toContainText('Short game');
  await expect(item).toContainText('Leyla and 3 bots · 1 seat free');
  await item.getByRole('link', { name: 'Join Leyla’s match' }).click();
  await expect(b).toHaveURL(new RegExp(`/join/${matchID}$`));
  await b.getByLabel('Your name').fill('Timur');
  await b.getByRole('button', { name: 'Join match' }).click();
  // Every seat is now taken: the match starts by itself.
  await expect(matchScreen(b)).toHaveAttribute('data-my-seat', '2', { timeout: 30_000 });
  await expect(matchScreen(a)).toBeVisible({ timeout: 30_000 });
  // On the stranger's home page the match is now under "My matches", not among the open ones.
  await b.goto('/');
  await expect(b.getByRole('region', { name: 'My matches' })).toContainText('Kyrgyzstan as Timur');
  await expect(b.locator(`[data-match="${matchID}"]`)).toHaveCount(0);

  // Someone else sees it in progress and watches: the match without a seat.
  await c.goto('/');
  const watching = c.getByRole('region', { name: 'Open matches' }).locator(`[data-match="${matchID}"]`);
  await expect(watching).toContainText('Leyla, Timur and 3 bots · in progress', { timeout: 20_000 });
  await axeScan(c, testInfo, 'home-open-matches');
  await watching.getByRole('link', { name: 'Watch Leyla’s match' }).click();
  await expect(matchScreen(c)).toHaveAttribute('data-my-seat', '', { timeout: 30_000 });
  await expect(c.locator('.agenda-card')).toHaveCount(0);

  // A match not listed (the default) never shows there.
  await openCreateForm(a);
  const unlisted = await createOnlineMatch(a, { name: 'Leyla', scenario: 'short', friendSeats: ['1'] });
  await c.goto('/');
  await expect(c.getByRole('region', { name: 'Open matches' }).locator(`[data-match="${matchID}"]`)).toBeVisible();
  await expect(c.locator(`[data-match="${unlisted}"]`)).toHaveCount(0);

  expect(errors.flat()).toEqual([]);
  await Promise.all([ctxA, ctxB, ctxC].map((ctx) => ctx.close()));
});

test('a friend who goes away does not stall the match: another player lets a bot play for them', async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  const [ctxA, ctxB] = await Promise.all([DESKTOP, DESKTOP].map((viewport) => browser.newContext({ viewport })));
  const [a, b] = await Promise.all([ctxA, ctxB].map((ctx) => ctx.newPage()));
  const errors = [watchErrors(a, 'host'), watchErrors(b, 'friend')];
  await openCreateForm(a);
  const matchID = await createOnlineMatch(a, { name: 'Dana', scenario: 'short', friendSeats: ['1'] });
  await b.goto(`/join/${matchID}`);
  await b.getByLabel('Your name').fill('Erlan');
  await b.getByRole('button', { name: 'Join match' }).click();
  // Both people seated: the match starts by itself. Dana (Kazakhstan) plays first, then Erlan.
  await expect(matchScreen(b)).toHaveAttribute('data-my-seat', '1', { timeout: 30_000 });
  expect(await waitTurnOrOver(a)).toBe('turn');
  await playOneAction(a, 'pass');
  await expect(matchScreen(a)).toHaveAttribute('data-active-seat', '1');

  // Erlan closes his page on his turn. After a while (the grace of 20 s) Dana is offered a stand-in.
  await ctxB.close();
  const wait = a.locator('.wait-card');
  await expect(wait).toContainText('Erlan seems to be away', { timeout: 40_000 });
  await axeScan(a, testInfo, 'away-offer');
  await wait.scrollIntoViewIfNeeded();
  await snap(a, testInfo, '16-away-offer-1280x800', false);
  // The same offer at a phone's width (the page switches to its one-column layout).
  await a.setViewportSize(PHONE);
  await wait.scrollIntoViewIfNeeded();
  await snap(a, testInfo, '16-away-offer-390x844', false);
  await a.setViewportSize(DESKTOP);
  await wait.getByRole('button', { name: 'Let a bot play for Uzbekistan' }).click();
  // The bot plays Erlan's turns from now on: the match comes back round to Dana in the next year.
  await expect(matchScreen(a)).not.toHaveAttribute('data-active-seat', '1', { timeout: 30_000 });
  expect(await waitTurnOrOver(a, 60_000)).toBe('turn');
  expect(await roundOf(a)).toBe(2);
  const info = await (await a.request.get(`/games/mdchess/${matchID}`)).json() as { players: { name?: string; bot: string | null; standIn: boolean }[] };
  expect(info.players[1]).toMatchObject({ name: 'Erlan', bot: null, standIn: true });

  expect(errors.flat()).toEqual([]);
  await ctxA.close();
});
