import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextUp } from '../../themes/default/assets/js/next-up.js';

const item = (id, section, extra = {}) => ({ id, section, order: Number(id.slice(1)), ...extra });
const items = [
  item('t0', 'a', { difficulty: 'hard' }),
  item('t1', 'a', { difficulty: 'easy' }),
  item('t2', 'b', { importance: 3 }),
  item('t3', 'b'),
];
const states = (map) => (id) => map[id] || 'not-started';

test('a topic in progress comes first, in the section the visitor is on when there is one there', () => {
  const state = states({ t0: 'in-progress', t3: 'in-progress' });
  assert.equal(nextUp(items, state, 'a').item.id, 't0');
  assert.equal(nextUp(items, state, 'b').item.id, 't3');
  // Anywhere: the same order as for open topics (t3, medium, before t0, hard).
  assert.equal(nextUp(items, state).item.id, 't3');
  assert.match(nextUp(items, state).reason, /in progress/);
});

test('otherwise the most important, then the easiest, then the first in roadmap order', () => {
  assert.equal(nextUp(items, states({})).item.id, 't2');
  assert.equal(nextUp(items, states({}), 'a').item.id, 't1');
  assert.equal(nextUp(items, states({ t2: 'done' }), 'b').item.id, 't3');
});

test('done and skipped topics are never next, and a finished roadmap says so', () => {
  const all = states({ t0: 'done', t1: 'skipped', t2: 'done', t3: 'done' });
  assert.deepEqual(nextUp(items, all), { item: null, reason: 'Every topic is done or skipped' });
  assert.equal(nextUp(items, states({ t2: 'skipped' })).item.id, 't1');
});
