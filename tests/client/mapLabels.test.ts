// The placement of the map's labels (client/lib/mapLabels.ts): on the game's real map, at a
// laptop's and a phone's size and sizes between, no label may touch another label or a capital's
// dot, or leave the visible box, whatever the badge rows hold; with nothing in the way the labels
// keep their designed places.
import { describe, expect, it } from 'vitest';
import {
  CAPITAL_SIDE, MAP, ROW_H, capitalBox, estimateCapital, estimateName, layoutLabels, mapFrame, mapRaster, placeContext,
  rowPositions, rowVariants, stateAt, type LabelLayout, type LabelSpec, type Pt, type Rect, type ViewBox,
} from '../../client/lib/mapLabels';
import { STATE_TEXT } from '../../game/glossary';
import { STATE_IDS, type StateId } from '../../game/types';
import { seededRng } from '../../game/rng';

// Widths of the row's items as MapView draws them (label units).
const YOU = 34;
const LEAD = { none: 24, one: 33, oneStrong: 48, all: 54, allStrong: 69 };
const BASE = 23;
const bri = (n: number) => 26 + 7.5 * String(n).length;

interface Row { you: boolean; lead: number; bases: number; bri: number }

function spec(id: StateId, row: Row, withCapital: boolean): LabelSpec {
  const st = MAP.states[id];
  const items = [...(row.you ? [YOU] : []), row.lead, ...Array<number>(row.bases).fill(BASE), ...(row.bri ? [bri(row.bri)] : [])];
  return {
    anchor: st.label,
    capital: [st.capital.x, st.capital.y],
    name: estimateName(STATE_TEXT[id].name),
    items,
    split: row.you ? 2 : 1,
    capitalName: withCapital ? estimateCapital(st.capital.name) : null,
    side: CAPITAL_SIDE[id],
  };
}

/** Every box drawn, in map units, named for the messages (computed from the result, not from the search). */
function drawnBoxes(specs: LabelSpec[], layout: LabelLayout, k: number): { what: string; r: Rect; state: number }[] {
  const out: { what: string; r: Rect; state: number }[] = [];
  const scaled = (at: Pt, r: Rect): Rect => ({ x0: at[0] + r.x0 * k, y0: at[1] + r.y0 * k, x1: at[0] + r.x1 * k, y1: at[1] + r.y1 * k });
  specs.forEach((s, i) => {
    const id = STATE_IDS[i];
    const p = layout.placements[i];
    out.push({ what: `${id} name`, state: i, r: scaled(p.at, { x0: -s.name.w / 2, y0: s.name.top, x1: s.name.w / 2, y1: s.name.bottom }) });
    s.items.forEach((w, j) => {
      const [x, y] = p.items[j];
      out.push({ what: `${id} badge ${j}`, state: i, r: scaled(p.at, { x0: x, y0: y, x1: x + w, y1: y + ROW_H }) });
    });
    // The dot: a square of 6.4 turned by 45°.
    const d = 3.2 * Math.SQRT2;
    out.push({ what: `${id} dot`, state: i, r: scaled(s.capital, { x0: -d, y0: -d, x1: d, y1: d }) });
    if (s.capitalName) {
      expect(p.capital, `${id} capital placed`).not.toBeNull();
      out.push({ what: `${id} capital`, state: i, r: scaled(s.capital, capitalBox(p.capital!, s.capitalName)) });
    }
  });
  return out;
}

function problems(specs: LabelSpec[], layout: LabelLayout, k: number, view: ViewBox): string[] {
  const boxes = drawnBoxes(specs, layout, k);
  const bad: string[] = [];
  for (const b of boxes) {
    if (b.r.x0 < view.x || b.r.y0 < view.y || b.r.x1 > view.x + view.w || b.r.y1 > view.y + view.h) bad.push(`${b.what} leaves the view`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      if (Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0)) bad.push(`${boxes[i].what} × ${boxes[j].what}`);
    }
  }
  return bad;
}

const LEADS = Object.values(LEAD);
/** Map widths in CSS pixels: a phone (390 wide), between, a laptop (1280 wide), wider. */
const WIDTHS = [300, 342, 480, 560, 640, 820];

describe('map frame', () => {
  it('crops to the five states below 560 px and keeps labels 12–16.5 px on screen', () => {
    const phone = mapFrame(342);
    const laptop = mapFrame(640);
    expect(phone.narrow).toBe(true);
    expect(laptop.narrow).toBe(false);
    expect(laptop.view).toEqual({ x: 0, y: 0, w: MAP.width, h: MAP.height });
    expect(phone.view.w).toBeLessThan(MAP.width);
    for (const [w, f] of [[342, phone], [640, laptop]] as const) {
      const px = (17 * f.k * w) / f.view.w; // a 17-unit name on screen
      expect(px).toBeGreaterThanOrEqual(12 - 1e-9);
      expect(px).toBeLessThanOrEqual(16.5 + 1e-9);
    }
  });

  it('has each state\'s designed label place and capital inside that state', () => {
    const raster = mapRaster();
    STATE_IDS.forEach((id, i) => {
      const st = MAP.states[id];
      expect(stateAt(raster, st.label[0], st.label[1]), `${id} label`).toBe(i);
      expect(stateAt(raster, st.capital.x, st.capital.y), `${id} capital`).toBe(i);
    });
  });
});

