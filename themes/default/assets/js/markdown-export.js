// "Download as Markdown": each content file's published Markdown with exactly the visitor's done topics ticked.
// roadmap.json gives each topic's checkbox as a UTF-16 span of that file's text after any byte order mark; only those
// spans change, and the file comes back byte for byte otherwise (BOM and line endings included).

import { basePath } from './storage.js';

/** Returns the source with every trackable item's checkbox set from `isDone`; all other text untouched. */
export function tickMarkdown(source, items, isDone) {
  // The offsets count from after the byte order mark, which the source keeps (see decodeMarkdown).
  const shift = source.startsWith('\uFEFF') ? 1 : 0;
  const spans = items
    .filter((item) => item.checkbox)
    .map((item) => ({ offset: item.checkbox.offset + shift, length: item.checkbox.length, done: isDone(item.id) }))
    .sort((a, b) => a.offset - b.offset);
  let result = '';
  let at = 0;
  for (const span of spans) {
    const current = source.slice(span.offset, span.offset + span.length);
    const wasChecked = /^\[[xX]\]$/.test(current);
    result += source.slice(at, span.offset) + (span.done === wasChecked ? current : span.done ? '[x]' : '[ ]');
    at = span.offset + span.length;
  }
  return result + source.slice(at);
}

/** Fetches every part's Markdown and returns [{ name, text }], one per content file. */
export async function buildMarkdownFiles(roadmap, isDone) {
  const files = [];
  for (const [index, part] of roadmap.parts.entries()) {
    const response = await fetch(basePath() + part.markdown, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${part.markdown}: HTTP ${response.status}`);
    const source = decodeMarkdown(await response.arrayBuffer());
    const items = roadmap.items.filter((item) => item.part === index);
    files.push({ name: part.markdown.split('/').pop(), text: tickMarkdown(source, items, isDone) });
  }
  return files;
}

/** The file's text with its byte order mark kept (response.text() drops it), so the download can give it back. */
export function decodeMarkdown(bytes) {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
