// The server's own part of a move's round trip (/healthz moveInServerMs): from a move's arrival
// to the commit of the state it made, and nothing else.
import { describe, expect, it } from 'vitest';
import { MoveTimer } from '../../server/moveTimer.js';

describe('the move timer', () => {
  it('times a move from its arrival to the commit of the state after the one it was made on', () => {
    const timer = new MoveTimer();
    expect(timer.summary()).toEqual({ count: 0, p50: 0, p99: 0, max: 0 });
    timer.arrived('m1', 7, 1000);
    timer.written('m1', 8, 1004);
    timer.arrived('m2', 3, 1000);
    timer.written('m2', 4, 1020);
    const s = timer.summary();
    expect(s.count).toBe(2);
    expect(s.p50).toBeCloseTo(4, 1);
    expect(s.max).toBeCloseTo(20, 1);
    expect(s.p99).toBeLessThanOrEqual(s.max);
  });

  it('does not time writes no arriving move made: a bot\'s move, a stale state, a second write', () => {
    const timer = new MoveTimer();
    timer.written('bot', 5, 1000); // nothing arrived for this match
    timer.arrived('m', 10, 1000);
    timer.written('m', 10, 1001); // not the state after the one the move was made on
    timer.written('m', 12, 1002);
    expect(timer.summary().count).toBe(0);
    timer.written('m', 11, 1003);
    timer.written('m', 11, 1009); // already timed
    const s = timer.summary();
    expect(s.count).toBe(1);
    expect(s.max).toBeCloseTo(3, 1);
  });

  it('a later move of a match replaces the earlier one in flight; reset starts a new count', () => {
    const timer = new MoveTimer();
    timer.arrived('m', 1, 1000); // refused, say: never written
    timer.arrived('m', 1, 1500);
    timer.written('m', 2, 1502);
    expect(timer.summary(true).max).toBeCloseTo(2, 1);
    expect(timer.summary().count).toBe(0);
  });

  it('remembers a bounded number of moves in flight', () => {
    const timer = new MoveTimer();
    for (let i = 0; i < 25_000; i++) timer.arrived(`junk${i}`, 0, 1000);
    expect((timer as unknown as { since: Map<string, unknown> }).since.size).toBeLessThanOrEqual(10_000);
    timer.arrived('m', 0, 1000);
    timer.written('m', 1, 1001);
    expect(timer.summary().count).toBe(1);
  });
});
