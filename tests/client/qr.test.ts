// The join screen's QR code (client/lib/qr.ts): the path draws exactly the code's dark modules, the
// size is a QR version's, and the three finder patterns sit in their corners.
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrOf } from '../../client/lib/qr';

/** The grid a path of `M{c} {r}h{n}v1h{-n}z` runs draws. */
function grid(path: string, size: number): boolean[][] {
  const g = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [c, r, n, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(n);
    for (let i = 0; i < n; i++) {
      expect(g[r][c + i], `module ${r},${c + i} drawn twice`).toBe(false);
      g[r][c + i] = true;
    }
  }
  return g;
}

describe('qrOf', () => {
  const link = 'https://chess.example.org/class?code=KDRX2P';
  const qr = qrOf(link);

  it('draws exactly the dark modules of the code', () => {
    const ref = qrcode(0, 'M');
    ref.addData(link, 'Byte');
    ref.make();
    expect(qr.size).toBe(ref.getModuleCount());
    const g = grid(qr.path, qr.size);
    for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) expect(g[r][c], `${r},${c}`).toBe(ref.isDark(r, c));
    // The path is only runs: nothing else in it.
    expect(qr.path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  });

  it('is a QR code: a version\'s size, finder patterns in three corners', () => {
    expect((qr.size - 21) % 4).toBe(0);
    const g = grid(qr.path, qr.size);
    const finderAt = (r0: number, c0: number) => {
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 7; c++) {
          const ring = r === 0 || r === 6 || c === 0 || c === 6;
          const centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
          expect(g[r0 + r][c0 + c], `finder ${r0},${c0} at ${r},${c}`).toBe(ring || centre);
        }
      }
    };
    finderAt(0, 0);
    finderAt(0, qr.size - 7);
    finderAt(qr.size - 7, 0);
  });

  it('grows with the text and differs for different texts', () => {
    expect(qrOf('x'.repeat(200)).size).toBeGreaterThan(qr.size);
    expect(qrOf(`${link}A`).path).not.toBe(qr.path);
  });
});
