// A modal dialog on the native <dialog>: focus is kept inside, Esc and the backdrop's inert page
// come with it. `open` drives it; closing by Esc or a form[method=dialog] button calls onClose.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  className?: string;
}

/** A <dialog>'s ref that opens it as a modal while `open` (then calls `onOpen`) and closes it after. */
export function useModal(open: boolean, onOpen?: () => void) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      onOpen?.();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}

export function Dialog({ open, onClose, title, children, className = '' }: DialogProps) {
  const ref = useModal(open);
  const uid = useId();
  return (
    <dialog ref={ref} className={`dialog${className ? ` ${className}` : ''}`} aria-labelledby={`${uid}-title`} onClose={onClose}>
      {/* Focus starts at the top, so a long dialog on a phone opens at its beginning. */}
      <h2 id={`${uid}-title`} tabIndex={-1} autoFocus>{title}</h2>
      {children}
      <form method="dialog">
        <button className="button" type="submit">Close</button>
      </form>
    </dialog>
  );
}
