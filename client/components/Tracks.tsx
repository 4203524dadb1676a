// The global tracks (rules §1): tension with its zones, asymmetry, EU engagement and the round.
// Each is a role="meter" whose spoken value names the zone; zones are shaded AND labelled (ui.md).
import { LIMITS, POWERS_PHASE } from '../../game/config';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { Board, G } from '../../game/types';
import { BoardIcon } from './BoardGrid';
import '../styles/board.css';

interface Zone {
  from: number;
  to: number;
  /** Short visible label of the zone. */
  label: string;
  /** CSS modifier of the zone's shading. */
  tone: string;
}

interface Threshold {
  at: number;
  board: Board;
  /** What happens from this value on (tooltip and full layout). */
  text: string;
}

interface TrackProps {
  kind: string;
  name: string;
  /** The name in the compact layout, if shorter. */
  shortName?: string;
  /** A short line under the name in the full layout. */
  sub?: string;
  value: number;
  min: number;
  max: number;
  zones: Zone[];
  /** The word for the value's zone, shown after the number. */
  now: string;
  valueText: string;
  thresholds?: Threshold[];
  compact?: boolean;
  /** Show the zone labels in the compact layout too (tension must always be labelled). */
  zoneLabelsWhenCompact?: boolean;
}

/** A one-value zone at the top of the scale (crisis): its label hangs right, its neighbour's left. */
const isEnd = (z: Zone | undefined, max: number): boolean => !!z && z.from === max && z.to === max;
const zoneOf = (zones: Zone[], v: number): Zone => zones.find((z) => v >= z.from && v <= z.to) ?? zones[zones.length - 1];

