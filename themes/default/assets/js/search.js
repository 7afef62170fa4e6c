// The search page: loads search-index.json once, then ranks topics and sections against the query as the visitor
// types in the header's search box. Matching ignores case and diacritics ("resume" finds "Résumé") and forgives
// one typo per word of five letters or more ("databse" finds "database"); a word may also be the start of a word.
// A match in a title counts more than one in a description, which counts more than one in the visitor's own note.
// Results show their section, the visitor's state and the difficulty, with the matched words marked.
// Loaded only on the search page (app.js), so the other pages' JavaScript budget does not pay for it.

import { t } from './i18n.js';
import { stateLabel } from './progress-view.js';

const MAX_RESULTS = 50;
const WEIGHTS = { title: 10, text: 3, note: 1 };
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function normalize(text) {
  return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const wordsOf = (text) => normalize(text).match(WORD) || [];

/** True when `a` becomes `b` with at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well a query word matches a word of the text: 1 the same, less for a prefix, a part or a typo, 0 none. */
export function wordScore(term, word) {
  if (word === term) return 1;
  if (word.startsWith(term)) return 0.8;
  if (term.length >= 5) {
    if (withinOneEdit(term, word)) return 0.6;
    // A typo in the start of a longer word: "databse" in "databases".
    if (word.length > term.length && (withinOneEdit(term, word.slice(0, term.length)) || withinOneEdit(term, word.slice(0, term.length + 1)))) return 0.45;
  }
  if (term.length >= 3 && word.includes(term)) return 0.4;
  return 0;
}

/** Builds the searchable entries: every topic of the index, then every section of the roadmap. */
export function prepare(items, sections, noteOf) {
  const entries = items.map((item, order) => {
    const note = noteOf(item.id);
    return { kind: 'topic', item, note, order, fields: { title: wordsOf(item.title), text: wordsOf(item.text), note: wordsOf(note) } };
  });
  sections.forEach((section, order) => entries.push({
    kind: 'section', item: section, note: '', order: -sections.length + order,
    fields: { title: wordsOf(section.title), text: wordsOf(section.text), note: [] },
  }));
  return entries;
}

/** Every query word must match somewhere; an entry scores its best match per word, weighted by where it is. */
export function rank(entries, query) {
  const terms = wordsOf(query);
  if (terms.length === 0) return [];
  const phrase = terms.join(' ');
  const results = [];
  for (const entry of entries) {
    let score = 0;
    const matched = new Set();
    for (const term of terms) {
      let best = 0;
      for (const [field, words] of Object.entries(entry.fields)) {
        for (const word of words) {
          const value = wordScore(term, word) * WEIGHTS[field];
          if (value > 0) matched.add(word);
          if (value > best) best = value;
        }
      }
      if (best === 0) { score = 0; break; }
      score += best;
    }
    if (score === 0) continue;
    const title = entry.fields.title.join(' ');
    if (title === phrase) score += 20; else if (title.startsWith(phrase)) score += 8;
    // A section is the better answer when its name is what was typed.
    if (entry.kind === 'section') score += 1;
    results.push({ entry, score, matched });
  }
  results.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return results;
}

/** `text` as nodes, each matched word in a <mark>; long text is cut around the first match. */
export function highlight(text, matched, limit = Infinity) {
  let start = 0;
  let end = text.length;
  if (text.length > limit) {
    const first = [...text.matchAll(WORD)].find((m) => matched.has(normalize(m[0])));
    start = Math.max(0, (first ? first.index : 0) - 60);
    end = Math.min(text.length, start + limit);
  }
  const nodes = [];
  const cut = text.slice(start, end);
  let at = 0;
  for (const m of cut.matchAll(WORD)) {
    if (!matched.has(normalize(m[0]))) continue;
    if (m.index > at) nodes.push(cut.slice(at, m.index));
    const mark = document.createElement('mark');
    mark.textContent = m[0];
    nodes.push(mark);
    at = m.index + m[0].length;
  }
  nodes.push(cut.slice(at));
  if (start > 0) nodes.unshift('…');
  if (end < text.length) nodes.push('…');
  return nodes;
}

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function render(list, status, results, query, describe) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = t('search.empty');
    return;
  }
  const count = results.length;
  status.textContent = count === 0
    ? t('search.nothing', { query })
    : t('search.results', { n: count, query }) + (count > MAX_RESULTS ? ` ${t('search.first', { n: MAX_RESULTS })}` : '');
  for (const { entry, matched } of results.slice(0, MAX_RESULTS)) {
    const { item } = entry;
    const li = element('li', `search-result search-result--${entry.kind}`);
    const link = element('a', 'search-result__link', ...highlight(item.title, matched));
    link.href = item.url;
    li.append(link);
    if (item.link) {
      // A title written as a link stays a link: the topic's own resource, named by its host.
      const source = element('a', 'search-result__source', new URL(item.link).host);
      source.href = item.link;
      source.rel = 'noopener noreferrer';
      source.setAttribute('aria-label', `${item.title} (${source.textContent})`);
      li.append(' ', source);
    }
    const meta = element('p', 'search-result__meta');
    for (const [className, text] of describe(entry)) {
      if (text) meta.append(element('span', className, text));
    }
    li.append(meta);
    if (item.text) li.append(element('p', 'search-result__text', ...highlight(item.text, matched, 180)));
    if (entry.note) li.append(element('p', 'search-result__text search-result__note', t('search.my_note'), ...highlight(entry.note, matched, 180)));
    list.append(li);
  }
}

const DIFFICULTY = { easy: () => t('difficulty.easy'), medium: () => t('difficulty.medium'), hard: () => t('difficulty.hard') };

export async function initSearch({ progress } = {}) {
  const list = document.querySelector('[data-search-results]');
  const input = document.querySelector('[data-search-input]');
  const status = document.querySelector('[data-search-status]');
  if (!list || !input || !status) return;

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  status.textContent = t('search.loading');

  let entries;
  let describe;
  try {
    const response = await fetch(list.dataset.searchIndex, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = await response.json();
    const { roadmap, source } = progress ? await progress : {};
    const state = source ? (id) => source().state(id) : () => 'not-started';
    const sections = (roadmap?.json.sections || []).map((section) => ({
      id: section.id,
      title: section.title,
      text: '',
      url: roadmap.sectionUrl(section.id),
    }));
    entries = prepare(Array.isArray(data.items) ? data.items : [], sections, (id) => (source ? source().note(id) : ''));
    describe = (entry) => {
      if (entry.kind === 'section') return [['search-result__kind', t('search.section')]];
      const known = roadmap?.byId.get(entry.item.id);
      const current = state(entry.item.id);
      return [
        ['search-result__section', entry.item.section],
        [`search-result__state search-result__state--${current}`, known?.trackable ? stateLabel(current) : ''],
        [`pill difficulty-${known?.difficulty}`, DIFFICULTY[known?.difficulty]?.() || ''],
      ];
    };
  } catch (error) {
    status.textContent = t('search.failed');
    console.error(error);
    return;
  }

  let timer = 0;
  const update = () => {
    const value = input.value;
    render(list, status, rank(entries, value), value, describe);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set('q', value); else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
