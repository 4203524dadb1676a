// Scores as the screens show them. A state's score on the boards, cards and tables: the public
// score while the match runs, the final total once it is over. And the data of the "sovereignty of
// each state" chart, shared by the end screen and the class debrief. Each year shows the public score (rules §10 without the secret agendas and
// Turkmenistan's Neutrality, which are judged only at the end); once the match is over a last
// point, "Final", carries the totals of the final table, so the chart ends on the figures the
// ranking uses instead of contradicting them.
import { publicSovereignty } from '../../game/board';
import type { G, StateId } from '../../game/types';
import { STATE_IDS, seatOf } from '../../game/types';

/** The final total once the match is over, else the public score (without the secret agendas). */
export function shownScore(g: G, id: StateId): number {
  const final = g.gameover?.scores[seatOf(id)];
  return final ? final.total : publicSovereignty(g, id);
}

/** What `shownScore` is, in a few words. */
export const shownScoreLabel = (g: G): string => (g.gameover ? 'final score' : 'score now');

export const FINAL_LABEL = 'Final';

export interface ScoreChart {
  xLabels: string[];
  values: Record<StateId, number[]>;
  yMin: number;
  yMax: number;
  /** What the points mean, shown under the chart's title. */
  note: string;
}

/**
 * `years`: the x labels of the yearly points; `byYear`: each state's public score at those points;
 * `final`: the final totals when the match is over (all five), else null.
 */
export function scoreChart(years: string[], byYear: Record<StateId, number[]>, final: Partial<Record<StateId, number>> | null): ScoreChart {
  const complete = final && STATE_IDS.every((id) => typeof final[id] === 'number') ? (final as Record<StateId, number>) : null;
  const values = Object.fromEntries(
    STATE_IDS.map((id) => [id, complete ? [...byYear[id], complete[id]] : [...byYear[id]]]),
  ) as Record<StateId, number[]>;
  const all = STATE_IDS.flatMap((id) => values[id]);
  return {
    xLabels: complete ? [...years, FINAL_LABEL] : [...years],
    values,
    yMin: Math.min(0, ...all),
    yMax: Math.max(10, ...all) + 2,
    note: complete
      ? 'Each year without the secret agendas, which count only at the end; Final is the total of the final scores.'
      : 'Each year without the secret agendas, which count only at the end.',
  };
}
