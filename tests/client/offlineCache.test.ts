// The service worker's rules (client/lib/offlineCache.ts) and the build's list of files it keeps
// (scripts/serviceWorkerPlugin.ts), run in Node against a cache in memory.
import { describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX, SHELL_KEY, answerAsset, answerPage, planFor, precache, readPrecache, staleCaches,
  type CacheLike, type OfflineDeps,
} from '../../client/lib/offlineCache';
import { precacheList } from '../../scripts/serviceWorkerPlugin';

const ORIGIN = 'http://localhost:8000';

/**
 * A Cache in memory, keyed by URL path as the worker's relative keys resolve. Like a browser's, it
 * honours `Vary: Origin` unless told to ignore it: a response kept for a request without an Origin
 * header does not match one with it.
 */
class MemoryCache implements CacheLike {
  readonly entries = new Map<string, { response: Response; origin: string | null }>();
  added: string[] = [];
  private key(k: Request | string): string {
    return typeof k === 'string' ? k : new URL(k.url).pathname;
  }
  async match(k: Request | string, options: { ignoreVary?: boolean } = {}) {
    const entry = this.entries.get(this.key(k));
    if (!entry) return undefined;
    const origin = typeof k === 'string' ? null : k.headers.get('origin');
    const varies = /\borigin\b/i.test(entry.response.headers.get('vary') ?? '');
    if (varies && !options.ignoreVary && origin !== entry.origin) return undefined;
    return entry.response.clone();
  }
  async put(k: Request | string, response: Response) {
    this.entries.set(this.key(k), { response, origin: typeof k === 'string' ? null : k.headers.get('origin') });
  }
  async addAll(keys: string[]) {
    this.added.push(...keys);
    for (const k of keys) await this.put(k, new Response(`kept ${k}`, { headers: { vary: 'Origin' } }));
  }
}

function depsWith(cache: MemoryCache, network: (request: Request | string) => Promise<Response>) {
  const kept: Promise<unknown>[] = [];
  const fetched: string[] = [];
  const deps: OfflineDeps = {
    cache: async () => cache,
    fetch: (request) => {
      fetched.push(typeof request === 'string' ? request : new URL(request.url).pathname);
      return network(request);
    },
    keep: (work) => { kept.push(work); },
  };
  return { deps, fetched, settle: () => Promise.all(kept) };
}

const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));
const page = (path: string) => new Request(`${ORIGIN}${path}`);

describe('which requests the service worker answers', () => {
  const plan = (path: string, mode = 'navigate', method = 'GET', origin = ORIGIN) => planFor({ method, mode, url: `${origin}${path}` }, ORIGIN);

  it('answers the pages of the app, network first', () => {
    for (const path of ['/', '/solo', '/rules', '/match/AbC123xyZ789', '/join/AbC123xyZ789', '/seminar', '/seminar/ABC123', '/solo?seat=2']) {
      expect(plan(path), path).toBe('shell');
    }
  });

  it('answers the built files from what it kept', () => {
    expect(plan('/assets/index-B6ZbWpaI.js', 'cors')).toBe('asset');
    expect(plan('/assets/index-C7n3xvkY.css', 'no-cors')).toBe('asset');
  });

  it('leaves everything that talks to the game server alone, even when opened as a page', () => {
    for (const path of ['/games/mdchess', '/games/mdchess/AbC/join', '/socket.io/?EIO=4&transport=polling', '/healthz',
      '/seminar/classes/ABC123', '/seminar/join', '/seminar/student/x', '/api/x']) {
      expect(plan(path), path).toBe('network');
      expect(plan(path, 'cors'), path).toBe('network');
    }
  });

  it('leaves other methods, other origins, and the page fetched by code alone', () => {
    expect(plan('/assets/a.js', 'cors', 'POST')).toBe('network');
    expect(plan('/', 'navigate', 'HEAD')).toBe('network');
    expect(plan('/assets/a.js', 'cors', 'GET', 'https://example.com')).toBe('network');
    expect(plan('/', 'navigate', 'GET', 'http://localhost:8001')).toBe('network');
    expect(plan('/solo', 'cors')).toBe('network');
    expect(planFor({ method: 'GET', mode: 'navigate', url: 'not a url' }, ORIGIN)).toBe('network');
  });
});

