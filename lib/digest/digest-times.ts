import { addDays, startOfDay } from 'date-fns';
import { workingSpanOn, type WorkingHours } from '../time/business-time';
import { atWallTime, parseWallTime } from '../time/wall-time';

// Digest times are on working days; a week and a bit covers any weekend and a long holiday run.
const DAYS_SEARCHED = 14;

/** The digest moments of one local day (working days only), in order. */
function momentsOn(day: Date, times: readonly string[], hours: WorkingHours): number[] {
  if (!workingSpanOn(day, hours)) return [];
  return times
    .map(parseWallTime)
    .filter((m): m is number => m !== undefined)
    .map((m) => atWallTime(day, m).getTime())
    .sort((a, b) => a - b);
}

/** The latest digest moment at or before `at`. */
export function previousDigestMoment(at: Date, times: readonly string[], hours: WorkingHours): Date | undefined {
  for (let i = 0; i < DAYS_SEARCHED; i++) {
    const found = momentsOn(startOfDay(addDays(at, -i)), times, hours).filter((m) => m <= at.getTime());
    if (found.length) return new Date(found[found.length - 1]!);
  }
  return undefined;
}

/** The earliest digest moment after `at`. */
export function nextDigestMoment(at: Date, times: readonly string[], hours: WorkingHours): Date | undefined {
  for (let i = 0; i < DAYS_SEARCHED; i++) {
    const found = momentsOn(startOfDay(addDays(at, i)), times, hours).find((m) => m > at.getTime());
    if (found !== undefined) return new Date(found);
  }
  return undefined;
}
