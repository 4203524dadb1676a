// Setting up a class (issue 6): title, scenario, rounds, matches, bot seats and level, hints, the
// turn timer and what happens when it runs out. The options are checked by game/seminar.ts.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { BOT_LEVELS, DEFAULT_CLASS, MAX_MATCHES, MAX_TITLE, validateClassOptions, type BotKind, type ClassOptions } from '../../game/seminar';
import { MAX_ROUNDS, MIN_ROUNDS, SCENARIOS } from '../../game/setup';
import { BOT_TITLE } from '../lib/roster';
import { ScenarioChoice } from './ScenarioChoice';
import { TextField } from './TextField';

export interface ClassSetupFormProps {
  busy: boolean;
  error: string | null;
  onSubmit: (o: ClassOptions) => void;
}

const TIMERS: { value: number | null; label: string }[] = [
  { value: null, label: 'Off' }, { value: 60, label: '1 min' }, { value: 120, label: '2 min' }, { value: 180, label: '3 min' }, { value: 300, label: '5 min' },
];
/** The bot levels in the order the solo and online set-up forms offer them: by strength, random moves last. */
const BOT_ORDER: BotKind[] = (['easy', 'medium', 'hard', 'random'] as BotKind[]).filter((l) => BOT_LEVELS.includes(l));
const BOT_LEVEL_TEXT: Record<BotKind, string> = { easy: 'Easy bot', medium: 'Medium bot', hard: 'Hard bot', random: 'Random bot (moves at random)' };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A labelled select of a few values. */
function Pick<T extends string | number>({ id, label, hint, value, options, onChange }: {
  id: string; label: string; hint?: ReactNode; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void;
}) {
  return (
    <div className="field class-form__pick">
      <label htmlFor={id} className="field__label">{label}</label>
      <select
        id={id}
        className="select"
        value={String(value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
      >
        {options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} className="field__hint">{hint}</p>}
    </div>
  );
}

export function ClassSetupForm({ busy, error, onSubmit }: ClassSetupFormProps) {
  const uid = useId();
  const [o, setO] = useState<ClassOptions>({ ...DEFAULT_CLASS });
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof ClassOptions>(k: K, v: ClassOptions[K]) => setO((x) => ({ ...x, [k]: v }));
  const scenarioRounds = SCENARIOS[o.scenario]?.rounds ?? 8;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const options: ClassOptions = { ...o, title: o.title.trim().replace(/\s+/g, ' ') };
    if (options.rounds === undefined) delete options.rounds;
    const why = validateClassOptions(options);
    if (!options.title) {
      setTitleError(why);
      document.getElementById(`${uid}-title`)?.focus();
      return;
    }
    setTitleError(null);
    setFormError(why);
    if (!why) onSubmit(options);
  };

  return (
    <form className="setup-form class-form" onSubmit={submit} noValidate>
      <TextField
        id={`${uid}-title`}
        label="Class title"
        value={o.title}
        onChange={(v) => set('title', v)}
        maxLength={MAX_TITLE}
        required
        placeholder="Politics of Central Asia — week 7"
        hint={`Students see it when they join. Up to ${MAX_TITLE} characters.`}
        error={titleError}
      />

      <ScenarioChoice value={o.scenario} onChange={(id) => set('scenario', id)} />

      <fieldset className="field">
        <legend className="field__label">Matches and seats</legend>
        <div className="class-form__grid">
          <Pick
            id={`${uid}-rounds`} label="Rounds per match" value={o.rounds ?? 0}
            options={[{ value: 0, label: `As the scenario (${scenarioRounds})` }, ...range(MIN_ROUNDS, MAX_ROUNDS).map((n) => ({ value: n, label: `${n} (to ${2018 + n})` }))]}
            onChange={(v) => set('rounds', v === 0 ? undefined : v)}
            hint="A round is a year; one round takes a class about ten minutes."
          />
          <Pick
            id={`${uid}-matches`} label="Matches" value={o.matches}
            options={[{ value: 'auto' as const, label: 'As many as the students fill' }, ...range(1, MAX_MATCHES).map((n) => ({ value: n, label: String(n) }))]}
            onChange={(v) => set('matches', v)}
            hint="Students are placed evenly. Once every seat is taken, up to three share a seat as a team."
          />
          <Pick
            id={`${uid}-bots`} label="Bot seats per match" value={o.botSeats}
            options={range(0, 4).map((n) => ({ value: n, label: n === 0 ? 'None: students only' : `${n} of 5` }))}
            onChange={(v) => set('botSeats', v)}
            hint="Seats always played by bots; students fill the others."
          />
          <Pick
            id={`${uid}-level`} label="Bot level" value={o.botLevel}
            options={BOT_ORDER.map((l) => ({ value: l, label: BOT_LEVEL_TEXT[l] ?? BOT_TITLE[l] ?? l }))}
            onChange={(v) => set('botLevel', v)}
            hint="Also plays a seat you hand to a bot."
          />
        </div>
      </fieldset>

      <fieldset className="field">
        <legend className="field__label">Turn timer</legend>
        <div className="segmented class-form__timer">
          {TIMERS.map((t) => (
            <label key={String(t.value)} className={`segmented__btn segmented__radio${o.turnSeconds === t.value ? ' is-checked' : ''}`}>
              <input type="radio" name={`${uid}-timer`} checked={o.turnSeconds === t.value} onChange={() => set('turnSeconds', t.value)} />
              {t.label}
            </label>
          ))}
        </div>
        <p className="field__hint">So one absent student cannot stall a match. It stops while a match is paused.</p>
        <fieldset className="class-form__timeout">
          <legend className="field__label class-form__sublabel">When the time runs out</legend>
          {(['pass', 'bot'] as const).map((k) => (
            <label key={k} className={`choice choice--row${o.onTimeout === k ? ' is-checked' : ''}${o.turnSeconds === null ? ' is-disabled' : ''}`}>
              <input type="radio" name={`${uid}-timeout`} checked={o.onTimeout === k} disabled={o.turnSeconds === null} onChange={() => set('onTimeout', k)} />
              <span className="choice__body">
                <span className="choice__title">{k === 'pass' ? 'Pass the rest of the turn' : 'A bot plays the rest of the turn'}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </fieldset>

      <div className="field">
        <label className="choice choice--row">
          <input type="checkbox" checked={o.hints} onChange={(e) => set('hints', e.target.checked)} />
          <span>Allow suggested moves <span className="field__hint">(off makes students reason for themselves)</span></span>
        </label>
      </div>

      {(formError || error) && <p className="notice notice--error" role="alert">{formError || error}</p>}
      <div className="button-row">
        <button type="submit" className="button button--primary button--large" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Please wait…' : 'Create class'}
        </button>
      </div>
    </form>
  );
}
