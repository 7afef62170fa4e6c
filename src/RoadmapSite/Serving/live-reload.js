// Live reload for `roadmap-site serve` only; never part of a published site.
// Reloads the page after each successful rebuild and shows build errors in an overlay.
const base = document.documentElement.dataset.basePath || '/';
const events = new EventSource(base + '__roadmap-site/events');
const OVERLAY_ID = 'rs--build-error';

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

// The build this page came from: a page loaded just before a rebuild may connect just after it, and "hello" says so.
const servedBuild = Number(new URL(import.meta.url).searchParams.get('build') || 0);
events.addEventListener('hello', (event) => {
  if (JSON.parse(event.data).build > servedBuild) window.location.reload();
});
events.addEventListener('reload', () => window.location.reload());
events.addEventListener('build-error', (event) => showErrors(JSON.parse(event.data).errors));
