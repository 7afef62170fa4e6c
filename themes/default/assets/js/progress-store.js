// The visitor's progress and notes in localStorage, under this site's namespace (docs/progress-storage.md).
// Older schema versions are migrated on read; a value that cannot be read is copied to a backup key first, whatever
// can be salvaged is kept, and the visitor is told.
// Ids are topic ids from Markdown: "constructor" or "__proto__" are ids like any other, so ids only ever index Maps
// (stored JSON objects are read with Object.entries and written with Object.fromEntries, never looked up by key).
// Several tabs: every state and note carries the time it was set. A write first merges what is stored (the later
// change wins per topic), and another tab's write, arriving through the `storage` event, is merged the same way and
// written back if this tab knew something newer, so ticks made in two tabs at the same moment are both kept.

import { t } from './i18n.js';
import { storageKey } from './storage.js';

export const SCHEMA_VERSION = 3;
export const STATES = ['not-started', 'in-progress', 'done', 'skipped'];
const KEY = 'progress';
const VALID = new Set(['in-progress', 'done', 'skipped']);
const FIELDS = ['states', 'notes'];

const entriesOf = (value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []);

// Each entry turns a value of version n into version n + 1. Version 0 is the unversioned shape early scripts
// wrote: { "<id>": true | "done" | "in-progress" | "skipped", ... }.
const MIGRATIONS = [
  (old) => {
    const states = [];
    for (const [id, value] of entriesOf(old)) {
      if (value === true) states.push([id, 'done']);
      else if (typeof value === 'string') states.push([id, value]);
    }
    return { version: 1, states: Object.fromEntries(states), notes: {} };
  },
  // 1 → 2: the time of each change, for merging tabs. Entries from before count as older than any change.
  (old) => ({ version: 2, states: old.states, notes: old.notes, changed: { states: {}, notes: {} } }),
  // 2 → 3: the visitor's pace (hours a week, for the expected finish date); none yet.
  (old) => ({ ...old, version: 3, pace: null }),
];

/** A pace worth keeping: hours a week above 0, at most the hours a week has. */
const validPace = (hours) => (Number.isFinite(hours) && hours > 0 && hours <= 168 ? hours : null);

/**
 * { states, notes: Map id → value; pace: hours a week or null; times: { states, notes: Map id → ms; pace: ms } }.
 * A time without a value: cleared then.
 */
export function emptyData() {
  return { states: new Map(), notes: new Map(), pace: null, times: { states: new Map(), notes: new Map(), pace: 0 } };
}

/** Keeps only well-formed entries; counts what it dropped. */
function clean(value) {
  const data = emptyData();
  let dropped = 0;
  for (const [id, state] of entriesOf(value.states)) {
    if (VALID.has(state)) data.states.set(id, state); else dropped++;
  }
  for (const [id, note] of entriesOf(value.notes)) {
    if (typeof note === 'string' && note.trim()) data.notes.set(id, note); else dropped++;
  }
  const changed = value.changed && typeof value.changed === 'object' ? value.changed : {};
  for (const field of FIELDS) {
    for (const [id, time] of entriesOf(changed[field])) {
      if (Number.isFinite(time) && time > 0) data.times[field].set(id, time);
    }
  }
  if (value.pace && typeof value.pace === 'object') {
    data.pace = validPace(value.pace.hoursPerWeek);
    if (data.pace === null) dropped++;
  }
  if (Number.isFinite(changed.pace) && changed.pace > 0) data.times.pace = changed.pace;
  return { data, dropped };
}

/** Reads as much as possible out of text that is not valid JSON any more (truncated, hand-edited). */
function salvage(text) {
  const data = emptyData();
  const statePattern = /"((?:[^"\\]|\\.)+)"\s*:\s*"(done|in-progress|skipped)"/g;
  for (const match of text.matchAll(statePattern)) data.states.set(match[1], match[2]);
  return data;
}

/** Parses a stored or imported value into the current schema. Throws on something that is not progress at all. */
export function upgrade(parsed) {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a progress object');
  let value = parsed;
  // Written by a newer version of the site: read the fields this version knows.
  let version = Number.isInteger(value.version) ? Math.min(value.version, SCHEMA_VERSION) : 0;
  for (; version < SCHEMA_VERSION; version++) value = MIGRATIONS[version](value);
  return clean(value);
}

export function serialize(data) {
  const object = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({
    version: SCHEMA_VERSION,
    states: object(data.states),
    notes: object(data.notes),
    pace: data.pace === null ? null : { hoursPerWeek: data.pace },
    changed: { states: object(data.times.states), notes: object(data.times.notes), pace: data.times.pace },
  });
}

