import type { DigestSummary } from './summary';
import type { ReleaseReason } from './release-plan';

/**
 * A release, stored before its summary is shown: "exactly once" is checkable, and the weekly
 * review reads when, why and what.
 */
export interface DigestRecord {
  /** From its items (digestIdFor): recording the same release twice finds the first. */
  id: string;
  at: number;
  reason: ReleaseReason;
  itemIds: number[];
  /** Notifications it delivered (bursts and replacements counted). */
  count: number;
  summary: DigestSummary;
  /** When its summary notification was shown; absent until then. */
  shownAt?: number;
  /** 1 until its summary is shown (a sparse index, for the retry after a stopped worker). */
  unshown?: 1;
}

/**
 * A digest's id from its items, whatever their order: FNV-1a over the sorted ids. An item back
 * from a snooze counts with its snooze's end, so its second release is a new digest and not
 * taken for a retry of the first.
 */
export function digestIdFor(items: readonly { id: number; snoozedUntil?: number }[]): string {
  const sorted = [...items].sort((a, b) => a.id - b.id);
  let hash = 0x811c9dc5;
  for (const item of sorted) {
    for (const ch of `${item.id}${item.snoozedUntil !== undefined ? `@${item.snoozedUntil}` : ''},`) {
      hash ^= ch.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `digest:${sorted[0]?.id ?? 0}-${sorted[sorted.length - 1]?.id ?? 0}-${sorted.length}-${hash.toString(16)}`;
}
