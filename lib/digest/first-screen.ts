import { stateOf } from './digest-filter';
import type { ListedItem } from './digest-groups';

/**
 * The digest's first screen without reading every held row (10,000 take longer to read than the
 * page may take to show its first entries). Within a tier, groups are listed by their earliest due
 * time, so scanning a tier's items by due time meets its groups in the order they are listed: the
 * first threads met are the first groups, and each is then read whole, so its entries and counts
 * are final and nothing above them moves when the rest arrives.
 */

/** The entries the first screen wants: a screenful. The page renders no more than these until every row is read. */
export const FIRST_SCREEN_ENTRIES = 12;

type Scanned = Pick<ListedItem, 'status' | 'snoozedUntil' | 'dueAt'> & { threadKey?: string };

/** A thread of a tier and the earliest due time of its waiting items (its group's place). */
export interface PickedThread {
  thread: string;
  dueAt: number;
}

/**
 * The threads of a tier whose place at the top of it is certain, in order, from items scanned by
 * due time. When the scan stopped at its limit, a thread first met at the last due time seen may
 * tie with one not yet met (ties are ordered by app name), so only earlier ones are certain.
 * `complete`: every thread of the tier was met, so the next tier may follow. Whoever stops
 * reading threads early must also read those due at the same time as the last one read (see
 * `mayStopAfter`).
 */
export function pickThreads(scanned: readonly Scanned[], { full, now }: { full: boolean; now: Date }): { threads: PickedThread[]; complete: boolean } {
  const lastDue = scanned.at(-1)?.dueAt ?? Infinity;
  const threads: PickedThread[] = [];
  const seen = new Set<string>();
  for (const item of scanned) {
    if (item.threadKey === undefined || seen.has(item.threadKey)) continue;
    if (stateOf(item, now) !== 'waiting') continue;
    const dueAt = item.dueAt ?? Infinity;
    if (full && dueAt >= lastDue) return { threads, complete: false };
    seen.add(item.threadKey);
    threads.push({ thread: item.threadKey, dueAt });
  }
  return { threads, complete: !full };
}

/** Reading may stop after `threads[i]` only when the next one is due later: equal ones sort by name. */
export const mayStopAfter = (threads: readonly PickedThread[], i: number) => (threads[i + 1]?.dueAt ?? Infinity) > threads[i]!.dueAt;
