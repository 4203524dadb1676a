// The map's board selector: shade the map by one board or by all four.
import type { Board } from '../../game/types';
import { BOARDS } from '../../game/types';
import { BoardTitle } from '../lib/actionText';

export function BoardSelector({ board, onChange }: { board: Board | 'all'; onChange: (b: Board | 'all') => void }) {
  const options: (Board | 'all')[] = ['all', ...BOARDS];
  return (
    <div className="segmented" role="group" aria-label="Shade the map by board">
      {options.map((b) => (
        <button key={b} type="button" className="segmented__btn" aria-pressed={board === b} onClick={() => onChange(b)}>
          {b === 'all' ? 'All boards' : BoardTitle[b]}
        </button>
      ))}
    </div>
  );
}
