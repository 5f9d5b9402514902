import { isSameDay, isValid, parse, setHours } from 'date-fns';
import type { WorkingHours } from '../time/business-time';
import { parseTypedTime } from '../time/typed-time';

// What people type for "until when": 1pm, 1 pm, 1:30pm, 1:30 p.m., 13:00, 1300, noon, midnight.
const FORMATS = ['h:mm a', 'h:mma', 'h a', 'ha', 'H:mm', 'HHmm', 'H'];

export type EndTimeResult = { ok: true; end: Date } | { ok: false; error: string };

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\b([ap])\.?\s*m\.?$/, (_, ap: string) => ` ${ap}m`)
    .replace(/\s+/g, ' ')
    .replace(/^(\d{1,2}(?::\d{2})?) ([ap]m)$/, '$1 $2');
}

/**
 * A typed end time, as the next time that wall-clock time comes today. Without am/pm, 1 to 7
 * o'clock that has passed is read as the afternoon ("3:45" at 10 am is 15:45), as people mean
 * it in a working day; any other time that has passed is an error rather than a guess: a focus
 * block ends today. Words ("in 90 minutes", "EOD") go to lib/time/typed-time.ts.
 */
export function parseEndTime(text: string, now: Date, hours: WorkingHours = DEFAULT_HOURS): EndTimeResult {
  const typed = normalise(text);
  if (!typed) return { ok: false, error: 'Type an end time, like 1pm or 13:30.' };
  const special = typed === 'noon' ? '12:00 pm' : typed === 'midnight' ? '11:59 pm' : typed;
  for (const pattern of FORMATS) {
    let candidate = parse(special.toUpperCase(), pattern.replace('a', 'aa'), now);
    const hour = candidate.getHours();
    if (!pattern.includes('a') && candidate.getTime() <= now.getTime() && hour >= 1 && hour <= 7) {
      candidate = setHours(candidate, hour + 12);
    }
    if (isValid(candidate) && candidate.getDate() === now.getDate()) {
      if (candidate.getTime() <= now.getTime()) {
        return { ok: false, error: `${text.trim()} has already passed today. Pick a later time.` };
      }
      return { ok: true, end: candidate };
    }
  }
  // Not a clock time: words such as "in 90 minutes", "noon", "EOD", read by the product's one
  // parser of typed times, as long as they end today.
  const worded = parseTypedTime(text, { now, hours });
  if (worded.ok && isSameDay(worded.at, now)) return { ok: true, end: worded.at };
  if (worded.ok) return { ok: false, error: `${worded.echo} is not today: a focus block ends today.` };
  return { ok: false, error: `“${text.trim()}” is not a time. Try 1pm, 1:30 pm or 13:30.` };
}

const DEFAULT_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
