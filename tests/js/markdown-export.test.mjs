import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tickMarkdown, decodeMarkdown } from '../../themes/default/assets/js/markdown-export.js';

// A file as an author's editor may save it: byte order mark, CRLF, non-ASCII text, an author's tick.
const original = Buffer.from('\uFEFF# Ünïcode\r\n\r\n## S\r\n\r\n- [ ] 数据库 ✓\r\n- [x] Two\r\n  - [ ] Three\r\n', 'utf8');
// roadmap.json's spans, counted in the text after the byte order mark (as the parser reads it).
const text = original.toString('utf8').slice(1);
const items = ['[ ] 数据库', '[x] Two', '[ ] Three'].map((line, i) => ({ id: `i${i}`, checkbox: { offset: text.indexOf(line), length: 3 } }));

test('with the same ticks as the file, the download is the file byte for byte, BOM included', () => {
  const source = decodeMarkdown(original);
  const ticked = tickMarkdown(source, items, (id) => id === 'i1');
  assert.deepEqual(Buffer.from(ticked, 'utf8'), original);
});

test('only the checkboxes change: ticks added and removed, every other byte kept', () => {
  const ticked = tickMarkdown(decodeMarkdown(original), items, (id) => id !== 'i1');
  const expected = Buffer.from(original.toString('utf8').replace('- [ ] 数据库', '- [x] 数据库').replace('- [x] Two', '- [ ] Two').replace('- [ ] Three', '- [x] Three'), 'utf8');
  assert.deepEqual(Buffer.from(ticked, 'utf8'), expected);
});

test('a file without a byte order mark gains none', () => {
  const plain = Buffer.from(original.subarray(3));
  assert.deepEqual(Buffer.from(tickMarkdown(decodeMarkdown(plain), items, (id) => id === 'i1'), 'utf8'), plain);
});

test('the default roadmap comes back byte for byte', () => {
  const bytes = readFileSync(new URL('../../content/roadmap.md', import.meta.url));
  assert.deepEqual(Buffer.from(tickMarkdown(decodeMarkdown(bytes), [], () => false), 'utf8'), bytes);
});
