// The replay screen's words (client/lib/replay.ts) on a real match played through boardgame.io's
// reducer: each step's story (the action, tension, the powers phase at a round's end, the next
// event, the end), the rounds to jump to, the step in the address, the solo match's record read
// from this browser's storage, and who sat where.
import type { LogEntry } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { groupChanges, isGood, movesOfLog, roundStarts, rosterOfRecord, rosterOfSolo, soloReplaySource, stepFromHash, stepStory } from '../../client/lib/replay';
import type { SoloConfig } from '../../client/lib/solo';
import { actionLine } from '../../game/deeds';
import { replayMatch } from '../../game/replay';
import { YEAR_OF_ROUND, eventTitle, powerReasonText, tensionCauseText } from '../../game/texts';
import { playRecordedMatch } from '../game/helpers';

const played = playRecordedMatch('client-replay-1');
const { steps } = replayMatch({ initial: played.initial, moves: played.moves });

describe('stepStory', () => {
  it('opens with the set-up and the first event', () => {
    const s = stepStory(steps, 0);
    expect(s.title).toBe('The match is set up.');
    expect(s.seat).toBeNull();
    expect(s.lines).toEqual([{ kind: 'round', text: `Round 1 (2019) begins with the event “${eventTitle(steps[0].G.event!)}”.` }]);
    expect(s.changes).toEqual([]);
  });

  it('tells each move: the action, its tension, and at a round\'s end the powers and the next event', () => {
    let roundEnds = 0;
    for (let i = 1; i < steps.length; i++) {
      const before = steps[i - 1].G, after = steps[i].G;
      const s = stepStory(steps, i);
      expect(s.title).toBe(actionLine(steps[i].action!, steps[i].seat!));
      expect(s.seat).toBe(played.moves[i - 1].seat);
      const tension = after.tensionLog.slice(before.tensionLog.length).map((t) => ({ kind: 'tension', text: tensionCauseText(t), delta: t.delta }));
      expect(s.lines.filter((l) => l.kind === 'tension')).toEqual(tension);
      const powers = s.lines.filter((l) => l.kind === 'powers');
      if (after.round > before.round) {
        roundEnds++;
        expect(powers.map((l) => l.text)).toEqual(after.powersLog.map(powerReasonText));
        expect(powers.map((l) => l.power)).toEqual(after.powersLog.map((p) => p.power));
        expect(s.lines.filter((l) => l.kind === 'round').map((l) => l.text)).toEqual([
          `Round ${before.round} (${YEAR_OF_ROUND(before.round)}) closes with the powers phase and the upkeep.`,
          `Round ${after.round} (${YEAR_OF_ROUND(after.round)}) begins with the event “${eventTitle(after.event!)}”.`,
        ]);
      } else if (!after.gameover) {
        expect(powers).toEqual([]);
        expect(s.lines.filter((l) => l.kind === 'round')).toEqual([]);
      }
      // Every owner's changes, and nothing that did not move.
      for (const group of s.changes) for (const c of group.items) expect(c.from).not.toBe(c.to);
    }
    expect(roundEnds).toBe(played.final.round - 1);
  });

  it('ends with the result, the winners named', () => {
    const s = stepStory(steps, steps.length - 1);
    const over = played.final.gameover!;
    const end = s.lines.find((l) => l.kind === 'end')!;
    const top = Math.max(...Object.values(over.scores).map((x) => x.total));
    expect(end.text).toMatch(over.crisis ? /^Tension reaches the brink: the match ends in a crisis\./ : /^The last round is over\./);
    expect(end.text).toMatch(new RegExp(`(wins|share the win) with ${top} points\\.$`));
    // The score moved to the final total, as the tables show it.
    for (const group of s.changes.filter((g) => g.state)) {
      const score = group.items.find((c) => c.kind === 'score');
      if (score) expect(score.to).toBe(over.scores[String(['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'].indexOf(group.state!))].total);
    }
  });
});

