// Where the map's labels go (client/components/MapView.tsx): each state's name with its row of
// badges ("YOU", the leader, bases, Belt and Road projects), and each capital's name next to its
// dot. Nothing may cover anything else or stick out of the visible box, at any size and in any
// state of the game. The placement is computed: every label has candidate places, each with a
// cost (how far from its designed place, how much of it lies outside its own state, a badge row
// split over two lines, a capital name on its less usual side), and a small search picks the
// cheapest set of places where no two labels touch. Pure functions of the map geometry and the
// sizes of the texts; MapView measures the texts in the browser and falls back to estimates.
import mapJson from '../../assets/map.json';
import type { StateId } from '../../game/types';
import { STATE_IDS } from '../../game/types';

export type Pt = [number, number];
export interface Rect { x0: number; y0: number; x1: number; y1: number }
export interface ViewBox { x: number; y: number; w: number; h: number }

export interface MapData {
  width: number;
  height: number;
  states: Record<StateId, { d: string; label: Pt; capital: { name: string; x: number; y: number } }>;
  neighbours: { id: string; name: string; d: string; label: Pt | null }[];
  seas: { name: string; x: number; y: number }[];
}
export const MAP = mapJson as unknown as MapData;

// ---- the label's own geometry (label units: SVG units before the label scale k) ----
export const NAME_SIZE = 17;
/** Top of the first badge line, under the name's baseline. */
export const ROW_Y = 6;
export const ROW_H = 19;
/** Between two badges of a line. */
export const GAP = 4;
/** Between two badge lines. */
export const LINE_GAP = 4;
/** Which side of its dot each capital's name sits on by preference. */
export const CAPITAL_SIDE: Record<StateId, 1 | -1> = { KAZ: 1, UZB: -1, KGZ: 1, TJK: -1, TKM: 1 };
/** Half the capital dot's diagonal, with its outline. */
export const DOT_R = 5.3;

/** A text's extent around its anchor point: width, and top and bottom against the baseline (label units). */
export interface TextExtent { w: number; top: number; bottom: number }

/** Rough sizes for when the browser cannot measure (tests, the first frame). On the large side. */
export function estimateName(text: string): TextExtent {
  return { w: text.length * 0.64 * NAME_SIZE, top: -0.93 * NAME_SIZE, bottom: 0.25 * NAME_SIZE };
}
export function estimateCapital(text: string): TextExtent {
  return { w: text.length * 0.56 * 10.5, top: -0.93 * 10.5, bottom: 0.25 * 10.5 };
}

// ---- map geometry ----

/** The rings of a compact path ("Mx yl dx dy dx dy ...z", as scripts/buildMap.ts writes them). */
export function parseRings(d: string): Pt[][] {
  const rings: Pt[][] = [];
  for (const m of d.matchAll(/M([^l]+)l([^zM]*)z?/g)) {
    const start = (m[1].match(/-?\d*\.?\d+/g) ?? []).map(Number);
    const steps = (m[2].match(/-?\d*\.?\d+/g) ?? []).map(Number);
    let [x, y] = start;
    const ring: Pt[] = [[x, y]];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i];
      y += steps[i + 1];
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

/** Bounding box of the five states, padded, within the map. */
export function statesBox(map: MapData = MAP, pad = 14): ViewBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const id of STATE_IDS) {
    for (const ring of parseRings(map.states[id].d)) {
      for (const [x, y] of ring) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    }
  }
  return { x: Math.max(0, x0 - pad), y: Math.max(0, y0 - pad), w: Math.min(map.width, x1 - x0 + 2 * pad), h: Math.min(map.height, y1 - y0 + 2 * pad) };
}

/** The whole map, and the five states cropped (padded) for narrow screens. */
export const FULL_VIEW: ViewBox = { x: 0, y: 0, w: MAP.width, h: MAP.height };
export const TIGHT_VIEW: ViewBox = statesBox();
/** Below this width (CSS pixels) the map crops to the five states so labels can stay legible. */
export const NARROW = 560;

/**
 * What a map `width` CSS pixels wide shows, and its label scale k (label units × k = map units):
 * labels keep a legible size on screen whatever the map's scale (≈12 px on a phone, 16.5 px wide).
 */
