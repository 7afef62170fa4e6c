import { initGraphs } from './graph.js';
import { initThemeSwitch } from './theme-switch.js';
import { initShortcuts } from './shortcuts.js';
import { initProgress } from './progress.js';
import { registerServiceWorker } from './offline.js';

// JS-only controls are hidden by the stylesheet until this class is set.
document.documentElement.classList.add('js');

initThemeSwitch();
// Progress first: it enables the checkboxes (synchronously) that a jump to a topic moves the focus to.
const progress = initProgress();
// Only pages with a checklist: the overview's JavaScript budget (bench/results.md) does not pay for it.
if (document.querySelector('.tree')) import('./tree.js').then(({ initTree }) => initTree());
initShortcuts();
initGraphs();
// Only the search page searches: its code stays out of every other page's JavaScript budget (bench/results.md).
if (document.querySelector('[data-search-results]')) {
  import('./search.js').then(({ initSearch }) => initSearch({ progress }));
}
registerServiceWorker();