describe('badge rows', () => {
  it('centres a line under the name, and splits into two lines with the leader above', () => {
    const widths = [YOU, LEAD.allStrong, BASE, BASE, bri(12)];
    const [one, two] = rowVariants(widths.length, 2);
    expect(one).toEqual([[0, 1, 2, 3, 4]]);
    expect(two).toEqual([[0, 1], [2, 3, 4]]);
    const p1 = rowPositions(widths, one);
    expect(p1[0][0]).toBeCloseTo(-(p1[4][0] + widths[4]));
    for (let i = 1; i < widths.length; i++) expect(p1[i][0]).toBeGreaterThan(p1[i - 1][0] + widths[i - 1]);
    const p2 = rowPositions(widths, two);
    expect(p2[2][1]).toBeGreaterThanOrEqual(p2[0][1] + ROW_H);
    expect(rowVariants(2, 2)).toHaveLength(1); // nothing to put on a second line
  });
});

describe('label placement on the game map', () => {
  it('keeps every label at (or a nudge from) its designed place, on one line, at the 2019 start', () => {
    const { k, view } = mapFrame(640);
    const specs = STATE_IDS.map((id, i) => spec(id, { you: i === 0, lead: LEAD.allStrong, bases: id === 'KAZ' ? 1 : 0, bri: 0 }, true));
    const layout = layoutLabels({ specs, k, view, raster: mapRaster() });
    expect(problems(specs, layout, k, view)).toEqual([]);
    STATE_IDS.forEach((id, i) => {
      const [x, y] = layout.placements[i].at;
      const [dx, dy] = [x - MAP.states[id].label[0], y - MAP.states[id].label[1]];
      expect(Math.hypot(dx, dy) / k, `${id} moved`).toBeLessThanOrEqual(12);
      expect(layout.placements[i].items.every(([, y]) => y === layout.placements[i].items[0][1]), `${id} one line`).toBe(true);
    });
  });

  it('keeps Tashkent and Dushanbe clear of the bases of Uzbekistan and Tajikistan (the reported bug)', () => {
    for (const width of [640, 342]) {
      const { k, view, narrow } = mapFrame(width);
      const specs = STATE_IDS.map((id) => spec(id, { you: id === 'KAZ', lead: LEAD.allStrong, bases: 2, bri: id === 'TJK' ? 1 : 0 }, !narrow));
      const layout = layoutLabels({ specs, k, view, raster: mapRaster() });
      expect(layout.conflicts).toBe(0);
      expect(problems(specs, layout, k, view), `width ${width}`).toEqual([]);
    }
  });

  it('never lets two labels touch, at any width, with any badge rows', () => {
    const raster = mapRaster();
    // Seeded, so a failing case can be replayed.
    const rng = seededRng(7);
    const rnd = () => rng.next();
    const failures: string[] = [];
    for (let n = 0; n < 36; n++) {
      const width = WIDTHS[n % WIDTHS.length];
      const { k, view, narrow } = mapFrame(width);
      const you = Math.floor(rnd() * 6); // 5: a spectator
      const full = n % 6 === 5; // every state with everything
      const rows = STATE_IDS.map((_, i): Row => ({
        you: i === you,
        lead: full ? LEAD.allStrong : LEADS[Math.floor(rnd() * LEADS.length)],
        bases: full ? 2 : Math.floor(rnd() * 3),
        bri: full ? 12 : rnd() < 0.4 ? 0 : 1 + Math.floor(rnd() * 12),
      }));
      const specs = STATE_IDS.map((id, i) => spec(id, rows[i], !narrow));
      const layout = layoutLabels({ specs, k, view, raster });
      const bad = problems(specs, layout, k, view);
      if (bad.length) failures.push(`case ${n} (width ${width}, rows ${JSON.stringify(rows)}): ${bad.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps labels off the context labels it is told to avoid, or reports them covered', () => {
    const { k, view } = mapFrame(640);
    const specs = STATE_IDS.map((id) => spec(id, { you: false, lead: LEAD.one, bases: 0, bri: 0 }, true));
    // A context label right on Kazakhstan's designed place: the name moves off it.
    const [x, y] = MAP.states.KAZ.label;
    const avoid: Rect[] = [{ x0: x - 30, y0: y - 10, x1: x + 30, y1: y + 10 }];
    const layout = layoutLabels({ specs, k, view, raster: mapRaster(), avoid });
    expect(layout.covered).toEqual([false]);
    expect(layout.placements[0].at).not.toEqual(MAP.states.KAZ.label);
    expect(problems(specs, layout, k, view)).toEqual([]);
  });

  it('is deterministic', () => {
    const { k, view } = mapFrame(342);
    const specs = STATE_IDS.map((id) => spec(id, { you: id === 'TJK', lead: LEAD.all, bases: 2, bri: 3 }, false));
    const a = layoutLabels({ specs, k, view, raster: mapRaster() });
    const b = layoutLabels({ specs: structuredClone(specs), k, view, raster: mapRaster() });
    expect(b).toEqual(a);
  });
});

describe('context labels', () => {
  it('stay inside the view, move apart when they would touch, and drop out when cropped off', () => {
    const view: ViewBox = { x: 0, y: 0, w: 400, h: 300 };
    const box: Rect = { x0: -30, y0: -10, x1: 30, y1: 3 };
    const [a, b, c, d] = placeContext([
      { p: [100, 100], box },
      { p: [110, 104], box },
      { p: [2, 150], box },
      { p: [500, 100], box },
    ], 1, view);
    expect(a).toEqual([100, 100]);
    const ra = { x0: a![0] - 30, x1: a![0] + 30, y0: a![1] - 10, y1: a![1] + 3 };
    const rb = { x0: b![0] - 30, x1: b![0] + 30, y0: b![1] - 10, y1: b![1] + 3 };
    expect(Math.min(ra.x1, rb.x1) > Math.max(ra.x0, rb.x0) && Math.min(ra.y1, rb.y1) > Math.max(ra.y0, rb.y0)).toBe(false);
    expect(c![0] - 30).toBeGreaterThanOrEqual(0);
    expect(d).toBeNull();
  });
});
