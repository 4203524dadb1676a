// The mutation check's mutants (scripts/mutate.ts): what is changed, what is left alone.
import { describe, expect, it } from 'vitest';
import { applyMutant, mutantsOf } from '../../scripts/mutate';

const changes = (src: string): string[] => mutantsOf('x.ts', src).map((m) => applyMutant(src, m));

describe('mutants', () => {
  it('a number one higher (0 becomes 1)', () => {
    expect(changes('const a = 0;\nconst b = 7;')).toEqual(['const a = 1;\nconst b = 7;', 'const a = 0;\nconst b = 8;']);
  });

  it('comparisons one step looser or stricter, equality turned round', () => {
    expect(changes('f(a < b);')).toContain('f(a <= b);');
    expect(changes('f(a >= b);')).toContain('f(a > b);');
    expect(changes('f(a === b);')).toContain('f(a !== b);');
  });

  it('and for or, plus for minus, max for min, true for false, a dropped not', () => {
    expect(changes('f(a && b);')).toContain('f(a || b);');
    expect(changes('f(a - b);')).toContain('f(a + b);');
    expect(changes('x += 2;')).toContain('x -= 2;');
    expect(changes('f(Math.max(a, b));')).toContain('f(Math.min(a, b));');
    expect(changes('f(true);')).toContain('f(false);');
    expect(changes('if (!a) f();')).toContain('if (a) f();');
  });

  it('a statement left out', () => {
    expect(changes('g.x = 1;\nf();')).toContain('g.x = 1;\n;');
  });

  it('leaves text alone: no plus between strings, nothing inside a template, types or imports', () => {
    expect(changes("const s = 'a' + b;")).toEqual([]);
    expect(changes('const s = `${a + 1} left`;')).toEqual([]);
    expect(changes("import { a } from './a.js';\ntype T = { n: 3 };")).toEqual([]);
  });

  it('knows where each change is, for the report', () => {
    const [m] = mutantsOf('game/x.ts', '\n  if (a > 1) f();');
    expect(m).toMatchObject({ file: 'game/x.ts', line: 2, column: 9, kind: 'operator', original: '>', replacement: '>=' });
  });
});
