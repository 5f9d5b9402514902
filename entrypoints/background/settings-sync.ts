import { browser } from 'wxt/browser';
import { sectionKey, SETTINGS_KEY_PREFIX, type StoredSection } from '@/lib/settings/section';
import { isSectionName, type SectionName } from '@/lib/settings/sections';
import { planSyncPull, planSyncWrite, readSynced, SYNC_STATUS_KEY, type LocalOnly, type SyncedSection } from '@/lib/settings/sync-plan';


const syncArea = () => browser.storage.sync as typeof browser.storage.sync | undefined;

async function readLocalOnly(): Promise<LocalOnly> {
  return ((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] ?? {}) as LocalOnly;
}

/**
 * Sends sections just saved here to storage.sync, those that fit (lib/settings/sync-plan.ts).
 * A sync failure never undoes the local save: the section is marked local-only and said so.
 */
export async function pushToSync(items: Record<string, SyncedSection>): Promise<void> {
  const sync = syncArea();
  if (!sync) return;
  const sections = Object.fromEntries(Object.entries(items).map(([key, item]) => [key.slice(SETTINGS_KEY_PREFIX.length), item])) as Partial<Record<SectionName, SyncedSection>>;
  const synced = Object.fromEntries(Object.entries(await sync.get(null)).filter(([key]) => key.startsWith(SETTINGS_KEY_PREFIX)));
  const plan = planSyncWrite(sections, synced);
  const localOnly = { ...(await readLocalOnly()) };
  for (const name of Object.keys(sections) as SectionName[]) delete localOnly[name];
  Object.assign(localOnly, plan.localOnly);
  try {
    if (Object.keys(plan.write).length > 0) await sync.set(plan.write);
  } catch (error) {
    // Write-rate or quota limits: this save stays here; the next save or start tries again.
    for (const key of Object.keys(plan.write)) {
      const name = key.slice(SETTINGS_KEY_PREFIX.length) as SectionName;
      localOnly[name] = `Not synced yet: the browser refused (${String((error as Error)?.message ?? error).slice(0, 120)}). It is tried again at the next save.`;
    }
  }
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: localOnly });
}

/** Sections in sync storage that are newer than this machine's, for the settings writer to take in. */
export async function newerInSync(): Promise<{ name: SectionName; item: SyncedSection }[]> {
  const sync = syncArea();
  if (!sync) return [];
  const [synced, local, localOnly] = await Promise.all([sync.get(null), browser.storage.local.get(null), readLocalOnly()]);
  return planSyncPull(synced, local, localOnly);
}

/** Local sections sync does not have, or has older: sent at start, so a first machine seeds sync. */
export async function seedSync(): Promise<void> {
  const sync = syncArea();
  if (!sync) return;
  const [synced, local] = await Promise.all([sync.get(null), browser.storage.local.get(null)]);
  const items: Record<string, SyncedSection> = {};
  for (const [key, value] of Object.entries(local)) {
    const name = key.slice(SETTINGS_KEY_PREFIX.length);
    if (!key.startsWith(SETTINGS_KEY_PREFIX) || !isSectionName(name)) continue;
    const here = value as StoredSection & { savedAt?: number };
    const there = readSynced(synced[sectionKey(name)]);
    if (typeof here.savedAt === 'number' && here.savedAt > 0 && (!there || there.savedAt < here.savedAt)) items[key] = here as SyncedSection;
  }
  if (Object.keys(items).length > 0) await pushToSync(items);
}
