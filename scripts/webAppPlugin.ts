// A Vite plugin that makes the game installable as an app (on a phone's home screen, or as a
// window of its own on a laptop): it writes /manifest.webmanifest, copies the icons of
// assets/icons/ to /icons/, and links both from the page. The bitmaps come from their SVG
// sources with `npm run build:icons` (scripts/buildIcons.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const MANIFEST_FILE = 'manifest.webmanifest';

/** Each bitmap: its source, its size, whether its corners stay transparent, and what launchers may do with it. */
export const ICONS = [
  { file: 'icon-192.png', source: 'icon.svg', size: 192, transparent: true, purpose: 'any' },
  { file: 'icon-512.png', source: 'icon.svg', size: 512, transparent: true, purpose: 'any' },
  { file: 'icon-maskable-512.png', source: 'icon-maskable.svg', size: 512, transparent: false, purpose: 'maskable' },
  { file: 'apple-touch-icon-180.png', source: 'icon-maskable.svg', size: 180, transparent: false, purpose: null },
] as const;

/** The manifest: the game's name, colours (ui.md's paper and ink) and icons. */
export function webAppManifest(): Record<string, unknown> {
  return {
    name: 'Multi-dimensional Chess',
    short_name: 'MD Chess',
    description: 'Lead a Central Asian state between Moscow, Beijing and Brussels on four boards at once: online with friends, in class, or solo against bots.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f5f1e8',
    theme_color: '#1f2933',
    icons: [
      ...ICONS.filter((i) => i.purpose).map((i) => ({ src: `/icons/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

export function webApp(iconDir: string): Plugin {
  return {
    name: 'mdchess-web-app',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: `${JSON.stringify(webAppManifest(), null, 2)}\n` });
      for (const file of [...ICONS.map((i) => i.file), 'icon.svg']) {
        this.emitFile({ type: 'asset', fileName: `icons/${file}`, source: readFileSync(join(iconDir, file)) });
      }
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: `/${MANIFEST_FILE}` }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' }, injectTo: 'head' },
    ],
  };
}
