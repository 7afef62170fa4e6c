// Loads the theme's English string table for the client tests, as the build hands it to pages. The tables are
// plain "key: text" lines in groups (see themes/default/i18n/en.yml), so a few lines read them without a YAML library.
import { readFileSync } from 'node:fs';
import { setStrings } from '../../themes/default/assets/js/i18n.js';

export function readTable(language) {
  const text = readFileSync(new URL(`../../themes/default/i18n/${language}.yml`, import.meta.url), 'utf8');
  const strings = {};
  const path = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const match = /^\s*([\w-]+):\s?(.*)$/.exec(line);
    if (!match) continue;
    path.length = depth;
    const [, key, raw] = match;
    if (raw === '') { path.push(key); continue; }
    const value = raw.startsWith('"') ? JSON.parse(raw) : raw.startsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : raw;
    const categories = ['zero', 'one', 'two', 'few', 'many', 'other'];
    if (categories.includes(key) && path.length > 0) {
      const parent = path.join('.');
      strings[parent] = typeof strings[parent] === 'object' ? strings[parent] : {};
      strings[parent][key] = value;
    } else {
      strings[[...path, key].join('.')] = value;
    }
  }
  return strings;
}

export function useLanguage(language) {
  setStrings({ lang: language, strings: readTable(language) });
}

useLanguage('en');
