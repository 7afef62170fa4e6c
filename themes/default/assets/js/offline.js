// Registers the service worker (sw.js at the site root), scoped to the base path, so the site works offline
// after a first visit. Its caches are named after this site's storage namespace.

import { basePath } from './storage.js';

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const scope = basePath();
  const namespace = document.documentElement.dataset.storageNamespace || scope;
  const url = `${scope}sw.js?ns=${encodeURIComponent(namespace)}`;
  navigator.serviceWorker.register(url, { scope }).catch((error) => console.warn('Offline support is unavailable:', error));
}
