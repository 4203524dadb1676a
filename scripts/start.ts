// `npm start`: build the browser client if it is not built (or older than its sources), then run
// the game server in production mode on PORT (default 8000).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist/client/index.html');

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Newest modification time of a file, or of the files under a folder. */
const changed = (p: string): number => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs);

// The build's own configuration counts too (the service worker is made by a plugin of it).
const sources = ['client', 'game', 'assets', 'vite.config.ts', 'scripts/serviceWorkerPlugin.ts', 'scripts/webAppPlugin.ts'].map((d) => join(root, d)).filter(existsSync);
const stale = !existsSync(built) || Math.max(...sources.map(changed)) > statSync(built).mtimeMs;
if (stale && existsSync(join(root, 'client/App.tsx'))) {
  console.log('Building the client…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
process.env.NODE_ENV = 'production';
await import('../server/main.js');
