import { initGraphs } from './graph.js';
import { initThemeSwitch } from './theme-switch.js';
import { initTree } from './tree.js';
import { initShortcuts } from './shortcuts.js';
import { initSearch } from './search.js';
import { initProgress } from './progress.js';
import { registerServiceWorker } from './offline.js';

// JS-only controls are hidden by the stylesheet until this class is set.
document.documentElement.classList.add('js');

initThemeSwitch();
initTree();
initShortcuts();
initGraphs();
const progress = initProgress();
initSearch({ noteOf: async () => {
  const { store } = await progress;
  return (id) => store.note(id);
} });
registerServiceWorker();
