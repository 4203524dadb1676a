// Asked before a control that cannot be undone (ending a match, a tension change that ends it in
// crisis): what will happen, then the safe answer, which has the focus, and the one that does it.
// A modal <dialog>: Esc or the cancel button closes it without doing anything.
import { useId, useRef } from 'react';
import type { Question } from '../lib/consoleAsk';
import { useModal } from './Dialog';

export interface ConsoleConfirmDialogProps {
  /** The question, or null when nothing is asked. */
  question: Question | null;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConsoleConfirmDialog({ question, onConfirm, onClose }: ConsoleConfirmDialogProps) {
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const ref = useModal(question !== null, () => cancelRef.current?.focus());
  return (
    <dialog ref={ref} className="dialog start-dialog" aria-labelledby={`${uid}-h`} aria-describedby={`${uid}-text`} onClose={onClose} data-testid="confirm-dialog">
      {question && (
        <>
          <h2 id={`${uid}-h`} className="start-dialog__title">{question.title}</h2>
          <p id={`${uid}-text`} className="start-dialog__now">{question.text}</p>
          {question.note && <p>{question.note}</p>}
          <div className="button-row start-dialog__buttons">
            <button ref={cancelRef} type="button" className="button" onClick={() => ref.current?.close()}>{question.cancel}</button>
            <button type="button" className="button button--primary" onClick={() => { ref.current?.close(); onConfirm(); }}>{question.confirm}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
