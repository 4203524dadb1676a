// The scenario to play, as a list of radio cards with each scenario's summary.
import { useId } from 'react';
import { SCENARIO_IDS } from '../../game/setup';
import { SCENARIO_TEXT } from '../../game/texts';

export function ScenarioChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const uid = useId();
  return (
    <fieldset className="field">
      <legend className="field__label">Scenario</legend>
      <div className="choice-list">
        {SCENARIO_IDS.map((id) => (
          <label key={id} className={`choice choice--row${value === id ? ' is-checked' : ''}`}>
            <input type="radio" name={`${uid}-scenario`} value={id} checked={value === id} onChange={() => onChange(id)} />
            <span className="choice__body">
              <span className="choice__title">{SCENARIO_TEXT[id]?.title ?? id}</span>
              <span className="choice__text">{SCENARIO_TEXT[id]?.summary}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
