// A Vite plugin that builds client/serviceWorker.ts to /sw.js (a fixed name: browsers look for a
// service worker by its URL) and writes into it the build's version and the list of built files
// it keeps for offline play (client/lib/offlineCache.ts).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const PLACEHOLDER = /(["'`])__MDCHESS_PRECACHE__\1/;

/** The list written into the service worker: every built file, and a version that changes with any of them. */
export function precacheList(fileNames: readonly string[]): { version: string; files: string[] } {
  const files = fileNames.filter((f) => f.startsWith('assets/')).sort().map((f) => `/${f}`);
  // Built files carry a hash of their content in their names: the list of names is the build's identity.
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  return { version, files };
}

export function serviceWorker(entry: string): Plugin {
  return {
    name: 'mdchess-service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const sw = bundle[SERVICE_WORKER_FILE];
      if (!sw || sw.type !== 'chunk') return this.error(`${SERVICE_WORKER_FILE} was not built`);
      // A service worker started as a classic script cannot import: everything must be in the one file.
      if (sw.imports.length || sw.dynamicImports.length) return this.error(`${SERVICE_WORKER_FILE} must not import other chunks`);
      const list = precacheList(Object.keys(bundle));
      const code = sw.code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(list)));
      if (code === sw.code) return this.error(`${SERVICE_WORKER_FILE} lost the placeholder for its list of files`);
      sw.code = code;
    },
  };
}
