// The colour theme: paper (light) or dark slate (tokens.css). It follows the device's setting
// unless the player chose one; the choice is kept in this browser and shared by its tabs.
// index.html's inline script applies the same rule before the first paint, so a dark device never
// flashes paper; this module keeps <html data-theme> right afterwards.
import { localSetting, useSetting } from './setting';

export type ThemeChoice = 'auto' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'mdchess.theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';
export const THEME_CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'auto', label: 'Device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A stored value as a choice; anything else (nothing, garbage) follows the device. */
export function parseThemeChoice(raw: string | null): ThemeChoice {
  return raw === 'light' || raw === 'dark' ? raw : 'auto';
}

export function resolveTheme(choice: ThemeChoice, deviceDark: boolean): Theme {
  if (choice === 'auto') return deviceDark ? 'dark' : 'light';
  return choice;
}

const themeSetting = localSetting<ThemeChoice>(THEME_KEY, parseThemeChoice, (c) => (c === 'auto' ? null : c));

function apply(): void {
  document.documentElement.dataset.theme = resolveTheme(themeSetting.get(), window.matchMedia(DARK_QUERY).matches);
}

let started = false;

/** Applies the stored choice and follows the device's setting and other tabs' choices. */
export function startTheme(): void {
  if (started) return;
  started = true;
  apply();
  themeSetting.subscribe(apply);
  window.matchMedia(DARK_QUERY).addEventListener('change', apply);
}

export const setThemeChoice = (next: ThemeChoice): void => themeSetting.set(next);

/** The player's choice, as React state. */
export const useThemeChoice = (): ThemeChoice => useSetting(themeSetting, 'auto');
