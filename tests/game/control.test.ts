// Seminar control on G (game/control.ts): pause and resume with the turn timer, the injected
// event, a track moved by the facilitator (to a crisis too), the banner, bot-held seats.
import { describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE, adjustTrack, broadcastMessage, controlEndText, endAfterRound, endMatchNow, endsInCrisis, injectEvent, injectableEvents,
  newControl, noteTimeout, pauseMatch, queuedEvent, resumeMatch, setSeatBot, startTurnTimer, turnExpired,
} from '../../game/control.js';
import { applyAction, cloneG, eraOf, explainIllegal, legalActions, startGame } from '../../game/engine.js';
import { seededRng } from '../../game/rng.js';
import { finalScore } from '../../game/score.js';
import type { G } from '../../game/types.js';
import { SEATS } from '../../game/types.js';

function classMatch(seed = 1, turnSeconds: number | null = 60): G {
  const g = startGame({ scenario: 'short' }, seededRng(seed));
  g.control = newControl(turnSeconds);
  return g;
}

describe('seminar control', () => {
  it('pause stops every action and the timer; resume gives back the time that was left', () => {
    const g = classMatch();
    startTurnTimer(g, 1_000);
    expect(g.control!.turnEndsAt).toBe(61_000);
    expect(pauseMatch(g, 21_000)).toBeNull();
    expect(g.control!.turnMsLeft).toBe(40_000);
    expect(turnExpired(g, 10_000_000)).toBe(false);
    expect(explainIllegal(g, g.activeSeat, { type: 'pass' })).toBe('The facilitator has paused the match.');
    expect(legalActions(g, g.activeSeat)).toEqual([]);
    expect(applyAction(g, g.activeSeat, { type: 'pass' }, seededRng(2)).ok).toBe(false);
    expect(pauseMatch(g, 22_000)).toBe('The match is already paused.');
    expect(resumeMatch(g, 100_000)).toBeNull();
    expect(g.control!.turnEndsAt).toBe(140_000);
    expect(turnExpired(g, 139_999)).toBe(false);
    expect(turnExpired(g, 140_000)).toBe(true);
    expect(resumeMatch(g, 100_001)).toBe('The match is not paused.');
    expect(legalActions(g, g.activeSeat).length).toBeGreaterThan(0);
    expect(g.control!.log.map((e) => e.kind)).toEqual(['pause', 'resume']);
  });

  it('a turn that starts while paused keeps its whole time for the resume; no timer means no expiry', () => {
    const g = classMatch();
    pauseMatch(g, 0);
    startTurnTimer(g, 5_000);
    expect(g.control!.turnMsLeft).toBe(60_000);
    resumeMatch(g, 9_000);
    expect(g.control!.turnEndsAt).toBe(69_000);
    const free = classMatch(1, null);
    startTurnTimer(free, 0);
    expect(free.control!.turnEndsAt).toBeNull();
    expect(turnExpired(free, 1e12)).toBe(false);
  });

  it('the injected card opens the next round; only cards of the next round\'s deck can be chosen', () => {
    const g = classMatch(3);
    const deck = injectableEvents(g);
    expect(deck).toEqual(g.deck[eraOf(g, g.round + 1)]);
    const card = deck.at(-1)!;
    expect(injectEvent(g, card, 0)).toBeNull();
    expect(g.deck[eraOf(g, 2)][0]).toBe(card);
    expect(injectEvent(g, 'no-such-card', 0)).toBe('No such event card.');
    expect(injectEvent(g, g.eventsDrawn[0], 0)).toMatch(/is not in the deck/);
    // Play round 1 out: the next event is the chosen card.
    const rng = seededRng(9);
    while (g.round === 1 && !g.gameover) applyAction(g, g.activeSeat, { type: 'pass' }, rng);
    expect(g.event).toBe(card);
    expect(g.control!.log.find((e) => e.kind === 'event')!.text).not.toContain(card); // players learn only that control chose
  });

  it('no injection in the last round', () => {
    const g = classMatch();
    g.round = g.rounds;
    expect(injectableEvents(g)).toEqual([]);
    expect(injectEvent(g, g.deck.B[0] ?? 'sanctions', 0)).toBe('This is the last round: no event is left to draw.');
  });

  it('a track moves by one with a reason; tension records it as control; bounds and bad input are refused', () => {
    const g = classMatch();
    const before = g.tracks.tension;
    expect(adjustTrack(g, 'tension', 1, '  Border incident  ', 0)).toBeNull();
    expect(g.tracks.tension).toBe(before + 1);
    expect(g.tensionLog.at(-1)).toMatchObject({ delta: 1, cause: 'control', reason: 'Border incident' });
    expect(Object.values(g.states).every((s) => s.blame === 0)).toBe(true);
    expect(adjustTrack(g, 'tension', 2, 'x', 0)).toMatch(/\+1 or −1/);
    expect(adjustTrack(g, 'prestige', 1, 'x', 0)).toMatch(/Choose tension/);
    expect(adjustTrack(g, 'asymmetry', 1, '', 0)).toMatch(/Give a reason/);
    expect(adjustTrack(g, 'asymmetry', 1, 'x'.repeat(MAX_MESSAGE + 1), 0)).toMatch(/at most/);
    g.tracks.euEngagement = 0;
    expect(adjustTrack(g, 'euEngagement', -1, 'Brussels looks away', 0)).toBe('EU engagement is already at 0.');
    expect(adjustTrack(g, 'euEngagement', 1, 'Brussels engages', 0)).toBeNull();
    expect(g.tracks.euEngagement).toBe(1);
  });

  it('raising tension to its maximum ends the match in crisis at once', () => {
    const g = classMatch();
    g.tracks.tension = 9;
    expect(adjustTrack(g, 'tension', 1, 'Shots fired', 0)).toBeNull();
    expect(g.gameover?.crisis).toBe(true);
    expect(adjustTrack(g, 'tension', -1, 'too late', 0)).toBe('The match is over.');
    expect(pauseMatch(g, 0)).toBe('The match is over.');
  });

  it('a broadcast is one clean line shown as the banner; a bot-held seat is recorded and handed back', () => {
    const g = classMatch();
    expect(broadcastMessage(g, 'Ten minutes\nleft', 5)).toBeNull();
    expect(g.control!.banner).toEqual({ text: 'Ten minutes left', at: 5 });
    expect(broadcastMessage(g, '   ', 6)).toMatch(/Give a message/);
    expect(broadcastMessage(g, 42, 6)).toMatch(/Give a message/);
    setSeatBot(g, '2', 'medium', 'A medium bot plays Kyrgyzstan for now.', 7);
    expect(g.control!.botSeats).toEqual({ '2': 'medium' });
    setSeatBot(g, '2', null, 'Kyrgyzstan is back in the students\' hands.', 8);
    expect(g.control!.botSeats).toEqual({});
    expect(g.control!.log.map((e) => e.kind)).toEqual(['message', 'seat', 'seat']);
  });
});