export function mapFrame(width: number): { narrow: boolean; view: ViewBox; k: number } {
  const narrow = width < NARROW;
  const view = narrow ? TIGHT_VIEW : FULL_VIEW;
  const targetPx = Math.min(16.5, Math.max(12, 9.5 + width * 0.0055));
  return { narrow, view, k: targetPx / (NAME_SIZE * (width / view.w)) };
}

/**
 * Which state (its index in STATE_IDS, or -1) covers each cell of a grid over the map, and for each
 * state a summed-area table of its cells, so the share of any rectangle it covers is four look-ups.
 */
export interface Raster { cell: number; cols: number; rows: number; data: Int8Array; sums: Int32Array[] }

export function rasterize(map: MapData = MAP, cell = 2): Raster {
  const cols = Math.ceil(map.width / cell);
  const rows = Math.ceil(map.height / cell);
  const data = new Int8Array(cols * rows).fill(-1);
  const sums: Int32Array[] = [];
  STATE_IDS.forEach((id, index) => {
    // Even-odd scanline fill: every edge adds its crossings of the rows' centre lines.
    const crossings: number[][] = Array.from({ length: rows }, () => []);
    for (const ring of parseRings(map.states[id].d)) {
      for (let i = 0; i < ring.length; i++) {
        const [ax, ay] = ring[i];
        const [bx, by] = ring[(i + 1) % ring.length];
        if (ay === by) continue;
        const r0 = Math.max(0, Math.ceil(Math.min(ay, by) / cell - 0.5));
        const r1 = Math.min(rows - 1, Math.ceil(Math.max(ay, by) / cell - 0.5) - 1);
        for (let r = r0; r <= r1; r++) {
          const y = (r + 0.5) * cell;
          crossings[r].push(ax + ((y - ay) / (by - ay)) * (bx - ax));
        }
      }
    }
    const sum = new Int32Array((cols + 1) * (rows + 1));
    for (let r = 0; r < rows; r++) {
      const xs = crossings[r].sort((p, q) => p - q);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const c0 = Math.max(0, Math.ceil(xs[i] / cell - 0.5));
        const c1 = Math.min(cols - 1, Math.floor(xs[i + 1] / cell - 0.5));
        for (let c = c0; c <= c1; c++) data[r * cols + c] = index;
      }
      let run = 0;
      for (let c = 0; c < cols; c++) {
        if (data[r * cols + c] === index) run++;
        sum[(r + 1) * (cols + 1) + c + 1] = sum[r * (cols + 1) + c + 1] + run;
      }
    }
    sums.push(sum);
  });
  return { cell, cols, rows, data, sums };
}

export function stateAt(raster: Raster, x: number, y: number): number {
  const c = Math.floor(x / raster.cell);
  const r = Math.floor(y / raster.cell);
  if (c < 0 || r < 0 || c >= raster.cols || r >= raster.rows) return -1;
  return raster.data[r * raster.cols + c];
}

/** The area (map units²) of a rectangle that state `index` covers, to the raster's cell. */
export function coverage(raster: Raster, index: number, x0: number, y0: number, x1: number, y1: number): number {
  const { cell, cols, rows } = raster;
  const c0 = Math.min(cols, Math.max(0, Math.round(x0 / cell)));
  const c1 = Math.min(cols, Math.max(0, Math.round(x1 / cell)));
  const r0 = Math.min(rows, Math.max(0, Math.round(y0 / cell)));
  const r1 = Math.min(rows, Math.max(0, Math.round(y1 / cell)));
  const s = raster.sums[index];
  if (!s || c1 <= c0 || r1 <= r0) return 0;
  const w = cols + 1;
  return (s[r1 * w + c1] - s[r0 * w + c1] - s[r1 * w + c0] + s[r0 * w + c0]) * cell * cell;
}

let defaultRaster: Raster | null = null;
/** The raster of the game's map, built once. */
export function mapRaster(): Raster {
  defaultRaster ??= rasterize(MAP);
  return defaultRaster;
}

// ---- rectangles ----

