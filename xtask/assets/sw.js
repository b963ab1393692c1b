// Dossier's service worker, written into each build by `cargo xtask`
// (xtask/src/offline.rs fills in the version and the file list). It keeps
// one cache per build: installing a build caches all its files at once;
// activating it deletes every other build's cache, so versions never mix;
// pages are served from the cache first, so the app works with no network,
// reloads and deep links included (the routes live in the hash).

const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `dossier-${VERSION}`;

self.addEventListener('install', (event) => {
  // Past the browser's HTTP cache: a file it still holds from an older
  // build must not be cached as this build's.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const old = names.filter((name) => name.startsWith('dossier-') && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim();
    // Pages opened on an older build are told that a new one is ready.
    if (old.length > 0) {
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        client.postMessage({ type: 'dossier-updated', version: VERSION });
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page itself is cached as "./"; any path of the app's folder that
    // names no file (index.html, a reload of "./") gets it.
    const hit = (await cache.match(event.request, { ignoreSearch: true }))
      ?? (event.request.mode === 'navigate' ? await cache.match('./') : undefined);
    return hit ?? fetch(event.request);
  })());
});
