// The map's keys and folds: the walk from node to node with the arrow keys (a roving tabindex), Space on a topic, and
// the "+N more" folds that open in place. Loaded by graph.js when the map first takes the focus or a fold is clicked,
// so a visitor who only reads and clicks never loads it (the index page's JavaScript budget, bench/results.md).
// A node is in the walk when graph.js gave it a tabindex.

import { rightToLeft } from './i18n.js';

const foldOf = (element) => element.closest('.graph-node--fold');

/** Opens a fold: its nodes and edges appear where the layout kept room for them; returns its first node. */
function openFold(map, fold) {
  const shown = [...map.querySelectorAll('[data-folded]')].filter((element) => element.dataset.folded === fold.id);
  for (const element of shown) element.classList.remove('is-folded');
  fold.setAttribute('aria-expanded', 'true');
  fold.classList.add('is-folded');
  return shown.find((element) => element.hasAttribute('tabindex'));
}

/**
 * Opens whichever folds hide a node (a topic reached by its address, from the panel or by "Next match"), so it shows
 * where it sits and can take the focus.
 */
export function revealNode(node) {
  const map = node?.closest('.graph__viewport');
  if (!map || !node.dataset.folded || !node.classList.contains('is-folded') || node.getAttribute('aria-expanded') === 'true') return;
  const fold = [...map.querySelectorAll('.graph-node--fold')].find((element) => element.id === node.dataset.folded);
  if (!fold) return;
  revealNode(fold);
  openFold(map, fold);
}

/**
 * Takes over the keys of graph.js's `view` (a GraphView): `zoom(event)` pans or zooms, `openTopic(id, node)` opens a
 * topic's panel. Returns the handler for the events that came before this code: the focus that loaded it, a key
 * held while it loaded (graph.js kept its default), a click on a fold.
 */
export function attachWalk(view, { zoom, openTopic }) {
  const { map } = view;
  const open = (fold) => openFold(map, fold)?.focus();

  // The map is one tab stop: only the current node can be tabbed to (a roving tabindex); Up and Down move to
  // the previous and next node in reading order, Home and End to the first and last.
  // Folded nodes are skipped until their fold (a node of its own) is opened.
  const shownNodes = () => view.walk.filter((node) => !node.classList.contains('is-folded'));
  let current = view.walk.find((node) => node.getAttribute('tabindex') === '0');
  const rtl = rightToLeft();
  const [inward, outward] = rtl ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];

  /**
   * `held`: a key graph.js kept while this code loaded. It took the key's default and stopped it, so a key that moves
   * nothing pans here, and it acts on the node that has the focus now (keys pressed one after another while this
   * code loaded move on from one another), not on the node it was pressed on.
   */
  const onKey = (event, held = false) => {
    const from = held ? document.activeElement : event.target;
    const fold = (event.key === ' ' || event.key === 'Enter') && foldOf(from);
    if (fold) {
      event.preventDefault();
      open(fold);
      return;
    }
    // End, or Down from the last node drawn so far, goes on into the bands still waiting (graph-bands.js).
    if (event.key === 'End' || (event.key === 'ArrowDown' && from.closest('[tabindex]') === view.walk.at(-1))) view.drawMore?.(event.key === 'End');
    const nodes = shownNodes();
    const topic = event.key === ' ' && from.closest('a.graph-node[data-item-id]');
    if (topic) {
      event.preventDefault();
      openTopic(topic.dataset.itemId, topic);
      return;
    }
    const index = nodes.indexOf(from.closest('[tabindex]'));
    if (index < 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    // A node's depth is its indent in the column layout (spine, topic, subtopics): Right goes into the first
    // subtopic, Left up to the parent; without one, the arrows pan as before. A page read right to left has its
    // map mirrored (SvgGraphRenderer): the indent is from the right, and Left goes in, Right out.
    const depth = (i) => {
      const x = parseFloat(nodes[i].dataset.col) || 0;
      return rtl ? -(x + (Number(nodes[i].querySelector('rect')?.getAttribute('width')) || 0)) : x;
    };
    let parent = index - 1;
    while (parent >= 0 && depth(parent) >= depth(index)) parent--;
    const moves = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: nodes.length - 1,
      [inward]: index + 1 < nodes.length && depth(index + 1) > depth(index) ? index + 1 : -1,
      [outward]: parent,
    };
    const target = nodes[moves[event.key]];
    if (!target) {
      if (held) zoom(event);
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    target.focus();
  };

  // Tabbing to a node outside the view brings it into view sideways; the page scrolls to it by itself.
  const onFocus = (event) => {
    const node = event.target;
    if (view.walk.includes(node) && node !== current) {
      current?.setAttribute('tabindex', '-1');
      node.setAttribute('tabindex', '0');
      current = node;
    }
    if (typeof node.getBBox !== 'function') return;
    const box = node.getBBox();
    box.x += node.transform?.baseVal.consolidate()?.matrix.e || 0;
    const { view: shown } = view;
    const viewWidth = view.width / shown.scale;
    if (box.x >= shown.x && box.x + box.width <= shown.x + viewWidth) return;
    shown.x = box.x + box.width / 2 - viewWidth / 2;
    view.apply();
  };

  map.addEventListener('keydown', (event) => onKey(event));
  map.addEventListener('focusin', onFocus);
  return (event) => {
    if (event.type === 'click') open(foldOf(event.target));
    else if (event.type === 'keydown') onKey(event, true);
    else onFocus(event);
  };
}
