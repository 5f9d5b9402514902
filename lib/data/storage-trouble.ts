/** storage.local key: what went wrong with storage, for the popup and options to say. */
export const STORAGE_TROUBLE_KEY = 'storageTrouble';

export interface StorageTrouble {
  /** Notifications that could not be stored and were shown natively instead (fail open). */
  failedCaptures: number;
  lastFailureAt?: number;
  /** The database is near the browser's quota (after pruning). */
  nearQuota?: boolean;
}

/** Above this share of the quota, handled items are pruned early and the user is warned. */
export const NEAR_QUOTA = 0.9;
/** Pruning for quota stops once usage is back under this share. */
export const QUOTA_TARGET = 0.8;

export const isNearQuota = (usage: number, quota: number) => quota > 0 && usage / quota >= NEAR_QUOTA;
export const isUnderTarget = (usage: number, quota: number) => quota <= 0 || usage / quota < QUOTA_TARGET;

/** The words the popup and options page show, or nothing when all is well. */
export function describeStorageTrouble(t: StorageTrouble | undefined): string | undefined {
  if (!t) return undefined;
  const parts: string[] = [];
  if (t.failedCaptures > 0) {
    parts.push(`${t.failedCaptures} ${t.failedCaptures === 1 ? 'notification' : 'notifications'} could not be stored and ${t.failedCaptures === 1 ? 'was' : 'were'} shown at once instead.`);
  }
  if (t.nearQuota) parts.push('Storage is nearly full: the oldest handled notifications were deleted early. Export your data or shorten what is kept in Data & privacy.');
  return parts.length > 0 ? parts.join(' ') : undefined;
}