export const overlapArea = (a: Rect, b: Rect): number => {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
};
const pad = (r: Rect, p: number): Rect => ({ x0: r.x0 - p, y0: r.y0 - p, x1: r.x1 + p, y1: r.y1 + p });

/**
 * Keeps a context label (its extent around the anchor, label units) inside the visible box; returns
 * the anchor, or null when the designed anchor lies outside the box (its area is cropped off).
 */
export function placeInside(p: Pt, box: Rect, k: number, vb: ViewBox, margin = 6): Pt | null {
  const [x, y] = p;
  if (x < vb.x || x > vb.x + vb.w || y < vb.y || y > vb.y + vb.h) return null;
  const lo = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);
  return [
    lo(x, vb.x + margin - box.x0 * k, vb.x + vb.w - margin - box.x1 * k),
    lo(y, vb.y + margin - box.y0 * k, vb.y + vb.h - margin - box.y1 * k),
  ];
}

/**
 * Places the context labels (neighbours, seas): each inside the visible box (see placeInside) and
 * clear of those placed before it, moved as little as possible; `box` is the label's extent around
 * its anchor in label units, `k` its scale. Returns each anchor, or null when its area is cropped off.
 */
export function placeContext(labels: { p: Pt; box: Rect }[], k: number, vb: ViewBox): (Pt | null)[] {
  const offsets: Pt[] = [];
  for (let dy = -16; dy <= 16; dy += 4) for (let dx = -24; dx <= 24; dx += 6) offsets.push([dx, dy]);
  offsets.sort((a, b) => Math.hypot(a[0], a[1] * 1.5) - Math.hypot(b[0], b[1] * 1.5));
  const placed: Rect[] = [];
  return labels.map(({ p, box }) => {
    const first = placeInside(p, box, k, vb);
    if (!first) return null;
    const rect = (at: Pt): Rect => ({ x0: at[0] + box.x0 * k, y0: at[1] + box.y0 * k, x1: at[0] + box.x1 * k, y1: at[1] + box.y1 * k });
    let at = first;
    for (const [dx, dy] of offsets) {
      const moved = placeInside([first[0] + dx * k, first[1] + dy * k], box, k, vb);
      if (moved && !placed.some((r) => overlapArea(pad(r, 2 * k), rect(moved)) > 0)) { at = moved; break; }
    }
    placed.push(rect(at));
    return at;
  });
}

// ---- the badge row ----

/** Top-left corners of the row's items (label units, from the name's baseline centre), in lines. */
export function rowPositions(widths: number[], lines: number[][]): Pt[] {
  const out: Pt[] = new Array(widths.length);
  lines.forEach((line, li) => {
    const total = line.reduce((n, i) => n + widths[i], 0) + GAP * (line.length - 1);
    let x = -total / 2;
    const y = ROW_Y + li * (ROW_H + LINE_GAP);
    for (const i of line) {
      out[i] = [x, y];
      x += widths[i] + GAP;
    }
  });
  return out;
}

/** The ways to lay out a row: one line, or two (first `split` items above the rest). */
export function rowVariants(count: number, split: number): number[][][] {
  const all = Array.from({ length: count }, (_, i) => i);
  const variants = [[all]];
  if (split > 0 && split < count) variants.push([all.slice(0, split), all.slice(split)]);
  return variants;
}

// ---- the placement ----

export interface LabelSpec {
  /** The designed place of the name's baseline centre (map units). */
  anchor: Pt;
  /** The capital's dot (map units). */
  capital: Pt;
  /** The state's name (text-anchor middle). */
  name: TextExtent;
  /** Widths of the row's items, in order (label units). */
  items: number[];
  /** Items before this index make the first line when the row is split in two; 0: never split. */
  split: number;
  /** The capital's name, or null when it is not shown. */
  capitalName: TextExtent | null;
  /** The capital name's usual side: 1 right, -1 left. */
  side: 1 | -1;
}

export interface CapitalPlace { x: number; y: number; anchor: 'start' | 'middle' | 'end' }

export interface Placement {
  /** The name's baseline centre (map units). */
  at: Pt;
  /** Top-left corner of each row item (label units, from `at`). */
  items: Pt[];
  /** The capital name's anchor (label units, from the dot), or null when not shown. */
  capital: CapitalPlace | null;
}

