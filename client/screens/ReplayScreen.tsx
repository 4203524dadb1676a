// The replay of a finished match: the map, the states and the four boards as they stood after each
// move, with what that move did and which figures it moved. Step by step, round by round, or played
// through; the keyboard steps too (← → moves, Shift+← → rounds). The address keeps the
// step (#step=23), so a lecturer can send the class to one moment. Lazily loaded.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReplayStep } from '../../game/replay';
import { YEAR_OF_ROUND } from '../../game/texts';
import type { Board, StateId } from '../../game/types';
import { stateOf } from '../../game/types';
import { BoardsPanel } from '../components/BoardGrid';
import { Link } from '../components/Link';
import { MapCard } from '../components/MapCard';
import { Loading } from '../components/Loading';
import { PowerChip } from '../components/PowerChip';
import { StatesTable } from '../components/StatesTable';
import { StateSummary } from '../components/StateSummary';
import { TopBar } from '../components/TopBar';
import { isTyping } from '../lib/keys';
import { isGood, roundStarts, stepFromHash, stepStory, type StepStory } from '../lib/replay';
import { playerLabel, type Roster } from '../lib/roster';
import { useIsPhone } from '../lib/useMedia';
import '../styles/replay.css';
import { useReplay, type ReplayTarget } from '../lib/useReplay';

/** How long each step shows while the replay plays. */
const PLAY_MS = 1600;

export default function ReplayScreen({ target }: { target: ReplayTarget }) {
  const load = useReplay(target);
  if (load.status === 'loading') {
    return <main id="main" tabIndex={-1} className="page page--narrow"><Loading text="Replaying the match…" /></main>;
  }
  if (load.status === 'error') {
    return (
      <main id="main" tabIndex={-1} className="page page--narrow">
        <h1 className="page-title">Replay</h1>
        <p className="notice notice--warn" role="alert">{load.message}</p>
        {load.back && <p><Link href={load.back.href} className="button">{load.back.label}</Link></p>}
      </main>
    );
  }
  return <ReplayView steps={load.replay.steps} error={load.replay.error} roster={load.roster} back={load.back} />;
}

interface ReplayViewProps {
  steps: ReplayStep[];
  error: string | null;
  roster: Roster;
  back: { href: string; label: string };
}

