// The map of Central Asia (ui.md): each state shaded by the power that leads the chosen board
// (rules §1), with its name, a letter badge of the leader, bases and Belt and Road projects.
// Colour is never the only carrier: badges carry letters, domination adds a crown and hatching.
import { useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactElement, RefObject } from 'react';
import mapJson from '../../assets/map.json';
import { dominant, leader } from '../../game/board';
import { BOARD_TEXT, POWER_TEXT, STATE_TEXT } from '../../game/glossary';
import type { Board, G, Power, StateId } from '../../game/types';
import { BOARDS, POWERS, STATE_IDS } from '../../game/types';
import { joinAnd } from '../lib/words';
import '../styles/board.css';

type Pt = [number, number];
interface MapData {
  width: number;
  height: number;
  states: Record<StateId, { d: string; label: Pt; capital: { name: string; x: number; y: number } }>;
  neighbours: { id: string; name: string; d: string; label: Pt | null }[];
  seas: { name: string; x: number; y: number }[];
}
const MAP = mapJson as unknown as MapData;

export interface MapViewProps {
  g: G;
  board: Board | 'all';
  selected?: StateId | null;
  onSelect?: (id: StateId) => void;
  /** The viewer's seat ("0".."4"); its state is outlined. */
  mySeat?: string | null;
}

/** Who shades a state: the leader of the board, or for 'all' the power leading most boards. */
export interface Shade {
  power: Power | null;
  /** Dominates the board; for 'all', leads at least 3 of the 4 boards. */
  strong: boolean;
  /** Boards led by each power (for 'all'). */
  led: Record<Power, Board[]>;
}

const STRONG_BOARDS = 3;

/** rules §1 applied to the map's shading. */
export function shadeOf(g: G, id: StateId, board: Board | 'all'): Shade {
  const led: Record<Power, Board[]> = { RU: [], CN: [], EU: [] };
  for (const b of BOARDS) {
    const p = leader(g, id, b);
    if (p) led[p].push(b);
  }
  if (board !== 'all') {
    const p = leader(g, id, board);
    return { power: p, strong: p !== null && dominant(g, id, board) === p, led };
  }
  const best = Math.max(...POWERS.map((p) => led[p].length));
  const top = POWERS.filter((p) => led[p].length === best);
  if (best === 0 || top.length > 1) return { power: null, strong: false, led };
  return { power: top[0], strong: best >= STRONG_BOARDS, led };
}

const ADJ: Record<Power, string> = { RU: 'Russian', CN: 'Chinese', EU: 'European' };

/** The spoken description of one state on the map. */
export function describeState(g: G, id: StateId, board: Board | 'all', own: boolean, clickable: boolean): string {
  const s = g.states[id];
  const sh = shadeOf(g, id, board);
  const name = STATE_TEXT[id].name;
  let text: string;
  if (board !== 'all') {
    const c = s.influence[board];
    const who = sh.power ? `${POWER_TEXT[sh.power].name} ${sh.strong ? 'dominates' : 'leads'}` : 'no power leads';
    text = `${name} — ${BOARD_TEXT[board].title.toLowerCase()}: ${who} (${c.RU} RU, ${c.CN} CN, ${c.EU} EU).`;
  } else {
    const per = BOARDS.map((b) => `${BOARD_TEXT[b].title.toLowerCase()} ${leader(g, id, b) ?? 'none'}`).join(', ');
    let who: string;
    if (sh.power) who = `${POWER_TEXT[sh.power].name} leads ${sh.led[sh.power].length} of 4 boards`;
    else {
      const best = Math.max(...POWERS.map((p) => sh.led[p].length));
      const top = POWERS.filter((p) => sh.led[p].length === best);
      who = best === 0 ? 'no power leads any board' : `${joinAnd(top.map((p) => POWER_TEXT[p].name))} lead ${best} boards each`;
    }
    text = `${name} — all boards: ${who} (${per}).`;
  }
  const bases = s.bases.map((p) => ADJ[p]);
  if (bases.length) text += ` Hosts ${bases.length === 1 ? `a ${bases[0]} base` : `${joinAnd(bases)} bases`}.`;
  if (s.bri > 0) text += ` ${s.bri} Belt and Road project${s.bri === 1 ? '' : 's'}.`;
  if (own) text += ' Your state.';
  if (clickable) text += ' Click to select.';
  return text;
}

// ---- layout constants (SVG user units, before the label scale k) ----
const NAME_SIZE = 17;
const ROW_Y = 6;
const ROW_H = 19;
const GAP = 4;
/** Which side of its dot each capital's name sits on. */
const CAPITAL_SIDE: Record<StateId, 1 | -1> = { KAZ: 1, UZB: -1, KGZ: 1, TJK: -1, TKM: 1 };

