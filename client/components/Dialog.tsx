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

export function Dialog({ open, onClose, title, children, className = '' }: DialogProps) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const uid = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
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
