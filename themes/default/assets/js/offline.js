// Registers the service worker (sw.js at the site root), scoped to the base path, so the site works offline
// after a first visit. Its caches are named after this site's storage namespace.

import { basePath, storageNamespace } from './storage.js';

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const scope = basePath();
  const namespace = storageNamespace() || scope;
  if ('liveReload' in document.documentElement.dataset) {
    // `roadmap-site serve`: every save is a new build, and a caching worker would only get in the way.
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      if (new URL(registration.scope).pathname === scope) await registration.unregister();
    }
    return;
  }
  try {
    // The worker's URL names the build: sw.js itself never changes, and a worker registered under a new URL is what
    // makes the browser install it again, refreshing the offline copy of every page after each publish.
    const response = await fetch(`${scope}offline-manifest.json`, { cache: 'no-cache' });
    const { version } = response.ok ? await response.json() : { version: '' };
    const url = `${scope}sw.js?ns=${encodeURIComponent(namespace)}&v=${encodeURIComponent(version)}`;
    await navigator.serviceWorker.register(url, { scope });
  } catch (error) {
    // Offline: the registered worker keeps serving; or offline support is unavailable here.
    console.warn('Offline support is not updated:', error);
  }
}
