// The colour theme (client/lib/theme.ts): the rule that picks it, the choice kept in this browser,
// the device's setting followed live, and index.html's inline script, which applies the same rule
// before the first paint.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseThemeChoice, resolveTheme, setThemeChoice, startTheme, THEME_CHOICES, THEME_KEY, type ThemeChoice,
} from '../../client/lib/theme';
import { refuseStorage, withFakeStorage } from './fakeStorage';

describe('the rule', () => {
  it('reads only "light" and "dark" as choices; nothing or anything else follows the device', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
    for (const raw of [null, '', 'auto', 'Dark', 'sepia', '{"theme":"dark"}']) expect(parseThemeChoice(raw)).toBe('auto');
  });

  it('follows the device when the choice is auto, and the choice otherwise', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    for (const device of [true, false]) {
      expect(resolveTheme('light', device)).toBe('light');
      expect(resolveTheme('dark', device)).toBe('dark');
    }
  });

  it('offers the three choices in the switch', () => {
    expect(THEME_CHOICES.map((c) => c.value)).toEqual(['auto', 'light', 'dark']);
  });
});

/** A page's globals: a <html> element, a device setting that can change, events of other tabs. */
function fakePage(deviceDark: boolean) {
  const html = { dataset: {} as Record<string, string>, attrs: {} as Record<string, string>, setAttribute(k: string, v: string) { this.attrs[k] = v; } };
  const media = { matches: deviceDark, listeners: [] as (() => void)[] };
  const windowEvents: Record<string, ((e: { key: string | null }) => void)[]> = {};
  const g = globalThis as Record<string, unknown>;
  g.document = { documentElement: html };
  const matchMedia = (q: string) => {
    expect(q).toBe('(prefers-color-scheme: dark)');
    return { get matches() { return media.matches; }, addEventListener: (_: string, cb: () => void) => media.listeners.push(cb) };
  };
  g.matchMedia = matchMedia;
  g.window = {
    matchMedia,
    addEventListener: (type: string, cb: (e: { key: string | null }) => void) => { (windowEvents[type] ??= []).push(cb); },
  };
  return {
    html,
    setDevice(dark: boolean) { media.matches = dark; for (const l of media.listeners) l(); },
    otherTab(key: string | null) { for (const l of windowEvents.storage ?? []) l({ key }); },
    remove() { delete g.document; delete g.window; delete g.matchMedia; },
  };
}

describe('index.html applies the same rule before the first paint', () => {
  const store = withFakeStorage('localStorage');
  const html = readFileSync('client/index.html', 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  it('has its script in <head>, before the app', () => {
    expect(script).toContain(THEME_KEY);
    expect(html.indexOf(script)).toBeLessThan(html.indexOf('</head>'));
  });

  const stored: (string | null)[] = [null, 'light', 'dark', 'auto', 'garbage'];
  for (const raw of stored) {
    for (const device of [false, true]) {
      it(`stored ${JSON.stringify(raw)}, device ${device ? 'dark' : 'light'}`, () => {
        if (raw !== null) store.set(THEME_KEY, raw);
        const page = fakePage(device);
        try {
          new Function(script)();
          expect(page.html.attrs['data-theme']).toBe(resolveTheme(parseThemeChoice(raw), device));
        } finally {
          page.remove();
        }
      });
    }
  }

  it('does not throw when storage is refused (the app then decides)', () => {
    refuseStorage('localStorage');
    const page = fakePage(true);
    try {
      expect(() => new Function(script)()).not.toThrow();
    } finally {
      page.remove();
    }
  });
});

describe('the live theme', () => {
  const store = withFakeStorage('localStorage');

  it('applies the stored choice, follows the device, keeps the choice and hears other tabs', () => {
    store.set(THEME_KEY, 'light');
    const page = fakePage(true);
    try {
      startTheme();
      expect(page.html.dataset.theme).toBe('light');
      page.setDevice(false);
      expect(page.html.dataset.theme).toBe('light');

      setThemeChoice('auto');
      expect(store.has(THEME_KEY)).toBe(false);
      expect(page.html.dataset.theme).toBe('light');
      page.setDevice(true);
      expect(page.html.dataset.theme).toBe('dark');

      setThemeChoice('light');
      expect(store.get(THEME_KEY)).toBe('light');
      expect(page.html.dataset.theme).toBe('light');

      // Another tab chose dark: its storage event reaches this one.
      store.set(THEME_KEY, 'dark');
      page.otherTab('mdchess.guide');
      expect(page.html.dataset.theme).toBe('light');
      page.otherTab(THEME_KEY);
      expect(page.html.dataset.theme).toBe('dark');

      // Storage refused: the choice still holds for this page.
      refuseStorage('localStorage');
      const next: ThemeChoice = 'light';
      expect(() => setThemeChoice(next)).not.toThrow();
      expect(page.html.dataset.theme).toBe('light');
    } finally {
      page.remove();
    }
  });
});
