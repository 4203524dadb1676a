// Serves the built client (dist/client): files by path, index.html for the app's routes.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Next } from 'koa';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Multi-dimensional Chess</title>
<body style="font-family:system-ui;background:#f5f1e8;color:#1f2933;max-width:40rem;margin:4rem auto;padding:0 1rem">
<h1>Multi-dimensional Chess</h1><p>The game server is running, but the browser client has not been built.
Run <code>npm start</code> (it builds the client first) or <code>npm run build</code>.</p></body></html>`;

export function serveClient(dir: string) {
  const root = normalize(dir + sep);
  return async (ctx: Context, next: Next): Promise<void> => {
    // The API's routes come first; files answer what they leave unanswered.
    await next();
    if (ctx.body !== undefined || ctx.status !== 404) return;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return;
    if (ctx.path.startsWith('/games') || ctx.path.startsWith('/socket.io') || ctx.path.startsWith('/api')) return;
    let rel: string;
    try {
      rel = decodeURIComponent(ctx.path);
    } catch {
      ctx.status = 400;
      return;
    }
    const file = normalize(join(root, rel));
    const inside = file.startsWith(root);
    const isFile = inside && existsSync(file) && statSync(file).isFile();
    const index = join(root, 'index.html');
    if (isFile) {
      ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Built assets carry a content hash in their names: cache them for good.
      ctx.set('Cache-Control', rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      ctx.body = createReadStream(file);
    } else if (extname(rel) === '' && existsSync(index)) {
      ctx.type = TYPES['.html'];
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = createReadStream(index);
    } else if (extname(rel) === '') {
      ctx.type = TYPES['.html'];
      ctx.body = NOT_BUILT;
    } else {
      ctx.status = 404;
    }
    ctx.set('X-Content-Type-Options', 'nosniff');
  };
}
