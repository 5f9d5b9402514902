import { addDays, addWeeks, format, isValid, parse, startOfDay } from 'date-fns';
import { weekOf } from './week-stats';

/** What the review shows: a week (Monday to Monday) or the 30 days up to today. */
export type Period = { kind: 'week'; from: Date; to: Date } | { kind: 'last30'; from: Date; to: Date };

/** From the page's address: "#2026-11-23" a week holding that day, "#last30", or this week. */
export function periodFromHash(hash: string, now: Date): Period {
  const key = hash.replace(/^#/, '');
  if (key === 'last30') return lastDays(now);
  const day = parse(key, 'yyyy-MM-dd', now);
  return { kind: 'week', ...weekOf(isValid(day) ? day : now) };
}

export function lastDays(now: Date, days = 30): Period {
  const to = addDays(startOfDay(now), 1);
  return { kind: 'last30', from: addDays(to, -days), to };
}

export const hashOf = (p: Period) => (p.kind === 'last30' ? '#last30' : `#${format(p.from, 'yyyy-MM-dd')}`);
export const shiftWeek = (p: Period, by: number): Period => ({ kind: 'week', ...weekOf(addWeeks(p.kind === 'week' ? p.from : p.to, by)) });

export function describePeriod(p: Period): string {
  return p.kind === 'last30' ? `the last 30 days (${format(p.from, 'MMM d')} – ${format(addDays(p.to, -1), 'MMM d, yyyy')})` : `the week of ${format(p.from, 'MMM d, yyyy')}`;
}
