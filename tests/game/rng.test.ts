// The seeded generator and its helpers (game/rng.ts): mulberry32 and FNV-1a must give the exact
// published sequences (the same seed gives the same match across versions: replays, and the
// simulator's figures in docs/balance.md), randomInt stays in [0, n) and reaches every value,
// shuffle is a Fisher–Yates permutation, and rankWithTies breaks ties with the seeded random
// (rules §7 "Ties are broken with the game's seeded random").
//
// The expected values are computed independently of game/rng.ts: the reference functions below
// are written from the published definitions (mulberry32 by Tommy Ettinger; FNV-1a 32-bit by
// Fowler, Noll and Vo), and the literal numbers were checked with a node one-liner running that
// published code, without importing game/rng.ts. The FNV-1a hashes of "", "a" and "foobar" are
// the official test vectors of the FNV reference page.
import { describe, expect, it } from 'vitest';
import { hashString, randomInt, rankWithTies, seededRng, shuffle } from '../../game/rng.js';
import type { Rng } from '../../game/types.js';

/** mulberry32 as published: the state moves by 0x6D2B79F5 and each output is a 32-bit integer over 2^32. */
function refMulberry32(a: number): () => number {
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit over the bytes of an ASCII string: offset basis 2166136261, prime 16777619. */
function refFnv1a(s: string): number {
  let h = 2166136261;
  for (const byte of Buffer.from(s, 'latin1')) {
    h ^= byte;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const draws = (r: { next(): number } | (() => number), n: number): number[] =>
  Array.from({ length: n }, () => (typeof r === 'function' ? r() : r.next()));

describe('seededRng is mulberry32', () => {
  it('seed 1 and seed 2026 start with the published mulberry32 outputs', () => {
    // 2^32 × the first three outputs of mulberry32(1) and mulberry32(2026), from the published code.
    expect(draws(seededRng(1), 3).map((x) => x * 4294967296)).toEqual([2693262067, 11749833, 2265367787]);
    expect(draws(seededRng(2026), 3).map((x) => x * 4294967296)).toEqual([1955961175, 1324980858, 2839649622]);
    expect(seededRng(1).next()).toBe(0.6270739405881613);
  });

  it('every output equals the reference mulberry32 for several seeds, a long way into the sequence', () => {
    for (const seed of [0, 1, 2, 7, 42, 2026, 123456789, 0xffffffff]) {
      expect(draws(seededRng(seed), 200), `seed ${seed}`).toEqual(draws(refMulberry32(seed), 200));
    }
  });

  it('a number seed is taken as an unsigned 32-bit integer', () => {
    expect(draws(seededRng(-1), 5)).toEqual(draws(refMulberry32(0xffffffff), 5));
    expect(draws(seededRng(2 ** 32 + 5), 5)).toEqual(draws(refMulberry32(5), 5));
    expect(seededRng(3).state).toBe(3);
  });

  it('outputs lie in [0, 1)', () => {
    const r = seededRng(99);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('hashString is FNV-1a (string seeds)', () => {
  it('gives the official FNV-1a 32-bit test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('agrees with the reference FNV-1a on longer strings, and a string seed is its hash', () => {
    for (const s of ['seminar', 'match-7f3a', 'Multi-dimensional Chess', 'baseline-2019/2026']) {
      expect(hashString(s), s).toBe(refFnv1a(s));
    }
    expect(hashString('seminar')).toBe(0xcf5bceb0);
    expect(seededRng('seminar').state).toBe(0xcf5bceb0);
    expect(draws(seededRng('foobar'), 5)).toEqual(draws(refMulberry32(0xbf9cf968), 5));
  });
});

describe('randomInt: a whole number in [0, n)', () => {
  it('reaches every value from 0 to n − 1 and never n', () => {
    const r = seededRng(5);
    for (const n of [1, 2, 3, 5, 8]) {
      const seen = new Set<number>();
      for (let i = 0; i < 500; i++) seen.add(randomInt(r, n));
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it('maps the generator\'s number onto n equal slices', () => {
    const at = (x: number): Rng => ({ next: () => x });
    expect(randomInt(at(0), 4)).toBe(0);
    expect(randomInt(at(0.2499), 4)).toBe(0);
    expect(randomInt(at(0.25), 4)).toBe(1);
    expect(randomInt(at(0.75), 4)).toBe(3);
    expect(randomInt(at(0.9999), 4)).toBe(3);
  });

  it('stays below n even for a generator that returns 1 (the Rng interface does not rule it out)', () => {
    const one: Rng = { next: () => 1 };
    expect(randomInt(one, 1)).toBe(0);
    expect(randomInt(one, 6)).toBe(5);
  });
});

describe('shuffle: Fisher–Yates in place', () => {
  it('returns the same array, holding the same items, for many seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const arr = ['a', 'b', 'c', 'd', 'e', 'f'];
      const out = shuffle(arr, seededRng(seed));
      expect(out).toBe(arr);
      expect(out.length).toBe(6);
      expect([...out].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    }
  });

  it('puts every item in every position over the seeds', () => {
    const where = new Map<string, Set<number>>();
    for (let seed = 1; seed <= 300; seed++) {
      shuffle(['a', 'b', 'c', 'd'], seededRng(seed)).forEach((x, i) => where.set(x, (where.get(x) ?? new Set()).add(i)));
    }
    for (const x of ['a', 'b', 'c', 'd']) expect(where.get(x)!.size, x).toBe(4);
  });

  it('swaps item i with a draw from [0, i], from the last item down (the reference shuffle, same draws)', () => {
    const refShuffle = <T>(arr: T[], next: () => number): T[] => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    };
    for (const seed of [1, 2, 3, 2026]) {
      const items = Array.from({ length: 12 }, (_, i) => i);
      expect(shuffle([...items], seededRng(seed)), `seed ${seed}`).toEqual(refShuffle([...items], refMulberry32(seed)));
    }
    // Hand check: draws 0.9 then 0 over [x, y, z]: i = 2 swaps with j = ⌊0.9·3⌋ = 2 (stays), i = 1 with j = 0.
    const seq = [0.9, 0];
    const scripted: Rng = { next: () => seq.shift()! };
    expect(shuffle(['x', 'y', 'z'], scripted)).toEqual(['y', 'x', 'z']);
  });
});

describe('rankWithTies (rules §7: ties are broken with the game\'s seeded random)', () => {
  it('orders by score, best first, for max and for min', () => {
    const items = ['low', 'high', 'mid'];
    const score = (s: string): number => ({ low: 1, mid: 2, high: 3 })[s]!;
    expect(rankWithTies(items, score, seededRng(1), 'max')).toEqual(['high', 'mid', 'low']);
    expect(rankWithTies(items, score, seededRng(1), 'min')).toEqual(['low', 'mid', 'high']);
  });

  it('two tied candidates come out in either order, depending on the seed', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      orders.add(rankWithTies(['RU', 'CN', 'EU'], (p) => (p === 'EU' ? 0 : 5), seededRng(seed), 'max').join(','));
    }
    expect([...orders].sort()).toEqual(['CN,RU,EU', 'RU,CN,EU']);
  });
});
