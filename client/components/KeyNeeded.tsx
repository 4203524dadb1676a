// Asked when this browser holds no facilitator key for a class (or a wrong one): paste the
// class's private link to open it here.
import { useId, useState, type FormEvent } from 'react';

export function KeyNeeded({ title, reason, onLink }: { title: string; reason: string | null; onLink: (raw: string) => string | null }) {
  const uid = useId();
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(onLink(raw));
  };
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p className="lead">{reason ?? 'This browser does not hold the key of this class. Paste the private facilitator link to open it.'}</p>
      <section className="card">
        <form onSubmit={submit} noValidate>
          <label htmlFor={`${uid}-link`} className="field__label">Private facilitator link</label>
          <div className="inline-field">
            <input id={`${uid}-link`} className="input input--mono" value={raw} onChange={(e) => setRaw(e.target.value)} autoComplete="off"
              placeholder="https://…/seminar/…#key=…" aria-invalid={error ? true : undefined} aria-describedby={error ? `${uid}-err` : undefined} />
            <button type="submit" className="button button--primary">Open</button>
          </div>
          {error && <p id={`${uid}-err`} className="field__error">{error}</p>}
        </form>
        <p className="muted small">The private link is in the console of the browser that created the class, under “Your private facilitator link”.</p>
      </section>
    </>
  );
}