/**
 * Merges two values topic by topic: the later change wins. On equal times (both from before version 2, or the same
 * millisecond) `stored` wins, so merging what another tab wrote never makes this tab write it back.
 */
export function merge(local, stored) {
  const result = emptyData();
  for (const field of FIELDS) {
    const ids = new Set([...local[field].keys(), ...local.times[field].keys(), ...stored[field].keys(), ...stored.times[field].keys()]);
    for (const id of ids) {
      const localTime = local.times[field].get(id) || 0;
      const storedTime = stored.times[field].get(id) || 0;
      const from = localTime > storedTime ? local : stored;
      const time = Math.max(localTime, storedTime);
      if (from[field].has(id)) result[field].set(id, from[field].get(id));
      if (time) result.times[field].set(id, time);
    }
  }
  const pace = local.times.pace > stored.times.pace ? local : stored;
  result.pace = pace.pace;
  result.times.pace = Math.max(local.times.pace, stored.times.pace);
  return result;
}

/** Ids whose state or note differs between two values. */
export function diff(a, b) {
  const ids = new Set();
  for (const field of FIELDS) {
    for (const id of new Set([...a[field].keys(), ...b[field].keys()])) {
      if (a[field].get(id) !== b[field].get(id)) ids.add(id);
    }
  }
  return [...ids];
}

/** True when `a` holds every value and time `b` holds, and nothing else. */
function same(a, b) {
  return a.pace === b.pace && a.times.pace === b.times.pace && FIELDS.every((field) => [a[field], a.times[field]].every((map, i) => {
    const other = i === 0 ? b[field] : b.times[field];
    return map.size === other.size && [...map].every(([id, value]) => other.get(id) === value);
  }));
}

function backupKey() {
  return storageKey(`${KEY}.backup.${new Date().toISOString()}`);
}

export class ProgressStore {
  constructor(storage = safeStorage(), { now = Date.now, events = globalThis.window } = {}) {
    this.storage = storage;
    this.key = storageKey(KEY);
    this.now = now;
    this.lastTime = 0;
    this.listeners = new Set();
    this.notice = null;
    // False after a write failed (storage full or disabled) until one succeeds: the progress is then only in memory.
    this.saved = true;
    this.data = this.read();
    events?.addEventListener('storage', (event) => {
      if (event.storageArea !== this.storage || (event.key !== this.key && event.key !== null)) return;
      if (event.key === null) {
        // The whole storage was cleared (site data removed): follow it rather than write everything back.
        const before = this.data;
        this.data = emptyData();
        this.emit(diff(before, this.data), 'remote');
        if (before.pace !== null) this.emit([], 'pace');
        return;
      }
      const remote = this.parse(event.newValue);
      if (!remote) return;
      const merged = merge(this.data, remote);
      const changed = diff(this.data, merged);
      const paceChanged = merged.pace !== this.data.pace;
      this.data = merged;
      // This tab knew something newer than what the other tab wrote (their write raced ours): store the union.
      if (!same(merged, remote)) this.commit([]);
      this.emit(changed, 'remote');
      if (paceChanged) this.emit([], 'pace');
    });
  }

  /** The current value, or null when it is absent or unreadable (only the first read repairs damage). */
  parse(text) {
    if (typeof text !== 'string') return null;
    try {
      return upgrade(JSON.parse(text)).data;
    } catch {
      return null;
    }
  }

  read() {
    let text = null;
    try {
      text = this.storage ? this.storage.getItem(this.key) : null;
    } catch {
      text = null;
    }
    if (text === null) return emptyData();
    try {
      const { data, dropped } = upgrade(JSON.parse(text));
      if (dropped > 0) this.recover(text, data, t('banner.dropped', { n: dropped }));
      return data;
    } catch {
      const data = salvage(text);
      const count = data.states.size;
      this.recover(text, data, t('banner.recovered', { n: count }));
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
      this.storage.setItem(this.key, serialize(data));
    } catch {
      // Storage full or disabled: the visitor is still told below.
    }
    this.notice = t('banner.damaged', { what }) + (kept ? t('banner.damaged_kept', { key }) : '');
  }