function ReplayView({ steps, error, roster, back }: ReplayViewProps) {
  const isPhone = useIsPhone();
  const last = steps.length - 1;
  const [at, setAtRaw] = useState(() => stepFromHash(window.location.hash, steps.length) ?? last);
  const [playing, setPlaying] = useState(false);
  const [board, setBoard] = useState<Board | 'all'>('all');
  const mySeat = Object.values(roster).find((p) => p.isYou)?.seat ?? null;
  const [selected, setSelected] = useState<StateId | null>(mySeat ? stateOf(mySeat) : null);
  const rounds = useMemo(() => roundStarts(steps), [steps]);
  const story = useMemo(() => stepStory(steps, at), [steps, at]);
  const step = steps[at];
  const g = step.G;

  const setAt = useCallback((i: number) => setAtRaw(Math.min(Math.max(0, i), last)), [last]);
  // The address keeps the step, for sharing one moment of the match.
  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#step=${at}`);
  }, [at]);

  // The map follows the state that moved (its summary shows under the map).
  const mover = step.seat;
  useEffect(() => { if (mover) setSelected(stateOf(mover)); }, [at, mover]);

  // A link to another moment of the same replay, followed in this page.
  useEffect(() => {
    const onHash = () => {
      const i = stepFromHash(window.location.hash, steps.length);
      if (i !== null) { setPlaying(false); setAt(i); }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [steps.length, setAt]);

  // Playing moves on a step at a time, and stops at the end.
  useEffect(() => {
    if (!playing) return;
    if (at >= last) { setPlaying(false); return; }
    const t = window.setTimeout(() => setAt(at + 1), PLAY_MS);
    return () => window.clearTimeout(t);
  }, [playing, at, last, setAt]);

  const roundIndex = rounds.findIndex((r, i) => at >= r.index && (i === rounds.length - 1 || at < rounds[i + 1].index));
  const prevRound = () => {
    const r = rounds[roundIndex];
    setAt(r && at > r.index ? r.index : rounds[Math.max(0, roundIndex - 1)]?.index ?? 0);
  };
  const nextRound = () => setAt(rounds[roundIndex + 1]?.index ?? last);

  // The keys act on this render's step: the listener below reads them through a ref. Only the arrow
  // keys: Space, Page Up/Down, Home and End keep scrolling the page.
  const keys = { prev: () => setAt(at - 1), next: () => setAt(at + 1), prevRound, nextRound };
  const keysRef = useRef(keys);
  keysRef.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || document.querySelector('dialog[open]')) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const k = keysRef.current;
      e.preventDefault();
      setPlaying(false);
      if (e.key === 'ArrowLeft') (e.shiftKey ? k.prevRound : k.prev)();
      else (e.shiftKey ? k.nextRound : k.next)();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const stop = (f: () => void) => () => { setPlaying(false); f(); };
  const position = at === 0 ? 'Set-up' : `Move ${at} of ${last}`;
  const when = g.gameover && at === last ? 'The end' : `Round ${g.round} of ${g.rounds} · ${YEAR_OF_ROUND(g.round)}`;
  const turnText = g.gameover ? 'Match over' : `${roster[g.activeSeat].stateName} to play`;

  const controls = (
    <section className="card replay-bar" aria-labelledby="replay-h">
      <div className="replay-bar__head">
        <h1 id="replay-h" className="replay-bar__title">Replay</h1>
        <p className="replay-bar__where"><strong>{when}</strong> · {position}</p>
        {!isPhone && <p className="muted replay-bar__hint">Keys: ← → moves, Shift+← → rounds</p>}
        <Link href={back.href} className="button button--small replay-bar__back">{back.label}</Link>
      </div>
      <div className="replay-bar__row">
        <div className="replay-bar__buttons" role="group" aria-label="Step through the match">
          <button type="button" className="button button--small" onClick={stop(() => setAt(0))} disabled={at === 0} aria-label="To the set-up" title="To the set-up">Start</button>
          <button type="button" className="button button--small" onClick={stop(prevRound)} disabled={at === 0} aria-label="Previous round" title="Previous round (Shift+←)">« Round</button>
          <button type="button" className="button button--small" onClick={stop(() => setAt(at - 1))} disabled={at === 0} aria-label="Previous move" title="Previous move (←)">‹ Move</button>
          <button type="button" className="button button--small button--primary replay-bar__play" onClick={() => { if (at >= last) setAt(0); setPlaying(!playing); }} aria-pressed={playing}>
            {playing ? 'Pause' : at >= last ? 'Play from the start' : 'Play'}
          </button>
          <button type="button" className="button button--small" onClick={stop(() => setAt(at + 1))} disabled={at >= last} aria-label="Next move" title="Next move (→)">Move ›</button>
          <button type="button" className="button button--small" onClick={stop(nextRound)} disabled={at >= last} aria-label="Next round" title="Next round (Shift+→)">Round »</button>
          <button type="button" className="button button--small" onClick={stop(() => setAt(last))} disabled={at >= last} aria-label="To the end" title="To the end">End</button>
        </div>
        <ol className="replay-bar__rounds" aria-label="Jump to a round">
          {rounds.map((r, i) => (
            <li key={r.label}>
              <button type="button" className="chip-button" aria-current={i === roundIndex ? 'step' : undefined} onClick={stop(() => setAt(r.index))}>
                {isPhone && r.label !== 'End' ? `R${r.round}` : r.label}
                {isPhone && r.label !== 'End' && <span className="visually-hidden"> (round {r.round})</span>}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <label className="replay-bar__slider">
        <span className="visually-hidden">Move</span>
        <input
          type="range" min={0} max={last} step={1} value={at}
          aria-valuetext={`${position}, ${when}: ${story.title}`}
          onChange={(e) => { setPlaying(false); setAt(Number(e.target.value)); }}
        />
      </label>
      {error && <p className="notice notice--warn">{error}</p>}
    </section>
  );

  const storyCard = <StoryCard story={story} roster={roster} at={at} />;

  const mapBlock = (
    <MapCard g={g} board={board} onBoard={setBoard} selected={selected} onSelect={setSelected} mySeat={mySeat}>
      {selected && <StateSummary g={g} id={selected} roster={roster} />}
    </MapCard>
  );

  const states = (
    <section className="card" aria-labelledby="states-h">
      <h2 id="states-h">The five states</h2>
      <StatesTable g={g} roster={roster} compact />
    </section>
  );
  const boards = (
    <section className="boards-block" aria-labelledby="boards-h">
      <h2 id="boards-h" className="section-title">The four boards</h2>
      <BoardsPanel g={g} highlight={selected} selectedBoard={board} onSelectBoard={setBoard} />
    </section>
  );

  return (
    <div className={`match replay-page${isPhone ? ' match--phone' : ''}`} data-testid="replay-screen" data-step={at}>
      <TopBar g={g} kind="replay" isConnected compact={isPhone} turnText={turnText} myTurn={false} />
      <main id="main" tabIndex={-1} className={isPhone ? 'replay-phone' : 'match-grid replay-grid'}>
        <div className="replay-grid__bar">{controls}</div>
        <div className="replay-grid__main">{mapBlock}{states}</div>
        <div className="replay-grid__side">{storyCard}</div>
        <div className="replay-grid__boards">{boards}</div>
      </main>
      {isPhone && (
        <nav className="replay-mini" aria-label="Replay steps">
          <button type="button" className="button button--small" onClick={stop(() => setAt(at - 1))} disabled={at === 0} aria-label="Previous move">‹</button>
          <p className="replay-mini__where">{g.gameover && at === last ? 'The end' : `R${g.round}`} · {position}</p>
          <button type="button" className="button button--small" onClick={() => { if (at >= last) setAt(0); setPlaying(!playing); }} aria-pressed={playing}>{playing ? 'Pause' : 'Play'}</button>
          <button type="button" className="button button--small" onClick={stop(() => setAt(at + 1))} disabled={at >= last} aria-label="Next move">›</button>
        </nav>
      )}
    </div>
  );
}

function StoryCard({ story, roster, at }: { story: StepStory; roster: Roster; at: number }) {
  const uid = useId();
  const who = story.seat ? roster[story.seat] : null;
  return (
    <section className="card replay-story" aria-labelledby={`${uid}-h`}>
      {/* Read out as the step changes: what happened, in one sentence. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">{story.title}</p>
      <h2 id={`${uid}-h`} className="replay-story__title" key={at}>{story.title}</h2>
      {who && <p className="muted replay-story__who">Played by {playerLabel(who)}</p>}
      {story.lines.length > 0 && (
        <ul className="replay-story__lines">
          {story.lines.map((l, i) => (
            <li key={i} className={`replay-line replay-line--${l.kind}`}>
              {l.power && <PowerChip power={l.power} />}
              {l.delta !== undefined && <span className={`delta ${l.delta > 0 ? 'delta--bad' : 'delta--good'}`}>{l.delta > 0 ? '▲' : '▼'}</span>}
              <span>{l.text}</span>
            </li>
          ))}
        </ul>
      )}
      {story.changes.length > 0 && (
        <>
          <h3 className="replay-story__sub">What moved</h3>
          <dl className="replay-changes">
            {story.changes.map((group) => (
              <div key={group.owner} className="replay-changes__row">
                <dt>{group.owner}</dt>
                <dd>
                  {group.items.map((c) => {
                    const good = isGood(c);
                    return (
                      <span key={c.label} className={`replay-change${good === null ? '' : good ? ' is-good' : ' is-bad'}`}>
                        {c.label} {c.from} → <strong>{c.to}</strong>
                        {good !== null && <span className="visually-hidden">{good ? ' (good)' : ' (bad)'}</span>}
                      </span>
                    );
                  })}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
