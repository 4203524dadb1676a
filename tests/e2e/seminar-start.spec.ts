// Seminar mode, the lecturer's side of starting and reopening a class, through the real UI:
// - starting matches with empty student seats asks first, in a modal dialog that says what will
//   happen (who has joined, how many seats the bots take, where late students go): Esc and
//   "Wait for more students" start nothing; "Start with bots" starts; full matches are not asked;
// - a bot's turn shows no countdown on the console;
// - another browser without the key gets plain guidance to the private link, which the console
//   offers under "Open this console on another computer", and the class code does not open it.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, axeScan, inDarkTheme, matchScreen, snap, watchErrors } from './helpers';

const TITLE = 'Start and reopen — e2e';

async function createClass(fac: Page): Promise<{ classID: string; code: string }> {
  await fac.goto('/seminar');
  await fac.getByLabel('Class title').fill(TITLE);
  await fac.getByRole('radio', { name: /^Short game/ }).check();
  // The bot levels in the order of the solo and online set-up forms: by strength, random last.
  await expect(fac.getByLabel('Bot level').locator('option')).toHaveText(['Easy bot', 'Medium bot', 'Hard bot', 'Random bot (moves at random)']);
  await expect(fac.getByLabel('Bot level')).toHaveValue('medium');
  await fac.getByRole('radio', { name: '1 min' }).check();
  await fac.getByRole('button', { name: 'Create class' }).click();
  await expect(fac.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 20_000 });
  const classID = /\/seminar\/([^/?#]+)$/.exec(fac.url())![1];
  const code = (await fac.getByTestId('class-code').innerText()).trim();
  return { classID, code };
}

test('starting with empty seats asks first; a bot’s turn has no countdown; another browser is told where the private link is', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const facCtx = await browser.newContext({ viewport: DESKTOP });
  const fac = await facCtx.newPage();
  const errors = [watchErrors(fac, 'facilitator')];
  const { classID, code } = await createClass(fac);
  const card = fac.getByTestId('console-match').filter({ has: fac.getByRole('heading', { name: 'Match 1', exact: true }) });
  await expect(card).toContainText('Not started');

  // ---------------------------------------------------------------- the private link, in plain sight
  const priv = fac.getByTestId('private-link');
  await expect(priv.getByRole('heading', { name: 'Open this console on another computer' })).toBeVisible();
  await expect(priv.getByRole('button', { name: 'Copy private link' })).toBeVisible();
  await expect(priv).toContainText('do not project it');
  // Its text is not on screen until asked for (the console is often projected).
  const linkField = priv.getByLabel('Private facilitator link');
  await expect(linkField).toBeHidden();
  const show = priv.getByRole('button', { name: 'Show the link' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(linkField).toBeVisible();
  const privateLink = await linkField.inputValue();
  expect(privateLink).toContain(`/seminar/${classID}#key=`);
  await priv.getByRole('button', { name: 'Hide the link' }).click();
  await expect(linkField).toBeHidden();
  await snap(fac, testInfo, 'seminar-start-console-1280x800', false);
  await fac.setViewportSize(PHONE);
  await snap(fac, testInfo, 'seminar-start-console-390x844', false);
  await fac.setViewportSize(DESKTOP);

  // ---------------------------------------------------------------- nobody joined: asked, Esc cancels
  const startAll = fac.getByRole('button', { name: 'Start all matches' });
  await startAll.click();
  const dialog = fac.getByRole('dialog', { name: 'Start Match 1 with 5 empty seats?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Match 1 starts now. Nobody has joined yet: medium bots play all 5 student seats.');
  await expect(dialog).toContainText('the bots play it to the end on their own');
  // The class grows with its students (the default): late students go to a new match, started later.
  await expect(dialog).toContainText('Students who join later cannot take over a bot’s seat in a started match: they go to a new match (Match 2) that waits until you start it.');
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Wait for more students' })).toBeFocused();
  await snap(fac, testInfo, 'seminar-start-dialog-1280x800', false);
  await axeScan(fac, testInfo, 'seminar-start-dialog-desktop');
  await inDarkTheme(fac, async () => {
    await snap(fac, testInfo, 'seminar-start-dialog-dark-1280x800', false);
    await axeScan(fac, testInfo, 'seminar-start-dialog-desktop-dark');
  });
  await fac.setViewportSize(PHONE);
  await snap(fac, testInfo, 'seminar-start-dialog-390x844', false);
  await fac.setViewportSize(DESKTOP);
  await fac.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(startAll).toBeFocused();
  await expect(card).toContainText('Not started');

  // ---------------------------------------------------------------- a student joins; one match's Start asks too
  const stuCtx = await browser.newContext({ viewport: DESKTOP });
  const stu = await stuCtx.newPage();
  errors.push(watchErrors(stu, 'student'));
  await stu.goto(`/class?code=${code}`);
  await stu.getByLabel('Your name').fill('Aigerim');
  await stu.getByRole('button', { name: 'Join class' }).click();
  await expect(stu.getByRole('heading', { level: 2, name: 'Kazakhstan in Match 1' })).toBeVisible();
  await expect(fac.getByText('1 joined')).toBeVisible({ timeout: 10_000 });

  const startOne = card.getByRole('button', { name: 'Start Match 1' });
  await startOne.click();
  const asked = fac.getByRole('dialog', { name: 'Start Match 1 with 4 empty seats?' });
  await expect(asked).toContainText('Match 1 starts now. 1 of 5 students has joined; medium bots play the other 4 seats for the whole match.');
  await asked.getByRole('button', { name: 'Wait for more students' }).click();
  await expect(asked).toBeHidden();
  await expect(startOne).toBeFocused();
  await expect(card).toContainText('Not started');
  await expect(stu.getByText(/waiting for the facilitator to start/)).toBeVisible();

  await startOne.click();
  await asked.getByRole('button', { name: 'Start with bots' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Match 1 started.' })).toBeVisible();
  await expect(card).toContainText('Running');
  await expect(matchScreen(stu)).toBeVisible({ timeout: 20_000 });

  // ---------------------------------------------------------------- a bot's turn: no countdown
  await card.getByRole('button', { name: 'Pause Match 1' }).click();
  await expect(card).toContainText('Paused');
  const turnRow = card.locator('tr.is-turn');
  await expect(turnRow).toHaveCount(1);
  if ((await turnRow.innerText()).includes('Aigerim')) {
    // The student's turn: its timer shows (paused); a bot then takes the seat over.
    await expect(card.getByRole('timer')).toHaveAttribute('aria-label', /paused/);
    await card.getByRole('button', { name: 'Bot takes over Kazakhstan in Match 1' }).click();
    await expect(card.getByRole('button', { name: 'Hand Kazakhstan in Match 1 back to its students' })).toBeVisible();
  }
  await expect(card.getByTestId('bot-turn')).toHaveText(/bot to move · no timer$/);
  await expect(card.getByRole('timer')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await snap(fac, testInfo, 'seminar-start-botturn-1280x800', false);

  // ---------------------------------------------------------------- another browser: no key, plain guidance
  const otherCtx = await browser.newContext({ viewport: DESKTOP });
  const other = await otherCtx.newPage();
  errors.push(watchErrors(other, 'other browser'));
  await other.goto(`/seminar/${classID}`);
  const locked = other.getByTestId('key-needed');
  await expect(locked.getByRole('heading', { level: 1, name: 'Open the class console' })).toBeVisible();
  await expect(locked).toContainText('This browser does not hold the key to this class.');
  await expect(locked.getByRole('heading', { name: 'Where is my private link?' })).toBeVisible();
  await expect(locked).toContainText('On the computer where you created the class');
  await expect(locked).toContainText('Copy private link');
  await expect(locked).toContainText('The class code and the student link cannot open the console');
  // Nothing of the class shows without the key.
  await expect(other.getByText(TITLE)).toHaveCount(0);
  await snap(other, testInfo, 'seminar-reopen-1280x800');
  await axeScan(other, testInfo, 'seminar-reopen-desktop');
  await inDarkTheme(other, async () => { await snap(other, testInfo, 'seminar-reopen-dark-1280x800'); });
  await other.setViewportSize(PHONE);
  await snap(other, testInfo, 'seminar-reopen-390x844');
  await other.setViewportSize(DESKTOP);

  // The class code is not the key: said so, and the field keeps the focus.
  const field = locked.getByLabel('Private facilitator link');
  await field.fill(code);
  await locked.getByRole('button', { name: 'Open' }).click();
  await expect(locked).toContainText('That looks like the class code: it lets students join but does not unlock the console.');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // The private link opens it.
  await field.fill(privateLink);
  await locked.getByRole('button', { name: 'Open' }).click();
  await expect(other.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 10_000 });
  await expect(other.getByTestId('console-match')).toHaveCount(1);

  expect(errors.flat(), 'uncaught errors in the pages').toEqual([]);
  await Promise.all([facCtx, stuCtx, otherCtx].map((c) => c.close()));
});

test('starting when every student seat is taken asks nothing', async ({ browser }) => {
  const facCtx = await browser.newContext({ viewport: DESKTOP });
  const fac = await facCtx.newPage();
  await fac.goto('/seminar');
  await fac.getByLabel('Class title').fill(`${TITLE} (full)`);
  await fac.getByLabel('Matches', { exact: true }).selectOption('1');
  await fac.getByLabel('Bot seats per match').selectOption('4'); // one student seat
  await fac.getByRole('button', { name: 'Create class' }).click();
  await expect(fac.getByTestId('seminar-console')).toBeVisible({ timeout: 20_000 });
  const code = (await fac.getByTestId('class-code').innerText()).trim();

  const stuCtx = await browser.newContext({ viewport: DESKTOP });
  const stu = await stuCtx.newPage();
  await stu.goto(`/class?code=${code}`);
  await stu.getByLabel('Your name').fill('Bakyt');
  await stu.getByRole('button', { name: 'Join class' }).click();
  await expect(stu.getByTestId('class-place')).toBeVisible();
  await expect(fac.getByText('1 joined')).toBeVisible({ timeout: 10_000 });

  await fac.getByRole('button', { name: 'Start all matches' }).click();
  await expect(fac.getByRole('status').filter({ hasText: 'Every match has started.' })).toBeVisible();
  await expect(fac.getByRole('dialog')).toHaveCount(0);
  await expect(fac.getByTestId('console-match')).not.toContainText('Not started');
  await Promise.all([facCtx, stuCtx].map((c) => c.close()));
});
