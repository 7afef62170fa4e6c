// Zoom for every `.graph` figure's map, by rewriting its viewBox: one <svg class="roadmap-graph">, or for a large map
// its bands (SvgGraphRenderer), each an <svg> of its own that the browser skips while it is off screen, all moved and
// scaled as one. A band after the first arrives unparsed, as the text of a <noscript>, and keeps its place on the page
// until graph-bands.js draws it. The map is part of
// the page: it is always drawn at its full height, so plain wheel, touch and keyboard scrolling move the page.
// Zoom never captures them: it answers the buttons, Ctrl/⌘ + wheel, a two-finger pinch and + / - / 0 on the
// focused viewport; a mouse drag or the left and right arrows pan sideways when the map is wider than the box.

import { t } from './i18n.js';

// Below this many CSS pixels per SVG unit, 14-unit labels drop under 12 px: the first view never goes lower.
const MIN_LEGIBLE_SCALE = 12 / 14;
// A small graph is not blown up beyond this on first view.
const MAX_FIT_SCALE = 1.25;
const ZOOM_KEYS = ['+', '=', '-', '_', '0', 'ArrowLeft', 'ArrowRight'];
// What graph-walk.js does with the keys on a node (and Enter on a fold).
const WALK_KEYS = [' ', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
// The nodes the keys walk: the topic and section links, and the "+N more" buttons.
const WALKED = 'a.graph-node, .graph-node--fold';

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

const DIFFICULTIES = ['easy', 'medium', 'hard'];

/** The map's words for screen readers, looked up once per map rather than once per node. */
function words() {
  return {
    group: t('graph.node_group'),
    unmarked: t('graph.node_unmarked'),
    difficulty: Object.fromEntries(DIFFICULTIES.map((level) => [`difficulty-${level}`, t(`graph.node_${level}`)])),
    importance: [0, 1, 2, 3].map((n) => t('graph.node_importance', { n })),
  };
}

/**
 * A topic's id is its link's fragment and its name is its label (or its full title when the label was cut short),
 * difficulty and stars: the markup leaves both out to keep a map of every topic small.
 */
function nameTopics(map) {
  const text = words();
  for (const node of map.querySelectorAll('a.graph-node:not([data-section-id])')) {
    const href = node.getAttribute('href') || '';
    if (!node.dataset.itemId && href.includes('#')) {
      const id = href.slice(href.indexOf('#') + 1);
      try { node.dataset.itemId = decodeURIComponent(id); } catch { node.dataset.itemId = id; }
    }
    if (node.hasAttribute('aria-label')) continue;
    // The stars are the label's next text. Not querySelector('text + text'): Chromium matches a sibling combinator
    // from an element against the whole document, 0.4 ms a node, seconds on a map of 10,000 topics.
    const label = node.querySelector('text');
    const stars = label?.nextElementSibling?.localName === 'text' ? label.nextElementSibling.textContent.length : 0;
    const difficulty = [...node.classList].find((name) => name in text.difficulty);
    const facts = [
      node.classList.contains('graph-node--group') && text.group,
      difficulty ? text.difficulty[difficulty] : text.unmarked,
      stars && (text.importance[stars] ?? t('graph.node_importance', { n: stars })),
    ].filter(Boolean);
    node.setAttribute('aria-label', `${(node.querySelector('title') || label).textContent} — ${facts.join(', ')}`);
  }
}

/**
 * A long group of subtopics shows its first few and a "+N more" button (SvgGraphRenderer draws it hidden, for pages
 * without this script); the rest of the group is laid out but hidden until the button opens it in place.
 */
function foldGroups(map) {
  for (const fold of map.querySelectorAll('.graph-node--fold')) {
    const label = t('graph.node_more', { n: Number(fold.dataset.folds) });
    fold.querySelector('text').textContent = label;
    fold.setAttribute('role', 'button');
    fold.setAttribute('aria-label', label);
    fold.setAttribute('aria-expanded', 'false');
    fold.removeAttribute('display');
  }
  for (const folded of map.querySelectorAll('[data-folded]')) folded.classList.add('is-folded');
}

/** The box an <svg>'s viewBox or data-col gives (x y width height), or null. */
const boxOf = (text) => {
  const [x, y, width, height] = (text || '').split(' ').map(Number);
  return width > 0 && height > 0 ? { x, y, width, height } : null;
};

/** The map as a whole: the extent of its bands stacked, in the wide layout or the column. */
const wholeOf = (boxes) => boxes.every(Boolean)
  ? { x: boxes[0].x, y: boxes[0].y, width: boxes[0].width, height: boxes.reduce((sum, box) => sum + box.height, 0) }
  : null;

class GraphView {
  /**
   * `map` is the map's element (its one <svg>, or the group of its bands) and `bands` its band boxes in order (none
   * for a map of one <svg>); a band still waiting holds its markup in a <noscript>.
   */
  constructor(figure, viewport, map, bands, openTopic) {
    this.openTopic = openTopic;
    this.figure = figure;
    this.viewport = viewport;
    this.map = map;
    // Each band's box in the wide layout and, when there is one, in the column (SvgGraphRenderer's data-col: x y
    // width height): the same nodes as one column, used where the wide map would not fit legibly.
    // A band still waiting (its <svg> unparsed in a <noscript>, graph-bands.js) has the same boxes on its own box.
    this.parts = (bands.length ? bands : [map]).map((band) => {
      const svg = band.matches('svg') ? band : band.querySelector(':scope > svg');
      return { svg, band: svg === band ? null : band, wide: svg ? GraphView.contentBox(svg) : boxOf(band.dataset.view), column: boxOf((svg || band).dataset.col) };
    });
    this.wide = wholeOf(this.parts.map((part) => part.wide));
    this.columnBox = wholeOf(this.parts.map((part) => part.column));
    this.content = this.wide;
    this.isColumn = false;
    this.nodes = [];
    this.view = { x: 0, y: 0, scale: 1 };
    this.touched = false;

    for (const part of this.parts) if (part.svg) this.prepare(part);
    this.fit();
    this.listen();
    // The bands still waiting are graph-bands.js's to draw: its code loads only for a map that has some.
    if (this.parts.some((part) => !part.svg)) import('./graph-bands.js').then(({ drawLater }) => drawLater(this));
  }

  /**
   * Readies a band's <svg> (or the map's one), drawn with the page or later by graph-bands.js: its topics named, its
   * folds closed, its nodes in the current layout and in the keys' walk (none of them a tab stop yet).
   */
  prepare(part) {
    const { svg } = part;
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    svg.removeAttribute('width');
    nameTopics(svg);
    foldGroups(svg);
    const nodes = [...svg.querySelectorAll('.graph-node[data-col]')];
    this.nodes.push(...nodes);
    if (this.isColumn) {
      svg.classList.add('is-column');
      this.place(nodes, true);
    }
    part.walk = [...svg.querySelectorAll(WALKED)];
    for (const node of part.walk) node.setAttribute('tabindex', '-1');
    // Every node the keys walk, band after band in order.
    this.walk = this.parts.flatMap((each) => each.walk || []);
  }

  static contentBox(svg) {
    const box = svg.viewBox && svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) {
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    }
    const width = parseFloat(svg.getAttribute('width')) || svg.getBBox().width || 1;
    const height = parseFloat(svg.getAttribute('height')) || svg.getBBox().height || 1;
    return { x: 0, y: 0, width, height };
  }

  /**
   * The box's width, measured once here and then only when the ResizeObserver says it changed: every read of
   * clientWidth after the map was changed lays out the whole map again (seconds on a map of 10,000 topics).
   */
  get width() {
    this.boxWidth ??= this.viewport.clientWidth || 1;
    return this.boxWidth;
  }

  /** Moves every node to its place in the column or the wide map (the markup's). */
  arrange(column) {
    if (column === this.isColumn) return;
    this.isColumn = column;
    for (const { svg } of this.parts) svg?.classList.toggle('is-column', column);
    this.place(this.nodes, column);
    this.content = column ? this.columnBox : this.wide;
  }

  place(nodes, column) {
    for (const node of nodes) {
      node.dataset.wide ??= node.getAttribute('transform');
      node.setAttribute('transform', column ? `translate(${node.dataset.col})` : node.dataset.wide);
      // A parent's roll-up (progress-view.js) is drawn beside the node and moves with it.
      const next = node.nextElementSibling;
      if (next?.classList.contains('graph-node__rollup')) next.setAttribute('transform', node.getAttribute('transform'));
    }
  }

  /** The column when the wide map would need labels under 12 px (or a sideways scroll) to fit the box. */
  wantsColumn() {
    return !!this.columnBox && this.width < this.wide.width * MIN_LEGIBLE_SCALE;
  }

  /** Fits the graph to the box's width, but never below a legible scale; the whole height is always drawn. */
  fit() {
    this.arrange(this.wantsColumn());
    const { content } = this;
    const scale = clamp(this.width / content.width, MIN_LEGIBLE_SCALE, MAX_FIT_SCALE);
    const viewWidth = this.width / scale;
    this.view = { scale, x: content.x + (content.width - viewWidth) / 2 };
    this.apply();
  }

  /**
   * Keeps as much of the graph in view sideways as the box allows: it can never be panned out of sight. Every band
   * shows the same slice sideways at the same scale, so together they draw one map.
   */
  apply() {
    const { content, view } = this;
    const viewWidth = this.width / view.scale;
    const xs = [content.x, content.x + content.width - viewWidth];
    view.x = clamp(view.x, Math.min(...xs), Math.max(...xs));
    for (const part of this.parts) {
      const own = this.isColumn ? part.column : part.wide;
      const box = [view.x, own.y, viewWidth, own.height].map((n) => Math.round(n * 100) / 100).join(' ');
      const height = String(Math.round(own.height * view.scale));
      if (!part.svg) {
        // A band still waiting keeps its place on the page: the page is as tall, and scrolls, as when it is drawn.
        if (part.band.style.height !== `${height}px`) part.band.style.height = `${height}px`;
        continue;
      }
      // Unchanged values are not written again: each write has the band laid out anew.
      if (part.svg.getAttribute('viewBox') !== box) part.svg.setAttribute('viewBox', box);
      if (part.svg.getAttribute('height') === height) continue;
      part.svg.setAttribute('height', height);
      // A band's box is skipped while off screen (site.css): it keeps the band's height without laying it out.
      if (part.band) part.band.style.containIntrinsicSize = `auto ${height}px`;
    }
  }

  listen() {
    const { viewport, map } = this;

    // Zooming and panning: their code loads on the first use (the index page's JavaScript budget, bench/results.md);
    // the event that asked for it is handed on. Ctrl/⌘ + wheel is claimed at once, so the page never zooms instead.
    const zoom = (event) => {
      this.zooming ??= import('./graph-zoom.js').then(({ attachZoom }) => attachZoom(this, { clamp, minScale: MIN_LEGIBLE_SCALE }));
      this.zooming.then((handle) => handle(event));
    };
    viewport.addEventListener('wheel', (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoom(event);
    }, { passive: false });
    // The first press only: once in, the zoom code listens to the pointer itself.
    viewport.addEventListener('pointerdown', (event) => { if (!this.zooming) zoom(event); });
    viewport.addEventListener('dragstart', (event) => event.preventDefault());

    // A topic's node opens the topic in place (a click, or Enter); a modified click still follows the link to the
    // checklist, as does a section's node.
    map.addEventListener('click', (event) => {
      if (event.target.closest('.graph-node--fold')) {
        walk(event);
        return;
      }
      const node = event.target.closest('a.graph-node[data-item-id]');
      if (!node || event.button || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      event.preventDefault();
      this.openTopic(node.dataset.itemId, node);
    });

    const zoomKey = (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || !ZOOM_KEYS.includes(event.key)) return;
      event.preventDefault();
      zoom(event);
    };
    viewport.addEventListener('keydown', zoomKey);

    // The keys' walk from node to node and the folds (graph-walk.js) load when the map first takes the focus or a
    // fold is clicked. A key pressed on a node before then is held (its default taken, so the page does not scroll
    // instead) and handed on. Only the first node that is not folded away can be tabbed to (a roving tabindex).
    const walk = (event) => {
      this.walking ??= import('./graph-walk.js').then(({ attachWalk }) => {
        this.walked = true;
        return attachWalk(this, { zoom: zoomKey, openTopic: this.openTopic });
      });
      this.walking.then((handle) => handle(event));
    };
    this.walk.find((node) => !node.classList.contains('is-folded'))?.setAttribute('tabindex', '0');
    map.addEventListener('focusin', (event) => { if (!this.walking) walk(event); });
    map.addEventListener('keydown', (event) => {
      const { key } = event;
      if (this.walked || event.ctrlKey || event.metaKey || event.altKey || !event.target.closest(WALKED)) return;
      if (!WALK_KEYS.includes(key) && !(key === 'Enter' && event.target.closest('.graph-node--fold'))) return;
      event.preventDefault();
      event.stopPropagation();
      walk(event);
    });

    for (const button of this.figure.querySelectorAll('[data-graph-action]')) {
      button.addEventListener('click', () => zoom({ type: 'button', key: button.dataset.graphAction }));
    }

    new ResizeObserver(() => {
      // Read here, where the page is laid out already, so it costs nothing.
      const width = viewport.clientWidth || 1;
      if (width === this.width) return;
      this.boxWidth = width;
      if (this.touched && this.wantsColumn() === this.isColumn) this.apply(); else this.reset();
    }).observe(viewport);
  }

  reset() {
    this.touched = false;
    this.fit();
  }
}

/** `openTopic(id, node)` opens a topic's panel. */
export function initGraphs(openTopic) {
  for (const figure of document.querySelectorAll('.graph')) {
    const viewport = figure.querySelector('.graph__viewport');
    const map = viewport?.querySelector('.roadmap-graph-parts, svg.roadmap-graph');
    if (!map) continue;
    const bands = map.matches('svg') ? [] : [...map.querySelectorAll(':scope > .roadmap-graph-part')];
    new GraphView(figure, viewport, map, bands, openTopic);
  }
}
