import type { StoredSection } from './section';
import { sectionKey } from './section';
import { SECTIONS, type SectionName } from './sections';

/** storage.sync's limits (the same in Chrome and Firefox): per item, in all. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_QUOTA_BYTES = 102_400;

/** A section as synced: stored form plus when it was saved, so the newest save wins everywhere. */
export interface SyncedSection extends StoredSection {
  savedAt: number;
}

/** storage.local key: which sections stay on this machine, and why (the options page shows it). */
export const SYNC_STATUS_KEY = 'settingsSyncLocalOnly';

/** Why a section is kept on this machine only, in words for the options page. */
export type LocalOnly = Partial<Record<SectionName, string>>;

/** How storage.sync counts an item: its key and its value as JSON. */
export const syncBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

export interface SyncWritePlan {
  write: Record<string, SyncedSection>;
  localOnly: LocalOnly;
}

/**
 * Which of the sections just saved go to storage.sync: each must fit in an item, and all synced
 * sections together in the whole quota (counting what is already there). What does not fit stays
 * on this machine, and the page says which part and why.
 */
export function planSyncWrite(sections: Partial<Record<SectionName, SyncedSection>>, alreadySynced: Record<string, unknown>): SyncWritePlan {
  const write: Record<string, SyncedSection> = {};
  const localOnly: LocalOnly = {};
  const sizes = new Map(Object.entries(alreadySynced).map(([key, value]) => [key, syncBytes(key, value)]));
  for (const [name, item] of Object.entries(sections) as [SectionName, SyncedSection][]) {
    const key = sectionKey(name);
    const bytes = syncBytes(key, item);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      localOnly[name] = `${SECTIONS[name].title} is too large to sync (${kb(bytes)}; the browser syncs at most ${kb(SYNC_QUOTA_BYTES_PER_ITEM)} a part).`;
      continue;
    }
    const others = [...sizes].reduce((sum, [k, n]) => (k === key ? sum : sum + n), 0);
    if (others + bytes > SYNC_QUOTA_BYTES) {
      localOnly[name] = `${SECTIONS[name].title} does not fit in what the browser syncs (${kb(SYNC_QUOTA_BYTES)} in all).`;
      continue;
    }
    sizes.set(key, bytes);
    write[key] = item;
  }
  return { write, localOnly };
}

/** A synced section as this machine may use it, or undefined for anything else in sync storage. */
export function readSynced(value: unknown): SyncedSection | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, value: inner, savedAt } = value as Partial<SyncedSection>;
  return typeof v === 'number' && typeof savedAt === 'number' && Number.isFinite(savedAt) ? { v, value: inner, savedAt } : undefined;
}

/**
 * Sections another machine saved after this one did: those to take in (each still goes through
 * the same rules as a save). Sections kept local-only here are not taken.
 */
export function planSyncPull(synced: Record<string, unknown>, local: Record<string, unknown>, localOnly: LocalOnly = {}): { name: SectionName; item: SyncedSection }[] {
  const pulls: { name: SectionName; item: SyncedSection }[] = [];
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const item = readSynced(synced[sectionKey(name)]);
    if (!item || localOnly[name]) continue;
    const here = local[sectionKey(name)] as Partial<SyncedSection> | undefined;
    const localSavedAt = typeof here?.savedAt === 'number' ? here.savedAt : 0;
    if (item.savedAt > localSavedAt) pulls.push({ name, item });
  }
  return pulls;
}
