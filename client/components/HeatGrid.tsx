// One board's influence as a heat grid: five states × three powers, each cell shaded by its value
// in the power's hue, the number always written, and the leader marked with a crown and in words.
import { BOARD_TEXT, POWER_TEXT } from '../../game/glossary';
import type { Board, Power, StateId } from '../../game/types';
import { POWERS, STATE_IDS } from '../../game/types';
import { BoardIcon, CrownIcon } from './BoardGrid';

export interface HeatCell { RU: number; CN: number; EU: number; leader: Power | null }

export function HeatGrid({ board, cells }: { board: Board; cells: Record<StateId, HeatCell> }) {
  return (
    <table className="heat-grid">
      <caption className="heat-grid__caption">
        <span className="heat-grid__title"><BoardIcon board={board} /> {BOARD_TEXT[board].title}</span>
        <span className="visually-hidden">: influence of each power in each state, 0 to 5; the crown marks the leader</span>
      </caption>
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">State</span></th>
          {POWERS.map((p) => (
            <th key={p} scope="col" className={`heat-grid__power heat-grid__power--${p}`}>
              <abbr title={POWER_TEXT[p].name}>{p}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {STATE_IDS.map((id) => {
          const c = cells[id];
          return (
            <tr key={id}>
              <th scope="row" className="heat-grid__state">{id}</th>
              {POWERS.map((p) => {
                const lead = c.leader === p;
                return (
                  <td key={p} className={`heat-grid__cell heat-grid__cell--${p}${lead ? ' is-leader' : ''}`} style={{ ['--v' as string]: c[p] }}>
                    {lead && <CrownIcon className="heat-grid__crown" />}
                    <span className="num">{c[p]}</span>
                    {lead && <span className="visually-hidden"> (leads)</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
