// The phone header's menu button: shows and hides the links and progress controls it folds away. Loaded by
// theme-switch.js with the tap that first opens it.

export function initSiteMenu(toggle) {
  const menu = document.querySelector('[data-site-menu]');
  if (!menu) return;
  const set = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.classList.contains('is-open')) { set(false); toggle.focus(); }
  });
  set(true);
}
