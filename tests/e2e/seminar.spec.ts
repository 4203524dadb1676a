// Seminar mode (issue 6) through the real UI: a facilitator creates a class of two matches; three
// students join in three browser contexts with the class code and are placed evenly; the
// facilitator chooses the next event of match 1, starts every match (confirming that a bot takes
// the empty seat), pauses (nobody can act),
// broadcasts a message and resumes; the matches play to the end (one student plays, the others
// leave it to the turn timer and the bots); the debrief renders and its JSON and CSV exports
// download and parse with the right rows. The server runs with TURN_TIMER_SCALE (see
// playwright.config.ts), so the 1-minute turn timer lasts a few seconds.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  axeScan,
  inDarkTheme,
  DESKTOP, PHONE, horizontalOverflow, matchScreen, playOneAction, roundOf, seededRandom, snap, waitTurnOrOver, watchErrors,
} from './helpers';

const TITLE = 'Central Asia seminar — e2e';
const ROUNDS = 2;
const MESSAGE = 'Control team: Moscow recalls its ambassador from Astana.';
/** The CSV's header (game/debrief.ts CSV_COLUMNS), checked as the contract of the export. */
const CSV_HEADER = [
  'class_title', 'match_label', 'match_id', 'round', 'year', 'state', 'player',
  'economy', 'security', 'stability', 'sovereignty', 'tension', 'asymmetry', 'eu_engagement', 'event_id', 'event_title',
  'played_by', 'played_by_kind', 'final_score', 'agenda', 'agenda_title', 'agenda_met', 'winner', 'crisis', 'blame', 'debt',
];
const STATES = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];

/** RFC 4180 rows (quoted cells with "" escapes, CRLF or LF line ends); no trailing empty row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && text[i + 1] === '\n') { /* the \n ends the row */ } else if (ch === '\n') {
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * The console errors and failed requests of a page, to say why a screen fell into the error
 * boundary (e.g. a lazy chunk missing because dist/ was rebuilt under the running server).
 */
function watchConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') lines.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) lines.push(`HTTP ${r.status()} ${r.url()}`); });
  return lines;
}

