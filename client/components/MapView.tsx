// The map of Central Asia (ui.md): each state shaded by the power that leads the chosen board
// (rules §1), with its name, a letter badge of the leader, bases and Belt and Road projects.
// Colour is never the only carrier: badges carry letters, domination adds a crown and hatching.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, ReactElement, RefObject } from 'react';
import { dominant, leader } from '../../game/board';
import { BOARD_TEXT, POWER_TEXT, STATE_TEXT } from '../../game/glossary';
import type { Board, G, Power, StateId } from '../../game/types';
import { BOARDS, POWERS, STATE_IDS } from '../../game/types';
import {
  CAPITAL_SIDE, MAP, ROW_H, estimateCapital, estimateName, layoutLabels, mapFrame, mapRaster, placeContext,
} from '../lib/mapLabels';
import type { LabelSpec, Pt, Rect, TextExtent } from '../lib/mapLabels';
import { joinAnd } from '../lib/words';
import '../styles/board.css';

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
  if (clickable) text += ' Select it to show its figures under the map.';
  return text;
}

// ---- layout (SVG user units; labels are drawn in label units, scaled by k; see lib/mapLabels.ts) ----
/** Context labels (neighbours, seas) are drawn a little smaller than the state labels. */
const CONTEXT_K = 0.92;

/** A measured text: its box around its anchor point, label units. */
type Measured = Record<string, Rect>;

/** Context label extents for when they are not measured yet (label units, around the anchor). */
function estimateContext(key: string, text: string): Rect {
  if (key.startsWith('nb:')) return { x0: -text.length * 4.8, y0: -10.5, x1: text.length * 4.8, y1: 3 };
  const words = text.split(' ');
  const half = (Math.max(...words.map((w) => w.length)) * 10.5) / 2;
  return { x0: -half, y0: -12, x1: half, y1: 14 * (words.length - 1) + 3.5 };
}

const extentOf = (r: Rect): TextExtent => ({ w: r.x1 - r.x0, top: r.y0, bottom: r.y1 });

/**
 * Measures the map's texts (data-measure="key") in their own units, so the placement works with the
 * fonts the browser really uses; keeps earlier measures of texts not drawn now.
 */
function useTextSizes(svg: RefObject<SVGSVGElement | null>, deps: unknown[]): Measured {
  const [sizes, setSizes] = useState<Measured>({});
  const [fontsTick, setFontsTick] = useState(0);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    let live = true;
    const again = () => { if (live) setFontsTick((t) => t + 1); };
    void fonts.ready.then(again);
    fonts.addEventListener?.('loadingdone', again);
    return () => { live = false; fonts.removeEventListener?.('loadingdone', again); };
  }, []);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return;
    const next: Measured = { ...sizes };
    let changed = false;
    el.querySelectorAll<SVGTextElement>('text[data-measure]').forEach((t) => {
      let b: DOMRect;
      try { b = t.getBBox(); } catch { return; }
      if (!b || !(b.width > 0)) return; // not laid out (a hidden tab) or no SVG layout here
      const x = Number(t.getAttribute('x') ?? 0) || 0;
      const y = Number(t.getAttribute('y') ?? 0) || 0;
      const anchor = t.getAttribute('text-anchor');
      // Kept around the anchor as if text-anchor were middle for names, start for capitals.
      const key = t.dataset.measure as string;
      const shift = key.startsWith('cap:') ? (anchor === 'end' ? b.width : anchor === 'middle' ? b.width / 2 : 0) : 0;
      const r = { x0: b.x - x + shift, y0: b.y - y, x1: b.x - x + shift + b.width, y1: b.y - y + b.height };
      const old = next[key];
      if (!old || Math.abs(old.x0 - r.x0) + Math.abs(old.x1 - r.x1) + Math.abs(old.y0 - r.y0) + Math.abs(old.y1 - r.y1) > 0.2) {
        next[key] = r;
        changed = true;
      }
    });
    if (changed) setSizes(next);
  }, [...deps, fontsTick]);
  return sizes;
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

interface Item { key: string; w: number; node: (x: number, y: number) => ReactElement }

function Crown({ x, y }: { x: number; y: number }) {
  return <path className="mv-crown" transform={`translate(${x} ${y})`} d="M0 8.5V2l2.9 2.6L5.75 0 8.6 4.6 11.5 2v6.5z" />;
}

function RailIcon({ x, y }: { x: number; y: number }) {
  return (
    <path className="mv-rail" transform={`translate(${x} ${y})`} d="M2 0v12M9 0v12M0 2h11M0 6h11M0 10h11" />
  );
}

/**
 * The row under a state's name: "you", leader badge, bases, Belt and Road projects. Each item is
 * drawn at the top-left corner the placement gives it (one line, or two when room is short).
 */
