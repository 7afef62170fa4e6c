import { t } from './i18n.js';
import { readStored, writeStored } from './storage.js';

// The header's controls: the colour theme switch and, on phones, the menu button (site-menu.js).

// Cycles system → light → dark → system. "system" removes the override so
// prefers-color-scheme decides again.
const order = ['system', 'light', 'dark'];

function current() {
  const stored = readStored('theme');
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

function apply(theme, button) {
  const root = document.documentElement;
  if (theme === 'system') {
    root.removeAttribute('data-theme');
  } else {
    root.setAttribute('data-theme', theme);
  }
  if (button) {
    const next = order[(order.indexOf(theme) + 1) % order.length];
    // The accessible name starts with the visible label, so voice control finds the button by what it shows.
    button.setAttribute('aria-label', t('header.theme_switch', { theme: t(`header.theme_${theme}`), next: t(`header.theme_${next}`) }));
    const text = button.querySelector('[data-theme-switch-text]');
    if (text) text.textContent = t('header.theme', { theme: t(`header.theme_${theme}`) });
  }
}

/** The phone header's menu button: its code (site-menu.js) loads with the first tap; wide screens never show it. */
function initMenu() {
  const toggle = document.querySelector('[data-site-menu-toggle]');
  toggle?.addEventListener('click', () => import('./site-menu.js').then(({ initSiteMenu }) => initSiteMenu(toggle)), { once: true });
}

export function initThemeSwitch() {
  initMenu();
  for (const button of document.querySelectorAll('[data-theme-switch]')) {
    apply(current(), button);
    button.addEventListener('click', () => {
      const next = order[(order.indexOf(current()) + 1) % order.length];
      writeStored('theme', next === 'system' ? null : next);
      apply(next, button);
    });
  }
}
