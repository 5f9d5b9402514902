import { addDays, format, getDay, startOfDay } from 'date-fns';
import { atWallTime, parseWallTime } from './wall-time';

/**
 * When the user works: a daily opening and closing time ("09:00" to "17:00"), the working
 * weekdays (0 = Sunday … 6 = Saturday) and single dates off ("2026-12-25"). Response times,
 * "end of business day", needed-by defaults and batching all count in this time.
 */
export interface WorkingHours {
  start: string;
  end: string;
  days: readonly number[];
  holidays?: readonly string[];
}

/** A stretch of working time, epoch ms. */
export interface Span {
  start: number;
  end: number;
}

// Far enough for any real schedule (a year of holidays in a row), and a guard against a week
// with no working day at all, which validation refuses but damaged storage could still hold.
const MAX_DAYS_AHEAD = 800;

/** The working hours of one local day, or undefined when it is not a working day. */
export function workingSpanOn(day: Date, hours: WorkingHours): Span | undefined {
  if (!hours.days.includes(getDay(day))) return undefined;
  if (hours.holidays?.includes(format(day, 'yyyy-MM-dd'))) return undefined;
  const open = parseWallTime(hours.start);
  const close = parseWallTime(hours.end);
  if (open === undefined || close === undefined || close <= open) return undefined;
  // Wall-clock times, so 9:00 stays 9:00 on the days daylight saving changes.
  const start = atWallTime(day, open).getTime();
  const end = atWallTime(day, close).getTime();
  return end > start ? { start, end } : undefined;
}

/** The working spans that end after `from`, day by day, in order. */
export function* workingSpansFrom(from: Date, hours: WorkingHours): Generator<Span> {
  let day = startOfDay(from);
  for (let i = 0; i < MAX_DAYS_AHEAD; i++, day = addDays(day, 1)) {
    const span = workingSpanOn(day, hours);
    if (span && span.end > from.getTime()) yield span;
  }
}

/** The working span `at` falls in (opening time included, closing time not), if any. */
export function currentWorkingSpan(at: Date, hours: WorkingHours): Span | undefined {
  const span = workingSpanOn(at, hours);
  return span && span.start <= at.getTime() && at.getTime() < span.end ? span : undefined;
}

export const isWorkingTime = (at: Date, hours: WorkingHours): boolean => currentWorkingSpan(at, hours) !== undefined;

/** The next moment the working day opens after `from` (not the one already open). */
export function nextOpening(from: Date, hours: WorkingHours): Date | undefined {
  for (const span of workingSpansFrom(from, hours)) if (span.start > from.getTime()) return new Date(span.start);
  return undefined;
}

/**
 * `minutes` of working time after `from`: "3 hours" from Friday 16:30 in a 9–17 week is Monday
 * 11:30. Time outside working hours does not count; a response time that ends exactly at the
 * close is due at the close. With no working time at all, calendar time is the honest fallback.
 */
export function addWorkingMinutes(from: Date, minutes: number, hours: WorkingHours): Date {
  let remaining = Math.max(0, minutes) * 60_000;
  for (const span of workingSpansFrom(from, hours)) {
    const start = Math.max(from.getTime(), span.start);
    const available = span.end - start;
    if (remaining <= available) return new Date(start + remaining);
    remaining -= available;
  }
  return new Date(from.getTime() + minutes * 60_000);
}

/**
 * "End of the business day": today's close if today is a working day that has not closed yet,
 * else the close of the next working day. Friday after 17:00 or Saturday gives Monday 17:00.
 */
export function endOfBusinessDay(from: Date, hours: WorkingHours): Date {
  const first = workingSpansFrom(from, hours).next();
  return first.done ? startOfDay(addDays(from, 1)) : new Date(first.value.end);
}

/**
 * The close of the `days`-th working day after the day of `from` ("in 2 business days" from a
 * Monday is Wednesday's close). 0 days is the end of this business day.
 */
export function endOfBusinessDaysAfter(from: Date, days: number, hours: WorkingHours): Date {
  if (days <= 0) return endOfBusinessDay(from, hours);
  const tomorrow = startOfDay(addDays(from, 1));
  let counted = 0;
  for (const span of workingSpansFrom(tomorrow, hours)) if (++counted === days) return new Date(span.end);
  return addDays(endOfBusinessDay(from, hours), days);
}
