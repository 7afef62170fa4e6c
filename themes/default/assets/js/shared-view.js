// The read-only view of a share link (#progress=…, kept for the tab by progress.js): the sharer's states and notes
// shown in place of the visitor's, a banner saying so, and the choice to import them or to leave. Loaded only when
// a shared view is open.

import { t } from './i18n.js';
import { decodeShare } from './share-link.js';

/** `forget()` ends the tab's shared view; the rest is progress.js's own (see initProgress). */
export function openShared(fragment, { roadmap, store, view, paintNotes, refreshFollowers, forget }) {
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
