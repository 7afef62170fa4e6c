// The per-item state control (the checkbox, which sets done, is progress.js's): the ⋯ button opens a small menu
// (not started / in progress / done / skipped / note), and keys act on the focused item:
// d done, i in progress, s skipped, u not started, e edit the note.

import { STATES } from './progress-store.js';
import { stateLabel } from './progress-view.js';
import { isTyping } from './keyboard.js';

const KEYS = { d: 'done', i: 'in-progress', s: 'skipped', u: 'not-started' };

/** The item the keyboard focus is on: its checkbox, its state button or its graph node. */
function focusedItemId(target) {
  if (!(target instanceof Element) || !target.matches('input.item-check, button.item-state, a.graph-node')) return null;
  return target.dataset.itemId || null;
}

export function initStateMenu({ setState, getState, canEdit, editNote, titleOf }) {
  const menu = document.createElement('div');
  menu.className = 'state-menu';
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  const entries = [...STATES.map((state) => ({ state })), { action: 'note' }].map((entry) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'state-menu__item';
    if (entry.state) {
      button.setAttribute('role', 'menuitemradio');
      button.dataset.state = entry.state;
      const label = stateLabel(entry.state);
      button.textContent = label[0].toUpperCase() + label.slice(1);
    } else {
      button.setAttribute('role', 'menuitem');
      button.dataset.action = entry.action;
      button.textContent = 'Note…';
    }
    button.tabIndex = -1;
    menu.append(button);
    return button;
  });
  document.body.append(menu);

  let opener = null;
  let itemId = null;

  const close = (returnFocus) => {
    if (menu.hidden) return;
    menu.hidden = true;
    if (opener) opener.setAttribute('aria-expanded', 'false');
    if (returnFocus && opener) opener.focus();
    opener = null;
  };

  const open = (button) => {
    itemId = button.dataset.itemId;
    opener = button;
    button.setAttribute('aria-expanded', 'true');
    menu.setAttribute('aria-label', `State of ${titleOf(itemId)}`);
    const current = getState(itemId);
    for (const entry of entries) {
      if (entry.dataset.state) entry.setAttribute('aria-checked', String(entry.dataset.state === current));
    }
    menu.hidden = false;
    const rect = button.getBoundingClientRect();
    const width = menu.offsetWidth;
    const left = Math.min(rect.right - width, document.documentElement.clientWidth - width - 8);
    menu.style.left = `${Math.max(8, left) + window.scrollX}px`;
    // Upward when it would be cut off below and fits above.
    const height = menu.offsetHeight;
    const up = rect.bottom + 4 + height > document.documentElement.clientHeight && rect.top - 4 - height >= 0;
    menu.style.top = `${(up ? rect.top - 4 - height : rect.bottom + 4) + window.scrollY}px`;
    (entries.find((entry) => entry.getAttribute('aria-checked') === 'true') || entries[0]).focus();
  };

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('button.item-state[data-item-id]');
    if (button) {
      if (opener === button) close(true); else { close(false); open(button); }
      return;
    }
    if (!menu.contains(event.target)) close(false);
  });

  menu.addEventListener('click', (event) => {
    const entry = event.target instanceof Element && event.target.closest('.state-menu__item');
    if (!entry) return;
    const id = itemId;
    if (entry.dataset.state) {
      close(true);
      setState(id, entry.dataset.state);
    } else {
      close(false);
      editNote(id, document.querySelector(`button.item-state[data-item-id="${CSS.escape(id)}"]`));
    }
  });

  menu.addEventListener('keydown', (event) => {
    const at = entries.indexOf(document.activeElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      entries[(at + move + entries.length) % entries.length].focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      entries[event.key === 'Home' ? 0 : entries.length - 1].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(true);
    }
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || !menu.hidden) return;
    const key = event.key.toLowerCase();
    if (!(key in KEYS) && key !== 'e') return;
    const id = focusedItemId(event.target);
    if (!id || !canEdit()) return;
    event.preventDefault();
    if (key === 'e') editNote(id, event.target);
    else setState(id, KEYS[key]);
  });
}