/** Bounding box of the five states, from the compact paths ("Mx yl dx dy ...z"). */
function statesBox(): { x: number; y: number; w: number; h: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const id of STATE_IDS) {
    for (const m of MAP.states[id].d.matchAll(/M([^l]+)l([^z]*)z/g)) {
      const start = (m[1].match(/-?\d*\.?\d+/g) ?? []).map(Number);
      const steps = (m[2].match(/-?\d*\.?\d+/g) ?? []).map(Number);
      let [x, y] = start;
      const see = () => { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); };
      see();
      for (let i = 0; i + 1 < steps.length; i += 2) { x += steps[i]; y += steps[i + 1]; see(); }
    }
  }
  const pad = 14;
  return { x: Math.max(0, x0 - pad), y: Math.max(0, y0 - pad), w: Math.min(MAP.width, x1 - x0 + 2 * pad), h: Math.min(MAP.height, y1 - y0 + 2 * pad) };
}
const TIGHT = statesBox();
const FULL = { x: 0, y: 0, w: MAP.width, h: MAP.height };
/** Below this container width the map crops to the five states so labels can stay legible. */
const NARROW = 560;

/**
 * Keeps a context label (anchored at its baseline centre, size w×h before scaling by k) inside the
 * visible box; returns null when its anchor is outside it (the label belongs to a cropped-off area).
 */
function placeInside(p: Pt, w: number, h: number, k: number, vb: { x: number; y: number; w: number; h: number }): Pt | null {
  const [x, y] = p;
  if (x < vb.x || x > vb.x + vb.w || y < vb.y || y > vb.y + vb.h) return null;
  const hw = (w * k) / 2 + 6;
  const cx = Math.min(Math.max(x, vb.x + hw), vb.x + vb.w - hw);
  const cy = Math.min(Math.max(y, vb.y + 11 * k + 4), vb.y + vb.h - (h - 11) * k - 6);
  return [cx, cy];
}

