// A topic opened in place from the map: a side panel (a modal dialog on phones) with the topic's title, section,
// description, links, subtopics with their roll-up, the visitor's note, the four state buttons and a link to the
// topic in the checklist. The address gains `#topic=<id>`, so the panel can be linked to and reopened; Escape or
// the close button closes it and returns the focus to the node that opened it.
//
// Loaded on the first click on a node (or a `#topic=` address): the index page's JavaScript budget
// (bench/results.md) does not pay for it. The data comes from roadmap.json, which every page already loads;
// states and notes go through progress.js's store and notes editor, so nothing here keeps state of its own.

import { STATES } from './progress-store.js';
import { stateLabel, stateTitle } from './progress-view.js';
import { t } from './i18n.js';
import { revealNode } from './graph-walk.js';
import { nodeFor } from './graph-bands.js';

// The panel's interface strings (themes/default/i18n, key group "topic").
const TEXT = {
  get close() { return t('topic.close'); },
  section: (title) => t('topic.section', { title }),
  difficulty: { get easy() { return t('difficulty.easy'); }, get medium() { return t('difficulty.medium'); }, get hard() { return t('difficulty.hard'); } },
  importance: (stars) => t('graph.node_importance', { n: stars }),
  get links() { return t('topic.links'); },
  subtopics: (done, total) => t('topic.subtopics', { done, total }),
  get subtopicsOnly() { return t('topic.subtopics_only'); },
  get progress() { return t('topic.progress'); },
  stateGroup: (title) => t('state.menu', { title }),
  get readOnly() { return t('topic.read_only'); },
  get note() { return t('topic.note'); },
  get noNote() { return t('topic.no_note'); },
  get addNote() { return t('topic.add_note'); },
  get editNote() { return t('topic.edit_note'); },
  get checklist() { return t('topic.checklist'); },
};

const PREFIX = '#topic=';
const PHONE = '(max-width: 599.98px)';

const make = (tag, className, text) => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

