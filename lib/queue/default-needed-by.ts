import { addDays, isWeekend, set } from 'date-fns';

/**
 * The Standard tier's "end of the business day": today at the close of business if that is still
 * ahead on a working day, otherwise the close of the next working day. Wall-clock arithmetic, so a
 * daylight-saving change in between does not shift the hour.
 */
export function getEndOfBusinessDay(now: Date, closeHour = 17): Date {
  let day = set(now, { hours: closeHour, minutes: 0, seconds: 0, milliseconds: 0 });
  if (!isWeekend(day) && day.getTime() > now.getTime()) return day;
  do day = addDays(day, 1);
  while (isWeekend(day));
  return day;
}
