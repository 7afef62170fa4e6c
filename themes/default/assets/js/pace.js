// The pace control of the index ("I can spend _ hours a week"): the expected finish date of the time left,
// with the pace kept in the visitor's progress (progress-store.js), so it is in the export too.

import { finishDate } from './estimates.js';
import { t, language } from './i18n.js';

export function initPace({ store, view }) {
  const box = document.querySelector('[data-pace]');
  if (!box) return;
  const input = box.querySelector('[data-pace-hours]');
  const output = box.querySelector('[data-pace-finish]');
  const dates = new Intl.DateTimeFormat(language(), { dateStyle: 'long' });
  let left = null;

  const render = () => {
    const hours = store.pace();
    if (hours === null || left === null) { output.textContent = ''; return; }
    if (left === 0) { output.textContent = t('pace.finished'); return; }
    const finish = finishDate(left, hours, new Date());
    output.textContent = t('pace.finish', { hours, date: dates.format(finish.date), weeks: t('pace.weeks', { n: finish.weeks }) });
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
      output.textContent = t('pace.invalid');
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
