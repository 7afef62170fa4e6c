// Shows progress on the page: checkboxes, rows and state buttons in the tree, graph nodes, and the progress
// meters of sections and the whole roadmap. The page is indexed once; a change touches only the elements of
// the items that changed and the meters of their scopes, so a toggle costs the same on a page of 5,000 items.

import { t, formatNumber, rightToLeft } from './i18n.js';
import { countStates, emptyCount, COUNTED } from './progress-counts.js';

const SVG = 'http://www.w3.org/2000/svg';
const rollUpLabel = (done, total) => t('meter.subtopics_done', { done, total });
const sectionLabel = (done, total) => t('meter.done', { done, total });

/** The node's child element of `className`, made on first use: the map's roll-ups and meters are drawn here. */
function part(node, tag, className, attributes) {
  let element = node.querySelector(`.${className}`);
  if (!element) {
    element = node.appendChild(document.createElementNS(SVG, tag));
    element.setAttribute('class', className);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  }
  return element;
}

/**
 * A map node's name as graph.js gave it, before any progress was added to it. Kept here rather than in the markup:
 * a map of 10,000 topics would be written to 10,000 times more.
 */
const baseLabels = new WeakMap();
function baseLabel(node) {
  let base = baseLabels.get(node);
  if (base === undefined) baseLabels.set(node, (base = node.getAttribute('aria-label') || ''));
  return base;
}

/** Sets an attribute only when it changes (or removes it for null): a map of 10,000 nodes is repainted whole. */
function write(element, name, value) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name); else element.setAttribute(name, value);
}

/** A node's box size, from its rect (SvgGraphRenderer draws each node in its own coordinates). */
function boxOf(node) {
  const rect = node.querySelector('rect');
  return { width: Number(rect?.getAttribute('width')) || 0, height: Number(rect?.getAttribute('height')) || 0 };
}

const KEYS = { 'not-started': 'not_started', 'in-progress': 'in_progress', done: 'done', skipped: 'skipped' };
const GLYPHS = { 'not-started': () => '⋯', 'in-progress': () => t('state_title.in_progress'), done: () => '⋯', skipped: () => t('state_title.skipped') };

/** "not started", "in progress", "done", "skipped" in the interface language. */
export function stateLabel(state) {
  return t(`state.${KEYS[state] || KEYS['not-started']}`);
}

/** The same, as a menu or filter shows it: "Not started". */
export function stateTitle(state) {
  return t(`state_title.${KEYS[state] || KEYS['not-started']}`);
}

/** The elements of `selector` by the value of one of their data attributes, each as `make` makes it. */
function grouped(root, selector, key, make = (element) => element) {
  const groups = new Map();
  for (const element of root.querySelectorAll(selector)) {
    const id = element.dataset[key];
    if (!groups.has(id)) groups.set(id, []);
    groups.get(id).push(make(element));
  }
  return groups;
}

function indexPage(root) {
  const byId = new Map();
  for (const element of root.querySelectorAll('[data-item-id]')) {
    const id = element.dataset.itemId;
    if (!byId.has(id)) byId.set(id, { checks: [], rows: [], nodes: [], buttons: [], title: '' });
    const item = byId.get(id);
    if (element.matches('input.item-check')) item.checks.push(element);
    else if (element.matches('li')) item.rows.push(element);
    else if (element.matches('button.item-state')) item.buttons.push(element);
    else if (element.matches('.graph-node')) item.nodes.push(element);
  }
  for (const [id, item] of byId) {
    const label = item.checks[0] && item.checks[0].labels && item.checks[0].labels[0];
    item.title = label ? label.textContent.trim() : id;
  }
  const sectionNodes = grouped(root, '.graph-node[data-section-id]', 'sectionId');
  const meters = grouped(root, '.progress-meter[data-progress-scope]', 'progressScope', (element) => ({
    bar: element.querySelector('progress'),
    done: element.querySelector('[data-progress-done]'),
    skipped: element.querySelector('[data-progress-skipped]'),
  }));
  const times = grouped(root, '[data-progress-time]', 'progressTime', (element) => ({
    text: element.querySelector('[data-progress-time-text]'),
    total: Number(element.dataset.totalMinutes),
  }));
  return { byId, meters, sectionNodes, times };
}

export class ProgressView {
  /** `source` answers state(id) and note(id): the visitor's store, or a shared snapshot shown read-only. */
  constructor(source, root = document) {
    this.source = source;
    this.page = indexPage(root);
    this.shown = new Map();
    this.roadmap = null;
    this.counts = new Map();
    this.live = document.querySelector('[data-progress-live]');
    this.readOnly = false;
    // Minutes left per section id, and listeners of the whole roadmap's (the pace control).
    this.left = new Map();
    this.timeListeners = new Set();
    for (const id of this.page.byId.keys()) this.paint(id);
  }

