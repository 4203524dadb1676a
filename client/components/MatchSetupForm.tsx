// Setting up a match: your state, the scenario, and who plays each other seat (a friend or a bot).
// Used for online matches (with your name) and solo matches (bots, or people passing the device,
// who may give their names).
import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_SCENARIO, SEAT_KINDS, type SeatKind } from '../../game/setup';
import { STATE_TEXT } from '../../game/texts';
import type { Seat } from '../../game/types';
import { SEATS, stateOf } from '../../game/types';
import { ScenarioChoice } from './ScenarioChoice';
import { StateChoice } from './StateChoice';
import { StateMark } from './StateMark';
import { NameField, TextField } from './TextField';

export interface SetupValues {
  name: string;
  mySeat: Seat;
  scenario: string;
  /** Who plays each of the five seats; mySeat is 'human'. */
  seats: SeatKind[];
  /** May players ask for a suggested move. */
  hints: boolean;
  /** Online: shown in the home page's list of open matches, for anyone to join or watch. */
  listed: boolean;
  /** Solo with several people at this device: the names they gave (seat → name). */
  names: Partial<Record<Seat, string>>;
}

export interface MatchSetupFormProps {
  mode: 'online' | 'solo';
  busy: boolean;
  error: string | null;
  initialName?: string;
  submitLabel: string;
  onSubmit: (v: SetupValues) => void;
}

const KIND_TEXT: Record<SeatKind, string> = {
  human: 'Invite a friend',
  easy: 'Bot — easy',
  medium: 'Bot — medium',
  hard: 'Bot — hard',
  random: 'Bot — random moves',
};

/** The bot levels offered, weakest last but one: random moves are the baseline, not a level. */
const BOT_CHOICES: SeatKind[] = (['easy', 'medium', 'hard', 'random'] as SeatKind[]).filter((k) => SEAT_KINDS.includes(k));

export function MatchSetupForm({ mode, busy, error, initialName = '', submitLabel, onSubmit }: MatchSetupFormProps) {
  const uid = useId();
  const [name, setName] = useState(initialName);
  const [mySeat, setMySeat] = useState<Seat>('0');
  const [scenario, setScenario] = useState(DEFAULT_SCENARIO);
  const [hints, setHints] = useState(true);
  const [listed, setListed] = useState(false);
  const [others, setOthers] = useState<Record<Seat, SeatKind>>(() => {
    const k: SeatKind = mode === 'online' ? 'human' : 'medium';
    return { 0: k, 1: k, 2: k, 3: k, 4: k };
  });
  const [nameError, setNameError] = useState<string | null>(null);
  const [names, setNames] = useState<Partial<Record<Seat, string>>>({});
  // Solo: a seat may also go to another person at this device (they pass it round).
  const kinds: SeatKind[] = mode === 'online' ? ['human', ...BOT_CHOICES] : [...BOT_CHOICES, 'human'];
  const kindText = (k: SeatKind) => (k === 'human' && mode === 'solo' ? 'A person on this device' : KIND_TEXT[k]);
  // Solo: the people at this device, in seat order (the creator's seat and any given to a person).
  const people = mode === 'solo' ? SEATS.filter((s) => s === mySeat || others[s] === 'human') : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const n = name.trim().replace(/\s+/g, ' ');
    if (mode === 'online' && !n) {
      setNameError('Give a name the other players will see.');
      document.getElementById(`${uid}-name`)?.focus();
      return;
    }
    setNameError(null);
    const seats = SEATS.map((s) => (s === mySeat ? 'human' : others[s]));
    onSubmit({ name: n, mySeat, scenario, seats, hints, listed, names: mode === 'solo' ? names : {} });
  };

  return (
    <form className="setup-form" onSubmit={submit} noValidate>
      {mode === 'online' && (
        <NameField id={`${uid}-name`} value={name} onChange={setName} error={nameError} />
      )}

      <StateChoice seats={SEATS} value={mySeat} onChange={setMySeat} />

      <ScenarioChoice value={scenario} onChange={setScenario} />

      <fieldset className="field">
        <legend className="field__label">{mode === 'online' ? 'The other four seats' : 'Your opponents'}</legend>
        <ul className="seat-kinds">
          {SEATS.filter((s) => s !== mySeat).map((seat) => (
            <li key={seat} className="seat-kinds__row">
              <label htmlFor={`${uid}-kind-${seat}`} className="seat-kinds__state">
                <StateMark id={stateOf(seat)} size="sm" /> {STATE_TEXT[stateOf(seat)].name}
                <span className="visually-hidden">: who plays it</span>
              </label>
              <select
                id={`${uid}-kind-${seat}`}
                className="select"
                value={others[seat]}
                onChange={(e) => setOthers({ ...others, [seat]: e.target.value as SeatKind })}
              >
                {kinds.map((k) => <option key={k} value={k}>{kindText(k)}</option>)}
              </select>
            </li>
          ))}
        </ul>
        {people.length > 1 && (
          <div className="people-names">
            <p className="field__label">Names at this device <span className="field__hint">(optional; shown on the hand-over screen)</span></p>
            <ul className="people-names__list">
              {people.map((seat, i) => (
                <li key={seat}>
                  <TextField
                    label={`${STATE_TEXT[stateOf(seat)].name}${seat === mySeat ? ' (you)' : ''}`}
                    value={names[seat] ?? ''}
                    onChange={(v) => setNames({ ...names, [seat]: v })}
                    placeholder={`Player ${i + 1}`}
                    maxLength={24}
                    autoComplete="off"
                  />
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="field__hint">
          {mode === 'online'
            ? 'Seats left for friends can still be given to bots when you start.'
            : 'Friends in the room can play too, taking turns on this device: each turn begins behind a screen for handing it over, so nobody sees another’s secret agenda.'}
        </p>
      </fieldset>

      {mode === 'online' && (
        <div className="field choice-list">
          <label className="choice choice--row">
            <input type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} />
            <span>Allow suggested moves <span className="field__hint">(a seminar may want them off)</span></span>
          </label>
          <label className="choice choice--row">
            <input type="checkbox" checked={listed} onChange={(e) => setListed(e.target.checked)} />
            <span>List it on the home page <span className="field__hint">(anyone may take a free seat or watch; otherwise only those with the link)</span></span>
          </label>
        </div>
      )}

      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <div className="button-row">
        {/* Not disabled while busy: a disabled button drops the keyboard focus to the page. */}
        <button type="submit" className="button button--primary button--large" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? 'Please wait…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