/** Width of the element in CSS pixels, kept up to date. */
function useWidth<T extends Element>(initial: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

interface Item { key: string; w: number; node: (x: number) => ReactElement }

function Crown({ x, y }: { x: number; y: number }) {
  return <path className="mv-crown" transform={`translate(${x} ${y})`} d="M0 8.5V2l2.9 2.6L5.75 0 8.6 4.6 11.5 2v6.5z" />;
}

function RailIcon({ x, y }: { x: number; y: number }) {
  return (
    <path className="mv-rail" transform={`translate(${x} ${y})`} d="M2 0v12M9 0v12M0 2h11M0 6h11M0 10h11" />
  );
}

/** The row under a state's name: "you", leader badge, bases, Belt and Road projects. */
function markerRow(g: G, id: StateId, board: Board | 'all', sh: Shade, own: boolean): Item[] {
  const s = g.states[id];
  const items: Item[] = [];
  if (own) {
    items.push({
      key: 'you',
      w: 34,
      node: (x) => (
        <g key="you" className="mv-you" transform={`translate(${x} ${ROW_Y})`}>
          <rect width={34} height={ROW_H} rx={3} />
          <text x={17} y={ROW_H / 2 + 0.5}>YOU</text>
        </g>
      ),
    });
  }
  const p = sh.power;
  const allText = p && board === 'all' ? `${p} ${sh.led[p].length}/4` : null;
  // Text box, plus room for the crown when the power dominates (or leads 3+ boards).
  const textW = allText ? 42 : p ? 21 : 12;
  const crownW = sh.strong ? 15 : 0;
  const w = 12 + crownW + textW;
  items.push({
    key: 'lead',
    w,
    node: (x) => (
      <g key="lead" className={`mv-badge mv-badge-${p ?? 'none'}${sh.strong ? ' is-strong' : ''}`} transform={`translate(${x} ${ROW_Y})`}>
        <rect width={w} height={ROW_H} rx={ROW_H / 2} />
        {sh.strong && <Crown x={6.5} y={5.5} />}
        <text x={6 + crownW + textW / 2} y={ROW_H / 2 + 0.5}>{allText ?? p ?? '–'}</text>
      </g>
    ),
  });
  for (const b of s.bases) {
    items.push({
      key: `base-${b}`,
      w: ROW_H + 4,
      node: (x) => (
        <g key={`base-${b}`} className={`mv-base mv-base-${b}`} transform={`translate(${x} ${ROW_Y})`}>
          <rect width={ROW_H + 4} height={ROW_H} rx={1.5} />
          <text x={(ROW_H + 4) / 2} y={ROW_H / 2 + 0.5}>{b}</text>
        </g>
      ),
    });
  }
  if (s.bri > 0) {
    const bw = 26 + 7.5 * String(s.bri).length;
    items.push({
      key: 'bri',
      w: bw,
      node: (x) => (
        <g key="bri" className="mv-bri" transform={`translate(${x} ${ROW_Y})`}>
          <rect width={bw} height={ROW_H} rx={3} />
          <RailIcon x={5} y={3.5} />
          <text x={19.5} y={ROW_H / 2 + 0.5}>{s.bri}</text>
        </g>
      ),
    });
  }
  return items;
}

function layoutRow(items: Item[]): ReactElement[] {
  const total = items.reduce((n, it) => n + it.w, 0) + GAP * (items.length - 1);
  let x = -total / 2;
  return items.map((it) => {
    const node = it.node(x);
    x += it.w + GAP;
    return node;
  });
}

/** The map of Central Asia, shaded by the chosen board (or by all four). */
export function MapView({ g, board, selected = null, onSelect, mySeat = null }: MapViewProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [rootRef, width] = useWidth<HTMLDivElement>(720);
  const [focused, setFocused] = useState<StateId | null>(null);
  const narrow = width < NARROW;
  const vb = narrow ? TIGHT : FULL;
  const scale = width / vb.w;
  // Labels keep a legible size on screen whatever the map's scale (≈11.5 px on a phone, 15 px wide).
  const targetPx = Math.min(16.5, Math.max(12, 9.5 + width * 0.0055));
  const k = targetPx / (NAME_SIZE * scale);
  const ownId = mySeat != null ? STATE_IDS[Number(mySeat)] ?? null : null;
  const boardTitle = board === 'all' ? 'all boards' : BOARD_TEXT[board].title;
  const clickable = !!onSelect;

  const onKey = (id: StateId) => (e: KeyboardEvent<SVGGElement>) => {
    if (!onSelect) return;
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      onSelect(id);
    }
  };
  const onFocus = (id: StateId) => (e: FocusEvent<SVGGElement>) => {
    let visible = true;
    try { visible = e.currentTarget.matches(':focus-visible'); } catch { /* old browsers: always show */ }
    setFocused(visible ? id : null);
  };

  const shades = Object.fromEntries(STATE_IDS.map((id) => [id, shadeOf(g, id, board)])) as Record<StateId, Shade>;
  const fillClass = (sh: Shade) => `mv-fill-${sh.power ?? 'none'}${sh.strong ? '-strong' : ''}`;

  return (
    <div className={`mv-root${narrow ? ' is-narrow' : ''}`} ref={rootRef} style={{ ['--mv-k' as string]: k }}>
      <svg
        className="mv-svg"
        viewBox={`${vb.x} ${vb.y} ${vb.w} ${vb.h}`}
        role="group"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-legend`}
      >
        <title id={`${uid}-title`}>{`Map of Central Asia — ${boardTitle}: who leads each state`}</title>
        <defs>
          <pattern id={`${uid}-hatch`} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2.2" height="7" className="mv-hatch-line" />
          </pattern>
          <pattern id={`${uid}-waves`} width="26" height="12" patternUnits="userSpaceOnUse">
            <path className="mv-wave" d="M0 6q3.25-3 6.5 0t6.5 0 6.5 0 6.5 0" />
          </pattern>
        </defs>

        <rect className="mv-water" x={0} y={0} width={MAP.width} height={MAP.height} />
        <rect x={0} y={0} width={MAP.width} height={MAP.height} fill={`url(#${uid}-waves)`} aria-hidden="true" />
        <g className="mv-neighbours" aria-hidden="true">
          {MAP.neighbours.map((n) => <path key={n.id} d={n.d} className="mv-neighbour" />)}
        </g>

        <g className="mv-states">
          {STATE_IDS.map((id) => {
            const sh = shades[id];
            const own = id === ownId;
            return (
              <g
                key={id}
                className={`mv-state${selected === id ? ' is-selected' : ''}${own ? ' is-own' : ''}`}
                role={clickable ? 'button' : 'img'}
                tabIndex={clickable ? 0 : undefined}
                aria-pressed={clickable ? selected === id : undefined}
                aria-label={describeState(g, id, board, own, clickable)}
                onClick={onSelect ? () => onSelect(id) : undefined}
                onKeyDown={onKey(id)}
                onFocus={onFocus(id)}
                onBlur={() => setFocused(null)}
              >
                <path d={MAP.states[id].d} className={`mv-shape ${fillClass(sh)}`} />
                <path d={MAP.states[id].d} className={`mv-hatch${sh.strong ? ' is-on' : ''}`} fill={`url(#${uid}-hatch)`} />
              </g>
            );
          })}
        </g>

        <g className="mv-overlay" aria-hidden="true">
          {ownId && selected !== ownId && <path d={MAP.states[ownId].d} className="mv-ring mv-ring-own" />}
          {selected && (
            <>
              <path d={MAP.states[selected].d} className="mv-ring mv-ring-selected-halo" />
              <path d={MAP.states[selected].d} className="mv-ring mv-ring-selected" />
            </>
          )}
          {focused && (
            <>
              <path d={MAP.states[focused].d} className="mv-ring mv-ring-focus-halo" />
              <path d={MAP.states[focused].d} className="mv-ring mv-ring-focus" />
            </>
          )}
        </g>

        <g className="mv-context-labels" aria-hidden="true">
          {MAP.neighbours.map((n) => {
            const at = n.label && placeInside(n.label, n.name.length * 9.6, 11, k * 0.92, vb);
            return at ? (
              <text key={n.id} className="mv-nb-name" transform={`translate(${at[0]} ${at[1]}) scale(${k * 0.92})`}>
                {n.name}
              </text>
            ) : null;
          })}
          {MAP.seas.map((s) => {
            const words = s.name.split(' ');
            const at = placeInside([s.x, s.y], Math.max(...words.map((w) => w.length)) * 10.5, 13 * words.length, k * 0.92, vb);
            return at ? (
              <text key={s.name} className="mv-sea-name" transform={`translate(${at[0]} ${at[1]}) scale(${k * 0.92})`}>
                {words.map((w, i) => <tspan key={w} x={0} dy={i === 0 ? 0 : 14}>{w}</tspan>)}
              </text>
            ) : null;
          })}
        </g>

        <g className="mv-capitals" aria-hidden="true">
          {STATE_IDS.map((id) => {
            const c = MAP.states[id].capital;
            const side = CAPITAL_SIDE[id];
            return (
              <g key={id} transform={`translate(${c.x} ${c.y}) scale(${k})`}>
                <rect className="mv-capital-dot" x={-3.2} y={-3.2} width={6.4} height={6.4} transform="rotate(45)" />
                {!narrow && (
                  <text className="mv-capital-name" x={side * 6} y={3.5} textAnchor={side > 0 ? 'start' : 'end'}>
                    {c.name}
                  </text>
                )}
              </g>
            );
          })}
        </g>

        <g className="mv-labels" aria-hidden="true">
          {STATE_IDS.map((id) => {
            const [x, y] = MAP.states[id].label;
            const own = id === ownId;
            return (
              <g
                key={id}
                className={`mv-label${clickable ? ' is-clickable' : ''}${selected === id ? ' is-selected' : ''}`}
                transform={`translate(${x} ${y}) scale(${k})`}
                onClick={onSelect ? () => onSelect(id) : undefined}
              >
                <text className="mv-name">{STATE_TEXT[id].name}</text>
                {layoutRow(markerRow(g, id, board, shades[id], own))}
              </g>
            );
          })}
        </g>
        <rect className="mv-frame" x={vb.x + 1} y={vb.y + 1} width={vb.w - 2} height={vb.h - 2} />
      </svg>

      <p id={`${uid}-legend`} className="visually-hidden">
        {board === 'all'
          ? 'Each state is shaded by the power that leads most of its four boards: light when it leads one or two, strong and hatched when it leads three or four, plain when no single power leads most. '
          : `Each state is shaded by the power that leads its ${BOARD_TEXT[board].title.toLowerCase()} board: light when it leads, strong and hatched with a crown when it dominates, plain when no power leads. `}
        Russia is blue, China vermillion, the EU gold; each state's badge names the leader in letters. Square
        badges are foreign bases; the rail badge counts Belt and Road projects.
        {ownId ? ` Your state, ${STATE_TEXT[ownId].name}, is outlined.` : ''}
      </p>
      <ul className="mv-key" aria-hidden="true">
        <li><span className="mv-key-swatch mv-fill-RU" /><span className="mv-key-swatch mv-fill-CN" /><span className="mv-key-swatch mv-fill-EU" /> leads</li>
        <li><span className="mv-key-swatch mv-fill-RU-strong is-hatched" /><span className="mv-key-swatch mv-fill-CN-strong is-hatched" /><span className="mv-key-swatch mv-fill-EU-strong is-hatched" /> {board === 'all' ? 'leads 3+ boards' : 'dominates'}</li>
        <li><span className="mv-key-swatch mv-fill-none" /> no leader</li>
        <li><span className="mv-key-base">RU</span> base</li>
        <li><span className="mv-key-bri" /> BRI projects</li>
      </ul>
    </div>
  );
}

export default MapView;

