// Whether a key press belongs to a field the visitor is typing in, so page-wide shortcuts ("/", d, i, s, u, e)
// leave it alone. A focused checkbox, radio or button is not a field: shortcuts work from there.

export function isTyping(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
      (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes(target.type)));
}