describe('the replay bar', () => {
  it('jumps to the first step of every round and to the end', () => {
    const r = roundStarts(steps);
    expect(r.map((x) => x.label)).toEqual([...Array.from({ length: played.final.round }, (_, i) => `Round ${i + 1}`), 'End']);
    expect(r[0].index).toBe(0);
    for (const x of r.slice(1, -1)) {
      expect(steps[x.index].G.round).toBe(x.round);
      expect(steps[x.index - 1].G.round).toBe(x.round - 1);
    }
    expect(r[r.length - 1].index).toBe(steps.length - 1);
  });

  it('reads the step from the address, within bounds', () => {
    expect(stepFromHash('#step=12', 80)).toBe(12);
    expect(stepFromHash('#step=500', 80)).toBe(79);
    expect(stepFromHash('#step=0', 80)).toBe(0);
    expect(stepFromHash('#x=1&step=3', 80)).toBe(3);
    expect(stepFromHash('', 80)).toBeNull();
    expect(stepFromHash('#step=-4', 80)).toBeNull();
    expect(stepFromHash('#step=abc', 80)).toBeNull();
  });

  it('marks good and bad news for the owner, influence as neither', () => {
    const c = (label: string, kind: 'resource' | 'score' | 'influence' | 'track', from: number, to: number) => ({ state: null, kind, label, from, to });
    expect(isGood(c('Economy', 'resource', 3, 4))).toBe(true);
    expect(isGood(c('Debt', 'resource', 3, 4))).toBe(false);
    expect(isGood(c('Blame', 'resource', 1, 0))).toBe(true);
    expect(isGood(c('Score', 'score', 20, 18))).toBe(false);
    expect(isGood(c('Tension', 'track', 4, 5))).toBe(false);
    expect(isGood(c('Asymmetry', 'track', 4, 5))).toBeNull();
    expect(isGood(c('China on economics', 'influence', 1, 2))).toBeNull();
    expect(groupChanges([c('Tension', 'track', 1, 2), { ...c('Economy', 'resource', 1, 2), state: 'TJK' as const }, { ...c('Debt', 'resource', 0, 1), state: 'KAZ' as const }]).map((g) => g.owner))
      .toEqual(['Tracks', 'Kazakhstan', 'Tajikistan']);
  });
});

describe('where a replay comes from', () => {
  const config: SoloConfig = { matchID: 'solo-x', storageKey: 'mdchess.solo-x', scenario: 'short', mySeat: '0', seats: ['human', 'medium', 'easy', 'hard', 'human'], createdAt: 1 };
  const log = played.moves.map((m, i) => ({ _stateID: i, turn: 1, phase: '', action: { type: 'MAKE_MOVE', payload: { type: m.move, args: m.args, playerID: m.seat } } })) as unknown as LogEntry[];

  it('reads the solo match from boardgame.io\'s storage and replays it to its end', () => {
    const data = new Map<string, string>([
      ['mdchess.solo-x_initial', JSON.stringify([['other', {}], ['solo-x', played.initial]])],
      ['mdchess.solo-x_log', JSON.stringify([['solo-x', [{ action: { type: 'GAME_EVENT', payload: { type: 'endTurn' } } }, ...log]]])],
    ]);
    const source = soloReplaySource(config, { getItem: (k) => data.get(k) ?? null });
    expect(source?.moves).toEqual(played.moves);
    const r = replayMatch(source!);
    expect(r.error).toBeNull();
    expect(r.steps[r.steps.length - 1].G).toEqual(played.final);
  });

  it('gives nothing when the storage lacks the match or holds junk', () => {
    expect(soloReplaySource(config, { getItem: () => null })).toBeNull();
    expect(soloReplaySource(config, { getItem: () => '{not json' })).toBeNull();
    expect(soloReplaySource(config, { getItem: () => { throw new Error('denied'); } })).toBeNull();
    expect(soloReplaySource(config, { getItem: (k) => (k.endsWith('_initial') ? JSON.stringify([['solo-x', played.initial]]) : '"text"') })).toBeNull();
  });

  it('keeps only well-formed moves of a log', () => {
    const junk = [null, { action: null }, { action: { type: 'MAKE_MOVE', payload: { type: 'court', args: 'x', playerID: '2' } } }, { action: { type: 'MAKE_MOVE', payload: { type: 5, playerID: '1' } } }, { action: { type: 'MAKE_MOVE', payload: { type: 'pass', playerID: '9' } } }];
    expect(movesOfLog(junk as unknown as LogEntry[])).toEqual([{ seat: '2', move: 'court', args: [] }]);
  });

  it('names the seats: people by name, bots by level, this browser\'s seat as you', () => {
    const r = rosterOfRecord({ players: [{ seat: '0', name: 'Aigerim', bot: null }, { seat: '1', name: 'Medium bot', bot: 'medium' }, { seat: '2', name: 'Bakhyt', bot: null }, { seat: '3', name: 'x', bot: 'nonsense' }] }, '2');
    expect([r['0'].name, r['1'].bot, r['2'].isYou, r['0'].isYou, r['3'].bot, r['4'].name]).toEqual(['Aigerim', 'medium', true, false, null, '']);
    // Alone at the device: the player is "you"; several people: nobody is.
    expect(rosterOfSolo({ ...config, seats: ['human', 'medium', 'medium', 'medium', 'medium'] })['0'].isYou).toBe(true);
    const shared = rosterOfSolo(config);
    expect(Object.values(shared).some((p) => p.isYou)).toBe(false);
    expect(shared['4'].name).toBe('Player 2');
  });
});
