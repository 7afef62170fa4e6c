// "Next up": the next topic to learn — not done and not skipped; the most important first, then the easiest,
// then the first in roadmap order. An unmarked difficulty counts as medium, an unmarked importance as none.

const EASE = { easy: 0, medium: 1, hard: 2 };

export function nextUp(items, getState) {
  let best = null;
  for (const item of items) {
    const state = getState(item.id);
    if (state === 'done' || state === 'skipped') continue;
    if (!best || better(item, best)) best = item;
  }
  return best;
}

function better(a, b) {
  const importance = (b.importance ?? 0) - (a.importance ?? 0);
  if (importance !== 0) return importance < 0;
  const ease = (EASE[a.difficulty] ?? 1) - (EASE[b.difficulty] ?? 1);
  if (ease !== 0) return ease < 0;
  return a.order < b.order;
}

export function initNextUp({ roadmap, getState }) {
  const links = [...document.querySelectorAll('[data-next-up]')];
  if (links.length === 0 || !roadmap) return { refresh() {} };
  let queued = false;
  const apply = () => {
    queued = false;
    const item = nextUp(roadmap.items, getState);
    for (const link of links) {
      const text = link.querySelector('[data-next-up-title]');
      if (item) {
        link.href = item.url;
        if (text) text.textContent = item.title;
        link.setAttribute('aria-label', `Next up: ${item.title}`);
      } else {
        link.href = link.dataset.doneUrl || link.href;
        if (text) text.textContent = 'everything is done';
        link.setAttribute('aria-label', 'Next up: nothing left, every topic is done or skipped');
      }
      link.hidden = false;
    }
  };
  apply();
  return {
    refresh() {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(apply);
    },
  };
}
