// The search page: loads search-index.json once, then ranks items against the query as the
// visitor types. Matching ignores case and diacritics ("resume" finds "Résumé"). The visitor's own notes
// are searched with each topic's description.

const MAX_RESULTS = 50;

export function normalize(text) {
  return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function prepare(items, noteOf) {
  return items.map((item, order) => {
    const note = noteOf(item.id);
    return {
      item: note ? { ...item, text: item.text ? `${item.text} · My note: ${note}` : `My note: ${note}` } : item,
      order,
      title: normalize(item.title),
      text: normalize(`${item.text || ''} ${note}`),
    };
  });
}

/** Every term must appear in the title or text; title matches rank first. */
export function rank(entries, query) {
  const phrase = normalize(query).trim();
  const terms = phrase.split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const results = [];
  for (const entry of entries) {
    let score = 0;
    let matched = true;
    for (const term of terms) {
      if (entry.title.includes(term)) score += 10;
      else if (entry.text.includes(term)) score += 1;
      else { matched = false; break; }
    }
    if (!matched) continue;
    if (entry.title === phrase) score += 1000;
    else if (entry.title.startsWith(phrase)) score += 500;
    else if (entry.title.includes(phrase)) score += 200;
    results.push({ entry, score });
  }
  results.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return results.map((r) => r.entry.item);
}

function snippet(text, query) {
  if (!text) return '';
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  const lower = normalize(text);
  const at = Math.max(0, ...terms.map((t) => lower.indexOf(t)));
  const start = Math.max(0, at - 60);
  const cut = text.slice(start, start + 180);
  return (start > 0 ? '…' : '') + cut + (start + 180 < text.length ? '…' : '');
}

function render(list, status, results, query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = 'Type to search every topic of the roadmap.';
    return;
  }
  status.textContent = results.length === 0
    ? `No topic matches “${query}”.`
    : `${results.length} ${results.length === 1 ? 'topic matches' : 'topics match'} “${query}”` +
      (results.length > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}.` : '.');
  for (const item of results.slice(0, MAX_RESULTS)) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'search-result__link';
    link.href = item.url;
    link.textContent = item.title;
    li.append(link);
    if (item.section) {
      const section = document.createElement('span');
      section.className = 'search-result__section';
      section.textContent = item.section;
      li.append(section);
    }
    const text = snippet(item.text, query);
    if (text) {
      const p = document.createElement('p');
      p.className = 'search-result__text';
      p.textContent = text;
      li.append(p);
    }
    list.append(li);
  }
}

export async function initSearch({ progress } = {}) {
  const list = document.querySelector('[data-search-results]');
  const input = document.querySelector('[data-search-input]');
  const status = document.querySelector('[data-search-status]');
  if (!list || !input || !status) return;

  const query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  status.textContent = 'Loading the index…';

  let entries;
  try {
    const response = await fetch(list.dataset.searchIndex, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = await response.json();
    const { source } = progress ? await progress : { source: () => ({ note: () => '' }) };
    const notes = (id) => source().note(id);
    entries = prepare(Array.isArray(data.items) ? data.items : [], (id) => notes(id) || '');
  } catch (error) {
    status.textContent = 'The search index could not be loaded.';
    console.error(error);
    return;
  }

  let timer = 0;
  const update = () => {
    const value = input.value;
    render(list, status, rank(entries, value), value);
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
