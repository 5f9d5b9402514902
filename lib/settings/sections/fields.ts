import { z } from '@/lib/zod-jitless';
import type { Weekday } from '../../focus/schedule';
import { isRealDate } from '../../time/local-date';
import { parseWallTime } from '../../time/wall-time';

/** Fields more than one section uses, with the same words for the same mistake everywhere. */
export const wallTime = z.string().max(40).refine((t) => parseWallTime(t) !== undefined, 'Use a time like 09:00.');

export const weekday = z.literal([0, 1, 2, 3, 4, 5, 6], 'Pick a weekday.') as z.ZodType<Weekday>;

export const localDate = z.string().max(40).refine(isRealDate, 'Pick a date that exists.');

/** A short label the user types: trimmed, not empty, not huge. */
export const label = (what: string, max = 80) =>
  z.string().trim().min(1, `Name the ${what}.`).max(max, `Keep the name under ${max} characters.`);

export const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `Enter a number of ${what}.` })
    .int(`Use whole ${what}.`)
    .min(min, `At least ${min} ${what}.`)
    .max(max, `At most ${max} ${what}.`);
