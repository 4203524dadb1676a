// The guide's tip on the match screen (lib/guide.ts chooses it): what to look at now, a button that
// brings that part of the screen into view and marks it, one that moves on, and one that turns the
// guide off. Not modal: the match goes on around it.
import { useId } from 'react';
import { GUIDE_TIP_IDS, type GuideTip } from '../lib/guide';

export interface GuidePanelProps {
  tip: GuideTip;
  onShow: () => void;
  onRead: () => void;
  onTurnOff: () => void;
}

export function GuidePanel({ tip, onShow, onRead, onTurnOff }: GuidePanelProps) {
  const uid = useId();
  const n = GUIDE_TIP_IDS.indexOf(tip.id) + 1;
  return (
    <aside className="guide" aria-labelledby={`${uid}-k`} data-testid="guide" data-tip={tip.id}>
      <div className="guide__top">
        <h2 className="guide__kicker" id={`${uid}-k`}>
          Guide <span className="guide__count">· tip {n} of {GUIDE_TIP_IDS.length}</span>
        </h2>
        <button type="button" className="link-button guide__off" onClick={onTurnOff}>Turn off the guide</button>
      </div>
      <div aria-live="polite" aria-atomic="true">
        <h3 className="guide__title">{tip.title}</h3>
        <p className="guide__text">{tip.text}</p>
      </div>
      <div className="guide__buttons">
        <button type="button" className="button button--small" onClick={onShow}>Show me</button>
        <button type="button" className="button button--small button--primary" onClick={onRead}>Got it</button>
      </div>
    </aside>
  );
}

/** Brings a part of the match screen into view and marks it for a moment; focus goes to it. */
export function spotlight(target: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-guide="${target}"]`);
  if (!el) return false;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  el.classList.remove('guide-spot');
  void el.offsetWidth; // restart the mark's animation when shown twice in a row
  el.classList.add('guide-spot');
  window.setTimeout(() => el.classList.remove('guide-spot'), 2400);
  return true;
}
