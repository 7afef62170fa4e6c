// The service worker: after a first visit the whole site works offline.
// Registered by js/offline.js with scope = the site's base path and ?ns=<storage namespace>; its caches are named
// "<namespace>:offline:<version>", so two sites on one origin never touch each other's caches.
// Fingerprinted assets are served from the cache first (their content never changes under a name); everything
// else goes to the network first and falls back to the cache, so an online visitor always sees the latest build.

const scope = new URL(self.registration.scope).pathname;
const namespace = new URL(self.location.href).searchParams.get('ns') || scope;
const prefix = `${namespace}:offline:`;
const fingerprinted = /\/assets\/.+\.[0-9a-f]{10}\.[a-z0-9]+$/;

async function manifest() {
  const response = await fetch(`${scope}offline-manifest.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`offline-manifest.json: HTTP ${response.status}`);
  return response.json();
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const { version, urls } = await manifest();
    const cache = await caches.open(prefix + version);
    // One by one, so a single missing file does not leave the visitor without any offline copy.
    await Promise.all(urls.map((url) => cache.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const current = await currentCacheName();
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix) && name !== current) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function currentCacheName() {
  const names = (await caches.keys()).filter((name) => name.startsWith(prefix));
  return names[names.length - 1] || `${prefix}runtime`;
}

async function networkFirst(request) {
  const cache = await caches.open(await currentCacheName());
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const missing = await cache.match(`${scope}404.html`);
      if (missing) return missing;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(await currentCacheName());
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(scope)) return;
  if (url.pathname === `${scope}sw.js`) return;
  event.respondWith(fingerprinted.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});
