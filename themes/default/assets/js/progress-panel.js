// The "Progress" dialog: summary, export / import (with preview, merge or replace), Markdown download,
// share link, the author's ticks, progress kept for topics no longer in the roadmap, and a reset.

import { exportDocument, parseProgressFile, preview, describeChanges, download, count } from './export-import.js';
import { buildMarkdownFiles } from './markdown-export.js';
import { encodeShare } from './share-link.js';
import { stateLabel } from './progress-view.js';
import { basePath, storageNamespace } from './storage.js';

export function initProgressPanel({ store, roadmap, announce, safety }) {
  const dialog = document.querySelector('[data-progress-dialog]');
  if (!dialog) return { refresh() {} };
  const $ = (selector) => dialog.querySelector(selector);
  const namespace = storageNamespace();
  let pending = null;
  let returnTo = null;

  const known = (id) => !!(roadmap && roadmap.byId.has(id));
  const orphans = () => {
    const { states, notes } = store.snapshot();
    return [...new Set([...states.keys(), ...notes.keys()])].filter((id) => !known(id)).sort();
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
      `${counts.done} of ${count(roadmap.items.length, 'topic', 'topics')} done, ${counts['in-progress']} in progress, ${counts.skipped} skipped.`;
    // Only on a roadmap whose author ticked something: otherwise there is nothing to start from.
    const authored = roadmap.items.filter((item) => item.checked).length;
    $('[data-author]').hidden = authored === 0;
    $('[data-author-count]').textContent =
      `The author ticked ${count(authored, 'topic', 'topics')} in the Markdown. Those ticks are the author’s own, not yours; you can start from them.`;
  };

  const renderStorage = async () => {
    const persistent = await safety?.persistent();
    const exported = safety?.lastExport();
    const when = exported ? `Last export: ${new Date(exported).toLocaleDateString()}.` : 'Not exported yet.';
    const kept = !store.saved
      ? 'Your progress cannot be saved in this browser right now (storage full or turned off): export it to keep it.'
      : persistent
        ? 'Storage is persistent: this browser keeps your progress until you clear its site data.'
        : 'Storage is not persistent: this browser may clear your progress when it runs short of space or after weeks without a visit. Export a copy to be safe.';
    const line = $('[data-storage-status]');
    line.dataset.persistent = String(!!persistent);
    line.textContent = `${kept} ${when}`;
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
        for (const map of [snapshot.states, snapshot.notes]) {
          if (map.has(id)) map.set(target, map.get(id));
          map.delete(id);
        }
        store.replace(snapshot, 'bulk');
        say(`Progress of ${id} restored to ${roadmap.byId.get(target).title}.`);
        refresh();
      });
      const clear = button('Clear', `Clear the progress kept for ${id}`, () => {
        const snapshot = store.snapshot();
        snapshot.states.delete(id);
        snapshot.notes.delete(id);
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
    renderStorage();
  };

  const showPreview = () => {
    if (!pending) return;
    const mode = dialog.querySelector('input[name="import-mode"]:checked')?.value || 'merge';
    const { changes } = preview(store.snapshot(), pending.data, mode, known);
    const from = pending.roadmap ? ` The file is from “${pending.roadmap}”${pending.site && pending.site !== namespace ? ', another site' : ''}.` : '';
    $('[data-import-summary]').textContent = `${describeChanges(changes)}${from}` +
      (pending.dropped ? ` ${count(pending.dropped, 'unreadable entry in the file is', 'unreadable entries in the file are')} ignored.` : '');
  };

  const resetImport = () => {
    pending = null;
    $('[data-import-preview]').hidden = true;
    $('[data-import-error]').hidden = true;
    $('[data-import-file]').value = '';
  };

  const actions = {
    export() {
      exportFile();
      say('Progress exported as a JSON file.');
      refresh();
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
      const withNotes = !!$('[data-share-notes]')?.checked;
      const url = `${window.location.origin}${basePath()}#${encodeShare(roadmap.items.map((i) => i.id), (id) => store.state(id), withNotes ? (id) => store.note(id) : null)}`;
      const output = $('[data-share-output]');
      output.value = url;
      output.closest('[data-share-box]').hidden = false;
      try {
        await navigator.clipboard.writeText(url);
        say(`Share link copied. It shows your progress${withNotes ? ' and notes' : ''} read-only to whoever opens it.`);
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
      const saved = store.replace(next, 'import');
      resetImport();
      if (!saved) say('The file was read, but your progress could not be saved in this browser (storage full or turned off). It applies to this page only.');
      else say(mode === 'replace' ? 'Progress replaced by the imported file.' : 'Imported progress merged into yours.');
      refresh();
    },
    'import-cancel'() {
      resetImport();
      say('Import cancelled.');
    },
    author() {
      if (!roadmap) return;
      const changes = roadmap.items.filter((item) => item.checked && store.state(item.id) === 'not-started').map((item) => [item.id, 'done']);
      const changed = store.setStates(changes, 'bulk');
      say(`${count(changed.length, 'of the author’s ticked topics was', 'of the author’s ticked topics were')} marked done.${store.saved ? '' : ' Not saved: this browser’s storage is full or turned off.'}`);
      refresh();
    },
    'orphans-clear'() {
      const snapshot = store.snapshot();
      for (const id of orphans()) {
        snapshot.states.delete(id);
        snapshot.notes.delete(id);
      }
      store.replace(snapshot, 'bulk');
      say('Progress for topics no longer in the roadmap cleared.');
      refresh();
    },
    reset() {
      if (!window.confirm('Clear all your progress and notes for this roadmap? Export first if you may want them back.')) return;
      store.replace({ states: new Map(), notes: new Map() }, 'bulk');
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

  return { refresh, open, exportNow: exportFile };

  /** Downloads the progress as JSON; also what the "Export now" of a failed save or a reminder does. */
  function exportFile() {
    const doc = exportDocument(store.snapshot(), { namespace, title: roadmap ? roadmap.json.title : document.title });
    const stamp = new Date().toISOString().slice(0, 10);
    download(`progress-${slug(doc.roadmap || 'roadmap')}-${stamp}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    safety?.exported();
  }
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
