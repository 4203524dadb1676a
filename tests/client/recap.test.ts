// "Since your last turn" (client/lib/recap.ts) on games played through the rules engine: the other
// seats' actions (never the player's own), the powers' placements in the player's state, the new
// event and tension's moves, and the player's figures before and after; the mark kept in the tab.
import type { LogEntry } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { loadMark, markOf, recapSince, saveMark, type TurnMark } from '../../client/lib/recap';
import { publicSovereignty } from '../../game/board';
import { actionLine } from '../../game/deeds';
import { applyAction, legalActions } from '../../game/engine';
import { moveArgs } from '../../game/index';
import { eventTitle, powerReasonText } from '../../game/texts';
import { seededRng } from '../../game/rng';
import type { Action, G, Seat } from '../../game/types';
import { fresh } from '../game/helpers';
import { refuseStorage, withFakeStorage } from './fakeStorage';

/** A game driven action by action, with a boardgame.io-like log of the moves. */
function table(seed = 3) {
  const g = fresh({ scenario: 'short' }, seed);
  const rng = seededRng(seed);
  const log: LogEntry[] = [];
  let stateID = 0;
  const play = (seat: Seat, action: Action) => {
    const r = applyAction(g, seat, action, rng);
    expect(r.ok, JSON.stringify(action)).toBe(true);
    stateID++;
    log.push({ _stateID: stateID, turn: 1, phase: '', action: { type: 'MAKE_MOVE', payload: { type: action.type, args: moveArgs(action), playerID: seat } } } as unknown as LogEntry);
  };
  /** The active seat plays its first legal court, or passes. */
  const playTurn = () => {
    const seat = g.activeSeat;
    const court = legalActions(g, seat).find((a) => a.type === 'court');
    play(seat, court ?? { type: 'pass' });
    if (g.activeSeat === seat && !g.gameover) play(seat, { type: 'pass' });
  };
  return { g, log, play, playTurn, snapshot: (): G => structuredClone(g) };
}

