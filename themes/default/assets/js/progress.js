// Wires progress tracking together: the store (localStorage), the view (tree, graph, meters), the state menu and
// shortcuts, notes, filters, "next up", the progress dialog, the safety net (a failed save, persistent storage, the
// export reminder) and the read-only view of a share link (shared-view.js). What a page may never use loads on
// first use.

import { t } from './i18n.js';
import { ProgressStore } from './progress-store.js';
import { ProgressView } from './progress-view.js';
import { loadRoadmap } from './roadmap-data.js';
import { initNextUp } from './next-up.js';
import { storageKey, readStored } from './storage.js';

// The shared view a share link opened, kept for this tab while the visitor browses the site (sessionStorage).
const SHARED_KEY = storageKey('shared');

function showNotice(text) {
  const notice = document.querySelector('[data-progress-notice]');
  if (!notice || !text) return;
  notice.querySelector('[data-progress-notice-text]').textContent = text;
  notice.hidden = false;
}

/** Whether this tab has a shared view open (shared-view.js keeps it); false without sessionStorage. */
function sharedTab() {
  try {
    return window.sessionStorage.getItem(SHARED_KEY) !== null;
  } catch {
    return false;
  }
}

export async function initProgress() {
  const store = new ProgressStore();
  const view = new ProgressView(store);
  // The bands of a large map that graph.js draws after the page loaded.
  document.addEventListener('roadmap:graph-part', (event) => view.adopt(event.detail.svg));
  let roadmap = null;
  // What shows progress besides the view (filters, next up, the Progress dialog) follows it once its code is in:
  // each is told of every change. Nothing stands in for a module that has not loaded.
  const followers = new Set();
  const follow = (module) => { followers.add(module); return module; };
  const refreshFollowers = () => { for (const module of followers) module.refresh(); };

  // Which progress is shown (the visitor's store, or a shared link's snapshot) is the view's to know, and only the view's.
  const shown = () => view.source;
  const editable = () => shown() === store;
  const titleOf = (id) => view.title(id);
  const trackable = (id) => (roadmap ? !!roadmap.byId.get(id)?.trackable : !!document.querySelector(`input.item-check[data-item-id="${CSS.escape(id)}"]`));
  // Notes show under the checklist's rows: a page with rows loads their code at once (and is ready once they are
  // painted); the overview only when a note is first edited from its topic panel, which keeps the code out of the
  // overview's JavaScript budget (bench/results.md).
  let notes = null;
  const loadNotes = () => {
    notes ??= import('./notes.js').then(({ initNotes }) => {
      const api = initNotes({
        getNote: (id) => shown().note(id),
        setNote: (id, text) => store.setNote(id, text),
        canEdit: editable,
        titleOf,
      });
      for (const id of shown().snapshot().notes.keys()) api.paint(id);
      return api;
    });
    return notes;
  };
  const editNote = (id, from = document.activeElement) => loadNotes().then((api) => api.open(id, from));
  const paintNote = (id) => notes?.then((api) => api.paint(id));
  const notesHere = document.querySelector('li[data-item-id]') ? loadNotes() : null;
  // The state menu and its keys. A page with a checklist needs them at once; the overview's graph only when a node
  // takes the focus (its keys act on the focused node), which keeps the menu's code out of the overview's budget.
  let menu = null;
  const loadMenu = () => {
    menu ??= import('./state-menu.js').then(({ initStateMenu }) => initStateMenu({
      setState: (id, state) => { if (editable() && trackable(id)) store.setState(id, state); },
      getState: (id) => shown().state(id),
      canEdit: editable,
      editNote: (id, from) => { if (trackable(id)) editNote(id, from); },
      titleOf,
    }));
    return menu;
  };
  // The checkbox sets done: handled here, never waiting for the menu's code.
  document.addEventListener('change', (event) => {
    const check = event.target;
    if (!(check instanceof HTMLInputElement) || !check.matches('input.item-check[data-item-id]') || !editable()) return;
    const id = check.dataset.itemId;
    if (trackable(id)) store.setState(id, check.checked ? 'done' : 'not-started');
  });
  if (document.querySelector('input.item-check, button.item-state')) loadMenu();
  else document.addEventListener('focusin', (event) => { if (event.target instanceof Element && event.target.matches('a.graph-node')) loadMenu(); });
  const paintNotes = (...sources) => {
    for (const id of new Set(sources.flatMap((s) => [...s.snapshot().notes.keys()]))) paintNote(id);
  };
  showNotice(store.notice);

  // Loaded once, however quickly the dialog is asked for again while its code is on its way.
  let panel = null;
  const openPanel = () => {
    panel ??= Promise.all([import('./progress-panel.js'), loadSafety()]).then(([{ initProgressPanel }, net]) =>
      follow(initProgressPanel({ store, roadmap, announce: (message) => view.announce(message), safety: net })));
    return panel;
  };
  // The safety net loads with the first change: a page only read never needs it.
  let safety = null;
  const loadSafety = async () => {
    if (!safety) {
      const { initSafety } = await import('./progress-safety.js');
      safety ??= initSafety({ store, exportNow: async () => (await openPanel()).exportNow?.() });
    }
    return safety;
  };

  store.subscribe((ids, origin, saved) => {
    if (origin !== 'remote' && origin !== 'alias') loadSafety().then((net) => net.changed(ids, origin, saved));
    if (editable()) {
      view.update(ids, origin, saved);
      for (const id of ids) paintNote(id);
    }
    refreshFollowers();
    if (origin === 'note' && ids.length === 1) {
      const what = store.note(ids[0]) ? 'saved' : 'removed';
      view.announce(t(saved ? `announce.note_${what}` : `announce.note_unsaved_${what}`, { title: titleOf(ids[0]) }));
    }
  });

  [roadmap] = await Promise.all([loadRoadmap(), notesHere]);
  if (roadmap) {
    store.adoptAliases(roadmap.aliasOf);
    view.attachRoadmap(roadmap);
  }
  // The pace control is on the index only, of a roadmap with estimates.
  if (roadmap && document.querySelector('[data-pace]')) import('./pace.js').then(({ initPace }) => initPace({ store, view }));

  const getState = (id) => shown().state(id);
  // The filters' code loads when a filter is on (remembered from another page) or the visitor reaches for one: most
  // visits never filter, and the index page has a JavaScript budget (bench/results.md). A choice made before the
  // code is in is applied once it is.
  const bars = [...document.querySelectorAll('[data-filters] select')];
  let filtering = null;
  const loadFilters = () => {
    filtering ??= import('./filters.js').then(({ initFilters }) => {
      const chosen = bars.map((select) => select.value);
      follow(initFilters({ roadmap, getState }));
      bars.forEach((select, i) => {
        if (select.value !== chosen[i] && chosen[i] !== 'any') {
          select.value = chosen[i];
          select.dispatchEvent(new Event('change'));
        }
      });
    });
  };
  for (const select of bars) {
    select.disabled = !roadmap;
    for (const type of ['focus', 'pointerdown', 'change']) select.addEventListener(type, loadFilters, { once: true });
  }
  if (bars.length && readStored('filters')) loadFilters();
  follow(initNextUp({ roadmap, getState }));
  // The dialog's code (export, import, Markdown, share) loads on first use: most page views never open it, and the
  // index page has a JavaScript budget (bench/results.md).
  for (const opener of document.querySelectorAll('[data-progress-open]')) {
    opener.addEventListener('click', async () => (await openPanel()).open?.(opener));
  }

  // A share link's read-only view: its code loads only for a `#progress=` address (the same test as share-link.js's
  // isShareHash, without loading that module on every page) or a tab that opened one, as a shared view is rare and
  // the index page has a JavaScript budget.
  if (roadmap && (window.location.hash.startsWith('#progress=') || sharedTab())) {
    await (await import('./shared-view.js')).openShared({ key: SHARED_KEY, roadmap, store, view, paintNotes, refreshFollowers });
  }

  return { store, roadmap, source: shown, rollUp: (id) => view.rollUp(id), editNote };
}
