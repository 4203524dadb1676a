// A tiny router on the History API: the app's routes, navigation and the current route as a hook.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'solo' }
  | { name: 'soloPlay' }
  | { name: 'match'; matchID: string }
  | { name: 'replay'; matchID: string }
  | { name: 'soloReplay' }
  | { name: 'join'; matchID: string }
  | { name: 'rules'; anchor?: string }
  | { name: 'seminar' }
  | { name: 'seminarConsole'; classID: string }
  | { name: 'seminarDebrief'; classID: string }
  | { name: 'classJoin' }
  | { name: 'classPlace'; classID: string }
  | { name: 'notFound'; path: string };

const ID = '([A-Za-z0-9_-]{1,64})';
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Route][] = [
  [/^\/$/, () => ({ name: 'home' })],
  [/^\/solo\/?$/, () => ({ name: 'solo' })],
  [/^\/solo\/play\/?$/, () => ({ name: 'soloPlay' })],
  [/^\/solo\/replay\/?$/, () => ({ name: 'soloReplay' })],
  [new RegExp(`^/match/${ID}/?$`), (m) => ({ name: 'match', matchID: m[1] })],
  [new RegExp(`^/match/${ID}/replay/?$`), (m) => ({ name: 'replay', matchID: m[1] })],
  [new RegExp(`^/join/${ID}/?$`), (m) => ({ name: 'join', matchID: m[1] })],
  [/^\/rules\/?$/, () => ({ name: 'rules' })],
  [/^\/seminar\/?$/, () => ({ name: 'seminar' })],
  [new RegExp(`^/seminar/${ID}/?$`), (m) => ({ name: 'seminarConsole', classID: m[1] })],
  [new RegExp(`^/seminar/${ID}/debrief/?$`), (m) => ({ name: 'seminarDebrief', classID: m[1] })],
  [/^\/class\/?$/, () => ({ name: 'classJoin' })],
  [new RegExp(`^/class/${ID}/?$`), (m) => ({ name: 'classPlace', classID: m[1] })],
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
  replay: (id: string) => `/match/${encodeURIComponent(id)}/replay`,
  soloReplay: '/solo/replay',
  join: (id: string) => `/join/${encodeURIComponent(id)}`,
  seminar: '/seminar',
  seminarConsole: (classID: string) => `/seminar/${encodeURIComponent(classID)}`,
  seminarDebrief: (classID: string) => `/seminar/${encodeURIComponent(classID)}/debrief`,
  classJoin: (code?: string) => (code ? `/class?code=${encodeURIComponent(code)}` : '/class'),
  classPlace: (classID: string) => `/class/${encodeURIComponent(classID)}`,
};

/** The link students open to join a class (the code filled in). */
export const studentLink = (code: string): string => `${window.location.origin}${paths.classJoin(code)}`;

/** The facilitator's private link: whoever opens it runs the class. */
export const facilitatorLink = (classID: string, token: string): string =>
  `${window.location.origin}${paths.seminarConsole(classID)}#key=${encodeURIComponent(token)}`;

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

/** A class code from what a student typed or pasted (the code, or the class link): upper case, letters and digits. */
export function classCodeFromInput(raw: string): string {
  const m = raw.match(/[?&]code=([A-Za-z0-9]+)/);
  return (m ? m[1] : raw).toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 16);
}
