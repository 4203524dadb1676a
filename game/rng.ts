// Seeded randomness for bots, the simulator and tests. The game itself uses boardgame.io's
// seeded random through the same Rng interface, so the rules never call Math.random.
import type { Rng } from './types.js';

/** A small, fast, seedable PRNG (mulberry32). Its whole state is one integer. */
export function seededRng(seed: number | string): Rng & { state: number } {
  let s = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const rng = {
    get state() { return s; },
    next(): number {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
  return rng;
}

/** FNV-1a hash of a string, for string seeds. */
export function hashString(str: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A whole number in [0, n). */
export const randomInt = (rng: Rng, n: number): number => Math.min(n - 1, Math.floor(rng.next() * n));

/** Fisher–Yates shuffle in place; returns the array. */
export function shuffle<T>(arr: T[], rng: Rng): T[] {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

/**
 * Orders candidates by score (best first), breaking ties with the seeded random:
 * each group of equal scores is shuffled. rules §7 "Ties are broken with the game's seeded random."
 */
export function rankWithTies<T>(items: T[], score: (t: T) => number, rng: Rng, best: 'max' | 'min'): T[] {
  const scored = items.map((item) => ({ item, s: score(item) }));
  scored.sort((a, b) => (best === 'max' ? b.s - a.s : a.s - b.s));
  const out: T[] = [];
  for (let i = 0; i < scored.length; ) {
    let j = i;
    while (j < scored.length && scored[j].s === scored[i].s) j++;
    const group = scored.slice(i, j).map((x) => x.item);
    if (group.length > 1) shuffle(group, rng);
    out.push(...group);
    i = j;
  }
  return out;
}