/** Clicks a debrief download button and returns the downloaded file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('a facilitator runs a class of two matches: join, inject, pause, broadcast, play to the end, debrief and exports', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const started = Date.now();

  const facCtx = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const fac = await facCtx.newPage();
  const errors = [watchErrors(fac, 'facilitator')];
  const facLog = watchConsole(fac);

  // ---------------------------------------------------------------- 1. the class is set up
  await fac.goto('/');
  await fac.getByRole('link', { name: 'Run a class' }).click();
  await expect(fac.getByRole('heading', { level: 1, name: 'Run a class' })).toBeVisible();
  await fac.getByLabel('Class title').fill(TITLE);
  await fac.getByRole('radio', { name: /^Short game/ }).check();
  await fac.getByLabel('Rounds per match').selectOption(String(ROUNDS));
  await fac.getByLabel('Matches', { exact: true }).selectOption('2');
  await fac.getByLabel('Bot seats per match').selectOption('3'); // students play Kazakhstan and Uzbekistan
  await fac.getByLabel('Bot level').selectOption('easy');
  await fac.getByRole('radio', { name: '1 min' }).check();
  await fac.getByRole('radio', { name: 'Pass the rest of the turn' }).check();
  await expect(fac.getByRole('checkbox', { name: /Allow suggested moves/ })).not.toBeChecked();
  await fac.getByRole('button', { name: 'Create class' }).click();

  const consolePage = fac.getByTestId('seminar-console');
  await expect(consolePage).toBeVisible({ timeout: 20_000 });
  await expect(fac.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const classID = /\/seminar\/([^/?#]+)$/.exec(fac.url())?.[1];
  expect(classID, `on the console: ${fac.url()}`).toBeTruthy();
  const code = (await fac.getByTestId('class-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4,16}$/);
  const cards = fac.getByTestId('console-match');
  await expect(cards).toHaveCount(2);
  const card1 = cards.filter({ has: fac.getByRole('heading', { name: 'Match 1', exact: true }) });
  const card2 = cards.filter({ has: fac.getByRole('heading', { name: 'Match 2', exact: true }) });
  await expect(card1).toContainText('Not started');
  await expect(card2).toContainText('Not started');

  // ---------------------------------------------------------------- 2. three students join
  // Aigerim from the home page's class form, Bakyt (on a phone) and Dilnoza on /class.
  const studentCtx = await Promise.all([
    browser.newContext({ viewport: DESKTOP }),
    browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true }),
    browser.newContext({ viewport: DESKTOP }),
  ]);
  const [aig, bak, dil] = await Promise.all(studentCtx.map((c) => c.newPage()));
  errors.push(watchErrors(aig, 'Aigerim'), watchErrors(bak, 'Bakyt'), watchErrors(dil, 'Dilnoza'));

  await aig.goto('/');
  const homeJoin = aig.getByRole('form', { name: 'Join a class' });
  await homeJoin.getByRole('textbox', { name: 'Class code', exact: true }).fill(code.toLowerCase()); // typed in lower case: the form corrects it
  await homeJoin.getByRole('button', { name: 'Join class' }).click();
  await expect(aig.getByRole('heading', { level: 1, name: 'Join a class' })).toBeVisible();
  await expect(aig.getByRole('textbox', { name: 'Class code', exact: true })).toHaveValue(code);

  const join = async (p: Page, name: string, viaHome: boolean) => {
    if (!viaHome) {
      await p.goto('/class');
      await p.getByRole('textbox', { name: 'Class code', exact: true }).fill(code);
    }
    await p.getByLabel('Your name').fill(name);
    await p.getByRole('button', { name: 'Join class' }).click();
    await expect(p.getByTestId('class-place')).toBeVisible();
  };
  // One after the other, so the placement order is known: the emptiest match first.
  await join(aig, 'Aigerim', true);
  await expect(aig.getByRole('heading', { level: 2, name: 'Kazakhstan in Match 1' })).toBeVisible();
  await join(bak, 'Bakyt', false);
  await expect(bak.getByRole('heading', { level: 2, name: 'Kazakhstan in Match 2' })).toBeVisible();
  await join(dil, 'Dilnoza', false);
  await expect(dil.getByRole('heading', { level: 2, name: 'Uzbekistan in Match 1' })).toBeVisible();
  for (const p of [aig, bak, dil]) {
    await expect(p.getByText(/waiting for the facilitator to start/)).toBeVisible();
    await expect(p.getByRole('heading', { level: 1 })).toContainText('You are');
  }

  // The console (polled every 2 s) lists them in their places.
  await expect(fac.getByText('3 joined')).toBeVisible({ timeout: 10_000 });
  // The join screen for the projector: the code large, the address to type, a QR code of the link, the count.
  await fac.getByRole('button', { name: 'Show the join screen' }).click();
  const joinScreen = fac.getByRole('dialog', { name: `Join ${TITLE}` });
  await expect(joinScreen.locator('.join-screen__code')).toHaveText(code);
  await expect(joinScreen).toContainText(`${new URL(fac.url()).host}/class`);
  await expect(joinScreen.getByRole('img', { name: `QR code of the link ${new URL(fac.url()).origin}/class?code=${code}` })).toBeVisible();
  await expect(joinScreen.getByRole('status')).toHaveText('3 students have joined');
  await joinScreen.getByRole('button', { name: 'Close' }).click();
  await expect(joinScreen).toBeHidden();
  // Every match at a glance, each row leading to its card.
  const glance = fac.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByRole('row')).toHaveCount(3);
  await expect(glance.getByRole('row', { name: /Match 2/ })).toContainText('Not started');
  await expect(glance.getByRole('link', { name: 'Match 2' })).toHaveAttribute('href', '#console-match-2');
  await expect(card1.getByRole('row', { name: /Kazakhstan/ })).toContainText('Aigerim');
  await expect(card1.getByRole('row', { name: /Uzbekistan/ })).toContainText('Dilnoza');
  await expect(card2.getByRole('row', { name: /Kazakhstan/ })).toContainText('Bakyt');
  await snap(fac, testInfo, 'seminar-console-1280x800');
  await axeScan(fac, testInfo, 'seminar-console-desktop');
  await inDarkTheme(fac, async () => {
    await snap(fac, testInfo, 'seminar-console-dark-1280x800');
    await axeScan(fac, testInfo, 'seminar-console-desktop-dark');
  });

  // The console on a phone does not scroll sideways.
  await fac.setViewportSize(PHONE);
  await expect(fac.getByTestId('class-code')).toBeVisible();
  await snap(fac, testInfo, 'seminar-console-390x844');
  const overflow = await horizontalOverflow(fac);
  expect(overflow.scrollWidth, `the console scrolls sideways on a phone: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
  await fac.setViewportSize(DESKTOP);

  // ---------------------------------------------------------------- 3. inject, start, pause
  // The next event of match 1: the bottom card of its next deck (not what the shuffle would draw).
  const eventSelect = card1.getByLabel('Next event');
  const options = eventSelect.locator('option:not([value=""])');
  expect(await options.count()).toBeGreaterThan(1);
  const injected = options.last();
  const eventId = (await injected.getAttribute('value'))!;
  const eventTitle = (await injected.innerText()).trim();
  await eventSelect.selectOption(eventId);
  await card1.getByRole('button', { name: 'Set the next event of Match 1' }).click();
  await expect(card1.getByRole('status').filter({ hasText: `${eventTitle} opens the next round of Match 1.` })).toBeVisible();
  // The card says which card is queued, and its select keeps showing it.
  await expect(card1.getByTestId('console-events')).toContainText(`Next round: ${eventTitle} (set by you)`);
  await expect(card1.getByTestId('console-events')).toContainText('Event now:');
  await expect(eventSelect).toHaveValue(eventId);

  // One student seat is still empty (Match 2's Uzbekistan): the console asks first, and says what will happen.
  await fac.getByRole('button', { name: 'Start all matches' }).click();
  const confirm = fac.getByRole('dialog', { name: 'Start 2 matches with 1 empty seat?' });
  await expect(confirm).toContainText('2 matches start now. 3 of 4 students have joined; an easy bot plays the other seat for the whole match.');
  await expect(confirm).toContainText('this class opens no new match: they join a seat students already play, as one more of its team (up to 3 share a seat).');
  await confirm.getByRole('button', { name: 'Start with bots' }).click();
  await expect(confirm).toBeHidden();
  await expect(fac.getByRole('status').filter({ hasText: 'Every match has started.' })).toBeVisible();
  // Paused at once, while Kazakhstan (a student in both matches) opens round 1: nobody moves yet.
  await fac.getByRole('button', { name: 'Pause all' }).click();
  await expect(fac.getByRole('status').filter({ hasText: 'Every match is paused.' })).toBeVisible();
  await expect(card1).toContainText('Paused');
  await expect(card2).toContainText('Paused');

  // The students' place pages send them to their matches by themselves.
  const seats: [Page, string][] = [[aig, '0'], [bak, '0'], [dil, '1']];
  for (const [p, seat] of seats) {
    await expect(matchScreen(p)).toBeVisible({ timeout: 20_000 });
    await expect(matchScreen(p)).toHaveAttribute('data-my-seat', seat);
    await expect(p.getByTestId('paused-strip')).toContainText('Paused by the facilitator');
    await expect(p.getByRole('timer')).toHaveAttribute('aria-label', /paused/);
  }
  // Aigerim and Dilnoza share match 1, Bakyt plays match 2.
  expect(new URL(aig.url()).pathname).toBe(new URL(dil.url()).pathname);
  expect(new URL(aig.url()).pathname).not.toBe(new URL(bak.url()).pathname);

  // It is Aigerim's turn, but every action is refused with the reason: the facilitator paused.
  await expect(matchScreen(aig)).toHaveAttribute('data-active-seat', '0');
  const panel = aig.locator('.action-panel');
  const pass = panel.getByRole('button', { name: 'Pass', exact: true });
  await expect(pass).toHaveAttribute('aria-disabled', 'true');
  await expect(pass).toHaveAccessibleDescription(/paused the match/);
  await expect(panel.locator('.action-btn.is-legal')).toHaveCount(0);
  // Hatched buttons stay focusable (aria-disabled, so Playwright will not click them): focus shows
  // why, and Enter chooses it to read the reason in the preview, with no Confirm.
  await pass.focus();
  await expect(panel.locator('.preview')).toContainText('is not possible now: The facilitator has paused the match.');
  await aig.keyboard.press('Enter');
  await expect(panel.locator('.preview__reason')).toContainText('Not possible now: The facilitator has paused the match.');
  await expect(panel.getByRole('button', { name: /^Confirm: / })).toHaveCount(0);

  // A message to every match: each student sees the banner.
  await fac.getByLabel('Message to every match').fill(MESSAGE);
  await fac.getByRole('button', { name: 'Broadcast' }).click();
  await expect(fac.getByRole('status').filter({ hasText: 'Sent: every match shows it as a banner.' })).toBeVisible();
  for (const p of [aig, bak, dil]) {
    const banner = p.getByTestId('control-banner');
    await expect(banner).toContainText('Message from the facilitator');
    await expect(banner).toContainText(MESSAGE);
  }
  await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
  for (const p of [aig, bak]) await p.evaluate(() => window.scrollTo(0, 0));
  await snap(aig, testInfo, 'seminar-student-paused-1280x800');
  await snap(bak, testInfo, 'seminar-student-paused-390x844');
  await axeScan(aig, testInfo, 'seminar-student-paused-desktop');
  // A student may dismiss it.
  await dil.getByRole('button', { name: 'Dismiss the facilitator’s message' }).click();
  await expect(dil.getByTestId('control-banner')).toHaveCount(0);

  // The class is short of time: Match 2 ends after its first round (the console asks first).
  await card2.getByRole('button', { name: 'After this round (Match 2)' }).click();
  await fac.getByRole('dialog', { name: 'End Match 2 after this round?' }).getByRole('button', { name: 'End after this round' }).click();
  await expect(card2).toContainText('Round 1 of 1');

  await fac.getByRole('button', { name: 'Resume all' }).click();
  await expect(fac.getByRole('status').filter({ hasText: 'Every match goes on.' })).toBeVisible();
  for (const p of [aig, bak, dil]) {
    await expect(p.getByTestId('paused-strip')).toHaveCount(0);
    await expect(p.getByRole('timer')).not.toHaveAttribute('aria-label', /paused/);
  }

  // ---------------------------------------------------------------- 4. the matches play to the end
  // Aigerim plays one legal action each turn, then passes. Dilnoza and Bakyt never act: the turn
  // timer passes their turns. Dilnoza opens round 2, whose event is the one the facilitator chose.
  const rnd = seededRandom(6);
  const playAigerim = async () => {
    const acted = new Set<number>();
    for (;;) {
      if ((await waitTurnOrOver(aig, 90_000)) === 'over') break;
      const round = await roundOf(aig);
      await playOneAction(aig, acted.has(round) ? 'pass' : 'random', rnd);
      acted.add(round);
    }
    return acted.size;
  };
  const round2Event = async () => {
    await expect(dil.locator('.top-bar__roundno')).toHaveText(`Round 2 of ${ROUNDS}`, { timeout: 60_000 });
    await expect(dil.locator('.top-bar .event-card__title')).toHaveText(eventTitle);
    await expect(dil.locator('.top-bar')).toContainText('Event of 2020');
  };
  const [turnsPlayed] = await Promise.all([playAigerim(), round2Event()]);
  expect(turnsPlayed).toBeGreaterThan(0); // ROUNDS, unless a crisis ends the match first
  for (const p of [aig, bak, dil]) {
    await expect(matchScreen(p)).toHaveAttribute('data-gameover', 'true', { timeout: 60_000 });
    await expect(p.getByRole('heading', { name: 'Final scores' })).toBeVisible();
  }
  await expect(card1).toContainText(/Over/, { timeout: 10_000 });
  await expect(card2).toContainText(/Over/, { timeout: 10_000 });
  // Bakyt's end screen says who ended Match 2; its card shows the final scores, winner first.
  await expect(bak.locator('.end-hero')).toContainText(/The control team ended the match after round 1 \(2019\)\.|Crisis/);
  await expect(card2.getByRole('columnheader', { name: 'Final' })).toBeVisible();
  await expect(card2.locator('tbody tr').first()).toContainText('winner');

  // ---------------------------------------------------------------- 5. the debrief and the exports
  await fac.getByRole('link', { name: 'Debrief', exact: true }).click();
  const debrief = fac.getByTestId('seminar-debrief');
  await expect(debrief.getByRole('heading', { level: 1, name: TITLE }), `the debrief did not render:\n${facLog.join('\n')}`).toBeVisible({ timeout: 20_000 });
  await expect(debrief).toContainText('2 matches (2 finished) · 3 students');
  const matchSections = debrief.getByTestId('debrief-match');
  await expect(matchSections).toHaveCount(2);
  for (const [i, section] of [matchSections.nth(0), matchSections.nth(1)].entries()) {
    await expect(section.getByRole('heading', { level: 2, name: `Match ${i + 1}` })).toBeVisible();
    // Tension may reach 10 in the last round (the injected card can raise it): a crisis also ends it.
    await expect(section).toContainText(/Played to the end|Crisis in 20|The control team ended the match after round/);
    await expect(section.getByRole('img', { name: /Tension, asymmetry and EU engagement/ })).toBeVisible();
    await expect(section.getByRole('img', { name: /Sovereignty of each state/ })).toBeVisible();
    await expect(section.locator('table.heat-grid')).toHaveCount(4);
    await expect(section.getByRole('heading', { name: 'Agendas revealed' })).toBeVisible();
    await expect(section.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  }
  await expect(matchSections.nth(0)).toContainText('Aigerim');
  await expect(matchSections.nth(0)).toContainText(eventTitle);
  await expect(debrief.getByRole('heading', { name: 'The class' })).toBeVisible();
  await expect(debrief.getByRole('img', { name: /Tension in each match/ })).toBeVisible();
  await expect(debrief.getByRole('heading', { name: 'Kazakhstan across the matches' })).toBeVisible();
  await expect(debrief.getByRole('heading', { name: 'For discussion' })).toBeVisible();
  expect(await debrief.locator('.prompt').count()).toBeGreaterThanOrEqual(3);
  await snap(fac, testInfo, 'seminar-debrief-1280x800');
  await axeScan(fac, testInfo, 'seminar-debrief-desktop');
  await inDarkTheme(fac, async () => {
    await snap(fac, testInfo, 'seminar-debrief-dark-1280x800');
    await axeScan(fac, testInfo, 'seminar-debrief-desktop-dark');
  });
  await snap(fac, testInfo, 'seminar-debrief-viewport-1280x800', false);

  // Print a summary: in print, the timelines and influence grids go (the full print keeps them).
  await fac.evaluate(() => { window.print = () => { (window as unknown as { printed: string[] }).printed = [...((window as unknown as { printed?: string[] }).printed ?? []), document.documentElement.dataset.print ?? 'full']; }; });
  await debrief.getByRole('button', { name: 'Print a summary' }).click();
  await fac.emulateMedia({ media: 'print' });
  await expect(debrief.locator('.debrief-match__timeline').first()).toBeHidden();
  await expect(debrief.locator('.debrief-match .heat-grids').first()).toBeHidden();
  await expect(debrief.locator('.debrief-match').first().getByRole('img', { name: /Sovereignty of each state/ })).toBeVisible();
  await fac.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(debrief.locator('.debrief-match__timeline').first()).toBeVisible();
  await fac.emulateMedia({ media: 'screen' });
  await debrief.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await fac.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['summary', 'full']);

  const json = await download(fac, debrief.getByRole('button', { name: 'Download JSON' }));
  expect(json.name).toMatch(/\.json$/);
  const exp = JSON.parse(json.text) as {
    version: number; classID: string; title: string; students: { name: string; match: number | null; seat: string | null }[];
    matches: {
      label: string; matchID: string; seed: unknown; setupData: { scenario: string; rounds: number };
      moves: { move: string; by: string; round: number; seat: string }[];
      interventions: { kind: string; detail: unknown }[];
      G: { history: { round: number; event: string | null }[]; eventsDrawn: string[]; gameover: unknown };
    }[];
  };
  expect(exp).toMatchObject({ version: 1, classID, title: TITLE });
  expect(exp.students.map((s) => [s.name, s.match, s.seat]).sort()).toEqual([['Aigerim', 0, '0'], ['Bakyt', 1, '0'], ['Dilnoza', 0, '1']]);
  expect(exp.matches.map((m) => m.label)).toEqual(['Match 1', 'Match 2']);
  for (const m of exp.matches) {
    expect(m.seed, `${m.label} has a seed`).not.toBeNull();
    expect(m.setupData).toMatchObject({ scenario: 'short', rounds: ROUNDS });
    expect(m.moves.length, `${m.label} has its moves`).toBeGreaterThan(0);
    expect(m.G.gameover).toBeTruthy();
    expect(m.G.history.length).toBeGreaterThan(0);
    // The timer passed the idle students' turns.
    expect(m.interventions.some((x) => x.kind === 'timeout'), `${m.label} has timeouts`).toBe(true);
  }
  const [m1, m2] = exp.matches;
  expect(m1.G.eventsDrawn[1]).toBe(eventId);
  expect(m1.interventions.some((x) => x.kind === 'event')).toBe(true);
  expect(m1.moves.some((x) => x.by === 'Aigerim' && x.seat === '0')).toBe(true);
  // Dilnoza and Bakyt never acted: the timer passed their turns.
  for (const idle of [m1.moves.filter((x) => x.seat === '1'), m2.moves.filter((x) => x.seat === '0')]) {
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.every((x) => x.by === 'timer' && x.move === 'pass')).toBe(true);
  }

  const csv = await download(fac, debrief.getByRole('button', { name: 'Download CSV' }));
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 byte-order mark (for Excel)').toBe(true);
  const rows = parseCsv(csv.text.slice(1));
  expect(rows[0]).toEqual(CSV_HEADER);
  const body = rows.slice(1);
  const recorded = exp.matches.reduce((n, m) => n + m.G.history.length, 0);
  expect(body).toHaveLength(recorded * 5);
  // Match 1 reached round 2 (its event was seen), so both its rounds are recorded, even if a crisis
  // ended round 2; match 2 has every round unless a crisis cut it short.
  expect(m1.G.history.map((h) => h.round)).toEqual([1, 2]);
  expect(m2.G.history.map((h) => h.round)).toEqual([1, 2].slice(0, m2.G.history.length));
  for (const r of body) expect(r).toHaveLength(CSV_HEADER.length);
  const col = (name: string) => CSV_HEADER.indexOf(name);
  for (const [i, m] of exp.matches.entries()) {
    const mine = body.filter((r) => r[col('match_id')] === m.matchID);
    expect(mine).toHaveLength(m.G.history.length * 5);
    for (const h of m.G.history) {
      const round = mine.filter((r) => r[col('round')] === String(h.round));
      expect(round.map((r) => r[col('state')]).sort()).toEqual([...STATES].sort());
      expect(round.every((r) => r[col('match_label')] === `Match ${i + 1}` && r[col('class_title')] === TITLE)).toBe(true);
    }
  }
  const m1Round2 = body.filter((r) => r[col('match_id')] === m1.matchID && r[col('round')] === '2');
  expect(m1Round2.every((r) => r[col('event_id')] === eventId && r[col('event_title')] === eventTitle)).toBe(true);
  expect(body.find((r) => r[col('match_id')] === m1.matchID && r[col('state')] === 'KAZ')?.[col('player')]).toBe('Aigerim');
  expect(body.find((r) => r[col('match_id')] === m2.matchID && r[col('state')] === 'KAZ')?.[col('player')]).toBe('Bakyt');

  expect(errors.flat(), 'uncaught errors in the pages').toEqual([]);
  testInfo.annotations.push({ type: 'duration', description: `${Math.round((Date.now() - started) / 1000)} s` });
  await Promise.all([facCtx, ...studentCtx].map((c) => c.close()));
});
