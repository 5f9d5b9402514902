import { addDays, format, getDay, startOfDay } from 'date-fns';
import { atWallTime, parseWallTime } from '../time/wall-time';

/** One block of a day, in wall-clock "HH:mm". An end at or before the start runs past midnight. */
export interface TimeBlock {
  start: string;
  end: string;
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateException {
  /** Local date, "2026-11-26". */
  date: string;
  /** Skip the weekly blocks (and a meeting-free day) on this date. */
  skipScheduled: boolean;
  /** One-off blocks on this date. */
  blocks: TimeBlock[];
}

export interface FocusSchedule {
  enabled: boolean;
  /** Index = weekday. */
  weekly: TimeBlock[][];
  /** Whole-business-day focus on these weekdays. */
  meetingFreeDays: Weekday[];
  exceptions: DateException[];
}

export interface BusinessHours {
  start: string;
  end: string;
  /** Working weekdays. */
  days: Weekday[];
}

/** A concrete scheduled block. `key` names it, so a stored session can refer to it. */
export interface Occurrence {
  key: string;
  start: number;
  end: number;
}

function toOccurrence(day: Date, block: TimeBlock): Occurrence | undefined {
  const startMinutes = parseWallTime(block.start);
  const endMinutes = parseWallTime(block.end);
  if (startMinutes === undefined || endMinutes === undefined || startMinutes === endMinutes) return undefined;
  const start = atWallTime(day, startMinutes);
  const end = atWallTime(endMinutes > startMinutes ? day : addDays(day, 1), endMinutes);
  if (end.getTime() <= start.getTime()) return undefined;
  // Start and end together name a block: a meeting-free day and a weekly block may share a start.
  return { key: `scheduled:${start.getTime()}-${end.getTime()}`, start: start.getTime(), end: end.getTime() };
}

function blocksOnDay(day: Date, schedule: FocusSchedule, hours: BusinessHours): TimeBlock[] {
  const date = format(day, 'yyyy-MM-dd');
  const weekday = getDay(day) as Weekday;
  const exceptions = schedule.exceptions.filter((e) => e.date === date);
  const skip = exceptions.some((e) => e.skipScheduled);
  const regular = skip ? [] : [...(schedule.weekly[weekday] ?? [])];
  if (!skip && schedule.meetingFreeDays.includes(weekday)) regular.push({ start: hours.start, end: hours.end });
  return [...regular, ...exceptions.flatMap((e) => e.blocks)];
}

/**
 * The scheduled blocks that overlap [from, to), each at its real start and end in the machine's
 * time zone. Days are walked one by one from the day before `from`, so a block that started
 * yesterday evening and runs past midnight is found too.
 */
export function expandSchedule(schedule: FocusSchedule, hours: BusinessHours, from: Date, to: Date): Occurrence[] {
  if (!schedule.enabled) return [];
  const found: Occurrence[] = [];
  for (let day = startOfDay(addDays(from, -1)); day.getTime() < to.getTime(); day = addDays(day, 1)) {
    for (const block of blocksOnDay(day, schedule, hours)) {
      const occurrence = toOccurrence(day, block);
      if (occurrence && occurrence.end > from.getTime() && occurrence.start < to.getTime()) found.push(occurrence);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
