// What starting a class's matches will do, as the console's confirmation says it
// (client/lib/seminarStart.ts), and the pasted private link checked (client/lib/seminarStore.ts).
import { describe, expect, it } from 'vitest';
import { newControl } from '../../game/control';
import { DEFAULT_CLASS, type BotKind, type ClassOptions, type ConsoleMatch, type ConsoleView } from '../../game/seminar';
import { SEATS, stateOf } from '../../game/types';
import { listLabels, startPlan, startText } from '../../client/lib/seminarStart';
import { readPrivateLink } from '../../client/lib/seminarStore';

/**
 * A match: `students[i]` are the names at seat i (students seats first); the last `botSeats`
 * seats are the class's bot seats.
 */
function match(index: number, students: string[][], { botSeats = 0, started = false, level = 'medium' as BotKind } = {}): ConsoleMatch {
  return {
    index, matchID: `m${index}`, label: `Match ${index + 1}`, started, round: 1, rounds: 8, year: 2019, activeSeat: '0',
    tracks: { tension: 2, asymmetry: 3, euEngagement: 1 }, control: newControl(180),
    seats: SEATS.map((seat, i) => ({
      seat, state: stateOf(seat), students: students[i] ?? [],
      bot: i >= 5 - botSeats || (started && !(students[i]?.length)) ? level : null,
      connected: false, sovereignty: 20, actionsLeft: 0,
    })),
    gameover: null, injectable: [], ranking: null, event: null, queuedEvent: null,
  };
}

function view(matches: ConsoleMatch[], options: Partial<ClassOptions> = {}): ConsoleView {
  return {
    classID: 'c1', code: 'KDRXWP', options: { ...DEFAULT_CLASS, title: 'T', ...options }, createdAt: 0, now: 0,
    students: [], matches, broadcasts: [],
  };
}

describe('startPlan', () => {
  it('counts the empty student seats of every match not started, not the class’s bot seats', () => {
    const v = view([match(0, [['Ai'], ['Bo']], { botSeats: 3 }), match(1, [['Cy']], { botSeats: 3 })], { matches: 2, botSeats: 3 });
    const plan = startPlan(v, null)!;
    expect(plan).toMatchObject({ which: null, labels: ['Match 1', 'Match 2'], studentSeats: 4, takenSeats: 3, students: 3, botOnly: [], needsConfirm: true });
  });

  it('needs no confirmation when every student seat is taken', () => {
    const v = view([match(0, [['Ai'], ['Bo']], { botSeats: 3 })], { matches: 1, botSeats: 3 });
    expect(startPlan(v, null)).toMatchObject({ studentSeats: 2, takenSeats: 2, needsConfirm: false });
  });

  it('counts a team as one seat and every student in it', () => {
    const v = view([match(0, [['Ai', 'Bo'], [], ['Cy'], ['Di'], ['Ed']])], { matches: 1 });
    expect(startPlan(v, null)).toMatchObject({ studentSeats: 5, takenSeats: 4, students: 5, needsConfirm: true });
  });

  it('leaves out matches that have started, and is null when nothing would start', () => {
    const v = view([match(0, [['Ai']], { started: true }), match(1, [])], { matches: 2 });
    expect(startPlan(v, null)).toMatchObject({ labels: ['Match 2'], students: 0, botOnly: ['Match 2'] });
    expect(startPlan(v, 0)).toBeNull();
    expect(startPlan(view([match(0, [['Ai']], { started: true })]), null)).toBeNull();
  });

  it('late students: into a match still waiting, a new match (auto, room left), a team with room, or turned away', () => {
    const two = [match(0, [['Ai']]), match(1, [['Bo']])];
    expect(startPlan(view(two, { matches: 2 }), 0)!.late).toEqual({ kind: 'waiting-match', labels: ['Match 2'] });
    expect(startPlan(view(two, { matches: 'auto' }), null)!.late).toEqual({ kind: 'new-match', label: 'Match 3' });
    // Every match starting and no new one: a late student joins Ai's or Bo's seat as a teammate.
    expect(startPlan(view(two, { matches: 2 }), null)!.late).toEqual({ kind: 'team' });
    const six = Array.from({ length: 6 }, (_, i) => match(i, [['S']]));
    expect(startPlan(view(six, { matches: 'auto' }), null)!.late).toEqual({ kind: 'team' });
    // No team with room: every students' seat has three, or no student at all (bots play it all).
    const fullTeams = [match(0, [['A', 'B', 'C'], ['D', 'E', 'F']], { botSeats: 3 })];
    expect(startPlan(view(fullTeams, { matches: 1, botSeats: 3 }), null)!.late).toEqual({ kind: 'refused' });
    expect(startPlan(view([match(0, [])], { matches: 1 }), null)!.late).toEqual({ kind: 'refused' });
  });
});

