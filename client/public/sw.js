/* global self, caches */
/**
 * Journey's service worker: lets a map reload while the server is down (the map itself comes from
 * IndexedDB). Deliberately small:
 * - /assets/* (content-hashed by Vite, never change): cache first.
 * - page navigations: network first, falling back to the last index.html (every route is the SPA shell).
 * - /api and /ws: never touched; the app handles "unreachable" itself and must not see stale data.
 */
const CACHE = 'journey-shell-v1';
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  // The page that registers us has already loaded its assets without us: cache the shell and the
  // assets it references now, so the very next reload works offline.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(SHELL, { cache: 'no-cache' });
      if (!response.ok) return;
      const html = await response.clone().text();
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.put(SHELL, response);
      await cache.addAll(assets);
    })(),
  );
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      // Take over the open page, so its lazily loaded chunks are cached too.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/ws/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
  // Everything else (/sw.js, favicon…) goes to the network as if we were not here.
});

async function networkFirstShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Only a real page refreshes the shell; a 5xx (a proxy with the server down, a server shutting
    // down) is answered from the cache like no answer at all.
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    if (response.status < 500) return response;
    return (await cache.match(SHELL)) ?? response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