describe('a page of the app', () => {
  it('comes from the network when it can, and is kept as the shell', async () => {
    const cache = new MemoryCache();
    const { deps, settle } = depsWith(cache, async () => html('<p>new version</p>'));
    const response = await answerPage(page('/solo'), deps);
    expect(await response.text()).toBe('<p>new version</p>');
    await settle();
    expect(await (await cache.match(SHELL_KEY))!.text()).toBe('<p>new version</p>');
  });

  it('comes from the kept shell with no network, whatever the route', async () => {
    const cache = new MemoryCache();
    await cache.put(SHELL_KEY, html('<p>kept shell</p>'));
    const { deps } = depsWith(cache, offline);
    for (const path of ['/', '/solo', '/match/AbC123xyZ789']) {
      expect(await (await answerPage(page(path), deps)).text()).toBe('<p>kept shell</p>');
    }
  });

  it('fails as the network did when nothing was kept', async () => {
    const { deps } = depsWith(new MemoryCache(), offline);
    await expect(answerPage(page('/'), deps)).rejects.toThrow('Failed to fetch');
  });

  it('keeps neither an error page nor something that is not a page', async () => {
    const cache = new MemoryCache();
    await cache.put(SHELL_KEY, html('<p>good shell</p>'));
    for (const response of [html('<p>busy</p>', 503), html('<p>missing</p>', 404),
      new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } })]) {
      const { deps, settle } = depsWith(cache, async () => response);
      expect((await answerPage(page('/'), deps)).status).toBe(response.status); // passed on as it came
      await settle();
    }
    expect(await (await cache.match(SHELL_KEY))!.text()).toBe('<p>good shell</p>');
  });
});

describe('a built file', () => {
  it('comes from what was kept, without asking the network', async () => {
    const cache = new MemoryCache();
    await cache.put('/assets/a-1.js', new Response('kept'));
    const { deps, fetched } = depsWith(cache, offline);
    expect(await (await answerAsset(page('/assets/a-1.js'), deps)).text()).toBe('kept');
    expect(fetched).toEqual([]);
  });

  it("is found when the page's request carries an Origin header the install's did not (the server varies on Origin)", async () => {
    const cache = new MemoryCache();
    await precache({ cache: async () => cache }, ['/assets/index-B.js']);
    const { deps } = depsWith(cache, offline);
    const moduleScript = new Request(`${ORIGIN}/assets/index-B.js`, { headers: { origin: ORIGIN } });
    expect(await (await answerAsset(moduleScript, deps)).text()).toBe('kept /assets/index-B.js');
  });

  it('is fetched and kept when it was not', async () => {
    const cache = new MemoryCache();
    const { deps, fetched, settle } = depsWith(cache, async () => new Response('fresh'));
    expect(await (await answerAsset(page('/assets/b-2.js'), deps)).text()).toBe('fresh');
    await settle();
    expect(fetched).toEqual(['/assets/b-2.js']);
    expect(await (await cache.match('/assets/b-2.js'))!.text()).toBe('fresh');
  });

  it('is not kept when the server did not have it', async () => {
    const cache = new MemoryCache();
    const { deps, settle } = depsWith(cache, async () => new Response('no', { status: 404 }));
    expect((await answerAsset(page('/assets/gone-3.js'), deps)).status).toBe(404);
    await settle();
    expect(cache.entries.has('/assets/gone-3.js')).toBe(false);
  });
});

describe('installing and replacing a version', () => {
  it('keeps the shell and every built file on install', async () => {
    const cache = new MemoryCache();
    await precache({ cache: async () => cache }, ['/assets/a-1.js', '/assets/b-2.css']);
    expect(cache.added).toEqual([SHELL_KEY, '/assets/a-1.js', '/assets/b-2.css']);
  });

  it('deletes only older versions of its own caches', () => {
    const current = `${CACHE_PREFIX}bbbb`;
    expect(staleCaches([`${CACHE_PREFIX}aaaa`, current, 'someone-else', `${CACHE_PREFIX}cccc`], current))
      .toEqual([`${CACHE_PREFIX}aaaa`, `${CACHE_PREFIX}cccc`]);
  });
});

describe("the build's list of files", () => {
  it('lists the built files, sorted, and leaves out the page and the worker itself', () => {
    const list = precacheList(['sw.js', 'index.html', 'assets/index-B.js', 'assets/MapView-C.js', 'assets/index-A.css']);
    expect(list.files).toEqual(['/assets/MapView-C.js', '/assets/index-A.css', '/assets/index-B.js']);
    expect(readPrecache(JSON.stringify(list))).toEqual(list);
  });

  it('has a version that changes with any file and with nothing else', () => {
    const a = precacheList(['assets/index-B.js', 'assets/x-1.js']);
    expect(precacheList(['assets/x-1.js', 'assets/index-B.js', 'sw.js']).version).toBe(a.version);
    expect(precacheList(['assets/index-B.js', 'assets/x-2.js']).version).not.toBe(a.version);
  });

  it('is refused when the build did not write it', () => {
    expect(() => readPrecache('"__MDCHESS_PRECACHE__"')).toThrow('without its list of files');
    expect(() => readPrecache('{"version":"abc123","files":["/elsewhere.js"]}')).toThrow('without its list of files');
    expect(() => readPrecache('{"version":"not hex!","files":[]}')).toThrow('without its list of files');
  });
});
