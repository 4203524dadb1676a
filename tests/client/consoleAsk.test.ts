// What the console asks before ending matches or raising tension into a crisis (client/lib/consoleAsk.ts):
// which matches a class-wide end applies to, and that each question names what cannot be undone.
import { describe, expect, it } from 'vitest';
import { newControl } from '../../game/control';
import { finalScore } from '../../game/score';
import type { ConsoleMatch } from '../../game/seminar';
import { startGame } from '../../game/engine';
import { seededRng } from '../../game/rng';
import { crisisQuestion, endAllQuestion, endQuestion, endable } from '../../client/lib/consoleAsk';

function match(index: number, { started = true, round = 3, rounds = 8, over = false, tension = 4 } = {}): ConsoleMatch {
  const g = startGame({ scenario: 'baseline-2019' }, seededRng(index + 1));
  return {
    index, matchID: `m${index}`, label: `Match ${index + 1}`, started, round, rounds, year: 2018 + round, activeSeat: '0',
    tracks: { tension, asymmetry: 3, euEngagement: 1 }, control: newControl(null), seats: [],
    gameover: over ? finalScore(g, false) : null, injectable: [], ranking: null, event: null, queuedEvent: null,
  };
}

describe('console questions', () => {
  it('a class-wide end applies to running matches only; "after this round" not to one already in its last round', () => {
    const ms = [match(0), match(1, { started: false }), match(2, { over: true }), match(3, { round: 8 })];
    expect(endable(ms, 'end-now').map((m) => m.index)).toEqual([0, 3]);
    expect(endable(ms, 'end-after-round').map((m) => m.index)).toEqual([0]);
    const q = endAllQuestion('end-after-round', ms);
    expect(q.title).toBe('End every match after this round?');
    expect(q.text).toMatch(/^Match 1: Every state still takes its turn/);
    expect(q.text).toContain('Match 2, Match 3 and Match 4 are left as they are');
    expect(endAllQuestion('end-now', ms).text).toMatch(/^Match 1 and Match 4: Each stops at once/);
  });

  it('one match: where it stands, what happens, and the buttons', () => {
    const after = endQuestion('end-after-round', match(1, { round: 4 }));
    expect(after).toMatchObject({ title: 'End Match 2 after this round?', confirm: 'End after this round', cancel: 'Keep playing' });
    expect(after.text).toMatch(/^Match 2 is in round 4 of 8 \(2022\)\. Every state still takes its turn/);
    expect(endQuestion('end-now', match(1)).text).toContain('with no crisis penalty');
    expect(after.note).toMatch(/cannot be undone/);
  });

  it('a tension change into the crisis says every state loses points and the players read the reason', () => {
    const q = crisisQuestion(match(0, { tension: 9 }), 'Shots at the border');
    expect(q.title).toBe('End Match 1 in crisis?');
    expect(q.text).toBe('Tension is at 9. Raising it to 10 ends Match 1 in crisis now: every state loses 5 points, and the most blamed state 5 more.');
    expect(q.note).toContain('“Shots at the border”');
    expect([q.confirm, q.cancel]).toEqual(['Raise tension to 10', 'Keep tension at 9']);
  });
});
