// A small hand-written SVG line chart (no chart library): values by round, each line told apart
// by its dash pattern, marker and an end label, never by colour alone. The numbers are also
// offered as a table.
import { useId } from 'react';

export interface Series {
  label: string;
  values: number[];
  /** Stroke style: a dash pattern and a marker shape. */
  dash?: string;
  marker?: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
  /** Optional colour (an ink shade by default). */
  color?: string;
  strong?: boolean;
}

export interface LineChartProps {
  title: string;
  description: string;
  /** A line under the title saying what the points mean, for everyone (the description is for screen readers). */
  note?: string;
  xLabels: string[];
  series: Series[];
  yMin: number;
  yMax: number;
  /** Horizontal bands, e.g. tension thresholds. */
  bands?: { from: number; to: number; label: string; className: string }[];
  /** Narrow screens: a smaller drawing, so its text stays readable. */
  narrow?: boolean;
}

const PAD = { left: 34, right: 112, top: 16, bottom: 34 };

/** Markers and dash patterns that tell up to five lines apart without colour (e.g. the five states). */
export const MARKERS: NonNullable<Series['marker']>[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
export const DASHES = ['', '6 4', '2 3', '10 3 2 3', '1 5'];

function Marker({ shape, x, y, color }: { shape: Series['marker']; x: number; y: number; color: string }) {
  const s = 4;
  switch (shape) {
    case 'square': return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} fill={color} />;
    case 'triangle': return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y + s}L${x - s - 1} ${y + s}Z`} fill={color} />;
    case 'diamond': return <path d={`M${x} ${y - s - 1}L${x + s + 1} ${y}L${x} ${y + s + 1}L${x - s - 1} ${y}Z`} fill={color} />;
    case 'cross': return <path d={`M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`} stroke={color} strokeWidth={2} />;
    default: return <circle cx={x} cy={y} r={s} fill={color} />;
  }
}

export function LineChart({ title, description, note, xLabels, series, yMin, yMax, bands = [], narrow = false }: LineChartProps) {
  const uid = useId();
  const W = narrow ? 380 : 560;
  const H = narrow ? 240 : 260;
  const every = narrow && xLabels.length > 5 ? 2 : 1;
  const n = Math.max(1, xLabels.length - 1);
  const x = (i: number) => PAD.left + (i / n) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - yMin) / Math.max(1, yMax - yMin)) * (H - PAD.top - PAD.bottom);
  const ticks: number[] = [];
  const step = yMax - yMin > 20 ? 10 : yMax - yMin > 10 ? 5 : 2;
  for (let v = Math.ceil(yMin / step) * step; v <= yMax; v += step) ticks.push(v);

  // End labels, nudged apart so they do not overlap.
  const ends = series
    .map((s, i) => ({ i, y: y(s.values[s.values.length - 1] ?? 0) }))
    .sort((a, b) => a.y - b.y);
  for (let k = 1; k < ends.length; k++) if (ends[k].y - ends[k - 1].y < 13) ends[k].y = ends[k - 1].y + 13;
  const labelY = new Map(ends.map((e) => [e.i, e.y]));

  return (
    <figure className="chart" aria-labelledby={`${uid}-t`}>
      <figcaption className="chart__caption">
        <span id={`${uid}-t`} className="chart__title">{title}</span>
        {note && <span className="chart__note">{note}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${uid}-t ${uid}-d`} className="chart__svg">
        <desc id={`${uid}-d`}>{description}</desc>
        {bands.map((b) => (
          <g key={b.label} className={`chart__band ${b.className}`}>
            <rect x={PAD.left} width={W - PAD.left - PAD.right} y={y(b.to)} height={y(b.from) - y(b.to)} />
            <text x={PAD.left + 4} y={y(b.to) + 11}>{b.label}</text>
          </g>
        ))}
        {ticks.map((v) => (
          <g key={v} className="chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">{v}</text>
          </g>
        ))}
        {xLabels.map((l, i) => (i % every === 0 || i === xLabels.length - 1) && (
          <text key={l + i} className="chart__xlabel" x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle">{l}</text>
        ))}
        {series.map((s, si) => {
          const color = s.color ?? 'var(--ink)';
          const d = s.values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join('');
          const last = s.values.length - 1;
          return (
            <g key={s.label}>
              <path d={d} fill="none" stroke={color} strokeWidth={s.strong ? 3 : 2} strokeDasharray={s.dash} strokeLinejoin="round" />
              {s.values.map((v, i) => <Marker key={i} shape={s.marker} x={x(i)} y={y(v)} color={color} />)}
              {last >= 0 && (
                <text className="chart__end" x={x(last) + 10} y={(labelY.get(si) ?? y(s.values[last])) + 4} fill="var(--ink)">
                  {s.label} {s.values[last]}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr><th scope="col">Year</th>{series.map((s) => <th key={s.label} scope="col" className="num">{s.label}</th>)}</tr>
            </thead>
            <tbody>
              {xLabels.map((l, i) => (
                <tr key={l + i}><th scope="row">{l}</th>{series.map((s) => <td key={s.label} className="num">{s.values[i]}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
