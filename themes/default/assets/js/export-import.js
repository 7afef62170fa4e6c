// Progress files: export the visitor's progress and notes as JSON; read one back with validation and a preview
// of what would change, then merge (the file wins where it says something) or replace.

import { upgrade, SCHEMA_VERSION } from './progress-store.js';

export const FORMAT = 'roadmap-site-progress';

export function exportDocument(snapshot, { namespace, title }) {
  return {
    format: FORMAT,
    version: SCHEMA_VERSION,
    site: namespace,
    roadmap: title,
    exported: new Date().toISOString(),
    states: snapshot.states,
    notes: snapshot.notes,
  };
}

/** Parses and validates a progress file; throws an Error whose message is fit to show. */
export function parseProgressFile(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('This file is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || parsed.format !== FORMAT) {
    throw new Error('This file is not a progress file exported from a roadmap site.');
  }
  const { data, dropped } = upgrade(parsed);
  return { data, dropped, site: typeof parsed.site === 'string' ? parsed.site : '', roadmap: parsed.roadmap || '' };
}

/** What merging or replacing would do, counted per kind of change. */
export function preview(current, incoming, mode, knownIds) {
  const next = mode === 'replace'
    ? { states: { ...incoming.states }, notes: { ...incoming.notes } }
    : { states: { ...current.states, ...incoming.states }, notes: { ...current.notes, ...incoming.notes } };
  const changes = { done: 0, 'in-progress': 0, skipped: 0, 'not-started': 0, notes: 0, unknown: 0 };
  const ids = new Set([...Object.keys(current.states), ...Object.keys(next.states)]);
  for (const id of ids) {
    const before = current.states[id] || 'not-started';
    const after = next.states[id] || 'not-started';
    if (before === after) continue;
    changes[after]++;
    if (!knownIds(id)) changes.unknown++;
  }
  for (const id of new Set([...Object.keys(current.notes), ...Object.keys(next.notes)])) {
    if ((current.notes[id] || '') !== (next.notes[id] || '')) changes.notes++;
  }
  return { next, changes };
}

export function describeChanges(changes) {
  const parts = [];
  if (changes.done) parts.push(`${changes.done} become done`);
  if (changes['in-progress']) parts.push(`${changes['in-progress']} become in progress`);
  if (changes.skipped) parts.push(`${changes.skipped} become skipped`);
  if (changes['not-started']) parts.push(`${changes['not-started']} become not started`);
  if (changes.notes) parts.push(`${changes.notes} ${changes.notes === 1 ? 'note changes' : 'notes change'}`);
  if (parts.length === 0) return 'Nothing would change.';
  let text = `${parts.join(', ')}.`;
  if (changes.unknown) text += ` ${changes.unknown} of these ${changes.unknown === 1 ? 'is for a topic' : 'are for topics'} not in this roadmap; kept and listed under “No longer in the roadmap”.`;
  return text[0].toUpperCase() + text.slice(1);
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