  /**
   * A band of a large map drawn after the page was indexed (graph.js): its nodes join the index and show the
   * progress, roll-ups and meters they would have shown from the start.
   */
  adopt(root) {
    const { byId, sectionNodes } = indexPage(root);
    for (const [id, item] of byId) {
      const known = this.page.byId.get(id);
      if (known) known.nodes.push(...item.nodes); else this.page.byId.set(id, item);
      this.paint(id);
    }
    for (const [scope, nodes] of sectionNodes) {
      this.page.sectionNodes.set(scope, [...(this.page.sectionNodes.get(scope) || []), ...nodes]);
      const count = this.counts.get(scope);
      if (count) this.paintSectionNodes(scope, count);
    }
  }

  /** Calls `listener(minutesLeft)` now and whenever the whole roadmap's time left changes (the pace control). */
  onTimeLeft(listener) {
    this.timeListeners.add(listener);
    this.retime();
  }

  /** The time left of the given sections (all when none given): only a page showing times loads its code (estimates.js). */
  retime(sectionIds) {
    if (!this.roadmap || (this.page.times.size === 0 && this.timeListeners.size === 0)) return;
    import('./estimates.js').then(({ retime }) => retime(this, sectionIds));
  }

  /** Once roadmap.json is in: counters per section and for the whole roadmap. */
  attachRoadmap(roadmap) {
    this.roadmap = roadmap;
    this.parentOf = new Map();
    for (const entry of roadmap.byId.values()) {
      for (const child of entry.json?.children || []) this.parentOf.set(child.id, entry.id);
    }
    this.under = new Map();
    this.recount();
    for (const [id, item] of this.page.byId) if (item.nodes.length) this.paint(id);
  }

  /** The trackable topics under `id`, at any depth (roadmap.json's nesting). */
  descendants(id) {
    let found = this.under.get(id);
    if (!found) {
      found = [];
      const walk = (children) => {
        for (const child of children || []) {
          if (child.trackable) found.push(child.id);
          walk(child.children);
        }
      };
      walk(this.roadmap.byId.get(id)?.json?.children);
      this.under.set(id, found);
    }
    return found;
  }

  /** The shown progress of `scope` ('all' or a section id): { total, done, 'in-progress', skipped }, or undefined before roadmap.json is in. */
  count(scope) {
    return this.counts.get(scope);
  }

  /** The count over the topic's subtopics at any depth, as its roll-up shows it, or null when it has none (or roadmap.json is not in yet). */
  rollUp(id) {
    if (!this.roadmap) return null;
    const ids = this.descendants(id);
    return ids.length ? countStates(ids, (child) => this.source.state(child)) : null;
  }

  recount() {
    if (!this.roadmap) return;
    this.counts = new Map([['all', emptyCount(this.roadmap.items.length)]]);
    for (const item of this.roadmap.items) {
      if (!this.counts.has(item.section)) this.counts.set(item.section, emptyCount());
      this.counts.get(item.section).total++;
      this.shown.set(item.id, this.source.state(item.id));
      this.tally(item, this.shown.get(item.id), 1);
    }
    for (const scope of this.page.meters.keys()) this.paintMeter(scope);
    this.retime();
  }

  tally(item, state, sign) {
    if (!COUNTED.includes(state)) return;
    this.counts.get('all')[state] += sign;
    this.counts.get(item.section)[state] += sign;
  }

  setSource(source, readOnly) {
    this.source = source;
    this.readOnly = readOnly;
    for (const id of this.page.byId.keys()) this.paint(id);
    this.recount();
  }

  /** Applies the states of the given ids; announces them when the visitor made the change here. */
  update(ids, origin, saved = true) {
    const scopes = new Set();
    const ancestors = new Set();
    for (const id of ids) {
      for (let up = this.parentOf?.get(id); up; up = this.parentOf.get(up)) ancestors.add(up);
    }
    for (const id of ancestors) this.paint(id);
    for (const id of ids) {
      this.paint(id);
      const item = this.roadmap && this.roadmap.byId.get(id);
      if (!item || !item.trackable) continue;
      const before = this.shown.get(id) || 'not-started';
      const after = this.source.state(id);
      if (before === after) continue;
      this.tally(item, before, -1);
      this.tally(item, after, 1);
      this.shown.set(id, after);
      scopes.add(item.section);
      scopes.add('all');
    }
    for (const scope of scopes) this.paintMeter(scope);
    if (scopes.size > 0) this.retime(scopes);
    // A change that could not be saved is never announced as done: it lasts for this page only.
    const unsaved = saved ? '' : t('announce.unsaved');
    if (origin === 'local' && ids.length === 1) {
      const all = this.counts.get('all');
      const total = all && saved ? t('announce.total', { done: all.done, total: all.total }) : '';
      this.announce(t('announce.changed', { title: this.title(ids[0]), state: stateLabel(this.source.state(ids[0])), total, unsaved }));
    } else if (origin === 'remote') {
      this.announce(t('announce.remote', { n: ids.length }));
    } else if (origin === 'import' || origin === 'bulk') {
      this.announce(t('announce.bulk', { n: ids.length, unsaved }));
    }
  }

