import { describe, expect, it } from 'vitest';
import { newMatchID } from '../../server/lobby.js';

describe('match ids', () => {
  it('are 12 url-safe characters that never begin with - or _ (a CSV would quote them as formulas)', () => {
    const ids = Array.from({ length: 5000 }, newMatchID);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{11}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
