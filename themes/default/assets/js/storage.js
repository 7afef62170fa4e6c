// Keys in localStorage are namespaced by <html data-storage-namespace>, so two roadmaps
// published on one origin (e.g. two GitHub Pages repos) never read each other's data.

// Read through globalThis so the pure modules that import this one also load under `node --test` (tests/js).
const namespace = globalThis.document?.documentElement.dataset.storageNamespace || '';

/** The namespace of this site's keys (and of its offline caches); empty when the page sets none. */
export function storageNamespace() {
  return namespace;
}

export function storageKey(name) {
  return `${namespace}:${name}`;
}

export function readStored(name) {
  try {
    return window.localStorage.getItem(storageKey(name));
  } catch {
    return null;
  }
}

export function writeStored(name, value) {
  try {
    if (value === null) {
      window.localStorage.removeItem(storageKey(name));
    } else {
      window.localStorage.setItem(storageKey(name), value);
    }
  } catch {
    // Storage disabled or full: the setting lasts for this page only.
  }
}

export function basePath() {
  return globalThis.document?.documentElement.dataset.basePath || '/';
}
