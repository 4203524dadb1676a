// Asked before starting matches that still have empty student seats (Start all matches, or one
// match's Start): says which matches start, how many seats bots will play for the whole match,
// and where students who join later will go. A modal <dialog>: Esc or "Wait for more students"
// cancels and focus goes back to the button that asked. The numbers follow the live view, so a
// student who joins while it is open is counted at once.
import { useEffect, useId, useRef } from 'react';
import type { ConsoleView } from '../../game/seminar';
import { startPlan, startText } from '../lib/seminarStart';
import { useModal } from './Dialog';

export interface ConsoleStartDialogProps {
  view: ConsoleView;
  /** What the facilitator asked to start: null for every match, an index for one; undefined when closed. */
  which: number | null | undefined;
  onConfirm: (which: number | null) => void;
  onClose: () => void;
}

export function ConsoleStartDialog({ view, which, onConfirm, onClose }: ConsoleStartDialogProps) {
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const plan = which === undefined ? null : startPlan(view, which);
  // The safe choice has the focus: Enter or Space does not start anything by accident.
  const ref = useModal(plan !== null, () => cancelRef.current?.focus());

  // Asked for matches that have all started meanwhile (from another console): nothing to ask.
  useEffect(() => {
    if (which !== undefined && plan === null) onClose();
  }, [which, plan === null]);

  const text = plan && startText(plan, view.options.botLevel);
  return (
    <dialog ref={ref} className="dialog start-dialog" aria-labelledby={`${uid}-h`} aria-describedby={`${uid}-now`} onClose={onClose} data-testid="start-dialog">
      {plan && text && (
        <>
          <h2 id={`${uid}-h`} className="start-dialog__title">{text.title}</h2>
          <p id={`${uid}-now`} className="start-dialog__now">{text.now}</p>
          {text.botOnly && <p className="notice notice--warn start-dialog__note">{text.botOnly}</p>}
          <p className="start-dialog__later">{text.later}</p>
          <div className="button-row start-dialog__buttons">
            <button ref={cancelRef} type="button" className="button" onClick={() => ref.current?.close()}>{text.cancel}</button>
            <button type="button" className="button button--primary" onClick={() => { ref.current?.close(); onConfirm(plan.which); }}>{text.confirm}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
