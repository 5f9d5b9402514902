import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { retentionCutoffs } from '@/lib/data/retention';
import { db } from '@/lib/db/app-db';
import { clearAll, pruneOld } from '@/lib/db/prune-repo';
import { loadSettings } from '@/lib/settings/store';

/** Retention, on its alarm: what the Data & privacy section says may go, goes. */
export async function pruneByRetention(clock: Clock) {
  const { data } = await loadSettings();
  return pruneOld(db, retentionCutoffs(data, clock()));
}

/**
 * "Delete everything": the database, every storage area, every alarm and every registered
 * script. What should exist afterwards (the defaults' alarms, the badge) is re-derived by the
 * caller's sync, as on a first start.
 */
export async function deleteEverything(): Promise<{ ok: true }> {
  await browser.alarms.clearAll();
  await browser.scripting.unregisterContentScripts();
  await clearAll(db);
  await Promise.all([browser.storage.local.clear(), browser.storage.session.clear(), browser.storage.sync?.clear()]);
  return { ok: true };
}