export interface LabelLayout {
  placements: Placement[];
  /** For each rectangle to avoid (context labels): whether a label could not avoid it. */
  covered: boolean[];
  /** Pairs of labels still touching (0 unless the map has no room at all). */
  conflicts: number;
}

export interface LayoutInput {
  specs: LabelSpec[];
  /** Label scale: label units × k = map units. */
  k: number;
  view: ViewBox;
  /** Which state each point belongs to (spec i belongs to state i). */
  raster?: Raster;
  /** Context labels (map units): avoided if possible, reported as covered otherwise. */
  avoid?: Rect[];
  /** Candidate checks allowed in the exhaustive phase (default BUDGET). */
  budget?: number;
}

/** The capital name's places around its dot: anchor offsets, text-anchor, extra cost. */
function capitalPlaces(side: 1 | -1, t: TextExtent): { place: CapitalPlace; cost: number }[] {
  const h = -(t.top + t.bottom) / 2; // the baseline that centres the text on the dot
  const s = side;
  const a = (d: number): 'start' | 'end' => (d > 0 ? 'start' : 'end');
  return [
    { place: { x: 7 * s, y: h, anchor: a(s) }, cost: 0 },
    { place: { x: -7 * s, y: h, anchor: a(-s) }, cost: 5 },
    { place: { x: 3 * s, y: -7.5 - t.bottom, anchor: a(s) }, cost: 7 },
    { place: { x: 3 * s, y: 7.5 - t.top, anchor: a(s) }, cost: 7 },
    { place: { x: -3 * s, y: -7.5 - t.bottom, anchor: a(-s) }, cost: 10 },
    { place: { x: -3 * s, y: 7.5 - t.top, anchor: a(-s) }, cost: 10 },
    { place: { x: 0, y: -7.5 - t.bottom, anchor: 'middle' }, cost: 12 },
    { place: { x: 0, y: 7.5 - t.top, anchor: 'middle' }, cost: 12 },
  ];
}

/** The capital name's extent (label units, from the dot) at one place. */
export function capitalBox(p: CapitalPlace, t: TextExtent): Rect {
  const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - t.w : p.x - t.w / 2;
  return { x0, y0: p.y + t.top, x1: x0 + t.w, y1: p.y + t.bottom };
}

/** The boxes of a state's name and badge lines (label units, from the name's baseline centre). */
export function blockBoxes(spec: LabelSpec, lines: number[][]): Rect[] {
  const boxes: Rect[] = [{ x0: -spec.name.w / 2, y0: spec.name.top, x1: spec.name.w / 2, y1: spec.name.bottom }];
  const pos = rowPositions(spec.items, lines);
  for (const line of lines) {
    if (!line.length) continue;
    const first = pos[line[0]];
    const last = line[line.length - 1];
    boxes.push({ x0: first[0], y0: first[1], x1: pos[last][0] + spec.items[last], y1: first[1] + ROW_H });
  }
  return boxes;
}

const toMap = (r: Rect, at: Pt, k: number): Rect => ({ x0: at[0] + r.x0 * k, y0: at[1] + r.y0 * k, x1: at[0] + r.x1 * k, y1: at[1] + r.y1 * k });

// Costs, in label units of displacement.
const W_OUT = 110; // the whole label outside its own state (beyond what its designed place has)
const W_SPLIT = 16; // the row on two lines
const W_AVOID = 140; // covering a context label (which is then hidden)
const HARD = 1e5; // two labels touching
const STEP = 4; // grid of candidate places near the designed one (label units)
const NEAR = 32; // the grid is twice as coarse beyond this distance, and three times beyond 2.5 times it
const RADIUS = 160; // how far a name may move from its designed place (label units)
const MAX_CANDIDATES = 2000;
const PAD = 1.5; // room kept around every label (label units): halos and outlines
const EDGE = 3; // room kept from the edge of the visible box (map units)
const BUDGET = 12_000; // candidate checks in the exhaustive phase (four times as many while labels still touch)

