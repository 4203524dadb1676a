// The last powers phase, step by step: what Beijing, Moscow and Brussels did and why (game/texts
// powerReasonText). Plays by itself (unless the player prefers reduced motion) and can be stepped.
import { useEffect, useId, useState } from 'react';
import { powerReasonText } from '../../game/texts';
import type { PowerStep } from '../../game/types';
import { useReducedMotion } from '../lib/useMedia';
import { PowerChip } from './PowerChip';

export interface PowersReplayProps {
  steps: PowerStep[];
  /** The round those steps closed (for the heading), or null before the first powers phase. */
  round: number | null;
  year: number | null;
}

const STEP_MS = 2200;

export function PowersReplay({ steps, round, year }: PowersReplayProps) {
  const uid = useId();
  const reduced = useReducedMotion();
  const [at, setAt] = useState(0);
  const [playing, setPlaying] = useState(!reduced);
  // Read out only once the player works the replay: its own autoplay at a new round stays silent
  // (the turn's announcement comes at the same time).
  const [spoken, setSpoken] = useState(false);
  const stepsKey = JSON.stringify(steps);

  // New steps (a new round) start the replay from the beginning.
  useEffect(() => {
    setAt(0);
    setPlaying(!reduced);
    setSpoken(false);
  }, [stepsKey, reduced]);

  useEffect(() => {
    if (!playing || steps.length === 0) return;
    if (at >= steps.length - 1) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => setAt((i) => Math.min(i + 1, steps.length - 1)), STEP_MS);
    return () => clearTimeout(t);
  }, [playing, at, steps.length]);

  if (steps.length === 0) {
    return <p className="muted empty-note">The powers act at the end of each round. Their moves will be replayed here.</p>;
  }
  const current = steps[at];
  return (
    <section className="replay" data-guide="powers" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="replay__title">
        The powers phase{round ? ` of ${year} (round ${round})` : ''}
      </h3>
      <div className="replay__controls">
        <button type="button" className="button button--small" onClick={() => { setSpoken(true); setPlaying(false); setAt((i) => Math.max(0, i - 1)); }} disabled={at === 0}>
          Previous step
        </button>
        <button type="button" className="button button--small" onClick={() => { setSpoken(true); if (at >= steps.length - 1) setAt(0); setPlaying(!playing); }}>
          {playing ? 'Pause' : at >= steps.length - 1 ? 'Replay' : 'Play'}
        </button>
        <button type="button" className="button button--small" onClick={() => { setSpoken(true); setPlaying(false); setAt((i) => Math.min(steps.length - 1, i + 1)); }} disabled={at >= steps.length - 1}>
          Next step
        </button>
        <span className="replay__count">Step {at + 1} of {steps.length}</span>
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">{spoken ? `Step ${at + 1} of ${steps.length}: ${powerReasonText(current)}` : ''}</p>
      <p className="replay__current" key={at}>
        <PowerChip power={current.power} full /> {powerReasonText(current)}
      </p>
      <ol className="replay__list">
        {steps.map((s, i) => (
          <li key={i} className={i === at ? 'is-current' : i < at ? 'is-done' : 'is-next'} aria-current={i === at ? 'step' : undefined}>
            <button type="button" className="replay__step" onClick={() => { setSpoken(true); setPlaying(false); setAt(i); }}>
              <PowerChip power={s.power} /> <span>{powerReasonText(s)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
