// Builds assets/map.json, the map of Central Asia the client draws (MapView), from Natural Earth
// country shapes (npm world-atlas, 1:50m). Run with `npm run build:map`; the output is committed.
//
// Steps: decode the TopoJSON arcs, simplify each shared arc once in projected units (so borders
// between neighbours stay identical), project with a conic fitted to the five states, clip to the
// frame, drop tiny islands and enclave specks, and write compact SVG paths (1 decimal, relative).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { GeoConicProjection, GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

type StateId = 'KAZ' | 'UZB' | 'KGZ' | 'TJK' | 'TKM';
type Pt = [number, number];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
const OUT = resolve(ROOT, 'assets/map.json');

/** Width of the map in SVG user units; the height follows from the projection. */
const WIDTH = 1000;
/** The region to fit (lon/lat): the five states with a little room around them. */
const FRAME = { west: 46, east: 88, south: 34, north: 56 };
/** Context margin around the fitted region, in user units. */
const MARGIN = 26;
/** Douglas–Peucker tolerance in user units. */
const TOLERANCE = 0.3;
/** Rings smaller than this (square user units) are dropped: islets, enclave specks. */
const MIN_RING_AREA = 30;

/** ISO 3166 numeric ids of the five playable states. */
const STATES: Record<StateId, string> = { KAZ: '398', UZB: '860', KGZ: '417', TJK: '762', TKM: '795' };

/** Capitals (rules §1), lon/lat. */
const CAPITALS: Record<StateId, { name: string; lon: number; lat: number }> = {
  KAZ: { name: 'Astana', lon: 71.43, lat: 51.13 },
  UZB: { name: 'Tashkent', lon: 69.24, lat: 41.3 },
  KGZ: { name: 'Bishkek', lon: 74.59, lat: 42.87 },
  TJK: { name: 'Dushanbe', lon: 68.78, lat: 38.56 },
  TKM: { name: 'Ashgabat', lon: 58.38, lat: 37.95 },
};

/** Where each state's name sits (lon/lat), chosen by hand to sit well inside the shape. */
const STATE_LABELS: Record<StateId, [number, number]> = {
  KAZ: [67.5, 48.3],
  UZB: [63.2, 42.2],
  KGZ: [75.2, 41.75],
  TJK: [71.3, 38.75],
  TKM: [59.2, 39.6],
};

/** Neighbours drawn for context: numeric id → short id, display name, label (lon/lat) or null. */
const NEIGHBOURS: Record<string, { id: string; name: string; label: [number, number] | null }> = {
  '643': { id: 'RUS', name: 'Russia', label: [63, 55.2] },
  '156': { id: 'CHN', name: 'China', label: [84.5, 40.2] },
  '004': { id: 'AFG', name: 'Afghanistan', label: [65.5, 34.6] },
  '364': { id: 'IRN', name: 'Iran', label: [55.2, 35.4] },
  '496': { id: 'MNG', name: 'Mongolia', label: null },
  '586': { id: 'PAK', name: 'Pakistan', label: [72.2, 34.3] },
  '031': { id: 'AZE', name: 'Azerbaijan', label: [47.4, 40.6] },
  '356': { id: 'IND', name: 'India', label: null },
  '268': { id: 'GEO', name: 'Georgia', label: null },
  '051': { id: 'ARM', name: 'Armenia', label: null },
  '792': { id: 'TUR', name: 'Turkey', label: null },
  '368': { id: 'IRQ', name: 'Iraq', label: null },
  '804': { id: 'UKR', name: 'Ukraine', label: null },
};

/** Water labels (lon/lat). The Aral Sea is only labelled if the data cuts it out of the land. */
const SEAS: { name: string; lon: number; lat: number; optional?: boolean }[] = [
  { name: 'Caspian Sea', lon: 50.9, lat: 42.2 },
  { name: 'Aral Sea', lon: 59.6, lat: 45.3, optional: true },
];

// ---------------------------------------------------------------------------------------------
// Projection

