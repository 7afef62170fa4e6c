// The visitor's progress and notes in localStorage, under this site's namespace (docs/progress-storage.md).
// One JSON value, written once per change. Older schema versions are migrated on read; a value that cannot be
// read is copied to a backup key first, whatever can be salvaged is kept, and the visitor is told.
// Another tab's writes arrive through the `storage` event and are reported as changes like local ones.

import { storageKey } from './storage.js';

export const SCHEMA_VERSION = 1;
export const STATES = ['not-started', 'in-progress', 'done', 'skipped'];
const KEY = 'progress';
const VALID = new Set(['in-progress', 'done', 'skipped']);

// Each entry turns a value of version n into version n + 1. Version 0 is the unversioned shape early scripts
// wrote: { "<id>": true | "done" | "in-progress" | "skipped", ... }.
const MIGRATIONS = {
  0: (old) => {
    const states = {};
    for (const [id, value] of Object.entries(old || {})) {
      if (value === true) states[id] = 'done';
      else if (typeof value === 'string') states[id] = value;
    }
    return { version: 1, states, notes: {} };
  },
};

function empty() {
  return { version: SCHEMA_VERSION, states: {}, notes: {} };
}

/** Keeps only well-formed entries; counts what it dropped. */
function clean(data) {
  const result = empty();
  let dropped = 0;
  for (const [id, state] of Object.entries(data.states && typeof data.states === 'object' ? data.states : {})) {
    if (VALID.has(state)) result.states[id] = state; else dropped++;
  }
  for (const [id, note] of Object.entries(data.notes && typeof data.notes === 'object' ? data.notes : {})) {
    if (typeof note === 'string' && note.trim()) result.notes[id] = note; else dropped++;
  }
  return { data: result, dropped };
}

/** Reads as much as possible out of text that is not valid JSON any more (truncated, hand-edited). */
function salvage(text) {
  const data = empty();
  const statePattern = /"((?:[^"\\]|\\.)+)"\s*:\s*"(done|in-progress|skipped)"/g;
  for (const match of text.matchAll(statePattern)) data.states[match[1]] = match[2];
  return data;
}

/** Parses a stored or imported value into the current schema. Throws on something that is not progress at all. */
export function upgrade(parsed) {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a progress object');
  let value = parsed;
  let version = Number.isInteger(value.version) ? value.version : 0;
  if (version > SCHEMA_VERSION) {
    // Written by a newer version of the site: read the fields this version knows.
    version = SCHEMA_VERSION;
  }
  while (version < SCHEMA_VERSION) {
    value = MIGRATIONS[version](value);
    version++;
  }
  return clean(value);
}

function backupKey() {
  return storageKey(`${KEY}.backup.${new Date().toISOString()}`);
}

export class ProgressStore {
  constructor(storage = safeStorage()) {
    this.storage = storage;
    this.key = storageKey(KEY);
    this.listeners = new Set();
    this.notice = null;
    this.data = this.read();
    window.addEventListener('storage', (event) => {
      if (event.key !== this.key && event.key !== null) return;
      const before = this.data;
      this.data = this.read();
      this.emit(diff(before, this.data), 'remote');
    });
  }

  read() {
    let text = null;
    try {
      text = this.storage ? this.storage.getItem(this.key) : null;
    } catch {
      text = null;
    }
    if (text === null) return empty();
    try {
      const { data, dropped } = upgrade(JSON.parse(text));
      if (dropped > 0) this.recover(text, data, `${dropped} unreadable ${dropped === 1 ? 'entry was' : 'entries were'} left out`);
      return data;
    } catch {
      const data = salvage(text);
      this.recover(text, data, `${Object.keys(data.states).length} ${Object.keys(data.states).length === 1 ? 'topic was' : 'topics were'} recovered`);
      return data;
    }
  }

  /** Keeps the damaged value under a backup key, then replaces it with what could be read. */
  recover(text, data, what) {
    const key = backupKey();
    let kept = false;
    try {
      this.storage.setItem(key, text);
      kept = true;
      this.storage.setItem(this.key, JSON.stringify(data));
    } catch {
      // Storage full or disabled: the visitor is still told below.
    }
    this.notice = `Your saved progress could not be read completely: ${what}.` +
      (kept ? ` The damaged data was kept in this browser's storage under “${key}”.` : '');
  }

  write() {
    try {
      this.storage.setItem(this.key, JSON.stringify(this.data));
      return true;
    } catch {
      this.notice = 'Your progress could not be saved in this browser (storage is full or disabled). Export it to keep it.';
      return false;
    }
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(changed, origin) {
    if (changed.length === 0) return;
    for (const listener of this.listeners) listener(changed, origin);
  }

  state(id) {
    return this.data.states[id] || 'not-started';
  }

  note(id) {
    return this.data.notes[id] || '';
  }

  /** Sets several states in one write. `changes` maps id → state. */
  setStates(changes, origin = 'local') {
    const changed = [];
    for (const [id, state] of Object.entries(changes)) {
      if (this.state(id) === state) continue;
      if (state === 'not-started') delete this.data.states[id];
      else if (VALID.has(state)) this.data.states[id] = state;
      else continue;
      changed.push(id);
    }
    if (changed.length > 0) this.write();
    this.emit(changed, origin);
    return changed;
  }

  setState(id, state) {
    return this.setStates({ [id]: state });
  }

  setNote(id, text) {
    const value = (text || '').trim() ? text : '';
    if (this.note(id) === value) return;
    if (value) this.data.notes[id] = value; else delete this.data.notes[id];
    this.write();
    this.emit([id], 'note');
  }

  /** Replaces everything (import "replace", or restoring a whole snapshot). */
  replace(data, origin = 'import') {
    const before = this.data;
    this.data = { version: SCHEMA_VERSION, states: { ...data.states }, notes: { ...data.notes } };
    this.write();
    this.emit(diff(before, this.data), origin);
  }

  /** Moves progress kept under an old id to the item's new id, unless the new id has progress of its own. */
  adoptAliases(aliasOf) {
    let moved = false;
    for (const field of ['states', 'notes']) {
      const map = this.data[field];
      for (const [id, value] of Object.entries(map)) {
        const current = aliasOf.get(id);
        // Both kept when the new id already has progress of its own: the old entry is never thrown away.
        if (!current || current in map) continue;
        map[current] = value;
        delete map[id];
        moved = true;
      }
    }
    if (moved) this.write();
    return moved;
  }

  snapshot() {
    return { version: SCHEMA_VERSION, states: { ...this.data.states }, notes: { ...this.data.notes } };
  }
}

/** Ids whose state or note differs between two values. */
export function diff(a, b) {
  const ids = new Set();
  for (const field of ['states', 'notes']) {
    for (const id of Object.keys(a[field])) if (a[field][id] !== b[field][id]) ids.add(id);
    for (const id of Object.keys(b[field])) if (a[field][id] !== b[field][id]) ids.add(id);
  }
  return [...ids];
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
