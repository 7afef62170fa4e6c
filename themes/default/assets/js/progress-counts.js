// How many topics are in each state: one count for every place that shows one (meters, roll-ups, the Progress
// dialog's summary and card, the topic panel, the shared-view banner), so they cannot disagree.

/** The states a count keeps; "not started" is what is left of `total`. */
export const COUNTED = ['done', 'in-progress', 'skipped'];

/** `{ total, done, 'in-progress', skipped }` over `ids` (any iterable of topic ids), reading each state with `stateOf`. */
export function countStates(ids, stateOf) {
  const count = emptyCount();
  for (const id of ids) {
    count.total++;
    const state = stateOf(id);
    if (COUNTED.includes(state)) count[state]++;
  }
  return count;
}

/** A count of no topics, to add to one topic at a time. */
export function emptyCount(total = 0) {
  return { total, done: 0, 'in-progress': 0, skipped: 0 };
}