describe('seminar control: the turn timer fields (what the console clock and the server deadline read)', () => {
  it('pausing freezes the time left and clears the deadline; resuming sets a deadline and clears the time left', () => {
    const g = classMatch();
    startTurnTimer(g, 1_000);
    pauseMatch(g, 31_000);
    expect(g.control).toMatchObject({ paused: true, turnEndsAt: null, turnMsLeft: 30_000 });
    resumeMatch(g, 50_000);
    expect(g.control).toMatchObject({ paused: false, turnEndsAt: 80_000, turnMsLeft: null });
  });

  it('a pause after the time ran out keeps 0 ms, and the resumed turn is out of time at once', () => {
    const g = classMatch();
    startTurnTimer(g, 0);
    expect(turnExpired(g, 60_000)).toBe(true);
    pauseMatch(g, 75_000);
    expect(g.control!.turnMsLeft).toBe(0);
    resumeMatch(g, 90_000);
    expect(g.control!.turnEndsAt).toBe(90_000);
    expect(turnExpired(g, 90_000)).toBe(true);
  });

  it('a match that ended (even while paused) has no timer left to show', () => {
    const g = classMatch();
    startTurnTimer(g, 0);
    g.tracks.tension = 9;
    expect(adjustTrack(g, 'tension', 1, 'Shots fired', 1_000)).toBeNull();
    expect(g.gameover?.crisis).toBe(true);
    startTurnTimer(g, 2_000);
    expect(g.control).toMatchObject({ turnEndsAt: null, turnMsLeft: null });

    const paused = classMatch();
    startTurnTimer(paused, 0);
    pauseMatch(paused, 10_000);
    expect(paused.control!.turnMsLeft).toBe(50_000);
    paused.tracks.tension = 9;
    expect(adjustTrack(paused, 'tension', 1, 'Shots fired during the break', 11_000)).toBeNull();
    startTurnTimer(paused, 12_000);
    expect(paused.control).toMatchObject({ paused: true, turnEndsAt: null, turnMsLeft: null });
  });
});

