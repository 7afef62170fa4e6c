// Time estimates (roadmap.json's estimateMinutes / totalMinutes): the time a visitor has left, and when they would
// finish at a pace of so many hours a week. Pure functions, tested in tests/js/estimates.test.mjs.

import { t } from './i18n.js';

const DONE = new Set(['done', 'skipped']);

/**
 * Minutes left in `items` (roadmap.json items, nested): a done or skipped topic leaves nothing; a topic with its own
 * estimate leaves that whole estimate (the author's figure for it and everything under it); any other item leaves
 * what its children leave. Returns null when nothing in `items` has an estimate.
 */
export function minutesLeft(items, state) {
  let total = null;
  for (const item of items || []) {
    const left = itemLeft(item, state);
    if (left !== null) total = (total || 0) + left;
  }
  return total;
}

function itemLeft(item, state) {
  if (item.totalMinutes == null) return null;
  if (item.trackable && DONE.has(state(item.id))) return 0;
  if (typeof item.estimateMinutes === 'number') return item.estimateMinutes;
  return minutesLeft(item.children, state) ?? 0;
}

/** "45 min", "2 h", "1.5 h" (in the interface language), as the build writes them. */
export function formatDuration(minutes) {
  if (minutes < 60) return t('time.minutes', { n: Math.round(minutes) });
  return t('time.hours', { n: Math.round((minutes / 60) * 10) / 10 });
}

/** The date the remaining minutes are done at `hoursPerWeek`, counted from `now` (whole days, rounded up). */
export function finishDate(minutes, hoursPerWeek, now = new Date()) {
  if (!(hoursPerWeek > 0) || minutes == null) return null;
  const days = Math.ceil((minutes / 60 / hoursPerWeek) * 7);
  const date = new Date(now.getTime());
  date.setDate(date.getDate() + days);
  return { date, days, weeks: Math.ceil(days / 7) };
}

/**
 * Recomputes the time left of `sectionIds` (all when none given) for a ProgressView, paints its time lines
 * ("12 h left of 40 h") and tells its listeners (the pace control) the whole roadmap's time left.
 */
export function retime(view, sectionIds) {
  const state = (id) => view.source.state(id);
  for (const section of view.roadmap.json.sections || []) {
    if (!sectionIds || sectionIds.has(section.id)) view.left.set(section.id, minutesLeft(section.items, state));
  }
  let all = null;
  for (const left of view.left.values()) if (left !== null) all = (all || 0) + left;
  for (const [scope, times] of view.page.times) {
    if (sectionIds && !sectionIds.has(scope) && scope !== 'all') continue;
    const left = scope === 'all' ? all : view.left.get(scope);
    for (const time of times) {
      if (!time.text || left == null) continue;
      time.text.textContent = left === 0
        ? t('time.all_done', { total: formatDuration(time.total) })
        : t('time.left', { left: formatDuration(left), total: formatDuration(time.total) });
    }
  }
  for (const listener of view.timeListeners) listener(all);
}
