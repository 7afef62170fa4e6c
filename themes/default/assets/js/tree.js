// "Expand all" / "Collapse all" for the checklist, and every branch open while printing. Folded groups are
// remembered per page (`<ns>:folded`: page path → ids of the folded items). Jumping to a topic (a search result,
// Next up, any link to #id) unfolds what hides it, scrolls it into view below some context, highlights it briefly
// and moves the focus to it.

import { readStored, writeStored } from './storage.js';

const FOLDED = 'folded';

function foldedByPage() {
  try {
    const value = JSON.parse(readStored(FOLDED) || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? new Map(Object.entries(value)) : new Map();
  } catch {
    return new Map();
  }
}

function rememberFolds() {
  const branches = [...document.querySelectorAll('details.tree-item__details')];
  if (branches.length === 0) return;
  const page = window.location.pathname;
  const closed = new Set(foldedByPage().get(page) || []);
  for (const details of branches) {
    if (closed.has(details.closest('li[data-item-id]')?.dataset.itemId)) details.open = false;
  }
  let printing = false;
  window.addEventListener('beforeprint', () => { printing = true; });
  window.addEventListener('afterprint', () => { window.setTimeout(() => { printing = false; }, 0); });
  let queued = false;
  // `toggle` does not bubble: listened to while it goes down. One write per burst (Expand all toggles every branch).
  document.addEventListener('toggle', (event) => {
    if (printing || queued || !(event.target instanceof HTMLDetailsElement) || !event.target.matches('.tree-item__details')) return;
    queued = true;
    window.setTimeout(() => {
      queued = false;
      const ids = branches.filter((details) => !details.open).map((details) => details.closest('li[data-item-id]')?.dataset.itemId).filter(Boolean);
      const all = foldedByPage();
      if (ids.length) all.set(page, ids); else all.delete(page);
      writeStored(FOLDED, all.size ? JSON.stringify(Object.fromEntries(all)) : null);
    }, 50);
  }, true);
}

/** Shows the topic named by the address's fragment: unfolded, in view with context above, highlighted, focused. */
function jumpToTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const row = document.getElementById(id);
  if (!(row instanceof HTMLLIElement) || !row.matches('li[data-item-id]')) return;
  for (let details = row.parentElement?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
  row.scrollIntoView({ block: 'start' });
  row.classList.remove('is-jumped');
  void row.offsetWidth;
  row.classList.add('is-jumped');
  window.setTimeout(() => row.classList.remove('is-jumped'), 2500);
  const control = row.querySelector(':scope > .tree-item__row input.item-check, :scope > details > summary');
  // A read-only checkbox (a shared view) cannot take the focus: the row does.
  const target = control && !control.disabled ? control : row;
  if (target === row) row.tabIndex = -1;
  target.focus({ preventScroll: true });
}

function branchesNear(button) {
  const scope = button.closest('.tree') || document.querySelector('main') || document;
  // The whole-roadmap page has one toolbar for every section.
  const root = button.closest('.tree__toolbar--page') ? document.querySelector('main') || document : scope;
  return root.querySelectorAll('details.tree-item__details');
}

export function initTree() {
  rememberFolds();
  // After the load: the browser's own scroll to the fragment comes then, and would take the focus away again.
  if (document.readyState === 'complete') jumpToTarget();
  else window.addEventListener('load', () => window.requestAnimationFrame(jumpToTarget), { once: true });
  window.addEventListener('hashchange', jumpToTarget);
  // A link to the topic already in the address (Next up pointing where the visitor is) changes no hash: jump anyway.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[href*="#"]');
    if (link && link.pathname === window.location.pathname && link.hash && link.hash === window.location.hash) {
      event.preventDefault();
      jumpToTarget();
    }
  });
  for (const button of document.querySelectorAll('[data-tree-action]')) {
    button.addEventListener('click', () => {
      const open = button.dataset.treeAction === 'expand';
      for (const details of branchesNear(button)) details.open = open;
    });
  }

  let closedBeforePrint = [];
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = [...document.querySelectorAll('details.tree-item__details:not([open])')];
    for (const details of closedBeforePrint) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of closedBeforePrint) details.open = false;
    closedBeforePrint = [];
  });
}
