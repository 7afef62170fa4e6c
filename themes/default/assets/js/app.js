import { initGraphs } from './graph.js';
import { initThemeSwitch } from './theme-switch.js';
import { initShortcuts } from './keyboard.js';
import { initProgress } from './progress.js';
import { registerServiceWorker } from './offline.js';

// JS-only controls are hidden by the stylesheet until this class is set.
document.documentElement.classList.add('js');

initThemeSwitch();
// A node opens its topic in a panel; the panel's code loads on first use or for a `#topic=` address.
let topics = null;
const openTopic = (id, node) => {
  topics ??= Promise.all([import('./topic-panel.js'), progress]).then(([panel, api]) => panel.initTopicPanel(api));
  topics.then((panel) => id && !panel.open(id, node) && node && window.location.assign(node.getAttribute('href')));
};
// The map first: it gives its topic nodes the ids and names the progress view then reads.
initGraphs(openTopic);
// Then progress: it enables the checkboxes (synchronously) that a jump to a topic moves the focus to.
const progress = initProgress();
// Only pages with a checklist: the overview's JavaScript budget (bench/results.md) does not pay for it.
if (document.querySelector('.tree')) import('./tree.js').then(({ initTree }) => initTree());
initShortcuts();
if (window.location.hash.startsWith('#topic=') && document.querySelector('.graph')) openTopic();
// Only the search page searches: its code stays out of every other page's JavaScript budget (bench/results.md).
if (document.querySelector('[data-search-results]')) {
  import('./search.js').then(({ initSearch }) => initSearch({ progress }));
}
registerServiceWorker();
