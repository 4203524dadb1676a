// Shown when this browser holds no facilitator key for a class (or a wrong one): the console and
// the debrief open only with the class's private facilitator link. Says where that link is (saved
// by the lecturer, or copied from the console of the browser that created the class) and takes it
// pasted. The class code and the student link never open it.
import { useId, useState, type FormEvent } from 'react';
import { Link } from './Link';
import { paths } from '../lib/router';

export function KeyNeeded({ title, reason, onLink }: { title: string; reason: string | null; onLink: (raw: string) => string | null }) {
  const uid = useId();
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const why = onLink(raw);
    setError(why);
    if (why) document.getElementById(`${uid}-link`)?.focus();
  };
  const described = [`${uid}-hint`, error ? `${uid}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className="key-needed" data-testid="key-needed">
      <h1 className="page-title">{title}</h1>
      {reason && <p className="notice notice--error" role="alert">{reason}</p>}
      <p className="lead">
        This browser does not hold the key to this class. The key is your <strong>private facilitator link</strong>, the
        one that ends in <span className="mono">#key=…</span>: open it here, or paste it below.
      </p>

      <section className="card key-help" aria-labelledby={`${uid}-paste-h`}>
        <h2 id={`${uid}-paste-h`} className="section-title">Paste your private link</h2>
        <form onSubmit={submit} noValidate>
          <label htmlFor={`${uid}-link`} className="field__label">Private facilitator link</label>
          <div className="inline-field">
            <input id={`${uid}-link`} className="input input--mono" value={raw} onChange={(e) => setRaw(e.target.value)} autoComplete="off" spellCheck={false}
              placeholder="https://…/seminar/…#key=…" aria-invalid={error ? true : undefined} aria-describedby={described} />
            <button type="submit" className="button button--primary">Open</button>
          </div>
          {error && <p id={`${uid}-err`} className="field__error">{error}</p>}
          <p id={`${uid}-hint`} className="field__hint">This browser then remembers the key: next time the console opens straight away.</p>
        </form>
      </section>

      <section className="card key-help" aria-labelledby={`${uid}-where-h`}>
        <h2 id={`${uid}-where-h`} className="section-title">Where is my private link?</h2>
        <ol className="key-help__steps">
          <li>
            <strong>Saved it?</strong> Look in your notes, your e-mail or your password manager for the link you copied
            when you created the class, and open it in this browser.
          </li>
          <li>
            <strong>Not saved?</strong> On the computer where you created the class, open <Link href={paths.seminar}>Run a class</Link>,
            then <em>Console</em> beside the class under <em>Your classes</em>. Under <em>Open this console on another computer</em>,
            choose <em>Copy private link</em> and send it to yourself.
          </li>
        </ol>
        <p className="muted small key-help__safe">
          The class code and the student link cannot open the console: they only let students join. Keep the private link to yourself.
        </p>
      </section>
    </div>
  );
}