/** Boxes (map units, relative to a candidate's origin) with their bounds, flattened: x0 y0 x1 y1 ... */
interface Shape { b: Float64Array; x0: number; y0: number; x1: number; y1: number }
/** One place of a label: origin (map units), which shape, its own cost. */
interface Cand { cost: number; x: number; y: number; shape: number; place: number }
interface Unit { spec: number; kind: 'block' | 'capital'; shapes: Shape[]; cands: Cand[]; places: (Pt | CapitalPlace)[]; variants: number[][][] }

function shapeOf(rects: Rect[]): Shape {
  const b = new Float64Array(rects.length * 4);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  rects.forEach((r, i) => {
    b[i * 4] = r.x0; b[i * 4 + 1] = r.y0; b[i * 4 + 2] = r.x1; b[i * 4 + 3] = r.y1;
    x0 = Math.min(x0, r.x0); y0 = Math.min(y0, r.y0); x1 = Math.max(x1, r.x1); y1 = Math.max(y1, r.y1);
  });
  return { b, x0, y0, x1, y1 };
}

/** Overlap cost of two placed shapes: HARD plus the area for every pair of boxes that touch. */
function shapeClash(sa: Shape, ax: number, ay: number, sb: Shape, bx: number, by: number): number {
  if (sa.x1 + ax <= sb.x0 + bx || sb.x1 + bx <= sa.x0 + ax || sa.y1 + ay <= sb.y0 + by || sb.y1 + by <= sa.y0 + ay) return 0;
  let c = 0;
  const A = sa.b, B = sb.b;
  for (let i = 0; i < A.length; i += 4) {
    for (let j = 0; j < B.length; j += 4) {
      const w = Math.min(A[i + 2] + ax, B[j + 2] + bx) - Math.max(A[i] + ax, B[j] + bx);
      const h = Math.min(A[i + 3] + ay, B[j + 3] + by) - Math.max(A[i + 1] + ay, B[j + 1] + by);
      if (w > 0 && h > 0) c += HARD + w * h;
    }
  }
  return c;
}

/** The boxes of a placed shape (map units). */
function placedRects(s: Shape, x: number, y: number): Rect[] {
  const out: Rect[] = [];
  for (let i = 0; i < s.b.length; i += 4) out.push({ x0: s.b[i] + x, y0: s.b[i + 1] + y, x1: s.b[i + 2] + x, y1: s.b[i + 3] + y });
  return out;
}

const CACHE_SIZE = 60;
const caches = new WeakMap<object, Map<string, Unit>>();
const NO_RASTER = {};
function blockCache(raster: Raster | undefined): Map<string, Unit> {
  const owner = raster ?? NO_RASTER;
  let m = caches.get(owner);
  if (!m) caches.set(owner, (m = new Map()));
  return m;
}

