// Scores as the screens show them (client/lib/score.ts): the public score while a match runs, the
// final total once it is over, and the sovereignty chart that ends on the final table's totals.
import { describe, expect, it } from 'vitest';
import { publicSovereignty } from '../../game/board';
import { BOTS } from '../../game/bots/index';
import { playGame } from '../../game/bots/match';
import { STATE_IDS, seatOf, type StateId } from '../../game/types';
import { FINAL_LABEL, scoreChart, shownScore, shownScoreLabel } from '../../client/lib/score';
import { tieNote } from '../../client/components/DebriefMatch';
import { fresh } from '../game/helpers';

const perState = (f: (id: StateId) => number[]): Record<StateId, number[]> =>
  Object.fromEntries(STATE_IDS.map((id) => [id, f(id)])) as Record<StateId, number[]>;

describe('the score a card or table shows', () => {
  it('is the public score while the match runs', () => {
    const g = fresh({ scenario: 'short' });
    g.states.KAZ.economy = 9;
    expect(shownScore(g, 'KAZ')).toBe(publicSovereignty(g, 'KAZ'));
    expect(shownScoreLabel(g)).toBe('score now');
  });

  it('is the final total once the match is over, agendas included', () => {
    // The first of a few seeded matches where some agenda was met: the case in which the public
    // score and the final total differ.
    const g = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map((seed) => playGame(Array(5).fill(BOTS.medium), { scenario: 'short' }, seed).g)
      .find((x) => STATE_IDS.some((id) => x.gameover!.scores[seatOf(id)].agenda > 0))!;
    const over = g.gameover!;
    expect(shownScoreLabel(g)).toBe('final score');
    for (const id of STATE_IDS) expect(shownScore(g, id)).toBe(over.scores[seatOf(id)].total);
    expect(STATE_IDS.some((id) => shownScore(g, id) !== publicSovereignty(g, id))).toBe(true);
  });
});

describe('the sovereignty chart', () => {
  const years = ['2019', '2020', '2021'];
  const byYear = perState((id) => [20, 22, id === 'KAZ' ? 25 : 21]);

  it('while the match runs: the years alone', () => {
    const c = scoreChart(years, byYear, null);
    expect(c.xLabels).toEqual(years);
    expect(c.values.KAZ).toEqual([20, 22, 25]);
    expect(c.note).not.toContain(FINAL_LABEL);
  });

  it('once over: a last point "Final" with the totals of the final table', () => {
    const final = { KAZ: 30, UZB: 21, KGZ: 26, TJK: 19, TKM: 27 };
    const c = scoreChart(years, byYear, final);
    expect(c.xLabels).toEqual([...years, 'Final']);
    for (const id of STATE_IDS) expect(c.values[id]).toEqual([...byYear[id], final[id]]);
    expect(c.note).toContain('Final');
    expect(c.yMax).toBeGreaterThanOrEqual(30);
  });

  it('leaves the inputs alone, and a partial set of totals adds no Final point', () => {
    const c = scoreChart(years, byYear, { KAZ: 30 });
    expect(c.xLabels).toEqual(years);
    expect(byYear.KAZ).toEqual([20, 22, 25]);
  });

  it('keeps room for negative totals after a crisis', () => {
    const c = scoreChart(years, byYear, { KAZ: -3, UZB: 1, KGZ: 2, TJK: 0, TKM: 4 });
    expect(c.yMin).toBe(-3);
  });

  it('on a whole match: the last point of each line is its final total', () => {
    const { g } = playGame(Array(5).fill(BOTS.medium), { scenario: 'short' }, 11);
    const c = scoreChart(
      g.history.map((h) => String(h.round)),
      perState((id) => g.history.map((h) => h.sovereignty[id])),
      Object.fromEntries(STATE_IDS.map((id) => [id, g.gameover!.scores[seatOf(id)].total])),
    );
    for (const id of STATE_IDS) expect(c.values[id].at(-1)).toBe(g.gameover!.scores[seatOf(id)].total);
    expect(c.xLabels.length).toBe(g.history.length + 1);
  });
});

describe('the debrief says which tie-break decided a tied win', () => {
  type D = Parameters<typeof tieNote>[0];
  const base = (over: Partial<D['outcome']>, blame: Partial<Record<StateId, number>> = {}, stability: Partial<Record<StateId, number>> = {}): D => ({
    outcome: { over: true, crisis: false, winners: ['TKM'], scores: { TKM: 32, TJK: 32, KAZ: 20, UZB: 18, KGZ: 17 }, places: ['TKM', 'TJK', 'KAZ', 'UZB', 'KGZ'], ...over },
    blame: { KAZ: 0, UZB: 0, KGZ: 0, TJK: 0, TKM: 0, ...blame },
    stability: perState((id) => [5, stability[id] ?? 6]),
  } as unknown as D);

  it('names the lower blame', () => {
    expect(tieNote(base({}, { TKM: 1, TJK: 2 }))).toBe('Turkmenistan and Tajikistan both scored 32; Turkmenistan wins on the lower blame (1 against 2).');
  });
  it('then the higher stability at the end', () => {
    expect(tieNote(base({}, {}, { TKM: 8, TJK: 7 }))).toBe('Turkmenistan and Tajikistan both scored 32; Turkmenistan wins on the higher stability (8 against 7).');
  });
  it('then the lower seat', () => {
    expect(tieNote(base({}))).toBe('Turkmenistan and Tajikistan both scored 32; Turkmenistan wins on the lower seat.');
  });
  it('says nothing without a tie at the top, before the end, or when both share the win', () => {
    expect(tieNote(base({ scores: { TKM: 33, TJK: 32, KAZ: 20, UZB: 18, KGZ: 17 } }))).toBeNull();
    expect(tieNote(base({ over: false }))).toBeNull();
    expect(tieNote(base({ winners: ['TKM', 'TJK'] }))).toBeNull();
  });
});
