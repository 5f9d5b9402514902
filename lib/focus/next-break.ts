import { isSameDay } from 'date-fns';
import type { Occurrence } from './schedule';
import { workingSpanOn, type WorkingHours } from '../time/business-time';

/**
 * "Focus until the next scheduled break": the end of the next scheduled block later today (with
 * the blocks that touch it), or else the end of today's business day (lib/time/business-time.ts).
 * `undefined` when neither is ahead today.
 */
export function getNextBreak(now: Date, occurrences: readonly Occurrence[], hours: WorkingHours): Date | undefined {
  const t = now.getTime();
  const sorted = [...occurrences].sort((a, b) => a.start - b.start);
  // The block running now (even one that began yesterday evening), or the next one today.
  const first = sorted.find((o) => o.end > t && (o.start <= t || isSameDay(o.start, now)));
  if (first) {
    let end = first.end;
    for (const o of sorted) if (o.start > first.start && o.start <= end) end = Math.max(end, o.end);
    return new Date(end);
  }
  // Not a working day (a weekend, a holiday): no business day to end.
  const today = workingSpanOn(now, hours);
  return today && today.end > t ? new Date(today.end) : undefined;
}