  title(id) {
    const onPage = this.page.byId.get(id);
    if (onPage && onPage.title !== id) return onPage.title;
    const item = this.roadmap && this.roadmap.byId.get(id);
    return item ? item.title : id;
  }

  paint(id) {
    const item = this.page.byId.get(id);
    if (!item) return;
    const state = this.source.state(id);
    const note = this.source.note(id);
    for (const check of item.checks) {
      check.disabled = this.readOnly;
      check.checked = state === 'done';
      check.indeterminate = state === 'in-progress';
    }
    for (const row of item.rows) {
      if (state === 'not-started') row.removeAttribute('data-state'); else row.dataset.state = state;
      if (note) row.dataset.hasNote = ''; else row.removeAttribute('data-has-note');
    }
    const roll = item.nodes.length ? this.rollUp(id) : null;
    for (const node of item.nodes) {
      write(node, 'data-state', state === 'not-started' ? null : state);
      const base = baseLabel(node);
      // The roll-up right after the title: the name must hold the words the node shows, in their order (WCAG 2.5.3).
      const title = (node.querySelector('title') || node.querySelector('text'))?.textContent || '';
      const named = roll && base.startsWith(title) ? `${title}, ${rollUpLabel(roll.done, roll.total)}${base.slice(title.length)}` : base;
      write(node, 'aria-label', state === 'not-started' ? named : `${named} — ${stateLabel(state)}`);
      if (roll) {
        // At the far end of the row under the label that the layout keeps for stars and roll-ups (the right end, or
        // the left on a page read right to left, where the text's end is its left).
        // Drawn just after the node rather than in it (graph.js moves it along): the node's name holds its own
        // text only, and axe's label-in-name check cannot tell the count from the title.
        const { width, height } = boxOf(node);
        let text = node.nextElementSibling;
        if (!text?.classList.contains('graph-node__rollup')) {
          text = node.after(document.createElementNS(SVG, 'text')) ?? node.nextElementSibling;
          text.setAttribute('class', 'graph-node__rollup');
          text.setAttribute('aria-hidden', 'true');
          text.setAttribute('x', String(rightToLeft() ? 10 : width - 10));
          text.setAttribute('y', String(height - (node.classList.contains('graph-node--sub') ? 6 : 10) - 3.4));
        }
        text.setAttribute('transform', node.getAttribute('transform') || '');
        text.textContent = t('meter.of', { done: roll.done, total: roll.total });
        node.classList.toggle('is-rolled-up', roll.done === roll.total);
      }
    }
    for (const button of item.buttons) {
      button.disabled = this.readOnly;
      button.setAttribute('aria-label', t('state.button', { title: item.title, state: stateLabel(state), note: note ? t('state.has_note') : '' }));
      const glyph = button.querySelector('[aria-hidden]');
      if (glyph) glyph.textContent = GLYPHS[state]() + (note ? ' ✎' : '');
    }
  }

  paintMeter(scope) {
    const count = this.counts.get(scope);
    if (count) this.paintSectionNodes(scope, count);
    const meters = this.page.meters.get(scope);
    if (!count || !meters) return;
    for (const meter of meters) {
      if (meter.bar) {
        meter.bar.max = Math.max(count.total, 1);
        meter.bar.value = count.done;
      }
      if (meter.done) meter.done.textContent = formatNumber(count.done);
      if (meter.skipped) {
        const extra = [];
        if (count['in-progress']) extra.push(t('meter.in_progress', { n: count['in-progress'] }));
        if (count.skipped) extra.push(t('meter.skipped', { n: count.skipped }));
        meter.skipped.textContent = extra.length ? ` · ${extra.join(' · ')}` : '';
      }
    }
  }

  /** A section's node on the map: a meter along the bottom of its box, and the count in its name. */
  paintSectionNodes(scope, count) {
    for (const node of this.page.sectionNodes.get(scope) || []) {
      const { width, height } = boxOf(node);
      write(node, 'aria-label', `${baseLabel(node)}, ${sectionLabel(count.done, count.total)}`);
      if (!count.total) continue;
      const at = { x: 12, y: height - 7, height: 3, rx: 1.5 };
      const span = width - 24;
      const filled = (span * count.done) / count.total;
      part(node, 'rect', 'graph-node__track', { ...at, width: span });
      const meter = part(node, 'rect', 'graph-node__meter', at);
      meter.setAttribute('width', String(filled));
      // Filled from the right on a page read right to left, as the page's own meters are.
      if (rightToLeft()) meter.setAttribute('x', String(at.x + span - filled));
    }
  }

  announce(message) {
    if (!this.live) return;
    // Cleared first, so the same message twice is still read out.
    this.live.textContent = '';
    window.requestAnimationFrame(() => { this.live.textContent = message; });
  }
}
