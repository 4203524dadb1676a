// Renders the app's icons (assets/icons/*.png) from their SVG sources with Chromium, for the web
// app manifest (scripts/webAppPlugin.ts): launchers and home screens want bitmaps of set sizes.
// Run with `npm run build:icons` after changing an SVG; the output is committed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ICONS } from './webAppPlugin.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/icons');

async function main(): Promise<void> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const svg = readFileSync(resolve(DIR, icon.source), 'utf8');
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${icon.size}px;height:${icon.size}px}</style>${svg}`);
      await page.screenshot({ path: resolve(DIR, icon.file), omitBackground: icon.transparent });
      await page.close();
      console.log(`assets/icons/${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
