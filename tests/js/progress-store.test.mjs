// Pure parts of the progress store: migrations, merging tabs, and writes that keep another tab's changes.
import { test } from 'node:test';
import './strings.mjs';
import assert from 'node:assert/strict';
import { upgrade, merge, serialize, ProgressStore, emptyData } from '../../themes/default/assets/js/progress-store.js';

/** A localStorage stand-in; `failing` makes every write throw as a full storage does. */
function memoryStorage() {
  const values = new Map();
  return {
    failing: false,
    getItem: (key) => (values.has(key) ? values.get(key) : null),
    setItem(key, value) {
      if (this.failing) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      values.set(key, String(value));
    },
    removeItem: (key) => values.delete(key),
  };
}

function events() {
  const listeners = [];
  return { addEventListener: (_, listener) => listeners.push(listener), fire: (event) => listeners.forEach((l) => l(event)) };
}

const clock = (start) => { let t = start; return () => t++; };

test('version 0 and version 1 values migrate to the current version without losing anything', () => {
  const v0 = upgrade({ a: true, b: 'skipped' }).data;
  assert.deepEqual([...v0.states], [['a', 'done'], ['b', 'skipped']]);
  const v1 = upgrade({ version: 1, states: { constructor: 'done' }, notes: { toString: 'hi' } }).data;
  assert.equal(v1.states.get('constructor'), 'done');
  assert.equal(v1.notes.get('toString'), 'hi');
  assert.equal(v1.times.states.size, 0);
  const stored = JSON.parse(serialize(v1));
  assert.equal(stored.version, 3);
  assert.deepEqual(stored.changed, { states: {}, notes: {}, pace: 0 });
  assert.equal(stored.pace, null);
});

test('a version 2 value migrates to version 3 with every state, note and time kept, and no pace', () => {
  const v2 = { version: 2, states: { a: 'done', b: 'in-progress' }, notes: { a: 'read it twice' }, changed: { states: { a: 10, b: 20, c: 30 }, notes: { a: 10 } } };
  const { data, dropped } = upgrade(v2);
  assert.equal(dropped, 0);
  assert.deepEqual([...data.states], [['a', 'done'], ['b', 'in-progress']]);
  assert.equal(data.notes.get('a'), 'read it twice');
  assert.deepEqual([...data.times.states], [['a', 10], ['b', 20], ['c', 30]]);
  assert.equal(data.pace, null);
  const again = upgrade(JSON.parse(serialize(data))).data;
  assert.deepEqual([...again.states], [...data.states]);
  assert.deepEqual([...again.times.states], [...data.times.states]);
});

test('the pace is stored, survives a reload, and a later pace from another tab wins', () => {
  const storage = memoryStorage();
  const first = new ProgressStore(storage, { now: clock(100), events: null });
  first.setState('a', 'done');
  first.setPace(6);
  assert.equal(new ProgressStore(storage, { now: clock(200), events: null }).pace(), 6);
  const second = new ProgressStore(storage, { now: clock(300), events: null });
  second.setPace(2.5);
  first.setState('b', 'skipped'); // merges what the other tab wrote: its later pace wins
  assert.equal(first.pace(), 2.5);
  assert.equal(first.state('a'), 'done');
  const bad = upgrade({ version: 3, states: {}, notes: {}, pace: { hoursPerWeek: -1 } });
  assert.equal(bad.data.pace, null);
  assert.equal(bad.dropped, 1);
});

test('ids named like Object.prototype members are ordinary ids', () => {
  const { data } = upgrade(JSON.parse('{"version":2,"states":{"__proto__":"done","hasOwnProperty":"skipped"},"notes":{},"changed":{"states":{"__proto__":5},"notes":{}}}'));
  assert.equal(data.states.get('__proto__'), 'done');
  assert.equal(data.states.get('constructor'), undefined);
  assert.ok(Object.hasOwn(JSON.parse(serialize(data)).states, '__proto__'));
  assert.match(serialize(data), /"__proto__":"done"/);
});

test('merging keeps the later change per topic, a later clearing included', () => {
  const a = emptyData();
  const b = emptyData();
  a.states.set('x', 'done'); a.times.states.set('x', 10);
  b.times.states.set('x', 20); // cleared later in b
  b.states.set('y', 'skipped'); b.times.states.set('y', 5);
  a.states.set('y', 'done'); a.times.states.set('y', 6);
  const merged = merge(a, b);
  assert.equal(merged.states.has('x'), false);
  assert.equal(merged.times.states.get('x'), 20);
  assert.equal(merged.states.get('y'), 'done');
});

test('a write re-reads the stored value, so two stores on one storage keep each other\'s ticks', () => {
  const storage = memoryStorage();
  const first = new ProgressStore(storage, { now: clock(100), events: events() });
  const second = new ProgressStore(storage, { now: clock(100), events: events() });
  first.setState('a', 'done');
  second.setState('b', 'done');
  const stored = JSON.parse(storage.getItem(':progress'));
  assert.deepEqual(stored.states, { a: 'done', b: 'done' });
});

test('another tab\'s write that missed this tab\'s change is merged and the union written back', () => {
  const storage = memoryStorage();
  const bus = events();
  const tab = new ProgressStore(storage, { now: clock(1000), events: bus });
  tab.setState('mine', 'done');
  // The other tab wrote from a stale copy: its value lacks "mine".
  const other = emptyData();
  other.states.set('theirs', 'in-progress'); other.times.states.set('theirs', 1001);
  storage.setItem(':progress', serialize(other));
  bus.fire({ storageArea: storage, key: ':progress', newValue: serialize(other) });
  assert.equal(tab.state('theirs'), 'in-progress');
  assert.deepEqual(JSON.parse(storage.getItem(':progress')).states, { mine: 'done', theirs: 'in-progress' });
});

test('a failed write keeps the change in memory and says it was not saved, until a write succeeds', () => {
  const storage = memoryStorage();
  const store = new ProgressStore(storage, { now: clock(1), events: events() });
  const heard = [];
  store.subscribe((ids, origin, saved) => heard.push([ids.join(), origin, saved]));
  storage.failing = true;
  store.setState('a', 'done');
  assert.equal(store.state('a'), 'done');
  assert.equal(store.saved, false);
  storage.failing = false;
  store.setState('b', 'done');
  assert.deepEqual(heard, [['a', 'local', false], ['b', 'local', true]]);
  assert.deepEqual(JSON.parse(storage.getItem(':progress')).states, { a: 'done', b: 'done' });
});
