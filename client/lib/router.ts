// A tiny router on the History API: the app's routes, navigation and the current route as a hook.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'solo' }
  | { name: 'soloPlay' }
  | { name: 'match'; matchID: string }
  | { name: 'join'; matchID: string }
  | { name: 'rules'; anchor?: string }
  | { name: 'notFound'; path: string };

const ID = '([A-Za-z0-9_-]{1,64})';
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/$/, () => ({ name: 'home' })],
  [/^\/solo\/?$/, () => ({ name: 'solo' })],
  [/^\/solo\/play\/?$/, () => ({ name: 'soloPlay' })],
  [new RegExp(`^/match/${ID}/?$`), (m) => ({ name: 'match', matchID: m[1] })],
  [new RegExp(`^/join/${ID}/?$`), (m) => ({ name: 'join', matchID: m[1] })],
  [/^\/rules\/?$/, () => ({ name: 'rules' })],
];

/** The route of a path ('/match/abc' → { name: 'match', matchID: 'abc' }). */
export function parseRoute(path: string): Route {
  for (const [re, make] of PATTERNS) {
    const m = path.match(re);
    if (m) return make(m);
  }
  return { name: 'notFound', path };
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Goes to a path of the app without reloading the page. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => { listeners.delete(l); };
};
const snapshot = () => window.location.pathname;

/** The current path, re-rendering on navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

export const paths = {
  home: '/',
  solo: '/solo',
  soloPlay: '/solo/play',
  rules: '/rules',
  match: (id: string) => `/match/${encodeURIComponent(id)}`,
  join: (id: string) => `/join/${encodeURIComponent(id)}`,
};

/** The full invite link of a match, for sharing. */
export const inviteLink = (matchID: string): string => `${window.location.origin}${paths.join(matchID)}`;

/** A match code from what a player pasted: an invite link, a match link or the bare code. */
export function matchIdFromInput(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const m = text.match(/\/(?:join|match)\/([A-Za-z0-9_-]{1,64})/);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : null;
}
