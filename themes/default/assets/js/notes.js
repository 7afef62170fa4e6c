// A personal note per item: edited in a small dialog, shown under the item in the tree, saved with the progress.

import { t } from './i18n.js';

export function initNotes({ getNote, setNote, canEdit, titleOf }) {
  const dialog = document.querySelector('[data-note-dialog]');
  const form = dialog && dialog.querySelector('form');
  const field = dialog && dialog.querySelector('textarea');
  const heading = dialog && dialog.querySelector('[data-note-title]');
  let itemId = null;
  let returnTo = null;

  const shownNotes = new Map();

  /** Shows (or removes) the note under each tree row of the item. */
  const paint = (id) => {
    const text = getNote(id);
    const rows = document.querySelectorAll(`li[data-item-id="${CSS.escape(id)}"]`);
    for (const row of rows) {
      let block = shownNotes.get(row);
      if (!text) {
        if (block) block.remove();
        shownNotes.delete(row);
        continue;
      }
      if (!block) {
        block = document.createElement('p');
        block.className = 'tree-item__my-note';
        const label = document.createElement('span');
        label.className = 'tree-item__my-note-label';
        label.textContent = t('notes.mine');
        block.append(label, document.createElement('span'));
        // Below the topic's own description and notes: the visitor's note is the last word on it.
        const after = [...row.querySelectorAll(':scope > .tree-item__row, :scope > .tree-item__description, :scope > .tree-item__notes')].pop();
        after?.after(block);
        shownNotes.set(row, block);
      }
      block.lastElementChild.textContent = text;
    }
  };

  const open = (id, from) => {
    if (!dialog || !canEdit()) return;
    itemId = id;
    returnTo = from || document.activeElement;
    heading.textContent = titleOf(id);
    field.value = getNote(id);
    dialog.showModal();
    field.focus();
  };

  if (dialog) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const action = event.submitter && event.submitter.value;
      if (action === 'save') setNote(itemId, field.value);
      if (action === 'clear') setNote(itemId, '');
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (returnTo && returnTo.isConnected) returnTo.focus();
    });
  }

  return { open, paint };
}