describe('seminar control: the control log and the texts', () => {
  it('a match without a control record gets one on the facilitator\'s first change', () => {
    const g = startGame({ scenario: 'short' }, seededRng(1));
    delete g.control;
    expect(broadcastMessage(g, 'Welcome', 3)).toBeNull();
    expect(g.control).toEqual({
      paused: false, turnSeconds: null, turnEndsAt: null, turnMsLeft: null, banner: { text: 'Welcome', at: 3 },
      log: [{ round: 1, kind: 'message', text: 'Welcome', at: 3 }],
    });
    const other = startGame({ scenario: 'short' }, seededRng(1));
    delete other.control;
    expect(pauseMatch(other, 4)).toBeNull();
    expect(other.control!.paused).toBe(true);
  });

  it('the log keeps the latest 200 entries: the 201st drops the oldest', () => {
    const g = classMatch();
    for (let i = 1; i <= 200; i++) broadcastMessage(g, `Message ${i}`, i);
    expect(g.control!.log.length).toBe(200);
    expect(g.control!.log[0].text).toBe('Message 1');
    broadcastMessage(g, 'Message 201', 201);
    expect(g.control!.log.length).toBe(200);
    expect(g.control!.log[0].text).toBe('Message 2');
    expect(g.control!.log[1].text).toBe('Message 3');
    expect(g.control!.log.at(-1)!.text).toBe('Message 201');
  });

  it('a message or reason may be 280 characters, not 281', () => {
    const g = classMatch();
    expect(MAX_MESSAGE).toBe(280);
    expect(broadcastMessage(g, 'x'.repeat(280), 0)).toBeNull();
    expect(g.control!.banner!.text.length).toBe(280);
    expect(broadcastMessage(g, 'x'.repeat(281), 0)).toBe('A message is at most 280 characters.');
    expect(adjustTrack(g, 'asymmetry', 1, 'y'.repeat(280), 0)).toBeNull();
    expect(adjustTrack(g, 'asymmetry', 1, 'y'.repeat(281), 0)).toBe('A reason the players will read is at most 280 characters.');
  });

  it('a timeout is logged with the state whose time ran out and what happened to the rest of its turn', () => {
    const g = classMatch();
    g.round = 2;
    g.activeSeat = '1';
    noteTimeout(g, 5_000, 'pass');
    g.activeSeat = '3';
    noteTimeout(g, 6_000, 'bot');
    expect(g.control!.log).toEqual([
      { round: 2, kind: 'timeout', text: "Uzbekistan's time ran out: the rest of its turn was passed.", at: 5_000 },
      { round: 2, kind: 'timeout', text: "Tajikistan's time ran out: a bot played the rest of its turn.", at: 6_000 },
    ]);
  });
});

describe('seminar control: the injected event (rules §6, §11: short has era A for rounds 1–3, era B for 4–5)', () => {
  it.each([
    ['in round 2 the next round (3) still draws from era A', 2, 'A', 'B'],
    ['in round 3 the next round (4) draws from era B', 3, 'B', 'A'],
  ] as const)('%s; the other era is refused', (_title, round, era, other) => {
    const g = classMatch(3);
    g.round = round;
    expect(injectableEvents(g)).toEqual(g.deck[era]);
    const card = g.deck[era].at(-1)!;
    expect(injectEvent(g, card, 0)).toBeNull();
    expect(g.deck[era][0]).toBe(card);
    expect(injectEvent(g, g.deck[other][0], 0)).toMatch(/is not in the deck the next round draws from/);
  });

  it('the chosen card moves to the top: the deck keeps the same cards, once each', () => {
    const g = classMatch(3);
    const before = [...g.deck.A];
    const card = before[2];
    expect(injectEvent(g, card, 0)).toBeNull();
    expect(g.deck.A).toEqual([card, ...before.filter((c) => c !== card)]);
  });

  it('the card already on top may be chosen: the deck stays as it is', () => {
    const g = classMatch(3);
    const before = [...g.deck.A];
    expect(injectEvent(g, before[0], 0)).toBeNull();
    expect(g.deck.A).toEqual(before);
    expect(g.control!.log.map((e) => e.kind)).toEqual(['event']);
  });
});

