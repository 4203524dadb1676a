// This round's event card: title, effect and the history behind it. It flips in when a new card is
// drawn (CSS; no motion with prefers-reduced-motion).
import { useEffect, useId, useRef, useState } from 'react';
import { EVENT_TEXT } from '../../game/texts';

export interface EventCardProps {
  eventId: string | null;
  year: number;
  /** 'bar': a small card in the top bar that opens for details; 'full': everything shown. */
  variant?: 'bar' | 'full';
}

export function EventCard({ eventId, year, variant = 'full' }: EventCardProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLElement | null>(null);
  const toggleRef = useRef<HTMLButtonElement | null>(null);
  /** Closes the popover; focus inside it goes back to its Details button, not to the page. */
  const close = () => {
    if (ref.current?.contains(document.activeElement)) toggleRef.current?.focus();
    setOpen(false);
  };
  // The top bar's popover closes on Escape or a click elsewhere.
  useEffect(() => {
    if (!open || variant !== 'bar') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (ref.current?.contains(document.activeElement)) toggleRef.current?.focus();
      setOpen(false);
    };
    const onDown = (e: PointerEvent) => { if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false); };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open, variant]);
  const t = eventId && Object.hasOwn(EVENT_TEXT, eventId) ? EVENT_TEXT[eventId] : null;
  if (!t) {
    return (
      <div className={`event-card event-card--${variant} event-card--none`}>
        <p className="event-card__kicker">Event · {year}</p>
        <p className="event-card__title">No event</p>
      </div>
    );
  }
  return (
    <section className={`event-card event-card--${variant}`} data-guide="event" key={eventId} aria-labelledby={`${id}-title`} ref={ref}>
      <div className="event-card__face">
        <div className="event-card__top">
          <p className="event-card__kicker">Event of {year}</p>
          <button
            type="button"
            ref={toggleRef}
            className="link-button event-card__more"
            aria-expanded={open}
            aria-controls={`${id}-why`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : variant === 'bar' ? 'Details' : 'The history behind it'}
          </button>
        </div>
        {/* In the top bar the card sits before the page's h1: its title is not a heading there. */}
        {variant === 'bar'
          ? <p className="event-card__title" id={`${id}-title`} title={t.title}>{t.title}</p>
          : <h2 className="event-card__title" id={`${id}-title`}>{t.title}</h2>}
        <p className="event-card__effect" title={variant === 'bar' ? t.effect : undefined}>{t.effect}</p>
      </div>
      <div id={`${id}-why`} className="event-card__why" hidden={!open}>
        {/* The bar cuts a long title and effect short: here they are in full. */}
        {variant === 'bar' && <p className="event-card__title-full"><strong>{t.title}</strong></p>}
        {variant === 'bar' && <p className="event-card__effect-full"><strong>Effect:</strong> {t.effect}</p>}
        <p>{t.explanation}</p>
        {variant === 'bar' && (
          <button type="button" className="button button--small" onClick={close}>Close</button>
        )}
      </div>
    </section>
  );
}
