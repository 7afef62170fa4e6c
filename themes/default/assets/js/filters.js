// Filters by difficulty, importance and state, for the tree (non-matching topics are hidden; a topic or group stays,
// muted, while something under it matches) and the graph (non-matching nodes are dimmed, so the layout does not move).
// The choice is remembered per site and applies on every page, which says so in its filter bar with one "Clear".

import { t, language } from './i18n.js';
import { readStored, writeStored } from './storage.js';
import { revealNode } from './graph-walk.js';
import { drawWholeMap } from './graph-bands.js';

const DEFAULTS = { difficulty: 'any', importance: 'any', state: 'any' };

function load() {
  try {
    return { ...DEFAULTS, ...JSON.parse(readStored('filters') || '{}') };
  } catch {
    return { ...DEFAULTS };
  }
}

export function matches(item, state, filters) {
  if (!item || !item.trackable) return false;
  if (filters.difficulty !== 'any' && (item.difficulty || 'none') !== filters.difficulty) return false;
  if (filters.importance !== 'any' && (item.importance ?? 0) < Number(filters.importance)) return false;
  if (filters.state === 'open') return state !== 'done' && state !== 'skipped';
  if (filters.state !== 'any' && state !== filters.state) return false;
  return true;
}

export function initFilters({ roadmap, getState }) {
  const bars = [...document.querySelectorAll('[data-filters]')];
  if (bars.length === 0 || !roadmap) return { refresh() {} };

  const rows = [...document.querySelectorAll('li[data-item-id]')];
  const parentOf = new Map(rows.map((row) => [row, row.parentElement && row.parentElement.closest('li[data-item-id]')]));
  const topicNodes = () => [...document.querySelectorAll('a.graph-node[data-item-id]')];
  let nodes = topicNodes();
  // The whole-roadmap page's sections: one with no match is hidden while a filter is on.
  const sections = [...document.querySelectorAll('section.tree--section')];
  // Said where the checklist was when nothing on this page matches.
  const empties = [...document.querySelectorAll('[data-filters-empty]')];
  let filters = load();
  // "Next match" beside the map: the matches are highlighted, but may be far down the map.
  const nextButtons = [...document.querySelectorAll('[data-graph-next-match]')];
  for (const button of nextButtons) {
    button.addEventListener('click', () => {
      const map = button.closest('.graph');
      const inMap = nodes.filter((node) => map.contains(node));
      const from = inMap.indexOf(map.querySelector('a.graph-node[tabindex="0"]'));
      const next = [...inMap.slice(from + 1), ...inMap.slice(0, from + 1)].find((node) => node.classList.contains('is-filter-match'));
      if (!next && !map.querySelector('.roadmap-graph-parts:not([data-drawn])')) return;
      if (!next) {
        // The next match may be in a band of a large map still waiting to be drawn (graph.js): draw them all.
        drawWholeMap(map);
        button.click();
        return;
      }
      revealNode(next);
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'center' });
    });
  }

  const active = () => Object.keys(DEFAULTS).some((key) => filters[key] !== DEFAULTS[key]);

  const apply = () => {
    const on = active();
    const visible = new Set();
    let shown = 0;
    let total = 0;
    // Children come after their parents in document order: walking backwards settles every child first.
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      const item = roadmap.byId.get(row.dataset.itemId);
      const self = !on || matches(item, getState(row.dataset.itemId), filters);
      if (item && item.trackable) {
        total++;
        if (self) shown++;
      }
      const show = self || visible.has(row);
      if (row.hidden === show) row.hidden = !show;
      // Shown only because something under it matches: kept for context, and marked so.
      row.classList.toggle('is-filter-context', show && !self);
      const parent = parentOf.get(row);
      if (show && parent) visible.add(parent);
    }
    markNodes(nodes);
    // Counted over the whole roadmap, so every page says the same "7 of 168"; the page's own share comes after.
    let matching = 0;
    if (on) for (const item of roadmap.items) if (matches(item, getState(item.id), filters)) matching++;
    for (const section of sections) {
      section.hidden = on && !section.querySelector('li[data-item-id]:not([hidden])');
    }
    for (const empty of empties) empty.hidden = !(on && rows.length > 0 && shown === 0);
    const here = rows.length > 0 && sections.length === 0 ? t('filters.here', { shown, total }) : '';
    const summary = describe();
    for (const bar of bars) {
      bar.classList.toggle('is-active', on);
      const status = bar.querySelector('[data-filters-status]');
      if (status) status.textContent = on ? t('filters.status', { summary, matching, total: roadmap.items.length, here }) : '';
      const reset = bar.querySelector('[data-filters-reset]');
      if (reset) reset.hidden = !on;
    }
  };

  /** Dims the map's nodes that do not match and highlights those that do; "Next match" shows while any does. */
  const markNodes = (list) => {
    const on = active();
    for (const node of list) {
      const item = roadmap.byId.get(node.dataset.itemId);
      const match = on && item && item.trackable && matches(item, getState(item.id), filters);
      node.classList.toggle('is-filtered-out', !!(on && item && item.trackable && !match));
      node.classList.toggle('is-filter-match', !!match);
    }
    for (const button of nextButtons) button.hidden = !on || !nodes.some((node) => node.classList.contains('is-filter-match'));
  };
  // A band of a large map drawn later (graph.js) is marked as it arrives.
  document.addEventListener('roadmap:graph-part', (event) => {
    nodes = topicNodes();
    markNodes(event.detail.svg.querySelectorAll('a.graph-node[data-item-id]'));
  });

  /** "difficulty Hard, state Done": the active filters as their menus show them. */
  const describe = () => Object.keys(DEFAULTS).filter((key) => filters[key] !== DEFAULTS[key]).map((key) => {
    const select = bars[0].querySelector(`select[data-filter="${key}"]`);
    return `${t(`filters.${key}`).toLocaleLowerCase(language())} ${select?.selectedOptions[0]?.textContent.trim() || filters[key]}`;
  }).join(', ');

  for (const bar of bars) {
    for (const select of bar.querySelectorAll('select[data-filter]')) {
      select.value = filters[select.dataset.filter];
      select.disabled = false;
      select.addEventListener('change', () => {
        filters = { ...filters, [select.dataset.filter]: select.value };
        for (const other of document.querySelectorAll(`select[data-filter="${select.dataset.filter}"]`)) other.value = select.value;
        writeStored('filters', active() ? JSON.stringify(filters) : null);
        apply();
      });
    }
    bar.querySelector('[data-filters-reset]')?.addEventListener('click', () => {
      filters = { ...DEFAULTS };
      for (const select of document.querySelectorAll('select[data-filter]')) select.value = filters[select.dataset.filter];
      writeStored('filters', null);
      apply();
    });
  }
  apply();

  let queued = false;
  return {
    /** After a state change: only a state filter can change what shows. */
    refresh() {
      if (filters.state === 'any' || queued) return;
      queued = true;
      window.requestAnimationFrame(() => { queued = false; apply(); });
    },
  };
}
