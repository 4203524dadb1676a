import { describe, expect, it } from 'vitest';
import { RateLimit } from '../../server/rateLimit.js';

describe('RateLimit', () => {
  it('blocks a key after `limit` hits in its window, and frees it when the window ends', () => {
    const rl = new RateLimit(3, 1000);
    for (let i = 0; i < 3; i++) { expect(rl.blocked('a', 100)).toBe(false); rl.hit('a', 100 + i); }
    expect(rl.blocked('a', 500)).toBe(true);
    expect(rl.blocked('b', 500)).toBe(false);
    expect(rl.blocked('a', 1100)).toBe(false);
  });

  it('stays bounded under a flood of keys', () => {
    const rl = new RateLimit(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) rl.hit(`k${i}`, i);
    expect((rl as unknown as { hits: Map<string, unknown> }).hits.size).toBeLessThanOrEqual(100);
    expect(rl.blocked('k999', 1000)).toBe(true);
  });
});
