// The service worker's rules (client/serviceWorker.ts): what it keeps and how it answers, so that
// the app opens with no connection and a solo match resumes after a reload. It keeps the page
// shell (index.html, the same for every route of the app) and the built files, nothing else:
// everything that talks to the game server (the lobby API, the sockets, the seminar API,
// /healthz) goes to the network untouched, as if there were no service worker.
// Pure functions over the caches and fetch they are given, so tests can run them in Node.

/** Every cache of ours starts so; the current one adds the build's version. */
export const CACHE_PREFIX = 'mdchess-offline-';
/** The key the page shell is kept under (a path: the service worker resolves it on its origin). */
export const SHELL_KEY = '/';

/** How a request is answered: from the network with the shell kept as a fallback, from the kept built files, or left alone. */
export type Plan = 'shell' | 'asset' | 'network';

/** The game server's own routes: never answered from a cache (the app's pages are /seminar and /seminar/<class>). */
const SERVER_ROUTES = /^\/(games|socket\.io|api|healthz|seminar\/(classes|join|student))(\/|$)/;

export interface RequestLike {
  method: string;
  url: string;
  /** 'navigate' for the loading of a page. */
  mode: string;
}

export function planFor(request: RequestLike, origin: string): Plan {
  if (request.method !== 'GET') return 'network';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'network';
  }
  if (url.origin !== origin) return 'network';
  if (url.pathname.startsWith('/assets/')) return 'asset';
  if (request.mode === 'navigate' && !SERVER_ROUTES.test(url.pathname)) return 'shell';
  return 'network';
}

/** The parts of the Cache API used here. */
export interface CacheLike {
  match(key: Request | string, options?: { ignoreVary?: boolean }): Promise<Response | undefined>;
  put(key: Request | string, response: Response): Promise<void>;
  addAll(keys: string[]): Promise<void>;
}

export interface OfflineDeps {
  /** The current version's cache. */
  cache(): Promise<CacheLike>;
  fetch(request: Request | string): Promise<Response>;
  /** Keeps the worker alive until the promise settles (the event's waitUntil). */
  keep(work: Promise<unknown>): void;
}

const isPage = (response: Response) => response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html');

/**
 * A page of the app: the network's answer whenever there is one (so a new version shows at
 * once), kept as the shell; with no network, the kept shell. The app then routes by the URL.
 */
export async function answerPage(request: Request, deps: OfflineDeps): Promise<Response> {
  try {
    const response = await deps.fetch(request);
    if (isPage(response)) {
      const copy = response.clone();
      deps.keep(deps.cache().then((cache) => cache.put(SHELL_KEY, copy)));
    }
    return response;
  } catch (err) {
    const kept = await (await deps.cache()).match(SHELL_KEY);
    if (kept) return kept;
    throw err;
  }
}

/**
 * A built file: its name carries a hash of its content, so a kept copy is always the right one.
 * The server's answers say `Vary: Origin` (its CORS layer) and the page asks for its scripts with
 * an Origin header the install's requests did not have: the match ignores Vary, or no kept file
 * would ever be found.
 */
export async function answerAsset(request: Request, deps: OfflineDeps): Promise<Response> {
  const cache = await deps.cache();
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await deps.fetch(request);
  if (response.ok) {
    const copy = response.clone();
    deps.keep(cache.put(request, copy));
  }
  return response;
}

/** On install: keep the shell and every built file of this version (all or nothing: a failed install is retried on the next visit). */
export async function precache(deps: Pick<OfflineDeps, 'cache'>, files: readonly string[]): Promise<void> {
  await (await deps.cache()).addAll([SHELL_KEY, ...files]);
}

/** The names of our caches other than the current one: an older version's, to delete once this one is active. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/** What the build writes into the service worker: its version and the built files to keep. */
export interface Precache {
  version: string;
  files: string[];
}

/** Reads the build's list (see scripts/serviceWorkerPlugin.ts); refuses anything malformed. */
export function readPrecache(json: string): Precache {
  const data = JSON.parse(json) as Partial<Precache>;
  const ok = typeof data.version === 'string' && /^[0-9a-f]{6,}$/.test(data.version) && Array.isArray(data.files)
    && data.files.every((f) => typeof f === 'string' && f.startsWith('/assets/'));
  if (!ok) throw new Error('the service worker was built without its list of files');
  return { version: data.version!, files: data.files! };
}
