// Starts a worker thread on one of the server's own modules, from the TypeScript sources or from
// compiled JavaScript alike (the bot worker, the state writer, the checkpointer).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/** The URL of a worker module beside `from` (a module's import.meta.url), .ts or .js as `from` is. */
export const workerUrl = (from: string, name: string): URL => new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);

/** The URL of tsx's ESM API (`tsx/esm/api`, import condition), found from this file. */
export function tsxEsmApi(): string {
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === 'function') {
    try { return resolve('tsx/esm/api'); } catch { /* fall through */ }
  }
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
}

/**
 * How a worker starts. From compiled JavaScript: the worker file itself. From the TypeScript
 * sources (the server runs under tsx): a small bootstrap that loads the .ts module with tsx's
 * `tsImport`. Node 20 does not apply `--import tsx` loader hooks to a worker's entry file
 * (nodejs/node#47747: "Unknown file extension .ts"), whether the server was started with
 * `tsx server/main.ts` or `node --import tsx server/main.ts`, so `execArgv: ['--import', 'tsx']`
 * alone is not enough there; the bootstrap works in both, and under vitest. `workerData` reaches
 * the module either way.
 */
export function startWorker(url: URL, what: string, workerData?: unknown, transferList?: TransferListItem[]): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData, transferList });
  const boot = `import(${JSON.stringify(tsxEsmApi())})` +
    `.then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))` +
    `.catch((e) => { console.error(${JSON.stringify(`${what} failed to start:`)}, e); process.exit(1); });`;
  return new Worker(boot, { eval: true, workerData, transferList });
}

/**
 * Asks a worker to end (the message 'stop': it closes what it holds and lets its port go) and
 * resolves once it has; a worker that has not ended within `graceMs` is terminated.
 */
export async function stopWorker(worker: Worker, exited: Promise<void>, graceMs: number): Promise<void> {
  worker.postMessage('stop');
  const timeout = setTimeout(() => void worker.terminate(), graceMs);
  timeout.unref();
  await exited;
  clearTimeout(timeout);
}