describe('seminar control: a track moves within its range (rules §1: tension and asymmetry 0–10, EU engagement 0–5)', () => {
  it('a track at 1 may go down to 0', () => {
    const g = classMatch();
    g.tracks.euEngagement = 1;
    expect(adjustTrack(g, 'euEngagement', -1, 'Brussels looks away', 0)).toBeNull();
    expect(g.tracks.euEngagement).toBe(0);
  });

  it('a track at its maximum may go down, not up', () => {
    const g = classMatch();
    g.tracks.euEngagement = 5;
    expect(adjustTrack(g, 'euEngagement', 1, 'More', 0)).toBe('EU engagement is already at 5.');
    expect(adjustTrack(g, 'euEngagement', -1, 'Less', 0)).toBeNull();
    expect(g.tracks.euEngagement).toBe(4);
    g.tracks.asymmetry = 10;
    expect(adjustTrack(g, 'asymmetry', 1, 'More', 0)).toBe('Asymmetry is already at 10.');
    expect(adjustTrack(g, 'asymmetry', -1, 'Less', 0)).toBeNull();
    expect(g.tracks.asymmetry).toBe(9);
    expect(g.control!.log.at(-1)!.text).toBe('Asymmetry −1 (now 9): Less');
  });
});

describe('hints while paused', () => {
  it('a suggested move says the match is paused instead of suggesting one', async () => {
    const { suggestMove } = await import('../../game/bots/hint.js');
    const g = classMatch();
    pauseMatch(g, 0);
    expect(suggestMove(g, g.activeSeat, 'medium', seededRng(1)).reason).toMatch(/paused/);
  });
});

/** Every seat passes until the round changes or the match ends (powers phase and upkeep included). */
function passRound(g: G, rng = seededRng(9)): void {
  const round = g.round;
  while (!g.gameover && g.round === round) expect(applyAction(g, g.activeSeat, { type: 'pass' }, rng).ok).toBe(true);
}

