// Progress files: export the visitor's progress and notes as JSON; read one back with validation and a preview
// of what would change, then merge (the file wins where it says something) or replace.

import { upgrade, SCHEMA_VERSION } from './progress-store.js';
import { t, language } from './i18n.js';
import { stateLabel } from './progress-view.js';

export const FORMAT = 'roadmap-site-progress';

export function exportDocument(snapshot, { namespace, title }) {
  return {
    format: FORMAT,
    version: SCHEMA_VERSION,
    site: namespace,
    roadmap: title,
    exported: new Date().toISOString(),
    states: Object.fromEntries(snapshot.states),
    notes: Object.fromEntries(snapshot.notes),
    // The visitor's pace (hours a week), when they set one.
    ...(snapshot.pace != null ? { pace: { hoursPerWeek: snapshot.pace } } : {}),
  };
}

/** Parses and validates a progress file; throws an Error whose message is fit to show. */
export function parseProgressFile(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(t('import.not_json'));
  }
  if (!parsed || typeof parsed !== 'object' || parsed.format !== FORMAT) {
    throw new Error(t('import.not_progress'));
  }
  const { data, dropped } = upgrade(parsed);
  return { data, dropped, site: typeof parsed.site === 'string' ? parsed.site : '', roadmap: typeof parsed.roadmap === 'string' ? parsed.roadmap : '' };
}

/** What merging or replacing would do, counted per kind of change. `current` and `incoming` hold Maps. */
export function preview(current, incoming, mode, knownIds) {
  const next = mode === 'replace'
    ? { states: new Map(incoming.states), notes: new Map(incoming.notes) }
    : { states: new Map([...current.states, ...incoming.states]), notes: new Map([...current.notes, ...incoming.notes]) };
  next.pace = mode === 'replace' ? (incoming.pace ?? null) : (incoming.pace ?? current.pace ?? null);
  const changes = { done: 0, 'in-progress': 0, skipped: 0, 'not-started': 0, notes: 0, unknown: 0 };
  for (const id of new Set([...current.states.keys(), ...next.states.keys()])) {
    const before = current.states.get(id) || 'not-started';
    const after = next.states.get(id) || 'not-started';
    if (before === after) continue;
    changes[after]++;
    if (!knownIds(id)) changes.unknown++;
  }
  for (const id of new Set([...current.notes.keys(), ...next.notes.keys()])) {
    if ((current.notes.get(id) || '') !== (next.notes.get(id) || '')) changes.notes++;
  }
  return { next, changes };
}

/** The preview as whole sentences: "This would mark 2 topics done and 1 topic skipped. It would also change 1 note." */
export function describeChanges(changes) {
  const marks = ['done', 'in-progress', 'skipped', 'not-started']
    .filter((state) => changes[state])
    .map((state) => t('import.mark', { n: changes[state], state: stateLabel(state) }));
  if (marks.length === 0 && !changes.notes) return t('import.nothing');
  const notes = changes.notes ? t('import.notes', { n: changes.notes }) : '';
  let text = marks.length ? t('import.would_mark', { marks: new Intl.ListFormat(language()).format(marks) }) : '';
  if (notes) text += marks.length ? t('import.would_also', { notes }) : t('import.would_change', { notes });
  if (changes.unknown) text += changes.unknown === 1 ? t('import.unknown_one') : t('import.unknown', { n: changes.unknown });
  return text;
}

/** Offers `text` as a file download (a blob URL: same origin, nothing leaves the browser). */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
