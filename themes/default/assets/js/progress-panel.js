// The "Progress" dialog: summary, export / import (with preview, merge or replace), Markdown download,
// share link, the author's ticks, progress kept for topics no longer in the roadmap, and a reset.

import { exportDocument, parseProgressFile, preview, describeChanges, download } from './export-import.js';
import { t, language } from './i18n.js';
import { buildMarkdownFiles } from './markdown-export.js';
import { encodeShare } from './share-link.js';
import { stateLabel } from './progress-view.js';
import { basePath, storageNamespace } from './storage.js';
import { cardSvg, canvasMeasure, svgToPng } from './progress-card.js';
import { countStates } from './progress-counts.js';

/** A whole percentage, rounded down (100% only when all is done): "25%", "٪۲۵". */
const formatPercent = (part, whole) =>
  new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 }).format(whole === 0 ? 0 : Math.floor((part / whole) * 100) / 100);

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

  // The visitor's own progress, whatever the page shows.
  const tally = () => countStates(roadmap.items.map((item) => item.id), (id) => store.state(id));

  const card = () => {
    const counts = tally();
    const { total } = counts;
    const title = roadmap.json.title;
    const headline = t('panel.card_headline', { done: counts.done, topics: t('count.topics', { n: total }), percent: formatPercent(counts.done, total) });
    const detail = t('panel.card_detail', { in_progress: counts['in-progress'], skipped: counts.skipped });
    return cardSvg({
      title,
      counts: { done: counts.done, inProgress: counts['in-progress'], skipped: counts.skipped, total },
      text: { headline, detail, label: `${title}: ${headline}, ${detail}` },
      measure: canvasMeasure(),
      dir: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
    });
  };
  const cardName = (extension) => `progress-${slug(roadmap.json.title || 'roadmap')}.${extension}`;

  const renderSummary = () => {
    if (!roadmap) {
      $('[data-progress-summary]').textContent = t('panel.no_data');
      return;
    }
    const counts = tally();
    $('[data-progress-summary]').textContent =
      t('panel.summary', { done: counts.done, topics: t('count.topics', { n: counts.total }), in_progress: counts['in-progress'], skipped: counts.skipped });
    // Only on a roadmap whose author ticked something: otherwise there is nothing to start from.
    const authored = roadmap.items.filter((item) => item.checked).length;
    $('[data-author]').hidden = authored === 0;
    $('[data-author-count]').textContent =
      t('panel.author_count', { topics: t('count.topics', { n: authored }) });
  };

  const renderStorage = async () => {
    const persistent = await safety?.persistent();
    const exported = safety?.lastExport();
    const when = exported ? t('panel.last_export', { date: new Date(exported).toLocaleDateString(language()) }) : t('panel.not_exported');
    const kept = t(!store.saved ? 'panel.cannot_save' : persistent ? 'panel.persistent' : 'panel.not_persistent');
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
      what.textContent = t('panel.orphan_state', { state: stateLabel(state), note: store.note(id) ? t('panel.orphan_note') : '' });
      const field = document.createElement('input');
      field.type = 'text';
      field.className = 'orphan__target';
      field.setAttribute('list', 'rs--topic-ids');
      field.setAttribute('aria-label', t('panel.orphan_target', { id }));
      field.placeholder = t('panel.orphan_placeholder');
      const restore = button(t('panel.restore'), t('panel.restore_label', { id }), () => {
        const target = field.value.trim();
        if (!known(target)) { say(t('panel.not_a_topic', { id: target })); field.focus(); return; }
        const snapshot = store.snapshot();
        for (const map of [snapshot.states, snapshot.notes]) {
          if (map.has(id)) map.set(target, map.get(id));
          map.delete(id);
        }
        store.replace(snapshot, 'bulk');
        say(t('panel.restored', { id, title: roadmap.byId.get(target).title }));
        refresh();
      });
      const clear = button(t('panel.clear'), t('panel.clear_label', { id }), () => {
        const snapshot = store.snapshot();
        snapshot.states.delete(id);
        snapshot.notes.delete(id);
        store.replace(snapshot, 'bulk');
        say(t('panel.cleared', { id }));
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
    const from = pending.roadmap ? t('panel.from_file', { title: pending.roadmap, other: pending.site && pending.site !== namespace ? t('panel.other_site') : '' }) : '';
    $('[data-import-summary]').textContent = `${describeChanges(changes)}${from}` +
      (pending.dropped ? t('panel.dropped', { n: pending.dropped }) : '');
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
      say(t('panel.exported'));
      refresh();
    },
    async markdown() {
      if (!roadmap) return say(t('panel.no_data_short'));
      try {
        const files = await buildMarkdownFiles(roadmap, (id) => store.state(id) === 'done');
        for (const file of files) download(file.name, file.text, 'text/markdown');
        say(t('panel.markdown_done', { files: files.map((f) => f.name).join(', ') }));
      } catch (error) {
        say(t('panel.markdown_failed', { error: error.message }));
      }
    },
    async share() {
      if (!roadmap) return say(t('panel.no_data_short'));
      const withNotes = !!$('[data-share-notes]')?.checked;
      const url = `${window.location.origin}${basePath()}#${encodeShare(roadmap.items.map((i) => i.id), (id) => store.state(id), withNotes ? (id) => store.note(id) : null)}`;
      const output = $('[data-share-output]');
      output.value = url;
      output.closest('[data-share-box]').hidden = false;
      try {
        await navigator.clipboard.writeText(url);
        say(t(withNotes ? 'panel.share_copied_notes' : 'panel.share_copied'));
      } catch {
        output.focus();
        output.select();
        say(t('panel.share_ready'));
      }
    },
    'card-svg'() {
      if (!roadmap) return say(t('panel.no_data_short'));
      download(cardName('svg'), card(), 'image/svg+xml');
      say(t('panel.card_svg_done'));
    },
    async 'card-png'() {
      if (!roadmap) return say(t('panel.no_data_short'));
      try {
        download(cardName('png'), await svgToPng(card()), 'image/png');
        say(t('panel.card_png_done'));
      } catch (error) {
        say(error.message);
      }
    },
    'import-apply'() {
      if (!pending) return;
      const mode = dialog.querySelector('input[name="import-mode"]:checked')?.value || 'merge';
      const { next } = preview(store.snapshot(), pending.data, mode, known);
      const saved = store.replace(next, 'import');
      resetImport();
      if (!saved) say(t('panel.import_unsaved'));
      else say(t(mode === 'replace' ? 'panel.replaced' : 'panel.merged'));
      refresh();
    },
    'import-cancel'() {
      resetImport();
      say(t('panel.import_cancelled'));
    },
    author() {
      if (!roadmap) return;
      const changes = roadmap.items.filter((item) => item.checked && store.state(item.id) === 'not-started').map((item) => [item.id, 'done']);
      const changed = store.setStates(changes, 'bulk');
      say(t('panel.author_marked', { n: changed.length, unsaved: store.saved ? '' : t('panel.author_unsaved') }));
      refresh();
    },
    'orphans-clear'() {
      const snapshot = store.snapshot();
      for (const id of orphans()) {
        snapshot.states.delete(id);
        snapshot.notes.delete(id);
      }
      store.replace(snapshot, 'bulk');
      say(t('panel.orphans_cleared'));
      refresh();
    },
    reset() {
      if (!window.confirm(t('panel.reset_confirm'))) return;
      store.replace({ states: new Map(), notes: new Map() }, 'bulk');
      say(t('panel.reset_done'));
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
