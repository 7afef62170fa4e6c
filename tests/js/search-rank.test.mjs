import { test } from 'node:test';
import './strings.mjs';
import assert from 'node:assert/strict';
import { normalize, withinOneEdit, wordScore, prepare, rank } from '../../themes/default/assets/js/search.js';

const items = [
  { id: 'db', title: 'Relational databases', text: 'Tables, keys and joins.' },
  { id: 'resume', title: 'Résumé writing', text: '' },
  { id: 'http', title: 'HTTP', text: 'How the web talks: requests, responses, databases behind them.' },
  { id: 'git', title: 'Git', text: 'Version control.' },
];
const sections = [{ id: 'data', title: 'Databases', text: '' }];
const notes = new Map([['git', 'ask about rebase']]);
const entries = prepare(items, sections, (id) => notes.get(id) || '');
const ids = (query) => rank(entries, query).map((result) => result.entry.item.id);

test('matching ignores case and diacritics', () => {
  assert.equal(normalize('Résumé'), 'resume');
  assert.deepEqual(ids('RESUME'), ['resume']);
});

test('one edit is a typo: insertion, deletion, substitution, swap of neighbours; two are not', () => {
  for (const typo of ['databse', 'datanase', 'databasse', 'dtaabase']) assert.equal(withinOneEdit(typo, 'database'), true, typo);
  assert.equal(withinOneEdit('dtabse', 'database'), false);
});

test('a typo is forgiven only in words of five letters or more', () => {
  assert.ok(wordScore('databse', 'databases') > 0);
  assert.equal(wordScore('gti', 'git'), 0);
});

test('a section named as typed comes first, then a title match before a description match', () => {
  assert.deepEqual(ids('databases'), ['data', 'db', 'http']);
});

test('every word of the query must match, and the visitor\'s note is searched too', () => {
  assert.deepEqual(ids('web databases'), ['http']);
  assert.deepEqual(ids('rebase'), ['git']);
  assert.deepEqual(ids('rebase web'), []);
});

test('a match in a description ranks above a match in the visitor\'s note, whatever the roadmap order', () => {
  const local = prepare(
    [{ id: 'noted', title: 'Git', text: '' }, { id: 'described', title: 'Branches', text: 'Merge or rebase.' }],
    [],
    (id) => (id === 'noted' ? 'rebase later' : ''),
  );
  assert.deepEqual(rank(local, 'rebase').map((result) => result.entry.item.id), ['described', 'noted']);
});

test('an empty query finds nothing', () => {
  assert.deepEqual(ids('  '), []);
});
