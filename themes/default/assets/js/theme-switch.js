import { readStored, writeStored } from './storage.js';

// Cycles system → light → dark → system. "system" removes the override so
// prefers-color-scheme decides again.
const order = ['system', 'light', 'dark'];
const names = { system: 'System', light: 'Light', dark: 'Dark' };

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
    button.setAttribute('aria-label', `Colour theme: ${names[theme]}. Switch to ${names[next]}`);
    const text = button.querySelector('[data-theme-switch-text]');
    if (text) text.textContent = names[theme];
  }
}

export function initThemeSwitch() {
  for (const button of document.querySelectorAll('[data-theme-switch]')) {
    apply(current(), button);
    button.addEventListener('click', () => {
      const next = order[(order.indexOf(current()) + 1) % order.length];
      writeStored('theme', next === 'system' ? null : next);
      apply(next, button);
    });
  }
}
