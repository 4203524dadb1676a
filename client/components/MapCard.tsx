// The map's card: its heading, the board selector and the map (loaded lazily), and under it what the
// screen shows of the selected state.
import { lazy, Suspense, type ReactNode } from 'react';
import type { Board, G, StateId } from '../../game/types';
import { BoardSelector } from './BoardSelector';
import { Loading } from './Loading';

const MapView = lazy(() => import('./MapView'));

export interface MapCardProps {
  g: G;
  board: Board | 'all';
  onBoard: (b: Board | 'all') => void;
  selected: StateId | null;
  onSelect: (id: StateId) => void;
  mySeat: string | null;
  /** Under the map: the selected state's summary, for instance. */
  children?: ReactNode;
}

export function MapCard({ g, board, onBoard, selected, onSelect, mySeat, children }: MapCardProps) {
  return (
    <section className="card map-card" aria-labelledby="map-h">
      <div className="map-card__head">
        <h2 id="map-h">Central Asia</h2>
        <BoardSelector board={board} onChange={onBoard} />
      </div>
      <Suspense fallback={<Loading text="Drawing the map…" />}>
        <MapView g={g} board={board} selected={selected} onSelect={onSelect} mySeat={mySeat} />
      </Suspense>
      {children}
    </section>
  );
}