describe('what happened since the last turn', () => {
  it('lists the others’ actions, not the player’s own, then the powers in its state, the new event and tension', () => {
    const t = table(19); // a deal in which the powers place in Kazakhstan between its two turns
    expect(t.g.activeSeat).toBe('0');
    t.playTurn(); // Kazakhstan's turn of round 1
    const mark: TurnMark = markOf(t.snapshot(), t.log);
    const ownLines = t.log.length;
    // The four others in round 1, the powers phase and upkeep, round 2's event, then round 2 starts
    // with Uzbekistan and Kazakhstan plays last.
    while (!(t.g.round === 2 && t.g.activeSeat === '0')) t.playTurn();

    const r = recapSince(mark, t.g, t.log, '0');
    const actions = r.lines.filter((l) => l.kind === 'action');
    const expected = t.log.slice(ownLines).map((e) => {
      const p = e.action!.payload as { type: string; args: unknown[]; playerID: Seat };
      return { seat: p.playerID, type: p.type };
    });
    expect(actions.map((l) => l.seat)).toEqual(expected.map((e) => e.seat));
    expect(actions.every((l) => l.seat !== '0')).toBe(true);
    expect(new Set(actions.map((l) => l.seat))).toEqual(new Set(['1', '2', '3', '4']));
    expect(actions[0].text).toMatch(/^Uzbekistan /);

    // Powers: exactly the placements of the last phase in Kazakhstan.
    const inKaz = t.g.powersLog.filter((s) => s.state === 'KAZ' && !s.skipped && s.reason !== 'cap');
    expect(inKaz.length).toBeGreaterThan(0);
    expect(r.lines.filter((l) => l.kind === 'powers').map((l) => l.text)).toEqual(inKaz.map(powerReasonText));
    // Round 2's event, by year and title.
    const events = r.lines.filter((l) => l.kind === 'event');
    expect(events).toHaveLength(1);
    expect(events[0].text).toMatch(/^Event of 2020: .+\.$/);
    // Every tension change since the mark, none before.
    expect(r.lines.filter((l) => l.kind === 'tension')).toHaveLength(t.g.tensionLog.length - mark.g.tensionLog.length);
    // In that order: actions, powers, event, tension.
    const order = ['action', 'powers', 'event', 'tension'];
    const kinds = r.lines.map((l) => order.indexOf(l.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  });

  it('gives the player’s figures that moved, before and after, and whether each is good news', () => {
    const t = table();
    t.playTurn();
    const mark = markOf(t.snapshot(), t.log);
    while (!(t.g.round === 2 && t.g.activeSeat === '0')) t.playTurn();
    const r = recapSince(mark, t.g, t.log, '0');
    const kazBefore = mark.g.states.KAZ;
    const kazNow = t.g.states.KAZ;
    // Upkeep grew the economy at least (rules §8), so something moved.
    expect(r.changes.length).toBeGreaterThan(0);
    for (const c of r.changes) {
      if (c.key === 'score') expect([c.from, c.to]).toEqual([publicSovereignty(mark.g, 'KAZ'), publicSovereignty(t.g, 'KAZ')]);
      if (c.key === 'economy') expect([c.from, c.to]).toEqual([kazBefore.economy, kazNow.economy]);
      if (c.key === 'tension') expect([c.from, c.to]).toEqual([mark.g.tracks.tension, t.g.tracks.tension]);
      expect(c.from).not.toBe(c.to);
      const lowerIsBetter = c.key === 'debt' || c.key === 'tension';
      expect(c.good).toBe(lowerIsBetter ? c.to < c.from : c.to > c.from);
    }
    for (const key of ['economy', 'security', 'stability', 'debt'] as const) {
      expect(r.changes.some((c) => c.key === key)).toBe(kazBefore[key] !== kazNow[key]);
    }
    expect(r.summary).toMatch(/^Since your last turn: /);
    expect(r.summary).toContain(r.changes[0].from + ' to ' + r.changes[0].to);
    // The new year's event card is read out with the turn too.
    expect(r.summary).toMatch(new RegExp(`\\. Event of 2020: ${eventTitle(t.g.event!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`));
  });

  it('with nothing moved: no changes and no summary', () => {
    const t = table();
    const mark = markOf(t.snapshot(), t.log);
    const r = recapSince(mark, t.g, t.log, '0');
    expect(r).toEqual({ lines: [], changes: [], summary: '' });
  });

  it('names a seat’s action as the log does', () => {
    const t = table();
    t.playTurn();
    const mark = markOf(t.snapshot(), t.log);
    const seat = t.g.activeSeat;
    const action = legalActions(t.g, seat).find((a) => a.type === 'court')!;
    t.play(seat, action);
    const r = recapSince(mark, t.g, t.log, '0');
    expect(r.lines[0]).toMatchObject({ kind: 'action', seat, text: actionLine(action, seat) });
  });
});

describe('the mark kept in the tab', () => {
  const store = withFakeStorage('sessionStorage');

  it('comes back for the same match and seat only', () => {
    const t = table();
    const mark = markOf(t.snapshot(), t.log);
    saveMark('solo:m1', '0', mark);
    expect(loadMark('solo:m1', '0')).toEqual(mark);
    expect(loadMark('solo:m1', '1')).toBeNull();
    expect(loadMark('solo:m2', '0')).toBeNull();
  });

  it('a garbled or old-shaped mark is no mark', () => {
    for (const raw of ['{', 'null', JSON.stringify({ seat: '0', stateID: 1, g: { round: 1 } }), JSON.stringify({ seat: '0', stateID: '1', g: {} })]) {
      store.set('mdchess.turnMark.solo:m1', raw);
      expect(loadMark('solo:m1', '0')).toBeNull();
    }
  });

  it('storage that refuses neither throws nor gives a mark', () => {
    refuseStorage('sessionStorage');
    const t = table();
    expect(() => saveMark('x', '0', markOf(t.snapshot(), t.log))).not.toThrow();
    expect(loadMark('x', '0')).toBeNull();
  });
});
