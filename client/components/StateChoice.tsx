// The state to play, as a grid of radio cards with each state's mark and special ability.
import { useId } from 'react';
import { STATE_TEXT } from '../../game/texts';
import type { Seat } from '../../game/types';
import { stateOf } from '../../game/types';
import { StateMark } from './StateMark';

export function StateChoice({ seats, value, onChange }: { seats: readonly Seat[]; value: Seat | null; onChange: (seat: Seat) => void }) {
  const uid = useId();
  return (
    <fieldset className="field">
      <legend className="field__label">Your state</legend>
      <div className="choice-grid">
        {seats.map((seat) => {
          const t = STATE_TEXT[stateOf(seat)];
          return (
            <label key={seat} className={`choice${value === seat ? ' is-checked' : ''}`}>
              <input type="radio" name={`${uid}-seat`} value={seat} checked={value === seat} onChange={() => onChange(seat)} />
              <StateMark id={stateOf(seat)} />
              <span className="choice__body">
                <span className="choice__title">{t.name}</span>
                <span className="choice__text"><strong>{t.special.title}:</strong> {t.special.text}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
