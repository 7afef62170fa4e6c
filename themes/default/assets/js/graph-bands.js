// The bands of a large map that arrive unparsed (SvgGraphRenderer holds every band after the first in a <noscript>,
// which a browser running scripts keeps as one text node): each is drawn as the reader nears it and, one after
// another, whenever the page is idle, so the page is usable before the browser has built 10,000 topics, and soon
// has every node for find-in-page, the keys and screen readers. Loaded only for a map with bands waiting.

// The maps with bands waiting, so a module that needs a node (the topic panel, "Next match") can have it drawn.
// Handed over by graph.js rather than imported from it: the theme's modules never import each other in a cycle.
const views = [];

/** A waiting band's markup: the text the browser kept its <noscript> as. */
const markupOf = (part) => part.band.querySelector(':scope > noscript')?.textContent || '';

/** Draws a waiting band of `view`: its markup parsed into its box, readied, and announced to the page's other modules. */
function draw(view, part) {
  if (part.svg) return;
  part.band.innerHTML = markupOf(part);
  part.svg = part.band.querySelector(':scope > svg');
  part.band.style.height = '';
  view.near?.unobserve(part.band);
  view.prepare(part);
  view.apply();
  // The progress view and the filters paint the band's nodes.
  view.map.dispatchEvent(new CustomEvent('roadmap:graph-part', { bubbles: true, detail: { svg: part.svg } }));
  if (view.parts.every((each) => each.svg)) view.map.dataset.drawn = 'all';
}

const drawAll = (view) => { for (const part of view.parts) draw(view, part); };
const waiting = (view) => view.parts.find((part) => !part.svg);

/**
 * Waiting bands are drawn as they come within a screen of the view, and otherwise one after another while the page
 * is idle; End, or Down from the last node drawn, draws what it goes to at once.
 */
export function drawLater(view) {
  views.push(view);
  view.drawMore = (all) => {
    const next = waiting(view);
    if (all) drawAll(view); else if (next) draw(view, next);
  };
  view.near = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) draw(view, view.parts.find((part) => part.band === entry.target));
    }
  }, { rootMargin: '100% 0px' });
  for (const part of view.parts) if (!part.svg) view.near.observe(part.band);
  const idle = window.requestIdleCallback || ((callback) => setTimeout(() => callback({ timeRemaining: () => 20 }), 16));
  const step = (deadline) => {
    // One band a turn (about 150 nodes: 10–20 ms on a slow machine), and only when the page has that long to spare
    // (or has waited long enough): the page's own work, a click or a scroll never waits behind more than one band.
    const next = waiting(view);
    if (next && (deadline.timeRemaining() >= 20 || deadline.didTimeout)) draw(view, next);
    if (waiting(view)) idle(step, { timeout: 1000 });
  };
  idle(step, { timeout: 1000 });
}

/** The map node of topic `id`, drawing the band that holds it first when it is still waiting; null when there is none. */
export function nodeFor(id) {
  const find = () => document.querySelector(`svg.roadmap-graph a.graph-node[data-item-id="${CSS.escape(id)}"]`);
  let node = find();
  for (const view of views) {
    if (node) break;
    // A topic's node links to its fragment; one whose id the markup escapes is found once every band is drawn.
    const holder = view.parts.find((part) => !part.svg && markupOf(part).includes(`#${encodeURIComponent(id)}"`));
    if (holder) draw(view, holder); else drawAll(view);
    node = find();
  }
  return node;
}

/** Draws every band of the map that holds `element` (its whole list of nodes, as "Next match" walks it). */
export function drawWholeMap(element) {
  const view = views.find((each) => each.figure.contains(element));
  if (view) drawAll(view);
}
