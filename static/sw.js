// hashwatt's service worker: after one visit, the page opens without a network.
// scripts/sw.mjs writes dist/sw.js from this file at build time, filling in VERSION
// (a hash of the built files) and PRECACHE (the files of the first visit and the
// on-demand module), and adds the
// inline script that registers it to index.html (docs/architecture.md, "Offline").
//
// What it does, and no more:
// - It handles same-origin GETs only. The network API (another origin) and anything
//   else the page asks for pass by untouched: it never sees a live figure.
// - Files whose name carries their content's hash (`name-<16 hex>.ext`) never change
//   under that name: they come from the cache when it has them.
// - Everything else (the page itself, the on-demand module, the snippets) comes from
//   the network while there is one, so a new release is seen at once; the copy kept of
//   the last answer is used only when the network fails, or when a navigation has had
//   no answer after NAVIGATION_WAIT_MS.
// - Each release has a cache of its own, and the previous releases' are deleted when it
//   takes over: the page and the module it loads are always of one release.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `hashwatt-${VERSION}`;
const NAVIGATION_WAIT_MS = 4000;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // The hashed files were downloaded a moment ago by the page: taken from the
      // browser's HTTP cache when it has them, never downloaded a second time for this.
      .then((cache) =>
        cache.addAll(
          PRECACHE.map((path) => new Request(path, HASHED.test(path) ? { cache: 'force-cache' } : {})),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('hashwatt-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(answer(request, url));
});

// A navigation is kept under its path alone: the query is the scenario, and every
// scenario is the same page.
function keyOf(request, url) {
  return request.mode === 'navigate' ? url.origin + url.pathname : request;
}

async function answer(request, url) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request, url);
  if (HASHED.test(url.pathname)) {
    const kept = await cache.match(key);
    if (kept) return kept;
  }
  const network = fetch(request).then((response) => {
    // Only a whole, successful answer is kept (not a 404, nor a range).
    if (response.status === 200 && response.type === 'basic') {
      cache.put(key, response.clone()).catch(() => {}); // full storage: keep going
    }
    return response;
  });
  const kept = () =>
    request.mode === 'navigate'
      ? cache.match(key).then((page) => page ?? cache.match(new URL('./', self.registration.scope).href))
      : cache.match(key);
  if (request.mode !== 'navigate') {
    return network.catch(async (error) => (await kept()) ?? Promise.reject(error));
  }
  // A navigation: whichever comes first, the network's answer or (after the wait) the
  // kept page; with no kept page, the network's answer however long it takes.
  const wait = new Promise((resolve) => setTimeout(resolve, NAVIGATION_WAIT_MS)).then(kept);
  try {
    return (await Promise.race([network, wait])) ?? (await network);
  } catch {
    return (await kept()) ?? Response.error();
  }
}
