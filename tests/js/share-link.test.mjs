import { test } from 'node:test';
import './strings.mjs';
import assert from 'node:assert/strict';
import { encodeShare, decodeShare } from '../../themes/default/assets/js/share-link.js';
import { describeChanges } from '../../themes/default/assets/js/export-import.js';

const ids = ['constructor', 'toString', '__proto__', 'plain'];
const states = new Map([['constructor', 'done'], ['__proto__', 'skipped']]);
const notes = new Map([['toString', 'ünïcode ✓ note']]);

test('a share link without notes is states only, and round-trips prototype-named ids', () => {
  const link = encodeShare(ids, (id) => states.get(id) || 'not-started');
  assert.equal(link.split('.').length, 3);
  const shared = decodeShare(`#${link}`, ids);
  assert.deepEqual([...shared.states], [['constructor', 'done'], ['__proto__', 'skipped']]);
  assert.equal(shared.notes.size, 0);
  assert.equal(shared.matches, true);
});

test('a share link with notes carries them, and a changed roadmap is recognised', () => {
  const link = encodeShare(ids, (id) => states.get(id) || 'not-started', (id) => notes.get(id) || '');
  assert.equal(decodeShare(link, ids).notes.get('toString'), 'ünïcode ✓ note');
  assert.equal(decodeShare(link, [...ids, 'new']).matches, false);
  assert.equal(decodeShare('progress=1.x.%%%', ids), null);
});

test('the import preview is whole sentences with English plurals', () => {
  assert.equal(describeChanges({ done: 1, 'in-progress': 2, skipped: 0, 'not-started': 0, notes: 1, unknown: 0 }),
    'This would mark 1 topic done and 2 topics in progress. It would also change 1 note.');
  assert.equal(describeChanges({ done: 0, 'in-progress': 0, skipped: 0, 'not-started': 0, notes: 3, unknown: 0 }), 'This would change 3 notes.');
});

test('search forgives one typo per word of five letters or more, and ranks titles first', async () => {
  const { withinOneEdit, wordScore, prepare, rank } = await import('../../themes/default/assets/js/search.js');
  assert.ok(withinOneEdit('databse', 'database'));
  assert.ok(withinOneEdit('dtaabase', 'database'));
  assert.ok(!withinOneEdit('dbase', 'database'));
  assert.ok(wordScore('databse', 'databases') > 0);
  assert.equal(wordScore('sql', 'nosql') > 0, true);
  assert.equal(wordScore('cat', 'cut'), 0);
  const entries = prepare([
    { id: 'a', title: 'Indexes', text: 'Database indexes.' },
    { id: 'b', title: 'Database design', text: '' },
    { id: 'c', title: 'Other', text: '' },
  ], [], (id) => (id === 'c' ? 'my databse note' : ''));
  assert.deepEqual(rank(entries, 'databse').map((r) => r.entry.item.id), ['b', 'a', 'c']);
});

test('next up continues what is in progress, then the section the visitor is in, then the roadmap', async () => {
  const { nextUp } = await import('../../themes/default/assets/js/next-up.js');
  const items = [
    { id: 'a', section: 's1', importance: 3, difficulty: 'easy', order: 0 },
    { id: 'b', section: 's2', importance: 1, difficulty: 'hard', order: 1 },
    { id: 'c', section: 's2', importance: 2, difficulty: 'medium', order: 2 },
  ];
  const states = new Map();
  const state = (id) => states.get(id) || 'not-started';
  assert.equal(nextUp(items, state).item.id, 'a');
  assert.equal(nextUp(items, state, 's2').item.id, 'c');
  states.set('b', 'in-progress');
  assert.deepEqual(nextUp(items, state, 's1'), { item: items[1], reason: 'Continue: in progress' });
  states.set('b', 'done'); states.set('a', 'skipped'); states.set('c', 'done');
  assert.equal(nextUp(items, state).item, null);
});