/** Places every label; see the file's head. */
export function layoutLabels(input: LayoutInput): LabelLayout {
  const { specs, k, view, raster } = input;
  const avoid = shapeOf(input.avoid ?? []);
  const dots = shapeOf(specs.map((s) => ({ x0: s.capital[0] - DOT_R * k, y0: s.capital[1] - DOT_R * k, x1: s.capital[0] + DOT_R * k, y1: s.capital[1] + DOT_R * k })));
  const vx0 = view.x + EDGE, vy0 = view.y + EDGE, vx1 = view.x + view.w - EDGE, vy1 = view.y + view.h - EDGE;

  /** Own cost of a shape placed at (x, y): Infinity when it leaves the view or covers a dot. */
  const fixedCost = (s: Shape, x: number, y: number): number => {
    if (s.x0 + x < vx0 || s.y0 + y < vy0 || s.x1 + x > vx1 || s.y1 + y > vy1) return Infinity;
    if (shapeClash(s, x, y, dots, 0, 0) > 0) return Infinity;
    return avoid.b.length ? Math.floor(shapeClash(s, x, y, avoid, 0, 0) / HARD) * W_AVOID : 0;
  };
  /** Share of a placed shape's area outside state `own`. */
  const outside = (s: Shape, x: number, y: number, own: number): number => {
    if (!raster) return 0;
    let inn = 0, all = 0;
    for (let i = 0; i < s.b.length; i += 4) {
      inn += coverage(raster, own, s.b[i] + x, s.b[i + 1] + y, s.b[i + 2] + x, s.b[i + 3] + y);
      all += (s.b[i + 2] - s.b[i]) * (s.b[i + 3] - s.b[i + 1]);
    }
    return all > 0 ? Math.max(0, 1 - inn / all) : 0;
  };

  const units: Unit[] = [];
  // A block's places depend on its own spec and the fixed things only: kept for the next call, as
  // most changes of the game touch one or two states.
  const cache = blockCache(raster);
  const common = JSON.stringify([k, view, input.avoid ?? [], specs.map((s) => s.capital)]);
  specs.forEach((spec, si) => {
    const key = JSON.stringify([si, spec.anchor, spec.name, spec.items, spec.split, common]);
    const known = cache.get(key);
    if (known) units.push(known);
    else {
      const unit = blockUnit(spec, si);
      cache.set(key, unit);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      units.push(unit);
    }
    pushCapital(spec, si);
  });

  /** The block: name and badge lines, on a grid of places around its designed one. */
  function blockUnit(spec: LabelSpec, si: number): Unit {
    const variants = rowVariants(spec.items.length, spec.split);
    const shapes = variants.map((lines) => shapeOf(blockBoxes(spec, lines).map((b) => toMap(pad(b, PAD), [0, 0], k))));
    const places: Pt[] = [];
    const cands: Cand[] = [];
    // Only sticking out more than at the designed place costs: with nothing in the way, labels stay put.
    const designed = shapes.map((shape) => outside(shape, spec.anchor[0], spec.anchor[1], si));
    const n = Math.floor(RADIUS / STEP);
    for (let iy = -n; iy <= n; iy++) {
      for (let ix = -n; ix <= n; ix++) {
        // Vertical moves count a little more; the grid gets coarser away from the designed place.
        const dist = Math.hypot(ix * STEP, iy * STEP * 1.25);
        if (dist > RADIUS) continue;
        const every = dist <= NEAR ? 1 : dist <= 2.5 * NEAR ? 2 : 3;
        if (ix % every !== 0 || iy % every !== 0) continue;
        const x = spec.anchor[0] + ix * STEP * k;
        const y = spec.anchor[1] + iy * STEP * k;
        const place = places.length;
        places.push([x, y]);
        shapes.forEach((shape, vi) => {
          const fixed = fixedCost(shape, x, y);
          if (fixed === Infinity) return;
          const cost = dist + fixed + W_OUT * Math.max(0, outside(shape, x, y, si) - designed[vi]) + (vi > 0 ? W_SPLIT : 0);
          cands.push({ cost, x, y, shape: vi, place });
        });
      }
    }
    // No room at all inside the view (never on the game's map): keep the designed place.
    if (cands.length === 0) {
      cands.push({ cost: HARD, x: spec.anchor[0], y: spec.anchor[1], shape: 0, place: places.length });
      places.push(spec.anchor);
    }
    cands.sort((a, b) => a.cost - b.cost);
    return { spec: si, kind: 'block', shapes, cands: cands.slice(0, MAX_CANDIDATES), places, variants };
  }

  /** The capital's name, at one of eight places around its dot. */
  function pushCapital(spec: LabelSpec, si: number): void {
    if (spec.capitalName) {
      const t = spec.capitalName;
      const cp = capitalPlaces(spec.side, t);
      const [x, y] = spec.capital;
      const cshapes = cp.map(({ place }) => shapeOf([toMap(pad(capitalBox(place, t), PAD), [0, 0], k)]));
      const ccands: Cand[] = [];
      cp.forEach(({ cost }, i) => {
        const fixed = fixedCost(cshapes[i], x, y);
        if (fixed !== Infinity) ccands.push({ cost: cost + fixed, x, y, shape: i, place: i });
      });
      if (ccands.length === 0) ccands.push({ cost: HARD, x, y, shape: 0, place: 0 });
      ccands.sort((a, b) => a.cost - b.cost);
      units.push({ spec: si, kind: 'capital', shapes: cshapes, cands: ccands, places: cp.map((c) => c.place), variants: [] });
    }
  }

  // The most constrained labels first: those with the fewest good places.
  const good = (u: Unit) => u.cands.filter((c) => c.cost < u.cands[0].cost + 40).length;
  const U = units.map((u, i) => ({ u, i, g: good(u) })).sort((a, b) => a.g - b.g || a.i - b.i).map((x) => x.u);
  const clash = (a: Unit, ca: Cand, b: Unit, cb: Cand) => shapeClash(a.shapes[ca.shape], ca.x, ca.y, b.shapes[cb.shape], cb.x, cb.y);

  // 1. Greedy, then rounds of best replies.
  const pick: number[] = new Array(U.length).fill(0);
  const bestReply = (ui: number, upto: number): number => {
    let best = Infinity, bi = 0;
    const u = U[ui];
    for (let ci = 0; ci < u.cands.length; ci++) {
      const c = u.cands[ci];
      if (c.cost >= best) break;
      let t = c.cost;
      for (let j = 0; j < upto && t < best; j++) if (j !== ui) t += clash(u, c, U[j], U[j].cands[pick[j]]);
      if (t < best) { best = t; bi = ci; }
    }
    return bi;
  };
  for (let ui = 0; ui < U.length; ui++) pick[ui] = bestReply(ui, ui);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (let ui = 0; ui < U.length; ui++) {
      const ci = bestReply(ui, U.length);
      if (ci !== pick[ui]) { pick[ui] = ci; changed = true; }
    }
    if (!changed) break;
  }
  const total = (sel: number[]): number => {
    let s = 0;
    for (let i = 0; i < U.length; i++) {
      s += U[i].cands[sel[i]].cost;
      for (let j = i + 1; j < U.length; j++) s += clash(U[i], U[i].cands[sel[i]], U[j], U[j].cands[sel[j]]);
    }
    return s;
  };
  let best = total(pick);
  let bestPick = pick.slice();

  // 2. Branch and bound over the candidates, cheapest first, within a budget.
  const minRest: number[] = new Array(U.length + 1).fill(0);
  for (let i = U.length - 1; i >= 0; i--) minRest[i] = minRest[i + 1] + U[i].cands[0].cost;
  let budget = input.budget ?? (best >= HARD ? 4 * BUDGET : BUDGET);
  const cur: number[] = new Array(U.length).fill(0);
  const dfs = (ui: number, acc: number): void => {
    if (ui === U.length) {
      if (acc < best) { best = acc; bestPick = cur.slice(); }
      return;
    }
    const u = U[ui];
    const rest = minRest[ui + 1];
    for (let ci = 0; ci < u.cands.length && budget > 0; ci++) {
      const c = u.cands[ci];
      if (acc + c.cost + rest >= best) break;
      budget--;
      let t = acc + c.cost;
      for (let j = 0; j < ui && t + rest < best; j++) t += clash(u, c, U[j], U[j].cands[cur[j]]);
      if (t + rest >= best) continue;
      cur[ui] = ci;
      dfs(ui + 1, t);
    }
  };
  dfs(0, 0);

  // The result.
  const placements: Placement[] = specs.map((s) => ({ at: s.anchor, items: rowPositions(s.items, [s.items.map((_, i) => i)]), capital: null }));
  let conflicts = 0;
  U.forEach((u, ui) => {
    const c = u.cands[bestPick[ui]];
    const spec = specs[u.spec];
    if (u.kind === 'block') {
      placements[u.spec].at = u.places[c.place] as Pt;
      placements[u.spec].items = rowPositions(spec.items, u.variants[c.shape]);
    } else {
      placements[u.spec].capital = u.places[c.place] as CapitalPlace;
    }
    for (let uj = ui + 1; uj < U.length; uj++) if (clash(u, c, U[uj], U[uj].cands[bestPick[uj]]) > 0) conflicts++;
  });
  const taken = U.flatMap((u, ui) => { const c = u.cands[bestPick[ui]]; return placedRects(u.shapes[c.shape], c.x, c.y); });
  taken.push(...placedRects(dots, 0, 0));
  const covered = (input.avoid ?? []).map((a) => taken.some((b) => overlapArea(a, b) > 0));
  return { placements, covered, conflicts };
}