describe('seminar control: ending a match when the class runs out of time (rules §10, §11)', () => {
  it('End after this round makes the round being played the last: it ends after its powers phase and upkeep, scored in full', () => {
    const g = classMatch(4);
    const untouched = cloneG(g);
    expect(applyAction(g, g.activeSeat, { type: 'pass' }, seededRng(9)).ok).toBe(true);
    expect(endAfterRound(g, 50)).toBeNull();
    expect(g.rounds).toBe(1);
    expect(g.gameover).toBeNull(); // the round goes on
    expect(g.control!.ending).toEqual({ how: 'after-round', round: 1, at: 50 });
    expect(g.control!.log.at(-1)).toEqual({ round: 1, kind: 'end', text: 'The control team ends the match after this round.', at: 50 });
    expect(endAfterRound(g, 51)).toBe('Round 1 is already the last: the match ends after it.');
    expect(legalActions(g, g.activeSeat).length).toBeGreaterThan(0);
    passRound(g);
    expect(g.gameover).not.toBeNull();
    expect(g.gameover!.crisis).toBe(false);
    expect(g.round).toBe(1);
    expect(g.history.map((h) => h.round)).toEqual([1]);
    expect(g.gameover).toEqual(finalScore(g, false)); // agendas and all, no crisis terms
    expect(SEATS.every((s) => g.gameover!.scores[s].crisis === 0)).toBe(true);
    expect(controlEndText(g)).toBe('The control team ended the match after round 1 (2019).');
    // Without it, the same passes lead into round 2.
    passRound(untouched);
    expect([untouched.round, untouched.gameover]).toEqual([2, null]);
  });

  it('End after this round is refused in the last round and after the end, changing nothing', () => {
    const g = classMatch(5);
    g.round = g.rounds;
    const before = structuredClone(g);
    expect(endAfterRound(g, 1)).toBe('Round 5 is already the last: the match ends after it.');
    expect(g).toEqual(before);
    const over = classMatch(5);
    expect(endMatchNow(over, 1)).toBeNull();
    const done = structuredClone(over);
    expect(endAfterRound(over, 2)).toBe('The match is over.');
    expect(endMatchNow(over, 2)).toBe('The match is over.');
    expect(over).toEqual(done);
  });

  it('End now scores the match as it stands, mid-turn, with no crisis penalty; nobody may act afterwards', () => {
    const g = classMatch(6);
    passRound(g);
    expect(applyAction(g, g.activeSeat, { type: 'pass' }, seededRng(3)).ok).toBe(true);
    startTurnTimer(g, 1_000);
    pauseMatch(g, 2_000);
    const expected = finalScore(cloneG(g), false);
    expect(endMatchNow(g, 3_000)).toBeNull();
    expect(g.gameover).toEqual(expected);
    expect(SEATS.every((s) => g.gameover!.scores[s].crisis === 0)).toBe(true);
    expect(g.round).toBe(2);
    expect(g.history.at(-1)!.round).toBe(2); // the round cut short is on the charts
    expect(g.actionsLeft).toBe(0);
    expect(g.control).toMatchObject({ paused: false, turnEndsAt: null, turnMsLeft: null, ending: { how: 'now', round: 2, at: 3_000 } });
    expect(g.control!.log.at(-1)).toMatchObject({ kind: 'end', text: 'The control team ended the match: scores as they stood.' });
    expect(legalActions(g, g.activeSeat)).toEqual([]);
    expect(applyAction(g, g.activeSeat, { type: 'pass' }, seededRng(3)).ok).toBe(false);
    expect(controlEndText(g)).toBe('The control team ended the match during round 2 (2020): scores as they stood, no crisis.');
  });

  it('a crisis the control team caused says so; one the states caused, or a match played to its end, does not', () => {
    const g = classMatch(7);
    g.tracks.tension = 9;
    expect(endsInCrisis(9, 'tension', 1)).toBe(true);
    expect([endsInCrisis(8, 'tension', 1), endsInCrisis(9, 'asymmetry', 1), endsInCrisis(9, 'tension', -1)]).toEqual([false, false, false]);
    expect(adjustTrack(g, 'tension', 1, 'Shots at the border', 10)).toBeNull();
    expect(g.gameover!.crisis).toBe(true);
    expect(g.control!.log.at(-1)!.text).toBe('Tension +1 (now 10): Shots at the border — the match ends in crisis.');
    expect(controlEndText(g)).toBe('The control team\'s change pushed tension to 10 (“Shots at the border”) and ended the match in crisis.');

    const states = classMatch(7);
    adjustTrack(states, 'tension', 1, 'A warning', 0); // the control team moved tension earlier…
    states.tracks.tension = 9;
    states.tensionLog.push({ round: 1, delta: 1, cause: 'seat:0', reason: 'host-base-CN' });
    states.tracks.tension = 10;
    states.gameover = finalScore(states, true); // …but a state's action caused the crisis
    expect(controlEndText(states)).toBeNull();
    const played = classMatch(7);
    played.gameover = finalScore(played, false);
    expect(controlEndText(played)).toBeNull();
    expect(controlEndText(classMatch(7))).toBeNull();
  });

  it('the console knows the card the control team queued for the next round, and only while it is still to come', () => {
    const g = classMatch(8);
    expect(queuedEvent(g)).toBeNull(); // drawn at random
    const card = injectableEvents(g).at(-1)!;
    expect(injectEvent(g, card, 0)).toBeNull();
    expect(queuedEvent(g)).toBe(card);
    passRound(g);
    expect([g.round, g.event, queuedEvent(g)]).toEqual([2, card, null]);
    expect(injectEvent(g, injectableEvents(g)[0], 0)).toBeNull();
    expect(queuedEvent(g)).toBe(injectableEvents(g)[0]);
    expect(endAfterRound(g, 0)).toBeNull();
    expect(queuedEvent(g)).toBeNull(); // no next round any more
  });
});
