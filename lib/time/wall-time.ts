import { addDays, set, startOfDay } from 'date-fns';

/** A wall-clock time of day, "09:00" to "24:00", as minutes since midnight. */
export function parseWallTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/**
 * The moment a wall-clock time happens on a given local day. Wall-clock arithmetic (not adding
 * milliseconds), so 9:00 stays 9:00 across a daylight-saving change; a time that does not exist
 * that day (skipped by spring-forward) moves forward by the skipped hour: 02:30 becomes 03:30.
 */
export function atWallTime(day: Date, minutesOfDay: number): Date {
  const midnight = startOfDay(day);
  if (minutesOfDay >= 24 * 60) return startOfDay(addDays(midnight, 1));
  return set(midnight, { hours: Math.floor(minutesOfDay / 60), minutes: minutesOfDay % 60 });
}

export function formatWallTime(minutesOfDay: number): string {
  const h = Math.floor(minutesOfDay / 60);
  return `${String(h).padStart(2, '0')}:${String(minutesOfDay % 60).padStart(2, '0')}`;
}