/** The topic id in the address, or null. */
function topicInHash() {
  const hash = window.location.hash;
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/** `progress`: what initProgress resolves to ({ store, roadmap, source, rollUp, editNote }). */
export function initTopicPanel(progress) {
  const { store, roadmap } = progress;
  const dialog = make('dialog', 'dialog topic-panel');
  dialog.setAttribute('aria-labelledby', 'rs--topic-title');
  const header = make('div', 'dialog__header');
  const heading = make('h2', 'dialog__title topic-panel__title');
  heading.id = 'rs--topic-title';
  heading.tabIndex = -1;
  const closeButton = make('button', 'button dialog__close', '✕');
  closeButton.type = 'button';
  closeButton.setAttribute('aria-label', TEXT.close);
  header.append(heading, closeButton);
  const body = make('div', 'topic-panel__body');
  dialog.append(header, body);
  // Beside the map in the page's order, so Tab from the panel goes on to what follows the map.
  const figure = document.querySelector('figure.graph');
  if (figure) figure.after(dialog); else document.querySelector('main')?.append(dialog);

  let itemId = null;
  let returnTo = null;

  const source = () => progress.source();
  const editable = () => source() === store;
  // A large map draws the band that holds the node first, when it is still waiting (graph.js).
  const nodeOf = nodeFor;

  const render = () => {
    const item = roadmap.byId.get(itemId);
    if (!item) return;
    heading.textContent = item.title;
    const json = item.json || {};
    const parts = [make('p', 'topic-panel__section', TEXT.section(item.sectionTitle))];
    const facts = [];
    if (item.difficulty) facts.push(TEXT.difficulty[item.difficulty] || item.difficulty);
    if (item.importance) facts.push(TEXT.importance(item.importance));
    if (facts.length) parts.push(make('p', 'topic-panel__facts', facts.join(' · ')));
    if (item.description) parts.push(make('p', 'topic-panel__description', item.description));

    const links = (json.links || []).filter((link) => /^(https?:|mailto:|\/|\.|#)/i.test(link.url || ''));
    if (links.length) {
      parts.push(make('h3', 'topic-panel__heading', TEXT.links));
      const list = make('ul', 'topic-panel__links');
      for (const link of links) {
        const anchor = make('a', '', link.text || link.url);
        anchor.href = link.url;
        const entry = make('li');
        entry.append(anchor);
        list.append(entry);
      }
      parts.push(list);
    }

    const children = (json.children || []).map((child) => roadmap.byId.get(child.id)).filter(Boolean);
    if (children.length) {
      // The same roll-up as the topic's node on the map: subtopics at any depth.
      const roll = progress.rollUp(item.id);
      parts.push(make('h3', 'topic-panel__heading', roll ? TEXT.subtopics(roll.done, roll.total) : TEXT.subtopicsOnly));
      const list = make('ul', 'topic-panel__children');
      for (const child of children) {
        const entry = make('li');
        const open = make('button', 'topic-panel__child', child.title);
        open.type = 'button';
        open.dataset.topic = child.id;
        if (child.trackable) {
          const state = source().state(child.id);
          entry.dataset.state = state;
          open.append(make('span', 'topic-panel__child-state', ` (${stateLabel(state)})`));
        }
        entry.append(open);
        list.append(entry);
      }
      parts.push(list);
    }

    if (item.trackable) {
      const section = make('section', 'topic-panel__progress');
      section.append(make('h3', 'topic-panel__heading', TEXT.progress));
      const group = make('div', 'topic-panel__states');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', TEXT.stateGroup(item.title));
      const current = source().state(item.id);
      for (const state of STATES) {
        const button = make('button', 'button topic-panel__state', stateTitle(state));
        button.type = 'button';
        button.dataset.state = state;
        button.setAttribute('aria-pressed', String(state === current));
        button.disabled = !editable();
        group.append(button);
      }
      section.append(group);
      if (!editable()) section.append(make('p', 'dialog__hint', TEXT.readOnly));

      section.append(make('h3', 'topic-panel__heading', TEXT.note));
      const note = source().note(item.id);
      section.append(make('p', note ? 'topic-panel__note' : 'topic-panel__note dialog__hint', note || TEXT.noNote));
      if (editable()) {
        const edit = make('button', 'button topic-panel__edit-note', note ? TEXT.editNote : TEXT.addNote);
        edit.type = 'button';
        section.append(edit);
      }
      parts.push(section);
    }

    const checklist = make('a', 'topic-panel__checklist', TEXT.checklist);
    checklist.href = item.url;
    const last = make('p');
    last.append(checklist);
    parts.push(last);
    body.replaceChildren(...parts);
  };

  const setAddress = (id) => {
    const url = window.location.pathname + window.location.search + (id ? PREFIX + encodeURIComponent(id) : '');
    if (url !== window.location.pathname + window.location.search + window.location.hash) window.history.replaceState(null, '', url);
  };

  const open = (id, from) => {
    const item = roadmap && roadmap.byId.get(id);
    if (!item) return false;
    itemId = id;
    const node = nodeOf(id);
    revealNode(node);
    returnTo = from || node || returnTo;
    render();
    if (!dialog.open) {
      if (window.matchMedia(PHONE).matches) dialog.showModal(); else dialog.show();
    }
    setAddress(id);
    heading.focus();
    return true;
  };

  const finish = () => {
    if (itemId === null) return;
    itemId = null;
    setAddress(null);
    const target = returnTo && returnTo.isConnected ? returnTo : null;
    returnTo = null;
    target?.focus();
  };
  const close = () => {
    if (!dialog.open) return;
    dialog.close();
    finish();
  };
  // The browser's own close (Escape on the modal dialog). The event comes a moment later: by then the panel may
  // already show another topic, which it must not close.
  dialog.addEventListener('close', () => { if (!dialog.open) finish(); });

  // A modal dialog closes on Escape by itself; the side panel is not modal and is closed here.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || dialog.matches(':modal')) return;
    event.preventDefault();
    close();
  });
  // Escape on the map, with the side panel still open beside it, closes it too.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && dialog.open && !dialog.contains(event.target) && event.target instanceof Element && event.target.closest('.graph')) close();
  });

  closeButton.addEventListener('click', close);
  body.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const stateButton = target?.closest('button.topic-panel__state');
    if (stateButton && editable()) {
      store.setState(itemId, stateButton.dataset.state);
      return;
    }
    if (target?.closest('button.topic-panel__edit-note')) {
      // Saving re-renders the panel, replacing this button: the focus comes back to whichever is there then.
      progress.editNote(itemId, { isConnected: true, focus: () => (body.querySelector('.topic-panel__edit-note') || heading).focus() });
      return;
    }
    const child = target?.closest('button.topic-panel__child');
    if (child) {
      open(child.dataset.topic, nodeOf(child.dataset.topic) || returnTo);
      return;
    }
    // The checklist link on the page it points to (a section page): close first, then let the jump happen.
    if (target?.closest('a.topic-panel__checklist')) close();
  });

  const refresh = () => {
    if (!dialog.open || !itemId) return;
    const focused = document.activeElement;
    const state = focused instanceof HTMLElement && dialog.contains(focused) ? focused.dataset.state || focused.dataset.topic || focused.className : null;
    render();
    // Re-rendering replaced the focused button: put the focus back on its successor.
    if (state && !dialog.contains(document.activeElement)) {
      const again = [...body.querySelectorAll('button')].find((b) => b.dataset.state === state || b.dataset.topic === state || b.className === state);
      (again || heading).focus();
    }
  };
  store.subscribe(refresh);

  window.addEventListener('hashchange', () => {
    const id = topicInHash();
    if (id && id !== itemId) open(id);
    else if (!id) close();
  });

  const initial = topicInHash();
  if (initial) open(initial);
  return { open };
}
