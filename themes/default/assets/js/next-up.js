// "Next up": the next topic to learn, never one done or skipped. What the visitor is doing comes first: a topic in
// progress (in the section they are in, if any there), then the rest of the section they are in, then the whole
// roadmap. Among those, the most important first, then the easiest, then the first in roadmap order. An unmarked
// difficulty counts as medium, an unmarked importance as none. The link's tooltip says why it was chosen.

import { t } from './i18n.js';

const EASE = { easy: 0, medium: 1, hard: 2 };

function better(a, b) {
  const importance = (b.importance ?? 0) - (a.importance ?? 0);
  if (importance !== 0) return importance < 0;
  const ease = (EASE[a.difficulty] ?? 1) - (EASE[b.difficulty] ?? 1);
  if (ease !== 0) return ease < 0;
  return a.order < b.order;
}

function best(items) {
  let found = null;
  for (const item of items) if (!found || better(item, found)) found = item;
  return found;
}

/** { item, reason } for the visitor's next topic; `section` is the id of the section page they are on, if any. */
export function nextUp(items, getState, section = null) {
  const open = items.filter((item) => { const state = getState(item.id); return state !== 'done' && state !== 'skipped'; });
  const busy = open.filter((item) => getState(item.id) === 'in-progress');
  const here = (list) => list.filter((item) => item.section === section);
  const choices = [
    [here(busy), t('next.busy')],
    [busy, t('next.busy')],
    [here(open), t('next.here')],
    [open, t('next.roadmap')],
  ];
  for (const [list, reason] of choices) {
    const item = best(list);
    if (item) return { item, reason };
  }
  return { item: null, reason: t('next.none') };
}

export function initNextUp({ roadmap, getState }) {
  const links = [...document.querySelectorAll('[data-next-up]')];
  if (links.length === 0 || !roadmap) return { refresh() {} };
  // A section page's header meter names its section.
  const scope = document.querySelector('.page--section .page-header [data-progress-scope]')?.dataset.progressScope || null;
  let queued = false;
  const apply = () => {
    queued = false;
    const { item, reason } = nextUp(roadmap.items, getState, scope);
    for (const link of links) {
      const text = link.querySelector('[data-next-up-title]');
      link.title = item ? `${item.title}. ${reason}.` : `${reason}.`;
      if (item) {
        link.href = item.url;
        if (text) text.textContent = item.title;
        link.setAttribute('aria-label', t('next.label', { title: item.title, reason }));
      } else {
        link.href = link.dataset.doneUrl || link.href;
        if (text) text.textContent = t('next.everything_done');
        link.setAttribute('aria-label', t('next.nothing'));
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
