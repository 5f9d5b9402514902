import type { Occurrence } from './schedule';
import type { FocusSession } from './session';

/** How far back a wake-up looks for scheduled blocks it did not see. */
export const MISSED_LOOKBACK_DAYS = 14;

/**
 * Scheduled blocks that began and ended while nothing was running to see them (the browser was
 * closed): recorded as not observed, so the review counts them as planned, not as protected, and
 * neither overstates nor loses them. Only blocks that began after the background was last seen,
 * and that no stored block records already.
 */
export function planMissedBlocks(occurrences: readonly Occurrence[], recordedKeys: ReadonlySet<string>, lastSeenAt: number, now: Date): FocusSession[] {
  return occurrences
    .filter((o) => o.start >= lastSeenAt && o.end <= now.getTime() && !recordedKeys.has(o.key))
    .map((o) => ({ kind: 'scheduled', scheduleKey: o.key, start: o.start, plannedEnd: o.end, status: 'ended', observed: false }));
}