function Track({ kind, name, shortName, sub, value, min, max, zones, now, valueText, thresholds = [], compact = false, zoneLabelsWhenCompact = false }: TrackProps) {
  const v = Math.min(max, Math.max(min, value));
  const n = max - min + 1;
  const current = zoneOf(zones, v);
  const showZones = !compact || zoneLabelsWhenCompact;
  return (
    <div
      className={`tr-track tr-${kind}${compact ? ' is-compact' : ''}`}
      data-guide={kind}
      role="meter"
      aria-label={name}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={v}
      aria-valuetext={valueText}
      title={compact ? valueText : undefined}
    >
      <div className="tr-head">
        <span className="tr-name">{compact && shortName ? shortName : name}</span>
        <span className="tr-value">
          {v}
          <span className="tr-max">/{max}</span>
        </span>
        <span className={`tr-now tr-tone-${current.tone}`}>{now}</span>
      </div>
      {sub && !compact && <p className="tr-sub">{sub}</p>}
      {!compact && <p className="tr-now-text">Now: {valueText}.</p>}
      <div className="tr-scale" style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }} aria-hidden="true">
        {Array.from({ length: n }, (_, i) => {
          const x = min + i;
          const z = zoneOf(zones, x);
          const th = thresholds.find((t) => t.at === x);
          return (
            <span
              key={x}
              className={`tr-cell tr-tone-${z.tone}${x < v ? ' is-past' : ''}${x === v ? ' is-current' : ''}`}
              style={{ gridColumn: i + 1, gridRow: 1 }}
              title={th ? `${x}: ${th.text}` : undefined}
            >
              {x === v ? <span className="tr-token">{x}</span> : !compact ? <span className="tr-num">{x}</span> : null}
              {th && !compact && <BoardIcon board={th.board} className="tr-th-icon" />}
            </span>
          );
        })}
        {showZones &&
          zones.map((z, i) => (
            <span
              key={z.label}
              className={`tr-zone tr-tone-${z.tone}${z === current ? ' is-now' : ''}${isEnd(zones[i], max) ? ' is-end' : ''}${
                isEnd(zones[i + 1], max) ? ' is-before-end' : ''
              }`}
              style={{ gridColumn: `${z.from - min + 1} / ${z.to - min + 2}`, gridRow: 2 }}
            >
              {z.label}
            </span>
          ))}
      </div>
      {!compact && thresholds.length > 0 && (
        <ul className="tr-thresholds">
          {thresholds.map((t) => (
            <li key={t.at}>
              <BoardIcon board={t.board} className="tr-th-icon" />
              <span>
                <b>{t.at}+</b> {t.text}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// ---- tension: rules §5 ----
const TENSION_ZONES: Zone[] = [
  { from: 0, to: 3, label: 'calm', tone: 'calm' },
  { from: 4, to: 6, label: 'tense', tone: 'tense' },
  { from: 7, to: 9, label: 'brink', tone: 'brink' },
  { from: 10, to: 10, label: 'crisis', tone: 'crisis' },
];

/** The tension zone of a value: calm 0–3, tense 4–6, brink 7–9, crisis 10. */
export const tensionZone = (t: number): string => zoneOf(TENSION_ZONES, t).label;

/** Sino-Russian tension, 0–10, with the calm / tense / brink / crisis zones. */
export function TensionTrack({ tension, compact = false }: { tension: number; compact?: boolean }) {
  const zone = tensionZone(tension);
  return (
    <Track
      kind="tension"
      name="Tension"
      sub="Friction between Moscow and Beijing. At 10 the game ends in a crisis."
      value={tension}
      min={0}
      max={LIMITS.tensionMax}
      zones={TENSION_ZONES}
      now={zone}
      valueText={`Tension ${tension} of ${LIMITS.tensionMax}: ${zone}`}
      compact={compact}
      zoneLabelsWhenCompact
    />
  );
}

// ---- asymmetry: rules §7 China makes 1 placement + 1 per 3 points ----
const chinaMoves = (a: number): number => POWERS_PHASE.chinaBase + Math.floor(a / POWERS_PHASE.chinaPerAsymmetry);
function movesZones(max: number, movesAt: (v: number) => number, tone: (m: number) => string): Zone[] {
  const zones: Zone[] = [];
  for (let v = 0; v <= max; v++) {
    const m = movesAt(v);
    const last = zones[zones.length - 1];
    if (last && movesAt(last.from) === m) last.to = v;
    else zones.push({ from: v, to: v, label: `×${m}`, tone: tone(m) });
  }
  return zones;
}
const ASYM_ZONES = movesZones(LIMITS.asymmetryMax, chinaMoves, (m) => `cn${Math.min(m, 4)}`);

/** China's lead over Russia, 0–10: the higher, the more (and bolder) China's placements. */
export function AsymmetryTrack({ asymmetry, compact = false }: { asymmetry: number; compact?: boolean }) {
  const m = chinaMoves(asymmetry);
  const bold =
    asymmetry >= POWERS_PHASE.chinaPoliticsAt
      ? '; it also reaches into military and politics'
      : asymmetry >= POWERS_PHASE.chinaMilitaryAt
        ? '; it also reaches into military'
        : '';
  return (
    <Track
      kind="asymmetry"
      name="Asymmetry"
      sub="China's lead over Russia. Zones: China's placements each round."
      value={asymmetry}
      min={0}
      max={LIMITS.asymmetryMax}
      zones={ASYM_ZONES}
      now={`CN ×${m}`}
      valueText={`Asymmetry ${asymmetry} of ${LIMITS.asymmetryMax}: China makes ${m} placement${m === 1 ? '' : 's'} a round${bold}`}
      thresholds={[
        { at: POWERS_PHASE.chinaMilitaryAt, board: 'military', text: 'China moves into border states’ military' },
        { at: POWERS_PHASE.chinaPoliticsAt, board: 'politics', text: 'China courts politics too' },
      ]}
      compact={compact}
    />
  );
}

// ---- EU engagement: rules §7 the EU makes 1 placement per 2 points ----
const euMoves = (e: number): number => Math.floor(e / POWERS_PHASE.euPerEngagement);
const EU_ZONES = movesZones(LIMITS.euEngagementMax, euMoves, (m) => `eu${Math.min(m, 2)}`);

/** EU engagement, 0–5: how active Brussels is (placements, investment, security help). */
export function EuTrack({ euEngagement, compact = false }: { euEngagement: number; compact?: boolean }) {
  const m = euMoves(euEngagement);
  return (
    <Track
      kind="eu"
      name="EU engagement"
      shortName="EU"
      sub="How active Brussels is. Zones: EU placements each round."
      value={euEngagement}
      min={0}
      max={LIMITS.euEngagementMax}
      zones={EU_ZONES}
      now={`EU ×${m}`}
      valueText={`EU engagement ${euEngagement} of ${LIMITS.euEngagementMax}: the EU makes ${m === 0 ? 'no' : m} placement${m === 1 ? '' : 's'} a round`}
      thresholds={[
        { at: 2, board: 'economics', text: 'EU investment (3 for EAEU members)' },
        { at: 4, board: 'military', text: 'EU security help' },
      ]}
      compact={compact}
    />
  );
}

/** The round as years (round 1 = 2019), past rounds ticked, the current one marked. */
export function RoundTrack({ round, rounds, compact = false }: { round: number; rounds: number; compact?: boolean }) {
  const year = YEAR_OF_ROUND(round);
  return (
    <div
      className={`tr-track tr-round${compact ? ' is-compact' : ''}`}
      role="meter"
      aria-label="Round"
      aria-valuemin={1}
      aria-valuemax={rounds}
      aria-valuenow={round}
      aria-valuetext={`Round ${round} of ${rounds}: ${year}`}
    >
      <div className="tr-head">
        <span className="tr-name">Year</span>
        <span className="tr-value">{year}</span>
        <span className="tr-now tr-tone-round">
          round {round}/{rounds}
        </span>
      </div>
      <ol className="tr-years" style={{ gridTemplateColumns: `repeat(${rounds}, minmax(0, 1fr))` }} aria-hidden="true">
        {Array.from({ length: rounds }, (_, i) => {
          const r = i + 1;
          const y = YEAR_OF_ROUND(r);
          return (
            <li key={r} className={`tr-year${r < round ? ' is-past' : ''}${r === round ? ' is-current' : ''}`}>
              <span className="tr-year-dot">{r < round ? '✓' : r === round ? r : ''}</span>
              {!compact && <span className="tr-year-label">{String(y)}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The three tracks, compact, side by side (a match's top bar, a facilitator's match card). */
export function TrackMeters({ tracks }: { tracks: G['tracks'] }) {
  return (
    <>
      <TensionTrack tension={tracks.tension} compact />
      <AsymmetryTrack asymmetry={tracks.asymmetry} compact />
      <EuTrack euEngagement={tracks.euEngagement} compact />
    </>
  );
}

/** The tracks laid out for the match's top bar; wraps on phones. */
export function TracksBar({ g, showRound = false }: { g: G; showRound?: boolean }) {
  return (
    <div className="tr-bar">
      {showRound && <RoundTrack round={g.round} rounds={g.rounds} compact />}
      <TrackMeters tracks={g.tracks} />
    </div>
  );
}
