// The colour theme's switch: follow the device, paper or dark slate. On the home page and in the
// match's help dialog.
import { useId } from 'react';
import { setThemeChoice, THEME_CHOICES, useThemeChoice } from '../lib/theme';

export function ThemeSwitch() {
  const choice = useThemeChoice();
  const uid = useId();
  return (
    <fieldset className="theme-switch">
      <legend className="theme-switch__legend">Colours</legend>
      <div className="segmented">
        {THEME_CHOICES.map((t) => (
          <label key={t.value} className={`segmented__btn segmented__radio${choice === t.value ? ' is-checked' : ''}`}>
            <input type="radio" name={`${uid}-theme`} value={t.value} checked={choice === t.value} onChange={() => setThemeChoice(t.value)} />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
