// Wires progress tracking together: the store (localStorage), the view (tree, graph, meters), the state menu and
// shortcuts, notes, filters, "next up", the progress dialog, and the read-only view of a share link.

import { ProgressStore } from './progress-store.js';
import { ProgressView } from './progress-view.js';
import { initStateMenu } from './state-menu.js';
import { initNotes } from './notes.js';
import { loadRoadmap } from './roadmap-data.js';
import { initFilters } from './filters.js';
import { initNextUp } from './next-up.js';
import { decodeShare, isShareHash } from './share-link.js';

function showNotice(text) {
  const notice = document.querySelector('[data-progress-notice]');
  if (!notice || !text) return;
  notice.querySelector('[data-progress-notice-text]').textContent = text;
  notice.hidden = false;
  notice.querySelector('[data-progress-notice-close]')?.addEventListener('click', () => { notice.hidden = true; }, { once: true });
}

/** A share link's progress, shown instead of the visitor's own until they leave or import it. */
function sharedSource(states) {
  return { state: (id) => states[id] || 'not-started', note: () => '' };
}

export async function initProgress() {
  const store = new ProgressStore();
  const view = new ProgressView(store);
  let source = store;
  let roadmap = null;
  let filters = { refresh() {} };
  let nextUp = { refresh() {} };
  let panel = { refresh() {} };

  const editable = () => source === store;
  const titleOf = (id) => view.title(id);
  const trackable = (id) => (roadmap ? !!roadmap.byId.get(id)?.trackable : !!document.querySelector(`input.item-check[data-item-id="${CSS.escape(id)}"]`));
  const notes = initNotes({
    getNote: (id) => store.note(id),
    setNote: (id, text) => store.setNote(id, text),
    canEdit: editable,
    titleOf,
  });
  initStateMenu({
    setState: (id, state) => { if (editable() && trackable(id)) store.setState(id, state); },
    getState: (id) => source.state(id),
    canEdit: editable,
    editNote: (id, from) => { if (trackable(id)) notes.open(id, from); },
    titleOf,
  });
  for (const id of Object.keys(store.snapshot().notes)) notes.paint(id);
  showNotice(store.notice);

  store.subscribe((ids, origin) => {
    if (source === store) view.update(ids, origin);
    for (const id of ids) notes.paint(id);
    filters.refresh();
    nextUp.refresh();
    panel.refresh();
    if (origin === 'note' && ids.length === 1) view.announce(`Note ${store.note(ids[0]) ? 'saved' : 'removed'} for ${titleOf(ids[0])}.`);
  });

  roadmap = await loadRoadmap();
  if (roadmap && store.adoptAliases(roadmap.aliasOf)) {
    view.setSource(store, false);
    for (const id of Object.keys(store.snapshot().notes)) notes.paint(id);
  }
  if (roadmap) view.attachRoadmap(roadmap);

  const getState = (id) => source.state(id);
  filters = initFilters({ roadmap, getState });
  nextUp = initNextUp({ roadmap, getState });
  // The dialog's code (export, import, Markdown, share) loads on first use: most page views never open it, and the
  // index page has a JavaScript budget (bench/results.md).
  for (const opener of document.querySelectorAll('[data-progress-open]')) {
    opener.addEventListener('click', async () => {
      if (!panel.open) {
        const { initProgressPanel } = await import('./progress-panel.js');
        panel = initProgressPanel({ store, roadmap, announce: (message) => view.announce(message) });
      }
      panel.open?.(opener);
    });
  }

  if (roadmap && isShareHash(window.location.hash)) {
    const shared = decodeShare(window.location.hash, roadmap.items.map((item) => item.id));
    if (shared) openShared(shared);
  }

  function openShared(shared) {
    const banner = document.querySelector('[data-share-banner]');
    source = sharedSource(shared.states);
    view.setSource(source, true);
    filters.refresh();
    nextUp.refresh();
    if (!banner) return;
    const count = Object.values(shared.states).filter((state) => state === 'done').length;
    banner.querySelector('[data-share-text]').textContent =
      `You are looking at someone’s shared progress (${count} of ${roadmap.items.length} done), read-only.` +
      (shared.matches ? '' : ' The roadmap has changed since the link was made, so some topics may be off.');
    banner.hidden = false;
    const leave = () => {
      source = store;
      view.setSource(store, false);
      banner.hidden = true;
      filters.refresh();
      nextUp.refresh();
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    };
    banner.querySelector('[data-share-import]').addEventListener('click', () => {
      const mine = store.snapshot();
      leave();
      store.replace({ states: { ...mine.states, ...shared.states }, notes: mine.notes }, 'import');
      view.announce('The shared progress was merged into yours.');
    });
    banner.querySelector('[data-share-leave]').addEventListener('click', () => {
      leave();
      view.announce('Showing your own progress again.');
    });
  }

  return { store, roadmap };
}
