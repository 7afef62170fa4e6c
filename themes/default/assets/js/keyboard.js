// The page's keys: whether a key press belongs to a field the visitor is typing in, so page-wide shortcuts ("/", d,
// i, s, u, e) leave it alone (a focused checkbox, radio or button is not a field: shortcuts work from there), and
// "/", which focuses the search box (the search page's own box first).

export function isTyping(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
      (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes(target.type)));
}

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
