// The "Progress" dialog: summary, export / import (with preview, merge or replace), Markdown download,
// share link, the author's ticks, progress kept for topics no longer in the roadmap, and a reset.

import { exportDocument, parseProgressFile, preview, describeChanges, download } from './export-import.js';
import { buildMarkdownFiles } from './markdown-export.js';
import { encodeShare } from './share-link.js';
import { stateLabel } from './progress-view.js';
import { basePath } from './storage.js';

export function initProgressPanel({ store, roadmap, announce }) {
  const dialog = document.querySelector('[data-progress-dialog]');
  if (!dialog) return { refresh() {} };
  const $ = (selector) => dialog.querySelector(selector);
  const namespace = document.documentElement.dataset.storageNamespace || '';
  let pending = null;
  let returnTo = null;

  const known = (id) => !!(roadmap && roadmap.byId.has(id));
  const orphans = () => {
    const { states, notes } = store.snapshot();
    return [...new Set([...Object.keys(states), ...Object.keys(notes)])].filter((id) => !known(id)).sort();
  };

  const say = (message) => {
    const status = $('[data-progress-status]');
    status.textContent = '';
    window.requestAnimationFrame(() => { status.textContent = message; });
    announce?.(message);
  };

  const renderSummary = () => {
    if (!roadmap) {
      $('[data-progress-summary]').textContent = 'The roadmap’s data could not be loaded; your saved progress is safe.';
      return;
    }
    const counts = { done: 0, 'in-progress': 0, skipped: 0 };
    for (const item of roadmap.items) {
      const state = store.state(item.id);
      if (state in counts) counts[state]++;
    }
    $('[data-progress-summary]').textContent =
      `${counts.done} of ${roadmap.items.length} topics done, ${counts['in-progress']} in progress, ${counts.skipped} skipped.`;
    const authored = roadmap.items.filter((item) => item.checked).length;
    $('[data-author-count]').textContent = authored === 0
      ? 'The author has not ticked any topic.'
      : `The author ticked ${authored} ${authored === 1 ? 'topic' : 'topics'} in the Markdown. Those ticks are the author’s own, not yours; you can start from them.`;
    $('[data-progress-action="author"]').disabled = authored === 0;
  };

  const renderOrphans = () => {
    const list = $('[data-orphan-list]');
    const ids = orphans();
    $('[data-orphans]').hidden = ids.length === 0;
    list.replaceChildren();
    for (const id of ids) {
      const row = document.createElement('li');
      row.className = 'orphan';
      const name = document.createElement('code');
      name.textContent = id;
      const what = document.createElement('span');
      const state = store.state(id);
      what.textContent = ` — ${stateLabel(state)}${store.note(id) ? ', with a note' : ''}`;
      const field = document.createElement('input');
      field.type = 'text';
      field.className = 'orphan__target';
      field.setAttribute('list', 'rs--topic-ids');
      field.setAttribute('aria-label', `Topic id to restore ${id} to`);
      field.placeholder = 'topic id';
      const restore = button('Restore', `Restore progress of ${id} to the topic named on the left`, () => {
        const target = field.value.trim();
        if (!known(target)) { say(`“${target}” is not a topic of this roadmap.`); field.focus(); return; }
        const snapshot = store.snapshot();
        if (snapshot.states[id]) snapshot.states[target] = snapshot.states[id];
        if (snapshot.notes[id]) snapshot.notes[target] = snapshot.notes[id];
        delete snapshot.states[id];
        delete snapshot.notes[id];
        store.replace(snapshot, 'bulk');
        say(`Progress of ${id} restored to ${roadmap.byId.get(target).title}.`);
        refresh();
      });
      const clear = button('Clear', `Clear the progress kept for ${id}`, () => {
        const snapshot = store.snapshot();
        delete snapshot.states[id];
        delete snapshot.notes[id];
        store.replace(snapshot, 'bulk');
        say(`Progress kept for ${id} cleared.`);
        refresh();
      });
      row.append(name, what, field, restore, clear);
      list.append(row);
    }
    const options = $('#rs--topic-ids');
    if (ids.length > 0 && options.childElementCount === 0 && roadmap) {
      for (const item of roadmap.items) {
        const option = document.createElement('option');
        option.value = item.id;
        option.label = item.title;
        options.append(option);
      }
    }
  };

  const refresh = () => {
    if (!dialog.open) return;
    renderSummary();
    renderOrphans();
  };

  const showPreview = () => {
    if (!pending) return;
    const mode = dialog.querySelector('input[name="import-mode"]:checked')?.value || 'merge';
    const { changes } = preview(store.snapshot(), pending.data, mode, known);
    const from = pending.roadmap ? ` (from “${pending.roadmap}”${pending.site && pending.site !== namespace ? ', another site' : ''})` : '';
    $('[data-import-summary]').textContent = `${describeChanges(changes)}${from}` +
      (pending.dropped ? ` ${pending.dropped} unreadable entries in the file are ignored.` : '');
  };

  const resetImport = () => {
    pending = null;
    $('[data-import-preview]').hidden = true;
    $('[data-import-error]').hidden = true;
    $('[data-import-file]').value = '';
  };

  const actions = {
    export() {
      const doc = exportDocument(store.snapshot(), { namespace, title: roadmap ? roadmap.json.title : document.title });
      const stamp = new Date().toISOString().slice(0, 10);
      download(`progress-${slug(doc.roadmap || 'roadmap')}-${stamp}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
      say('Progress exported as a JSON file.');
    },
    async markdown() {
      if (!roadmap) return say('The roadmap’s data could not be loaded.');
      try {
        const files = await buildMarkdownFiles(roadmap, (id) => store.state(id) === 'done');
        for (const file of files) download(file.name, file.text, 'text/markdown');
        say(`Markdown downloaded with your done topics ticked (${files.map((f) => f.name).join(', ')}).`);
      } catch (error) {
        say(`The Markdown could not be built: ${error.message}`);
      }
    },
    async share() {
      if (!roadmap) return say('The roadmap’s data could not be loaded.');
      const url = `${window.location.origin}${basePath()}#${encodeShare(roadmap.items.map((i) => i.id), (id) => store.state(id))}`;
      const output = $('[data-share-output]');
      output.value = url;
      output.closest('[data-share-box]').hidden = false;
      try {
        await navigator.clipboard.writeText(url);
        say('Share link copied. It shows your progress read-only to whoever opens it.');
      } catch {
        output.focus();
        output.select();
        say('Share link ready below: copy it from the field.');
      }
    },
    'import-apply'() {
      if (!pending) return;
      const mode = dialog.querySelector('input[name="import-mode"]:checked')?.value || 'merge';
      const { next } = preview(store.snapshot(), pending.data, mode, known);
      store.replace(next, 'import');
      resetImport();
      say(mode === 'replace' ? 'Progress replaced by the imported file.' : 'Imported progress merged into yours.');
      refresh();
    },
    'import-cancel'() {
      resetImport();
      say('Import cancelled.');
    },
    author() {
      if (!roadmap) return;
      const changes = {};
      for (const item of roadmap.items) {
        if (item.checked && store.state(item.id) === 'not-started') changes[item.id] = 'done';
      }
      const changed = store.setStates(changes, 'bulk');
      say(`${changed.length} of the author’s ticked topics marked done.`);
      refresh();
    },
    'orphans-clear'() {
      const snapshot = store.snapshot();
      for (const id of orphans()) {
        delete snapshot.states[id];
        delete snapshot.notes[id];
      }
      store.replace(snapshot, 'bulk');
      say('Progress for topics no longer in the roadmap cleared.');
      refresh();
    },
    reset() {
      if (!window.confirm('Clear all your progress and notes for this roadmap? Export first if you may want them back.')) return;
      store.replace({ states: {}, notes: {} }, 'bulk');
      say('All your progress was cleared.');
      refresh();
    },
  };

  dialog.addEventListener('click', (event) => {
    const control = event.target instanceof Element && event.target.closest('[data-progress-action], [data-dialog-close]');
    if (!control) return;
    if (control.matches('[data-dialog-close]')) dialog.close();
    else actions[control.dataset.progressAction]?.();
  });
  $('[data-import-file]').addEventListener('change', async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    $('[data-import-error]').hidden = true;
    try {
      pending = parseProgressFile(await file.text());
      $('[data-import-preview]').hidden = false;
      showPreview();
    } catch (error) {
      pending = null;
      $('[data-import-preview]').hidden = true;
      $('[data-import-error]').textContent = `${file.name}: ${error.message}`;
      $('[data-import-error]').hidden = false;
    }
  });
  for (const radio of dialog.querySelectorAll('input[name="import-mode"]')) radio.addEventListener('change', showPreview);

  const open = (opener) => {
    returnTo = opener;
    dialog.showModal();
    refresh();
  };
  dialog.addEventListener('close', () => returnTo?.focus());

  return { refresh, open };
}

function button(text, label, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'button button--small';
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.addEventListener('click', onClick);
  return element;
}

function slug(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'roadmap';
}
