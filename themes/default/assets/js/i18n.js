// The interface text in the site's language: one fingerprinted file for the whole site (assets/strings.<hash>.json,
// from themes/default/i18n/<language>.yml), which each page names and preloads (<link id="rs--strings">) and the
// browser caches, so no page carries a copy. Every module that imports this one waits for it. t(key, values) fills
// {name} placeholders (numbers through Intl.NumberFormat) and picks plural forms by {n} through Intl.PluralRules,
// the same CLDR rules the build uses (src/RoadmapSite/Localization/LocaleRules.cs).

let table = {};
let lang = 'en';

/** Replaces the table: the page's own block by default; tests hand one over. */
export function setStrings(data) {
  table = (data && data.strings) || {};
  lang = (data && data.lang) || 'en';
  plurals = null;
  numbers = null;
}

// Made on first use, once per language: building either loads the browser's locale data (tens of milliseconds), and
// they used to be built at every page's start twice, for 'en' and then for the page's language.
let plurals = null;
let numbers = null;
const pluralRules = () => (plurals ??= new Intl.PluralRules(lang));
const numberFormat = () => (numbers ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }));

if (typeof document !== 'undefined') {
  const link = document.getElementById('rs--strings');
  try {
    // The preload's request (crossorigin: same mode and credentials as this fetch), not a second one.
    setStrings(link ? await (await fetch(link.href)).json() : null);
  } catch {
    setStrings(null);
  }
}

export const language = () => lang;

/** Whether the page reads right to left (the build sets dir="rtl" for ar and fa, and mirrors the map with it). */
export const rightToLeft = () => typeof document !== 'undefined' && document.documentElement.dir === 'rtl';

export const formatNumber = (n) => numberFormat().format(n);

/** The text of `key` with `values` filled in; a missing key shows as itself (a test catches it). */
export function t(key, values = {}) {
  let text = table[key];
  if (text === undefined) return key;
  if (typeof text === 'object') text = text[pluralRules().select(values.n ?? 0)] ?? text.other ?? '';
  return text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' ? numberFormat().format(value) : String(value);
  });
}
