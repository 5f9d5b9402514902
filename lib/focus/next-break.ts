import { isSameDay } from 'date-fns';
import type { BusinessHours, Occurrence } from './schedule';
import { atWallTime, parseWallTime } from './wall-time';

/**
 * "Focus until the next scheduled break": the end of the next scheduled block later today (with
 * the blocks that touch it), or else the end of the business day. `undefined` when neither is
 * ahead today.
 */
export function getNextBreak(now: Date, occurrences: readonly Occurrence[], hours: BusinessHours): Date | undefined {
  const t = now.getTime();
  const sorted = [...occurrences].sort((a, b) => a.start - b.start);
  // The block running now (even one that began yesterday evening), or the next one today.
  const first = sorted.find((o) => o.end > t && (o.start <= t || isSameDay(o.start, now)));
  if (first) {
    let end = first.end;
    for (const o of sorted) if (o.start > first.start && o.start <= end) end = Math.max(end, o.end);
    return new Date(end);
  }
  const close = parseWallTime(hours.end);
  if (close === undefined) return undefined;
  const endOfDay = atWallTime(now, close);
  return endOfDay.getTime() > t ? endOfDay : undefined;
}
