// One count of states for every place that shows one (meters, roll-ups, the Progress dialog, the panel, the banner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStates, emptyCount } from '../../themes/default/assets/js/progress-counts.js';

test('a count has every topic in its total and each of done, in progress and skipped; not started is the rest', () => {
  const states = new Map([['a', 'done'], ['b', 'in-progress'], ['c', 'skipped'], ['d', 'done']]);
  const count = countStates(['a', 'b', 'c', 'd', 'e'], (id) => states.get(id) || 'not-started');
  assert.deepEqual(count, { total: 5, done: 2, 'in-progress': 1, skipped: 1 });
});

test('states of ids that are not counted (a shared link naming topics no longer in the roadmap) are not counted', () => {
  const states = new Map([['gone', 'done'], ['a', 'done']]);
  assert.deepEqual(countStates(['a', 'b'], (id) => states.get(id) || 'not-started'), { total: 2, done: 1, 'in-progress': 0, skipped: 0 });
});

test('an unknown or prototype-named state is not counted and does not break the count', () => {
  const count = countStates(['constructor', 'x'], (id) => (id === 'x' ? 'toString' : undefined));
  assert.deepEqual(count, emptyCount(2));
});
