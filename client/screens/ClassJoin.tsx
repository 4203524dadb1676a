// /class (?code=ABC123): a student joins a class with its code and a display name, or goes back to
// a class this browser joined before. Lazily loaded.
import { useId, useState, type FormEvent } from 'react';
import { Link } from '../components/Link';
import { NameField, TextField } from '../components/TextField';
import { classCodeFromInput, paths } from '../lib/router';
import { lastName } from '../lib/seats';
import { listJoined } from '../lib/seminarStore';
import { useJoinClass } from '../lib/useSeminar';
import '../styles/seminar.css';

export default function ClassJoin() {
  const uid = useId();
  const [code, setCode] = useState(() => classCodeFromInput(new URLSearchParams(window.location.search).get('code') ?? ''));
  const [name, setName] = useState(lastName);
  const [fieldError, setFieldError] = useState<{ field: 'code' | 'name'; text: string } | null>(null);
  const { busy, error, join } = useJoinClass();
  const joined = listJoined();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = classCodeFromInput(code);
    const n = name.trim().replace(/\s+/g, ' ');
    const bad = !c ? { field: 'code' as const, text: 'Type the class code your teacher shows.' } : !n ? { field: 'name' as const, text: 'Give the name your class will see.' } : null;
    setFieldError(bad);
    if (bad) {
      document.getElementById(`${uid}-${bad.field}`)?.focus();
      return;
    }
    void join(c, n);
  };
  const err = (f: 'code' | 'name') => (fieldError?.field === f ? fieldError.text : null);

  return (
    <main id="main" tabIndex={-1} className="page page--narrow class-join">
      <p className="breadcrumb"><Link href={paths.home}>Home</Link></p>
      <p className="kicker">Seminar mode</p>
      <h1 className="page-title">Join a class</h1>
      <p className="lead">Your teacher runs the matches. Enter the class code and your name; you will be given a state to play.</p>

      <section className="card" aria-labelledby="join-class-h">
        <h2 id="join-class-h" className="visually-hidden">Class code and name</h2>
        <form className="setup-form" onSubmit={submit} noValidate>
          <TextField
            id={`${uid}-code`}
            label="Class code"
            inputClassName="input--code"
            value={code}
            onChange={(v) => setCode(classCodeFromInput(v))}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABC123"
            error={err('code')}
          />
          <NameField id={`${uid}-name`} value={name} onChange={setName} hint="Shown to your teacher and your table. Up to 24 characters." error={err('name')} />
          {error && <p className="notice notice--error" role="alert">{error}</p>}
          <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Joining…' : 'Join class'}
          </button>
        </form>
      </section>

      {joined.length > 0 && (
        <section className="card" aria-labelledby="joined-h">
          <h2 id="joined-h">Classes you joined</h2>
          <ul className="class-list">
            {joined.slice(0, 6).map((j) => (
              <li key={j.classID} className="class-list__item">
                <span className="class-list__what"><strong>{j.title || 'A class'}</strong> <span className="muted">as {j.name}</span></span>
                <Link className="button button--small" href={paths.classPlace(j.classID)}>Go back</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
