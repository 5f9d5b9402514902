import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { retentionCutoffs } from '@/lib/data/retention';
import { db } from '@/lib/db/app-db';
import { isNearQuota, isUnderTarget, STORAGE_TROUBLE_KEY, type StorageTrouble } from '@/lib/data/storage-trouble';
import { clearAll, pruneHandledForSpace, pruneOld } from '@/lib/db/prune-repo';
import { loadSettings } from '@/lib/settings/store';

/** Retention, on its alarm: what the Data & privacy section says may go, goes. */
export async function pruneByRetention(clock: Clock) {
  const { data } = await loadSettings();
  const counts = await pruneOld(db, retentionCutoffs(data, clock()));
  await relieveQuota();
  return counts;
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

type Estimate = () => Promise<{ usage?: number; quota?: number }>;
const browserEstimate: Estimate = () => navigator.storage.estimate();

async function updateTrouble(change: (t: StorageTrouble) => StorageTrouble): Promise<void> {
  const current = ((await browser.storage.local.get(STORAGE_TROUBLE_KEY))[STORAGE_TROUBLE_KEY] ?? { failedCaptures: 0 }) as StorageTrouble;
  await browser.storage.local.set({ [STORAGE_TROUBLE_KEY]: change(current) });
}

/** A capture could not be stored, so the page showed it natively: counted, never silent. */
export async function recordCaptureFailure(clock: Clock, estimate: Estimate = browserEstimate): Promise<void> {
  await updateTrouble((t) => ({ ...t, failedCaptures: t.failedCaptures + 1, lastFailureAt: clock().getTime() }));
  await relieveQuota(estimate);
}

/**
 * Near the quota, the oldest handled items go, least urgent first, until usage is back under
 * the target; the warning stays while storage was found near full.
 */
export async function relieveQuota(estimate: Estimate = browserEstimate): Promise<void> {
  const { usage = 0, quota = 0 } = await estimate();
  if (!isNearQuota(usage, quota)) {
    await updateTrouble((t) => (t.nearQuota ? { ...t, nearQuota: false } : t));
    return;
  }
  const order = (await loadSettings()).tiers.tiers.map((t) => t.id);
  for (let round = 0; round < 100; round++) {
    if ((await pruneHandledForSpace(db, order)) === 0) break;
    const now = await estimate();
    if (isUnderTarget(now.usage ?? 0, now.quota ?? 0)) break;
  }
  await updateTrouble((t) => ({ ...t, nearQuota: true }));
}
