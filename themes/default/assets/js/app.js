import { initGraphs } from './graph.js';
import { initThemeSwitch } from './theme-switch.js';
import { initTree } from './tree.js';
import { initShortcuts } from './shortcuts.js';
import { initSearch } from './search.js';

// JS-only controls are hidden by the stylesheet until this class is set.
document.documentElement.classList.add('js');

initThemeSwitch();
initTree();
initShortcuts();
initGraphs();
initSearch();
