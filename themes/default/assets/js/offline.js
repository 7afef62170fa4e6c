// Registers the service worker (sw.js at the site root), scoped to the base path, so the site works offline
// after a first visit. Its caches are named after this site's storage namespace.

import { basePath } from './storage.js';

export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const scope = basePath();
  const namespace = document.documentElement.dataset.storageNamespace || scope;
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
