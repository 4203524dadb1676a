// The web app manifest and its icons (scripts/webAppPlugin.ts): every icon it names exists at the
// size it says, and its colours are the page's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, webAppManifest } from '../../scripts/webAppPlugin';

const ICON_DIR = 'assets/icons';

/** A PNG's width and height, from its header (IHDR). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the web app manifest', () => {
  const manifest = webAppManifest() as { icons: { src: string; sizes: string; type: string; purpose: string }[]; [k: string]: unknown };

  it('names the game, opens at the home page in a window of its own', () => {
    expect(manifest.name).toBe('Multi-dimensional Chess');
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12); // what fits under a home-screen icon
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  });

  it("uses the page's colours: the ink of its theme-color and the paper of its background", () => {
    const html = readFileSync('client/index.html', 'utf8');
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color}" />`);
    expect(readFileSync('client/styles/tokens.css', 'utf8')).toContain(`--paper: ${manifest.background_color};`);
  });

  it('lists icons of 192 and 512 pixels, one of them for launchers that mask icons', () => {
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(png.filter((i) => i.purpose === 'maskable').map((i) => i.sizes)).toEqual(['512x512']);
  });

  it('names only icons that exist, each at the size it says', () => {
    for (const icon of manifest.icons) {
      const file = join(ICON_DIR, icon.src.replace(/^\/icons\//, ''));
      if (icon.type !== 'image/png') {
        expect(readFileSync(file, 'utf8')).toContain('<svg');
        continue;
      }
      const { width, height } = pngSize(file);
      expect(`${width}x${height}`, file).toBe(icon.sizes);
    }
  });

  it('has every bitmap the icon build makes, at its size (re-run npm run build:icons after changing a size)', () => {
    for (const icon of ICONS) expect(pngSize(join(ICON_DIR, icon.file)), icon.file).toEqual({ width: icon.size, height: icon.size });
  });
});