  /** A time for a change made now: never equal to or before this tab's previous one. */
  stamp() {
    this.lastTime = Math.max(this.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /**
   * Writes the progress, merged first with what is stored now, so another tab's changes are kept. `changed` (this
   * tab's ids) are reported with the other tab's ids. Returns whether it was saved.
   */
  commit(changed, origin) {
    const stored = this.parse(this.safeGet());
    const fromOthers = stored ? diff(this.data, merge(this.data, stored)) : [];
    const paceBefore = this.data.pace;
    if (stored) this.data = merge(this.data, stored);
    let saved = false;
    try {
      this.storage.setItem(this.key, serialize(this.data));
      saved = true;
    } catch {
      // Storage full or disabled: the progress stays in memory, and the listeners hear `saved` is false.
    }
    const wasSaved = this.saved;
    this.saved = saved;
    if (changed.length > 0 || origin === 'pace') this.emit(changed, origin, saved);
    else if (this.data.pace !== paceBefore) this.emit([], 'pace', saved);
    else if (wasSaved !== saved) this.emit([], 'status', saved);
    if (fromOthers.length > 0) this.emit(fromOthers.filter((id) => !changed.includes(id)), 'remote', saved);
    return saved;
  }

  safeGet() {
    try {
      return this.storage ? this.storage.getItem(this.key) : null;
    } catch {
      return null;
    }
  }

  /** Listeners get (ids, origin, saved); origin is local, note, bulk, import, remote or status (saved changed). */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(changed, origin, saved = this.saved) {
    if (changed.length === 0 && origin !== 'status' && origin !== 'pace') return;
    for (const listener of this.listeners) listener(changed, origin, saved);
  }

  state(id) {
    return this.data.states.get(id) || 'not-started';
  }

  note(id) {
    return this.data.notes.get(id) || '';
  }

  /** Sets one field of one topic in memory, with the time of the change. Returns whether anything changed. */
  put(field, id, value, time) {
    const map = this.data[field];
    if ((map.get(id) || '') === (value || '')) return false;
    if (value) map.set(id, value); else map.delete(id);
    this.data.times[field].set(id, time);
    return true;
  }

  /** Sets several states in one write. `changes`: a Map or [id, state] pairs. Returns the ids that changed. */
  setStates(changes, origin = 'local') {
    const time = this.stamp();
    const changed = [];
    for (const [id, state] of changes) {
      if (state !== 'not-started' && !VALID.has(state)) continue;
      if (this.put('states', id, state === 'not-started' ? '' : state, time)) changed.push(id);
    }
    if (changed.length > 0) this.commit(changed, origin);
    return changed;
  }

  /** The hours a week the visitor said they can spend, or null. */
  pace() {
    return this.data.pace;
  }

  /** Keeps the visitor's pace (null clears it); listeners hear origin 'pace'. Returns whether it was saved. */
  setPace(hours) {
    const value = hours === null ? null : validPace(Number(hours));
    if (value === this.data.pace) return this.saved;
    this.data.pace = value;
    this.data.times.pace = this.stamp();
    return this.commit([], 'pace');
  }

  setState(id, state) {
    return this.setStates([[id, state]]);
  }

  setNote(id, text) {
    const value = (text || '').trim() ? text : '';
    if (this.put('notes', id, value, this.stamp())) this.commit([id], 'note');
  }

  /**
   * Makes the progress exactly `snapshot` ({ states, notes } Maps, and `pace` when it says one): import "replace",
   * a restore, a reset.
   */
  replace(snapshot, origin = 'import') {
    const time = this.stamp();
    const changed = new Set();
    const paceChanged = snapshot.pace !== undefined && snapshot.pace !== this.data.pace;
    if (paceChanged) {
      this.data.pace = snapshot.pace;
      this.data.times.pace = time;
    }
    for (const field of FIELDS) {
      const next = snapshot[field];
      for (const id of new Set([...this.data[field].keys(), ...next.keys()])) {
        if (this.put(field, id, next.get(id) || '', time)) changed.add(id);
      }
    }
    return this.commit([...changed], changed.size === 0 && paceChanged ? 'pace' : origin);
  }

  /** Moves progress kept under an old id to the item's new id, unless the new id has progress of its own. */
  adoptAliases(aliasOf) {
    const time = this.stamp();
    const moved = [];
    for (const field of FIELDS) {
      const map = this.data[field];
      for (const [id, value] of [...map]) {
        const current = aliasOf.get(id);
        // Both kept when the new id already has progress of its own: the old entry is never thrown away.
        if (!current || map.has(current)) continue;
        this.put(field, current, value, time);
        this.put(field, id, '', time);
        moved.push(id, current);
      }
    }
    if (moved.length > 0) this.commit(moved, 'alias');
    return moved.length > 0;
  }

  snapshot() {
    return { states: new Map(this.data.states), notes: new Map(this.data.notes), pace: this.data.pace };
  }
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
