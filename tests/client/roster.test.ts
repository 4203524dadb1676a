// Who sits at each seat, as the screens name them (client/lib/roster.ts).
import { describe, expect, it } from 'vitest';
import { playerLabel, playerLabelInline, rosterOnline, rosterSolo, seatTitle } from '../../client/lib/roster';
import type { MatchInfo } from '../../client/lib/api';
import { cleanName, soloNames } from '../../client/lib/solo';

const info: MatchInfo = {
  matchID: 'm1', started: true, host: '0',
  players: [
    { id: 0, name: 'Aigerim', isConnected: true, bot: null },
    { id: 1, name: 'Bakhyt', isConnected: false, bot: null },
    { id: 2, isConnected: false, bot: 'medium' },
    { id: 3, isConnected: false, bot: null },
    { id: 4, isConnected: false, bot: 'hard' },
  ],
};

describe('the roster of an online match', () => {
  const roster = rosterOnline(info, {}, { 1: true }, '1', 'Bakhyt');

  it('names people, bots and open seats, and marks the viewer', () => {
    expect(roster['0']).toMatchObject({ name: 'Aigerim', bot: null, isYou: false, connected: true, stateName: 'Kazakhstan' });
    expect(roster['1']).toMatchObject({ name: 'Bakhyt', isYou: true, connected: true });
    expect(roster['2']).toMatchObject({ bot: 'medium', connected: null });
    expect(roster['3']).toMatchObject({ name: '', bot: null });
    expect(labelsOf(roster)).toEqual(['Aigerim', 'You (Bakhyt)', 'Medium bot', 'Open seat', 'Hard bot']);
  });

  it('inside a sentence\'s brackets the viewer is "you, name": never brackets in brackets', () => {
    expect(playerLabelInline(roster['1'])).toBe('you, Bakhyt');
    expect(playerLabelInline({ ...roster['1'], name: '' })).toBe('you');
    expect(playerLabelInline(roster['0'])).toBe('Aigerim');
    expect(playerLabelInline(roster['4'])).toBe('Hard bot');
    for (const seat of ['0', '1', '2', '3', '4'] as const) expect(playerLabelInline(roster[seat])).not.toMatch(/[()]/);
  });

  it('a seat title puts the state first', () => {
    expect(seatTitle(roster['2'])).toBe('Kyrgyzstan — Medium bot');
  });
});

describe('the roster of a solo match', () => {
  it('the player\'s seat is theirs, the others are the chosen bots', () => {
    const roster = rosterSolo('2', ['easy', 'medium', 'human', 'hard', 'random']);
    expect(labelsOf(roster)).toEqual(['Easy bot', 'Medium bot', 'You', 'Hard bot', 'Random bot']);
    expect(playerLabelInline(roster['2'])).toBe('you');
  });

  it('several people on one device are Player 1, 2… in seat order; "you" is the one whose turn is shown', () => {
    const seats = ['human', 'medium', 'human', 'hard', 'human'] as const;
    expect(labelsOf(rosterSolo('2', [...seats]))).toEqual(['Player 1', 'Medium bot', 'You (Player 2)', 'Hard bot', 'Player 3']);
    expect(labelsOf(rosterSolo('4', [...seats]))).toEqual(['Player 1', 'Medium bot', 'Player 2', 'Hard bot', 'You (Player 3)']);
    // At the end nobody in particular is "you".
    expect(labelsOf(rosterSolo(null, [...seats]))).toEqual(['Player 1', 'Medium bot', 'Player 2', 'Hard bot', 'Player 3']);
  });
});

function labelsOf(roster: ReturnType<typeof rosterSolo>): string[] {
  return (['0', '1', '2', '3', '4'] as const).map((s) => playerLabel(roster[s]));
}

describe('pass and play: the names people gave', () => {
  it('name their seats; the unnamed stay Player N, numbered by seat among the people', () => {
    const seats = ['human', 'medium', 'human', 'hard', 'human'] as const;
    expect(labelsOf(rosterSolo('2', [...seats], { '2': 'Dilnoza' }))).toEqual(['Player 1', 'Medium bot', 'You (Dilnoza)', 'Hard bot', 'Player 3']);
    expect(labelsOf(rosterSolo(null, [...seats], { '0': 'Aigerim', '4': 'Timur' }))).toEqual(['Aigerim', 'Medium bot', 'Player 2', 'Hard bot', 'Timur']);
  });

  it('alone against bots, a name changes nothing: the player is "You"', () => {
    expect(labelsOf(rosterSolo('0', ['human', 'easy', 'easy', 'easy', 'easy'], { '0': 'Aigerim' }))[0]).toBe('You');
  });
});

describe('the names kept with a solo match', () => {
  const seats = ['human', 'medium', 'human', 'easy', 'easy'] as const;

  it('are trimmed, spaces collapsed, at most 24 characters', () => {
    expect(cleanName('  Ay   gul  ')).toBe('Ay gul');
    expect(cleanName('x'.repeat(40))).toHaveLength(24);
    expect(cleanName(42)).toBe('');
  });

  it('keep only the seats people play, and nothing when none is given', () => {
    expect(soloNames([...seats], '0', { '0': ' Aigerim ', '1': 'Bot name', '2': '', '9': 'x' })).toEqual({ '0': 'Aigerim' });
    expect(soloNames([...seats], '0', { '0': '   ' })).toBeUndefined();
    for (const junk of [null, 'names', 7, []]) expect(soloNames([...seats], '0', junk)).toBeUndefined();
  });
});