function markerRow(g: G, id: StateId, board: Board | 'all', sh: Shade, own: boolean): Item[] {
  const s = g.states[id];
  const items: Item[] = [];
  if (own) {
    items.push({
      key: 'you',
      w: 34,
      node: (x, y) => (
        <g key="you" className="mv-you" transform={`translate(${x} ${y})`}>
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
    node: (x, y) => (
      <g key="lead" className={`mv-badge mv-badge-${p ?? 'none'}${sh.strong ? ' is-strong' : ''}`} transform={`translate(${x} ${y})`}>
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
      node: (x, y) => (
        <g key={`base-${b}`} className={`mv-base mv-base-${b}`} transform={`translate(${x} ${y})`}>
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
      node: (x, y) => (
        <g key="bri" className="mv-bri" transform={`translate(${x} ${y})`}>
          <rect width={bw} height={ROW_H} rx={3} />
          <RailIcon x={5} y={3.5} />
          <text x={19.5} y={ROW_H / 2 + 0.5}>{s.bri}</text>
        </g>
      ),
    });
  }
  return items;
}

/** The map of Central Asia, shaded by the chosen board (or by all four). */
export function MapView({ g, board, selected = null, onSelect, mySeat = null }: MapViewProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [rootRef, width] = useWidth<HTMLDivElement>(720);
  const [focused, setFocused] = useState<StateId | null>(null);
  const { narrow, view: vb, k } = mapFrame(width);
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

  // ---- label placement (lib/mapLabels.ts): measured texts, computed places ----
  const svgRef = useRef<SVGSVGElement | null>(null);
  const sizes = useTextSizes(svgRef, [narrow, width]);
  const rows = Object.fromEntries(STATE_IDS.map((id) => [id, markerRow(g, id, board, shades[id], id === ownId)])) as Record<StateId, Item[]>;
  const ck = k * CONTEXT_K;
  const context = [
    ...MAP.neighbours.flatMap((n) => (n.label ? [{ key: `nb:${n.id}`, text: n.name, p: n.label, sea: false }] : [])),
    ...MAP.seas.map((sea) => ({ key: `sea:${sea.name}`, text: sea.name, p: [sea.x, sea.y] as Pt, sea: true })),
  ].map((c) => ({ ...c, box: sizes[c.key] ?? estimateContext(c.key, c.text), at: null as Pt | null }));
  placeContext(context, ck, vb).forEach((at, i) => { context[i].at = at; });
  const placedContext = context.filter((c) => c.at);
  const avoid: Rect[] = placedContext.map(({ at, box }) => ({
    x0: at![0] + box.x0 * ck, y0: at![1] + box.y0 * ck, x1: at![0] + box.x1 * ck, y1: at![1] + box.y1 * ck,
  }));
  const specs: LabelSpec[] = STATE_IDS.map((id) => {
    const st = MAP.states[id];
    const name = sizes[`name:${id}`];
    const cap = sizes[`cap:${id}`];
    return {
      anchor: st.label,
      capital: [st.capital.x, st.capital.y],
      name: name ? extentOf(name) : estimateName(STATE_TEXT[id].name),
      items: rows[id].map((it) => it.w),
      // Split in two lines: "you" and the leader above, bases and projects below.
      split: rows[id].findIndex((it) => it.key === 'lead') + 1,
      capitalName: narrow ? null : cap ? extentOf(cap) : estimateCapital(st.capital.name),
      side: CAPITAL_SIDE[id],
    };
  });
  const layoutKey = JSON.stringify([specs, k, vb, avoid]);
  const layout = useMemo(() => layoutLabels({ specs, k, view: vb, raster: mapRaster(), avoid }), [layoutKey]);
  const hiddenContext = new Set(placedContext.filter((_, i) => layout.covered[i]).map((c) => c.key));
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const sk = Math.round(k * 1e4) / 1e4;
  const sck = Math.round(ck * 1e4) / 1e4;

  return (
    <div className={`mv-root${narrow ? ' is-narrow' : ''}`} ref={rootRef} style={{ ['--mv-k' as string]: k }}>
      <svg
        ref={svgRef}
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
          {context.map((c) => {
            if (!c.at || hiddenContext.has(c.key)) return null;
            const words = c.text.split(' ');
            return (
              <text
                key={c.key}
                className={c.sea ? 'mv-sea-name' : 'mv-nb-name'}
                transform={`translate(${r2(c.at[0])} ${r2(c.at[1])}) scale(${sck})`}
                data-measure={c.key}
              >
                {c.sea ? words.map((w, i) => <tspan key={w} x={0} dy={i === 0 ? 0 : 14}>{w}</tspan>) : c.text}
              </text>
            );
          })}
        </g>

        <g className="mv-capitals" aria-hidden="true">
          {STATE_IDS.map((id, i) => {
            const c = MAP.states[id].capital;
            const place = layout.placements[i].capital;
            return (
              <g key={id} transform={`translate(${c.x} ${c.y}) scale(${sk})`}>
                <rect className="mv-capital-dot" x={-3.2} y={-3.2} width={6.4} height={6.4} transform="rotate(45)" />
                {!narrow && place && (
                  <text className="mv-capital-name" x={r2(place.x)} y={r2(place.y)} textAnchor={place.anchor} data-measure={`cap:${id}`}>
                    {c.name}
                  </text>
                )}
              </g>
            );
          })}
        </g>

        <g className="mv-labels" aria-hidden="true">
          {STATE_IDS.map((id, i) => {
            const { at, items } = layout.placements[i];
            return (
              <g
                key={id}
                className={`mv-label${clickable ? ' is-clickable' : ''}${selected === id ? ' is-selected' : ''}`}
                transform={`translate(${r2(at[0])} ${r2(at[1])}) scale(${sk})`}
                onClick={onSelect ? () => onSelect(id) : undefined}
              >
                <text className="mv-name" data-measure={`name:${id}`}>{STATE_TEXT[id].name}</text>
                {rows[id].map((it, j) => it.node(r2(items[j][0]), r2(items[j][1])))}
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

