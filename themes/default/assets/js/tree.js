// "Expand all" / "Collapse all" for the checklist, and every branch open while printing.

function branchesNear(button) {
  const scope = button.closest('.tree') || document.querySelector('main') || document;
  // The whole-roadmap page has one toolbar for every section.
  const root = button.closest('.tree__toolbar--page') ? document.querySelector('main') || document : scope;
  return root.querySelectorAll('details.tree-item__details');
}

export function initTree() {
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
