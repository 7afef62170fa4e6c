// Time left and the expected finish date from roadmap.json's estimates.
import { test } from 'node:test';
import './strings.mjs';
import assert from 'node:assert/strict';
import { minutesLeft, finishDate, formatDuration } from '../../themes/default/assets/js/estimates.js';
import { exportDocument, parseProgressFile } from '../../themes/default/assets/js/export-import.js';

const topic = (id, estimateMinutes, children = []) => ({
  id, trackable: true, estimateMinutes,
  totalMinutes: estimateMinutes ?? (children.some((c) => c.totalMinutes != null) ? children.reduce((sum, c) => sum + (c.totalMinutes || 0), 0) : null),
  children,
});

test('time left counts topics neither done nor skipped; a parent without an estimate sums its subtopics', () => {
  const items = [
    topic('parent', null, [topic('a', 60), topic('b', 30), topic('c', null)]),
    topic('own', 120, [topic('inner', 600)]),
    topic('none', null),
  ];
  const states = new Map();
  const state = (id) => states.get(id) || 'not-started';
  assert.equal(minutesLeft(items, state), 210);
  states.set('a', 'done');
  states.set('b', 'skipped');
  assert.equal(minutesLeft(items, state), 120);
  states.set('inner', 'done'); // the parent's own estimate covers it: still 120 left until the parent is done
  assert.equal(minutesLeft(items, state), 120);
  states.set('own', 'done');
  assert.equal(minutesLeft(items, state), 0);
  assert.equal(minutesLeft([topic('x', null)], state), null);
});

test('a pace gives the finish date in whole days from now', () => {
  const now = new Date(2026, 0, 1, 12);
  const { date, days, weeks } = finishDate(600, 5, now); // 10 h at 5 h a week: two weeks
  assert.equal(days, 14);
  assert.equal(weeks, 2);
  assert.equal(date.getDate(), 15);
  assert.equal(finishDate(600, 0, now), null);
  assert.equal(finishDate(1, 40, now).days, 1);
});

test('durations read like the build writes them', () => {
  assert.equal(formatDuration(45), '45 min');
  assert.equal(formatDuration(120), '2 h');
  assert.equal(formatDuration(90), '1.5 h');
});

test('an export carries the pace and an import reads it back', () => {
  const doc = exportDocument({ states: new Map([['a', 'done']]), notes: new Map(), pace: 4 }, { namespace: '/:r', title: 'R' });
  assert.deepEqual(doc.pace, { hoursPerWeek: 4 });
  const { data } = parseProgressFile(JSON.stringify(doc));
  assert.equal(data.pace, 4);
  assert.equal(data.states.get('a'), 'done');
  const old = parseProgressFile(JSON.stringify({ format: 'roadmap-site-progress', version: 2, states: { a: 'done' }, notes: {} }));
  assert.equal(old.data.pace, null);
});
