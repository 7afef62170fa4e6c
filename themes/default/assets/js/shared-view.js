// The read-only view of a share link (#progress=…): the sharer's states and notes shown in place of the visitor's, a
// banner saying so, and the choice to import them or to leave. The link is kept for the tab (sessionStorage) while
// the visitor browses the site, so a reload or a link to a topic keeps the view without the long fragment. Loaded
// by progress.js only when a shared view is open or opening.

import { t } from './i18n.js';
import { decodeShare } from './share-link.js';

/** The tab's shared view under `key` in sessionStorage: read (no value), kept (a fragment) or ended (null). */
function session(key, value) {
  try {
    if (value === undefined) return window.sessionStorage.getItem(key);
    if (value === null) window.sessionStorage.removeItem(key); else window.sessionStorage.setItem(key, value);
  } catch {
    // No sessionStorage: the shared view lasts for this page only.
  }
  return null;
}

/** Opens the shared view of this address or tab; `key` is the tab's, the rest progress.js's own (see initProgress). */
export function openShared({ key, roadmap, store, view, paintNotes, refreshFollowers }) {
  let fragment = session(key);
  if (window.location.hash.startsWith('#progress=')) {
    fragment = window.location.hash.slice(1);
    session(key, fragment);
    // The link is now this tab's shared view: the address drops the long fragment.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const forget = () => session(key, null);
  if (!fragment) return;
  const shared = decodeShare(fragment, roadmap.items.map((item) => item.id));
  if (!shared) { forget(); return; }
  const banner = document.querySelector('[data-share-banner]');
  // The sharer's states and notes only: the visitor's own notes are not shown under someone else's states.
  const sharedView = {
    state: (id) => shared.states.get(id) || 'not-started',
    note: (id) => shared.notes.get(id) || '',
    snapshot: () => ({ states: shared.states, notes: shared.notes }),
  };
  view.setSource(sharedView, true);
  paintNotes(store, sharedView);
  refreshFollowers();
  if (!banner) return;
  const { done, total } = view.count('all');
  banner.querySelector('[data-share-text]').textContent =
    t('banner.shared_text', { done, total, notes: shared.notes.size ? t('banner.shared_notes') : '' }) +
    (shared.matches ? '' : t('banner.shared_changed'));
  banner.hidden = false;
  const leave = () => {
    forget();
    view.setSource(store, false);
    paintNotes(store, { snapshot: () => ({ notes: shared.notes }) });
    banner.hidden = true;
    refreshFollowers();
  };
  banner.querySelector('[data-share-import]').addEventListener('click', () => {
    const mine = store.snapshot();
    leave();
    // The visitor's own notes stay theirs; the sharer's fill in only where the visitor has none.
    const saved = store.replace({ states: new Map([...mine.states, ...shared.states]), notes: new Map([...shared.notes, ...mine.notes]) }, 'import');
    view.announce(t(saved ? 'banner.shared_merged' : 'banner.shared_merged_unsaved'));
  }, { once: true });
  banner.querySelector('[data-share-leave]').addEventListener('click', () => {
    leave();
    view.announce(t('banner.own_again'));
  }, { once: true });
}