/** A dense lon/lat outline of the frame, so the fit sees the curved edges of the conic. */
function frameOutline(f: typeof FRAME): Polygon {
  const ring: Position[] = [];
  const n = 40;
  for (let i = 0; i <= n; i++) ring.push([f.west + ((f.east - f.west) * i) / n, f.south]);
  for (let i = 0; i <= n; i++) ring.push([f.east, f.south + ((f.north - f.south) * i) / n]);
  for (let i = 0; i <= n; i++) ring.push([f.east - ((f.east - f.west) * i) / n, f.north]);
  for (let i = 0; i <= n; i++) ring.push([f.west, f.north - ((f.north - f.south) * i) / n]);
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}

function makeProjection(): { projection: GeoConicProjection; width: number; height: number } {
  const centre = (FRAME.west + FRAME.east) / 2;
  const outline = frameOutline(FRAME);
  const projection = geoConicConformal().parallels([38, 52]).rotate([-centre, 0]);
  projection.fitWidth(WIDTH - 2 * MARGIN, outline);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.round(y1 - y0 + 2 * MARGIN);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + MARGIN, ty - y0 + MARGIN]);
  return { projection, width: WIDTH, height };
}

// ---------------------------------------------------------------------------------------------
// Topology: decode and simplify arcs once, so shared borders stay shared

