// What keeps progress from being lost without the visitor knowing: a failed save (storage full or turned off) shows
// an alert with "Export now" until a save succeeds again; the first saved change asks the browser to keep the
// storage (navigator.storage.persist(): Safari otherwise deletes it after 7 days without a visit); and after many
// changes without an export, one quiet reminder to export. The count lives in `<ns>:progress.exports`.

import { t } from './i18n.js';
import { readStored, writeStored } from './storage.js';

export const REMIND_AFTER = 30;
const KEY = 'progress.exports';
const FAILED = () => t('banner.save_failed');

function record() {
  try {
    const value = JSON.parse(readStored(KEY) || '{}');
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

export function initSafety({ store, exportNow }) {
  const notice = document.querySelector('[data-progress-notice]');
  const reminder = document.querySelector('[data-export-reminder]');
  const exportButton = notice?.querySelector('[data-progress-export]');
  let asked = false;
  let failing = false;

  for (const button of document.querySelectorAll('[data-progress-export]')) button.addEventListener('click', () => exportNow());
  reminder?.querySelector('[data-export-reminder-close]')?.addEventListener('click', () => { reminder.hidden = true; });
  notice?.querySelector('[data-progress-notice-close]')?.addEventListener('click', () => { notice.hidden = true; });

  const fail = () => {
    if (!notice) return;
    failing = true;
    notice.querySelector('[data-progress-notice-text]').textContent = FAILED();
    if (exportButton) exportButton.hidden = false;
    notice.hidden = false;
  };
  const recovered = () => {
    if (!failing || !notice) return;
    failing = false;
    notice.hidden = true;
    if (exportButton) exportButton.hidden = true;
  };

  const persist = async () => {
    try {
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
    } catch {
      // Not offered here (an insecure origin, an old browser): the Progress dialog says the storage is not persistent.
    }
  };

  return {
    /** Every change the store reports, with whether it was saved. */
    changed(ids, origin, saved) {
      if (origin === 'remote' || origin === 'alias') return;
      if (!saved) { fail(); return; }
      recovered();
      if (origin === 'status' || ids.length === 0) return;
      if (!asked) { asked = true; persist(); }
      const value = record();
      value.changes = (Number(value.changes) || 0) + 1;
      if (value.changes >= REMIND_AFTER && !value.reminded && reminder) {
        value.reminded = true;
        reminder.querySelector('[data-export-reminder-text]').textContent =
          t('banner.reminder', { n: value.changes });
        reminder.hidden = false;
      }
      writeStored(KEY, JSON.stringify(value));
    },
    exported() {
      writeStored(KEY, JSON.stringify({ changes: 0, exported: new Date().toISOString() }));
      if (reminder) reminder.hidden = true;
    },
    lastExport: () => record().exported || null,
    /** true, false, or null when the browser cannot tell. */
    async persistent() {
      try {
        return navigator.storage?.persisted ? await navigator.storage.persisted() : null;
      } catch {
        return null;
      }
    },
    saved: () => store.saved,
  };
}
