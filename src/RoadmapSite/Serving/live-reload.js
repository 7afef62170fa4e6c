// Live reload for `roadmap-site serve` only; never part of a published site.
// After each successful rebuild the page shows the edit in place (when the rebuild only changed text or attribute
// values of this page), then reloads, so that every script starts again from the new content; build errors show in
// an overlay.
const base = document.documentElement.dataset.basePath || '/';
const events = new EventSource(base + '__roadmap-site/events');
const OVERLAY_ID = 'rs--build-error';

// The build this page came from: a page loaded just before a rebuild may connect just after it, and "hello" says so.
const servedBuild = Number(new URL(import.meta.url).searchParams.get('build') || 0);

function showErrors(errors) {
  let overlay = document.getElementById(OVERLAY_ID);
  if (!overlay) {
    overlay = document.createElement('section');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alert');
    // Styles through the CSSOM: the site's Content-Security-Policy forbids style attributes, not this.
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 20, 24, 0.94)', color: '#fff', font: '14px/1.5 ui-monospace, monospace',
    });
    document.body.append(overlay);
  }
  const heading = document.createElement('h2');
  heading.textContent = 'Build failed: the last good site is still served';
  Object.assign(heading.style, { color: '#ff8a80', font: 'bold 18px/1.4 system-ui, sans-serif', margin: '0 0 1rem' });
  const list = document.createElement('pre');
  list.textContent = errors.join('\n');
  Object.assign(list.style, { whiteSpace: 'pre-wrap', margin: '0' });
  const hint = document.createElement('p');
  hint.textContent = 'Fix the file and save: this page reloads by itself.';
  overlay.replaceChildren(heading, list, hint);
}

// This page as built, as the server sent it, in an inert document. The open page's own document cannot serve: the
// theme's scripts have changed it since (states, tab stops, drawn bands). Null when it cannot be had for this build.
async function pageOfBuild(build) {
  try {
    const response = await fetch(window.location.href, { cache: 'no-store' });
    const html = response.ok ? await response.text() : '';
    // Every page names its build in the URL of this script, so a page fetched from another build is not taken for it.
    return html.includes(`live-reload.js?build=${build}"`) ? new DOMParser().parseFromString(html, 'text/html') : null;
  } catch {
    return null;
  }
}

const served = pageOfBuild(servedBuild);

// What the rebuild changed in this page: a list of text and attribute-value changes, or null when elements came,
// went or moved (the page then reloads without the preview). <noscript> is skipped: with scripts on, it shows nothing.
function differences(before, after) {
  const changes = [];
  const same = (a, b) => {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
    if (a.nodeType === Node.TEXT_NODE) {
      if (a.data !== b.data) changes.push({ node: a, to: b.data });
      return true;
    }
    if (a.nodeType !== Node.ELEMENT_NODE || a.localName === 'noscript') return true;
    // A template's content is not in the page: scripts copy it in, so a change there is not placed in the page.
    if (a.localName === 'template' && a.innerHTML !== b.innerHTML) return false;
    for (const name of new Set([...a.getAttributeNames(), ...b.getAttributeNames()])) {
      if (a.getAttribute(name) !== b.getAttribute(name)) changes.push({ node: a, name, to: b.getAttribute(name) });
    }
    const [x, y] = [a.childNodes, b.childNodes];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!same(x[i], y[i])) return false;
    return true;
  };
  return same(before.documentElement, after.documentElement) ? changes : null;
}

// How a changed node can be found again in the open page, best first: a text by its element and what it said; an
// element by the old value of the attribute that changed, then by its id, then by any other attribute it had (but not
// by a prefixed one such as xlink:href, which a selector cannot name).
function keysOf({ node, name }) {
  if (name === undefined) return [{ text: node.data, parent: node.parentNode.localName }];
  const names = node.getAttributeNames().filter((other) => !other.includes(':'))
    .sort((a, b) => (b === name) - (a === name) || (b === 'id') - (a === 'id'));
  return names.map((other) => ({ selector: `${node.localName}[${CSS.escape(other)}="${CSS.escape(node.getAttribute(other))}"]` }));
}

// The nodes of a document under a key, in document order; texts are looked up in one pass over the document's texts.
function finder(document, texts) {
  const found = new Map([...texts].map((text) => [text, []]));
  if (found.size > 0) {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.get(node.data)?.push(node);
  }
  return (key) => (key.selector ? [...document.querySelectorAll(key.selector)]
    : found.get(key.text).filter((node) => node.parentNode.localName === key.parent));
}

// Puts the changes into the open page; false (and the page untouched) unless every changed node has its place in it:
// the first of its keys that matches as many nodes here as in the page as built, the node in the same position.
// An attribute a script has set since the page loaded is left to it (the reload brings the new value anyway).
function applyInPlace(before, changes) {
  const texts = new Set(changes.filter((change) => change.name === undefined).map((change) => change.node.data));
  const [built, open] = [finder(before, texts), finder(document, texts)];
  const targets = changes.map((change) => {
    for (const key of keysOf(change)) {
      const [was, is] = [built(key), open(key)];
      if (was.length === is.length) return is[was.indexOf(change.node)];
    }
    return undefined;
  });
  if (targets.includes(undefined)) return false;
  changes.forEach(({ node, name, to }, i) => {
    const target = targets[i];
    if (name === undefined) target.data = to;
    else if (target.getAttribute(name) !== node.getAttribute(name)) return;
    else if (to === null) target.removeAttribute(name);
    else target.setAttribute(name, to);
  });
  document.getElementById(OVERLAY_ID)?.remove();
  return true;
}

let reloading = false;

// After a rebuild: the preview in place when it can be placed, painted before the reload starts (the browser keeps
// the last painted frame on screen until the reloaded page paints), then the reload.
async function rebuilt(build) {
  if (reloading) return;
  reloading = true;
  const [before, after] = await Promise.all([served, pageOfBuild(build)]);
  const changes = before && after ? differences(before, after) : null;
  if (changes && changes.length > 0 && applyInPlace(before, changes)) {
    requestAnimationFrame(() => setTimeout(() => window.location.reload()));
  } else {
    window.location.reload();
  }
}

events.addEventListener('hello', (event) => {
  if (JSON.parse(event.data).build > servedBuild) window.location.reload();
});
events.addEventListener('reload', (event) => rebuilt(JSON.parse(event.data).build));
events.addEventListener('build-error', (event) => showErrors(JSON.parse(event.data).errors));