describe('startText', () => {
  it('says how many start, who has joined, and that bots play the other seats', () => {
    const v = view([match(0, [['A'], ['B']]), match(1, [['C']])], { matches: 2, botLevel: 'easy' });
    const t = startText(startPlan(v, null)!, 'easy');
    expect(t.title).toBe('Start 2 matches with 7 empty seats?');
    expect(t.now).toBe('2 matches start now. 3 of 10 students have joined; easy bots play the other 7 seats for the whole match.');
    expect(t.botOnly).toBeNull();
    expect(t.later).toBe('Students who join later cannot take over a bot’s seat in a started match, and this class opens no new match: they join a seat students already play, as one more of its team (up to 3 share a seat).');
    const full = startText(startPlan(view([match(0, [])], { matches: 1 }), null)!, 'easy');
    expect(full.later).toBe('Students who join later cannot take over a bot’s seat in a started match, and this class opens no new match: they are told the class is full.');
    expect(t.confirm).toBe('Start with bots');
    expect(t.cancel).toBe('Wait for more students');
  });

  it('one match of several: names it and sends late students to the others', () => {
    const v = view([match(0, [['A']], { botSeats: 3 }), match(1, [], { botSeats: 3 }), match(2, [], { botSeats: 3 })], { matches: 3, botSeats: 3 });
    const t = startText(startPlan(v, 0)!, 'medium');
    expect(t.title).toBe('Start Match 1 with 1 empty seat?');
    expect(t.now).toBe('Match 1 starts now. 1 of 2 students has joined; a medium bot plays the other seat for the whole match.');
    expect(t.later).toBe('Students who join later cannot take over a bot’s seat in a started match: they are placed in Match 2 and Match 3, which have not started.');
  });

  it('nobody joined: every seat is a bot and the match plays itself out', () => {
    const t = startText(startPlan(view([match(0, [])], { matches: 'auto' }), null)!, 'medium');
    expect(t.title).toBe('Start Match 1 with 5 empty seats?');
    expect(t.now).toBe('Match 1 starts now. Nobody has joined yet: medium bots play all 5 student seats.');
    expect(t.botOnly).toBe('With no student in it, the bots play it to the end on their own, within a few minutes.');
    expect(t.later).toBe('Students who join later cannot take over a bot’s seat in a started match: they go to a new match (Match 2) that waits until you start it.');
  });

  it('nobody in the match started while others have students: says so, not that nobody joined', () => {
    const v = { ...view([match(0, [['A']], { started: true }), match(1, [])], { matches: 2 }), students: [{ studentID: 's', name: 'A', match: 0, seat: '0' as const, connected: true }] };
    const t = startText(startPlan(v, null)!, 'medium');
    expect(t.now).toBe('Match 2 starts now. No student has a seat in it: medium bots play all 5 student seats.');
  });

  it('warns about a match nobody plays in, and counts teams', () => {
    const v = view([match(0, [['A', 'B'], ['C']]), match(1, [])], { matches: 2 });
    const t = startText(startPlan(v, null)!, 'hard');
    expect(t.now).toBe('2 matches start now. 3 students have joined, in 2 of the 10 student seats; hard bots play the other 8 seats for the whole match.');
    expect(t.botOnly).toBe('Nobody plays in Match 2: bots play it to the end on their own, within a few minutes.');
  });

  it('full matches: a plain question', () => {
    const v = view([match(0, [['A'], ['B']], { botSeats: 3 })], { matches: 1, botSeats: 3 });
    const t = startText(startPlan(v, null)!, 'medium');
    expect(t.title).toBe('Start Match 1?');
    expect(t.now).toBe('Match 1 starts now. Every student seat is taken (2 students).');
    expect(t.confirm).toBe('Start Match 1');
  });

  it('lists labels in a sentence', () => {
    expect(listLabels(['Match 1'])).toBe('Match 1');
    expect(listLabels(['Match 1', 'Match 2', 'Match 3'])).toBe('Match 1, Match 2 and Match 3');
  });
});

describe('readPrivateLink', () => {
  const link = 'https://chess.example.org/seminar/abc123#key=s3cr3t-t0ken-value';
  it('takes the key of this class’s private link', () => {
    expect(readPrivateLink(`  ${link} `, 'abc123')).toEqual({ token: 's3cr3t-t0ken-value' });
  });
  it('refuses another class’s link, and says what the class code or student link is for', () => {
    expect(readPrivateLink(link, 'other')).toEqual({ error: 'That private link is for another class.' });
    expect(readPrivateLink('KDRXWP', 'abc123')).toMatchObject({ error: expect.stringMatching(/^That looks like the class code/) });
    expect(readPrivateLink('https://chess.example.org/class?code=KDRXWP', 'abc123')).toMatchObject({ error: expect.stringMatching(/^That is the student link/) });
    expect(readPrivateLink('https://chess.example.org/seminar/abc123', 'abc123')).toMatchObject({ error: expect.stringMatching(/^That link has no key/) });
    expect(readPrivateLink('', 'abc123')).toMatchObject({ error: expect.stringMatching(/ends with #key=/) });
  });
});