function decodeArcs(topo: Topology): Position[][] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (!t) return [p[0], p[1]];
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function segDist2(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on projected points; returns the kept indices' mask. */
function simplifyMask(pts: Pt[], tol: number): boolean[] {
  const keep = pts.map(() => false);
  keep[0] = keep[pts.length - 1] = true;
  const tol2 = tol * tol;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [i0, i1] = stack.pop()!;
    let best = -1;
    let bestD = tol2;
    for (let i = i0 + 1; i < i1; i++) {
      const d = segDist2(pts[i], pts[i0], pts[i1]);
      if (d > bestD || !Number.isFinite(d)) {
        bestD = Number.isFinite(d) ? d : Infinity;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = true;
      stack.push([i0, best], [best, i1]);
    }
  }
  return keep;
}

function simplifiedTopology(topo: Topology, projection: GeoProjection): Topology {
  const arcs = decodeArcs(topo).map((arc) => {
    if (arc.length <= 2) return arc;
    const projected = arc.map((p) => (projection([p[0], p[1]]) ?? [NaN, NaN]) as Pt);
    const mask = simplifyMask(projected, TOLERANCE);
    const kept = arc.filter((_, i) => mask[i]);
    // A closed arc (a whole island) must keep enough points to stay a ring.
    if (kept.length < 4 && arc.length >= 4) return [arc[0], arc[Math.floor(arc.length / 3)], arc[Math.floor((2 * arc.length) / 3)], arc[arc.length - 1]];
    return kept;
  });
  return { type: 'Topology', objects: topo.objects, arcs: arcs as Topology['arcs'] };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers on projected rings

function ringArea(ring: Pt[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(a) / 2;
}

/** Drops the islets and specks of a (multi)polygon, judged by projected area. */
function dropSpecks(geom: Polygon | MultiPolygon, projection: GeoProjection): MultiPolygon {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const area = (ring: Position[]): number => ringArea(ring.map((p) => (projection([p[0], p[1]]) ?? [0, 0]) as Pt));
  const kept = polys
    .filter((poly) => area(poly[0]) >= MIN_RING_AREA)
    .map((poly) => [poly[0], ...poly.slice(1).filter((hole) => area(hole) >= MIN_RING_AREA)]);
  return { type: 'MultiPolygon', coordinates: kept };
}

/** Projects and clips a geometry, returning its rings in user units. */
function projectRings(geom: MultiPolygon, projection: GeoProjection): Pt[][] {
  const rings: Pt[][] = [];
  let cur: Pt[] = [];
  const ctx = {
    moveTo(x: number, y: number) {
      cur = [[x, y]];
      rings.push(cur);
    },
    lineTo(x: number, y: number) {
      cur.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(geom);
  return rings.filter((r) => r.length >= 3 && ringArea(r) >= MIN_RING_AREA);
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const fmt = (v: number): string => {
  const s = String(Math.round(v * 10) / 10);
  return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? '-' + s.slice(2) : s;
};

/** Compact SVG path: absolute first point, then relative steps on the 0.1 grid. */
function toPath(rings: Pt[][]): string {
  let d = '';
  for (const ring of rings) {
    const pts: Pt[] = [];
    for (const p of ring) {
      const q: Pt = [Math.round(p[0] * 10), Math.round(p[1] * 10)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
    }
    if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
    if (pts.length < 3) continue;
    d += `M${fmt(pts[0][0] / 10)} ${fmt(pts[0][1] / 10)}l`;
    let prev = pts[0];
    let first = true;
    for (const q of pts.slice(1)) {
      const dx = (q[0] - prev[0]) / 10;
      const dy = (q[1] - prev[1]) / 10;
      const sx = fmt(dx);
      const sy = fmt(dy);
      // Minus signs and leading dots separate numbers on their own.
      d += (first || sx.startsWith('-') ? '' : ' ') + sx + (sy.startsWith('-') ? '' : ' ') + sy;
      first = false;
      prev = q;
    }
    d += 'z';
  }
  return d;
}

function at(projection: GeoProjection, lon: number, lat: number): Pt {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon},${lat}`);
  return [r1(p[0]), r1(p[1])];
}

function inside(p: Pt, width: number, height: number): boolean {
  return p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const topo = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology;
  const { projection, width, height } = makeProjection();
  const clipped = geoConicConformal()
    .parallels(projection.parallels())
    .rotate(projection.rotate())
    .scale(projection.scale())
    .translate(projection.translate())
    .clipExtent([[0, 0], [width, height]]);

  const simple = simplifiedTopology(topo, projection);
  const countries = feature(simple, simple.objects.countries as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const byId = new Map<string, Feature<Polygon | MultiPolygon, { name: string }>>();
  for (const f of countries.features) if (f.id !== undefined) byId.set(String(f.id), f);

  const shape = (f: Feature<Polygon | MultiPolygon>): Pt[][] => projectRings(dropSpecks(f.geometry, projection), clipped);

  const states = {} as Record<StateId, { d: string; label: Pt; capital: { name: string; x: number; y: number } }>;
  for (const id of Object.keys(STATES) as StateId[]) {
    const f = byId.get(STATES[id]);
    if (!f) throw new Error(`missing ${id} in world-atlas`);
    const cap = CAPITALS[id];
    const [cx, cy] = at(projection, cap.lon, cap.lat);
    states[id] = {
      d: toPath(shape(f)),
      label: at(projection, ...STATE_LABELS[id]),
      capital: { name: cap.name, x: cx, y: cy },
    };
  }

  // Every other country that shows inside the frame, so no land is left blank (e.g. the
  // Siachen Glacier, which Natural Earth keeps apart); the named ones get their label.
  const stateNums = new Set(Object.values(STATES));
  const neighbours: { id: string; name: string; d: string; label: Pt | null }[] = [];
  for (const f of countries.features) {
    const num = f.id === undefined ? '' : String(f.id);
    if (stateNums.has(num)) continue;
    const rings = shape(f);
    if (!rings.length) continue;
    const info = NEIGHBOURS[num] ?? { id: num || slug(f.properties.name), name: f.properties.name, label: null };
    const label = info.label ? at(projection, ...info.label) : null;
    neighbours.push({ id: info.id, name: info.name, d: toPath(rings), label: label && inside(label, width, height) ? label : null });
  }
  // A stable order, so that rebuilding gives the same file.
  neighbours.sort((a, b) => a.id.localeCompare(b.id));

  // The Aral Sea is water only if the land shapes leave it out: test its centre against Kazakhstan.
  const kaz = shape(byId.get(STATES.KAZ)!);
  const seas = SEAS.filter((s) => !s.optional || !pointInRings(at(projection, s.lon, s.lat), kaz)).map((s) => {
    const [x, y] = at(projection, s.lon, s.lat);
    return { name: s.name, x, y };
  });

  const map = { width, height, states, neighbours, seas };
  mkdirSync(dirname(OUT), { recursive: true });
  const json = JSON.stringify(map);
  writeFileSync(OUT, json + '\n');
  console.log(`wrote ${OUT}: ${width}×${height}, ${(json.length / 1024).toFixed(1)} KB, ${neighbours.length} neighbours, seas: ${seas.map((s) => s.name).join(', ')}`);
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function pointInRings(p: Pt, rings: Pt[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

main();
