// The pace control of the index ("I can spend _ hours a week"): the expected finish date of the time left,
// with the pace kept in the visitor's progress (progress-store.js), so it is in the export too.

import { finishDate } from './estimates.js';

export function initPace({ store, view }) {
  const box = document.querySelector('[data-pace]');
  if (!box) return;
  const input = box.querySelector('[data-pace-hours]');
  const output = box.querySelector('[data-pace-finish]');
  const lang = document.documentElement.lang || 'en';
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  let left = null;

  const render = () => {
    const hours = store.pace();
    if (hours === null || left === null) { output.textContent = ''; return; }
    if (left === 0) { output.textContent = 'Nothing left to do: you have finished the roadmap.'; return; }
    const finish = finishDate(left, hours, new Date());
    const weeks = finish.weeks === 1 ? 'about a week' : `about ${numbers.format(finish.weeks)} weeks`;
    output.textContent = `At ${numbers.format(hours)} hours a week you would finish around ${dates.format(finish.date)} (in ${weeks}).`;
  };

  const show = () => {
    const hours = store.pace();
    if (document.activeElement !== input) input.value = hours === null ? '' : String(hours);
  };

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (text === '') { store.setPace(null); render(); return; }
    const hours = Number(text);
    if (!(hours > 0 && hours <= 168)) {
      output.textContent = 'Enter the hours you can spend in a week: more than 0, at most 168.';
      return;
    }
    store.setPace(hours);
    render();
  });
  store.subscribe((_, origin) => {
    if (origin === 'pace' || origin === 'import' || origin === 'remote') { show(); render(); }
  });
  view.onTimeLeft((minutes) => { left = minutes; render(); });
  show();
  render();
}
