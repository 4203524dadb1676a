// The service worker (built to /sw.js by scripts/serviceWorkerPlugin.ts): keeps the app's page
// and built files so the game opens with no connection and a solo match resumes after a reload.
// Its rules are in lib/offlineCache.ts; this file only wires them to the worker's events.
import {
  CACHE_PREFIX, answerAsset, answerPage, planFor, precache, readPrecache, staleCaches, type OfflineDeps,
} from './lib/offlineCache';

// The build replaces this string with the version and the list of built files.
const PRECACHE = readPrecache('__MDCHESS_PRECACHE__');
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;

// The worker's own types (the project compiles against the DOM's, which lack them).
interface WorkerEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
}
const worker = self as unknown as WorkerScope;

const depsFor = (event: WorkerEvent): OfflineDeps => ({
  cache: () => caches.open(CACHE),
  fetch: (request) => fetch(request),
  keep: (work) => event.waitUntil(work.catch(() => {})),
});

worker.addEventListener('install', (event) => {
  // A new version takes over at once: its files are all kept before it does.
  event.waitUntil(precache(depsFor(event), PRECACHE.files).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(staleCaches(names, CACHE).map((name) => caches.delete(name)));
    await worker.clients.claim();
  })());
});

worker.addEventListener('fetch', (event) => {
  const plan = planFor(event.request, worker.location.origin);
  if (plan === 'network') return;
  const deps = depsFor(event);
  event.respondWith(plan === 'shell' ? answerPage(event.request, deps) : answerAsset(event.request, deps));
});
