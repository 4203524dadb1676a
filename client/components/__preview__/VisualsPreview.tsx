// A page of the map, boards and tracks on sample positions, for screenshots and visual review.
// Not part of the app: render it from a throwaway entry (e.g. under .scratch/).
import { useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { startGame } from '../../../game/engine';
import { seededRng } from '../../../game/rng';
import type { Board, G, StateId } from '../../../game/types';
import { BOARDS } from '../../../game/types';
import { BOARD_TEXT } from '../../../game/glossary';
import { BoardGrid, BoardsPanel } from '../BoardGrid';
import { MapView } from '../MapView';
import { AsymmetryTrack, EuTrack, RoundTrack, TensionTrack, TracksBar } from '../Tracks';

/** The 2019 start (seed 1), as the game deals it. */
export function sampleStart(): G {
  return startGame({}, seededRng(1));
}

/** An illustrative later position: more Chinese weight, bases, Belt and Road projects, higher tension. */
export function sampleLater(): G {
  const g = structuredClone(sampleStart());
  g.round = 5;
  g.tracks = { tension: 7, asymmetry: 7, euEngagement: 3 };
  const s = g.states;
  s.KAZ.bri = 3;
  s.KAZ.influence.economics = { RU: 2, CN: 5, EU: 2 };
  s.KAZ.influence.culture = { RU: 2, CN: 1, EU: 2 };
  s.UZB.influence.politics = { RU: 2, CN: 2, EU: 3 };
  s.UZB.bri = 1;
  s.KGZ.bri = 2;
  s.KGZ.bases = ['RU', 'CN'];
  s.KGZ.influence.economics = { RU: 1, CN: 5, EU: 0 };
  s.TJK.influence.military = { RU: 3, CN: 4, EU: 0 };
  s.TJK.bases = ['RU', 'CN'];
  s.TJK.influence.politics = { RU: 5, CN: 2, EU: 0 };
  s.TKM.bri = 4;
  s.TKM.influence.culture = { RU: 1, CN: 1, EU: 1 };
  return g;
}

const page: CSSProperties = {
  boxSizing: 'border-box',
  maxWidth: 1280,
  margin: '0 auto',
  padding: '16px clamp(12px, 3vw, 24px) 48px',
  fontFamily: 'var(--font)',
  color: 'var(--ink)',
  background: 'var(--paper)',
  minHeight: '100vh',
};
const card: CSSProperties = {
  background: 'var(--card)',
  border: '1px solid var(--line)',
  borderRadius: 'var(--radius)',
  boxShadow: 'var(--shadow)',
  padding: 'clamp(10px, 2vw, 16px)',
  minWidth: 0,
};
const h2: CSSProperties = { fontFamily: 'var(--font-display)', fontSize: 20, margin: '28px 0 10px' };
const tabs: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 6, margin: '0 0 10px' };
const tab = (on: boolean): CSSProperties => ({
  minHeight: 44,
  padding: '0 14px',
  borderRadius: 999,
  border: `1px solid ${on ? 'var(--ink)' : 'var(--line)'}`,
  background: on ? 'var(--ink)' : 'var(--card)',
  color: on ? 'var(--card)' : 'var(--ink)',
  font: 'inherit',
  fontWeight: 700,
  cursor: 'pointer',
});

/** The preview page. */
export function VisualsPreview() {
  const [which, setWhich] = useState<'start' | 'later'>('start');
  const g = useMemo(() => (which === 'start' ? sampleStart() : sampleLater()), [which]);
  const [board, setBoard] = useState<Board | 'all'>('politics');
  const [selected, setSelected] = useState<StateId | null>('KAZ');
  const mySeat = '2';

  return (
    <main style={page}>
      <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
        <h1 style={{ fontFamily: 'var(--font-display)', fontSize: 24, margin: 0 }}>Map, boards and tracks</h1>
        <div style={tabs} role="group" aria-label="Sample position">
          <button type="button" style={tab(which === 'start')} aria-pressed={which === 'start'} onClick={() => setWhich('start')}>
            2019 start
          </button>
          <button type="button" style={tab(which === 'later')} aria-pressed={which === 'later'} onClick={() => setWhich('later')}>
            Later (illustrative)
          </button>
        </div>
      </header>

      <section style={{ ...card, marginTop: 12 }} aria-label="Tracks (top bar)">
        <TracksBar g={g} showRound />
      </section>

      <h2 style={h2}>Map</h2>
      <div style={tabs} role="group" aria-label="Board shown on the map">
        {[...BOARDS, 'all' as const].map((b) => (
          <button key={b} type="button" style={tab(board === b)} aria-pressed={board === b} onClick={() => setBoard(b)}>
            {b === 'all' ? 'All boards' : BOARD_TEXT[b].title}
          </button>
        ))}
      </div>
      <div style={card}>
        <MapView g={g} board={board} selected={selected} onSelect={setSelected} mySeat={mySeat} />
      </div>

      <h2 style={h2}>Boards</h2>
      <BoardsPanel g={g} highlight={selected} selectedBoard={board} onSelectBoard={setBoard} />

      <h2 style={h2}>Each board on the map</h2>
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))' }}>
        {[...BOARDS, 'all' as const].map((b) => (
          <figure key={b} style={{ ...card, margin: 0 }}>
            <figcaption style={{ fontFamily: 'var(--font-display)', fontWeight: 700, marginBottom: 8 }}>
              {b === 'all' ? 'All boards' : BOARD_TEXT[b].title}
            </figcaption>
            <MapView g={g} board={b} mySeat={mySeat} />
          </figure>
        ))}
      </div>

      <h2 style={h2}>Tracks</h2>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))' }}>
        <div style={card}><TensionTrack tension={g.tracks.tension} /></div>
        <div style={card}><AsymmetryTrack asymmetry={g.tracks.asymmetry} /></div>
        <div style={card}><EuTrack euEngagement={g.tracks.euEngagement} /></div>
        <div style={card}><RoundTrack round={g.round} rounds={g.rounds} /></div>
      </div>

      <h2 style={h2}>One board, full size</h2>
      <div style={{ ...card, maxWidth: 560 }}>
        <BoardGrid g={g} board="economics" highlight={selected} />
      </div>
    </main>
  );
}

export default VisualsPreview;
