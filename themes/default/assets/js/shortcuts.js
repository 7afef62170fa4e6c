// "/" focuses the search box (the search page's own box first), unless the visitor is typing.

import { isTyping } from './keyboard.js';

export function initShortcuts() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector('[data-search-input]') || document.querySelector('[data-search-shortcut]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
