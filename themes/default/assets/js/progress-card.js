// "Download my progress card": the visitor's own progress as an SVG card, and the same card as a PNG drawn
// through a canvas, for sharing where a link won't do. The SVG is the one drawing; the PNG is that SVG rendered
// (a data: image, which the site's Content-Security-Policy allows: img-src 'self' data:).

import { t } from './i18n.js';

const WIDTH = 480;
const HEIGHT = 132;
const FONT = 'Verdana, Geneva, "DejaVu Sans", sans-serif';

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * The card as SVG text. `counts` holds done, inProgress, skipped and total; `text` the visible lines (already in the
 * interface language): headline ("42 of 168 done · 25%"), detail ("3 in progress, 2 skipped") and label (for
 * screen readers). `measure(text, px)` gives a text's width, to shorten a long title; `dir` is "ltr" or "rtl".
 */
export function cardSvg({ title, counts, text, measure = (t, px) => t.length * px * 0.6, dir = 'ltr' }) {
  const total = Math.max(counts.total, 0);
  const part = (n) => (total === 0 ? 0 : Math.round((n / total) * (WIDTH - 48)));
  const done = part(counts.done);
  const going = part(counts.inProgress);
  const skipped = part(counts.skipped);
  const shown = fit(title, 18, WIDTH - 48, measure);
  const rtl = dir === 'rtl';
  const x = rtl ? WIDTH - 24 : 24; // text-anchor start is the right edge in right-to-left text
  const bar = (offset, width, fill) => (width > 0
    ? `<rect x="${rtl ? WIDTH - 24 - offset - width : 24 + offset}" y="84" width="${width}" height="12" fill="${fill}"/>` : '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escape(text.label)}">`
    + `<title>${escape(text.label)}</title>`
    + `<rect width="${WIDTH}" height="${HEIGHT}" rx="10" fill="#0d1117"/>`
    + `<g font-family='${FONT}' fill="#f0f6fc" text-anchor="start" direction="${rtl ? 'rtl' : 'ltr'}">`
    + `<text x="${x}" y="38" font-size="18" font-weight="bold">${escape(shown)}</text>`
    + `<text x="${x}" y="66" font-size="15">${escape(text.headline)}</text>`
    + `<text x="${x}" y="118" font-size="12" fill="#9198a1">${escape(text.detail)}</text>`
    + '</g>'
    + `<rect x="24" y="84" width="${WIDTH - 48}" height="12" rx="6" fill="#30363d"/>`
    + `<g>${bar(0, done, '#3fb950')}${bar(done, going, '#d29922')}${bar(done + going, skipped, '#6e7681')}</g>`
    + '</svg>';
}

/** The longest start of `text` (cut at a word when it can) that fits `width` pixels at `px`, with "…" when cut. */
export function fit(text, px, width, measure) {
  if (measure(text, px) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, px) > width) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Measures with the browser's own fonts. */
export function canvasMeasure() {
  const context = document.createElement('canvas').getContext('2d');
  return (text, px) => {
    if (!context) return text.length * px * 0.6;
    context.font = `bold ${px}px ${FONT}`;
    return context.measureText(text).width;
  };
}

/** Renders the SVG to a PNG blob at twice its size (sharp on high-density screens). */
export function svgToPng(svg) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH * 2;
      canvas.height = HEIGHT * 2;
      const context = canvas.getContext('2d');
      context.scale(2, 2);
      context.drawImage(image, 0, 0, WIDTH, HEIGHT);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error(t('panel.card_failed')));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
