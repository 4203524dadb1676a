// The colour theme: paper (light) or dark slate (tokens.css). It follows the device's setting
// unless the player chose one; the choice is kept in localStorage and shared by the browser's
// tabs. index.html's inline script applies the same rule before the first paint, so a dark
// device never flashes paper; this module keeps <html data-theme> right afterwards.
import { useSyncExternalStore } from 'react';

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

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return 'auto';
  }
}

let choice: ThemeChoice = 'auto';
const listeners = new Set<() => void>();

function apply(): void {
  document.documentElement.dataset.theme = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  for (const l of listeners) l();
}

let started = false;

/** Applies the stored choice and follows the device's setting and other tabs' choices. */
export function startTheme(): void {
  if (started) return;
  started = true;
  choice = readChoice();
  apply();
  window.matchMedia(DARK_QUERY).addEventListener('change', apply);
  window.addEventListener('storage', (e) => {
    if (e.key !== THEME_KEY && e.key !== null) return;
    choice = readChoice();
    apply();
  });
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage full or disabled: the choice holds for this page only.
  }
  apply();
}

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** The player's choice, as React state. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice, () => 'auto');
}
