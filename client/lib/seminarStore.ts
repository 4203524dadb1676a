// This browser's classes, kept in localStorage: the ones it runs (with the facilitator's token)
// and the ones it joined as a student (with the student's token).
import { storedMap } from './storedMap';

export interface RunClass {
  classID: string;
  title: string;
  code: string;
  token: string;
  createdAt: number;
}

export interface JoinedSeminar {
  classID: string;
  studentID: string;
  token: string;
  name: string;
  title: string;
  /** The student's match, to come back to the class from it. */
  matchID?: string;
  /** The match the student was sent into once it started (not again: they may come back here). */
  sentTo?: string;
  joinedAt: number;
}

const runs = storedMap<RunClass>('mdchess.classes', (x) => typeof x.classID === 'string' && typeof x.token === 'string');
const joins = storedMap<JoinedSeminar>('mdchess.classSeats', (x) => typeof x.classID === 'string' && typeof x.token === 'string');

export const getRunClass = (classID: string): RunClass | null => runs.get(classID);
export const saveRunClass = (c: RunClass): void => runs.set(c.classID, c);
export const forgetRunClass = (classID: string): void => runs.remove(classID);
/** The classes this browser runs, newest first. */
export const listRunClasses = (): RunClass[] => runs.list().sort((a, b) => b.createdAt - a.createdAt);

export const getJoined = (classID: string): JoinedSeminar | null => joins.get(classID);
export const saveJoined = (j: JoinedSeminar): void => joins.set(j.classID, j);
export const listJoined = (): JoinedSeminar[] => joins.list().sort((a, b) => b.joinedAt - a.joinedAt);
/** The class a match belongs to, if this browser was sent to it as a student. */
export const joinedByMatch = (matchID: string): JoinedSeminar | null => joins.list().find((j) => j.matchID === matchID) ?? null;

/**
 * Takes the facilitator's token from a private link's hash (`#key=…`) into storage and removes it
 * from the address bar, so it is not left on screen or in the history. Returns the token found.
 */
export function takeKeyFromHash(classID: string): string | null {
  const m = window.location.hash.match(/(?:^#|&)key=([^&\s]{8,400})/);
  if (!m) return null;
  const token = safeDecode(m[1]);
  const known = runs.get(classID);
  saveRunClass(known ? { ...known, token } : { classID, title: '', code: '', token, createdAt: Date.now() });
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return token;
}

/** The class ID and token of a pasted private link (`…/seminar/<id>#key=<token>`), or null. */
export function parsePrivateLink(raw: string): { classID: string; token: string } | null {
  const m = raw.trim().match(/\/seminar\/([A-Za-z0-9_-]{1,64})\/?#key=([^&\s]{8,400})/);
  return m ? { classID: m[1], token: safeDecode(m[2]) } : null;
}

/** What a facilitator pasted to open a class: its key, or why it will not do (one sentence). */
export function readPrivateLink(raw: string, classID: string): { token: string } | { error: string } {
  const text = raw.trim();
  const needed = 'Paste the private facilitator link: it ends with #key= and a long key.';
  if (!text) return { error: needed };
  const p = parsePrivateLink(text);
  if (p) return p.classID === classID ? { token: p.token } : { error: 'That private link is for another class.' };
  if (/[?&]code=|\/class\b/.test(text)) return { error: `That is the student link: it lets students join but does not unlock the console. ${needed}` };
  if (/^[A-Za-z0-9]{4,16}$/.test(text)) return { error: `That looks like the class code: it lets students join but does not unlock the console. ${needed}` };
  if (/\/seminar\//.test(text)) return { error: `That link has no key: the console’s address alone does not unlock it. ${needed}` };
  return { error: needed };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
