import * as chrono from 'chrono-node/en';
import { addDays, startOfDay } from 'date-fns';
import { endOfBusinessDay, endOfBusinessDaysAfter, workingSpanOn, workingSpansFrom, type WorkingHours } from './business-time';
import { parseWallTime } from './wall-time';
import { getDateTimeFormat } from './date-format';

/** What a typed time is read against: the clock and the user's working hours. */
export interface TypedTimeContext {
  now: Date;
  hours: WorkingHours;
}

export type TypedTime = { ok: true; at: Date; echo: string } | { ok: false; error: string };

const EXAMPLES = 'Try “Thu 3pm”, “tomorrow EOD”, “in 2 hours” or “next business day”.';

// Words that may stand around a time without changing it: "by Thu 3pm", "before noon".
const FILLER = /^[\s,.;]*(?:(?:by|before|until|till|no later than|on|at|around|about|the|latest)[\s,.;]*)*$/i;
const EOD_WORDS = /\b(?:eod|cob|eob|end of (?:the )?(?:business |work(?:ing)? )?day|close of (?:business|play)|end of business)\b/i;

/** The close of business on the day of `at` (17:00 by default), for "tomorrow EOD", "Fri COB". */
function closeOn(at: Date, hours: WorkingHours): { hour: number; minute: number } {
  const span = workingSpanOn(at, hours);
  const minutes = span ? new Date(span.end).getHours() * 60 + new Date(span.end).getMinutes() : (parseWallTime(hours.end) ?? 17 * 60);
  return { hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 };
}

/** The last working day's close of this week, or next week's if this one has closed. */
function endOfWorkingWeek(now: Date, hours: WorkingHours): Date {
  let last: number | undefined;
  for (const span of workingSpansFrom(now, hours)) {
    // A week ends at the first gap of non-working days (the weekend).
    if (last !== undefined && span.start - last > 36 * 3600_000) break;
    last = span.end;
  }
  return last !== undefined ? new Date(last) : endOfBusinessDay(now, hours);
}

/** Phrases chrono does not know, read as a whole. */
function readWholePhrase(text: string, { now, hours }: TypedTimeContext): Date | undefined {
  const t = text.trim().toLowerCase().replace(/^(?:by|before|until)\s+/, '');
  if (/^(?:eod|cob|eob|end of (?:the )?(?:business |work(?:ing)? )?day|close of business|end of business|today eod|today)$/.test(t)) return endOfBusinessDay(now, hours);
  if (/^(?:eow|end of (?:the )?(?:work(?:ing)? )?week|this week)$/.test(t)) return endOfWorkingWeek(now, hours);
  if (/^(?:next|tomorrow'?s?) (?:business|working|work) day$/.test(t)) return endOfBusinessDaysAfter(now, 1, hours);
  const days = /^(?:in |within )?(\d{1,2}) (?:business|working|work) days?$/.exec(t);
  if (days) return endOfBusinessDaysAfter(now, Number(days[1]), hours);
  return undefined;
}

function createParser(hours: WorkingHours) {
  const custom = chrono.casual.clone();
  // "EOD", "COB", "end of day" as a time of day, so that "tomorrow EOD" is tomorrow at the close
  // (chrono alone reads only "tomorrow", at this hour).
  custom.parsers.push({
    pattern: () => new RegExp(EOD_WORDS.source, 'i'),
    extract: (context) => context.createParsingComponents(closeOn(context.refDate, hours)),
  });
  return custom;
}

/** "Thu, Dec 3 · 3:00 PM": the weekday and the date, so a misread is seen before anything is queued. */
export function echoTime(at: Date, locale?: string): string {
  const day = getDateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric' }).format(at);
  const time = getDateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
  return `${day} · ${time}`;
}

/**
 * Reads a time people type: "Thu 3pm", "tomorrow EOD", "in 2 hours", "next business day",
 * "Friday noon", "at 3". The one parser of typed times in the product. A bare hour without am
 * or pm is read in working hours ("at 3" is 15:00 in a 9–17 day); a day without a time means
 * its close of business; input only partly understood ("tomorrow blah") or in the past is
 * refused with words, never guessed.
 */
export function parseTypedTime(text: string, context: TypedTimeContext, locale?: string): TypedTime {
  const typed = text.trim();
  if (!typed) return { ok: false, error: `Type a time. ${EXAMPLES}` };
  if (typed.length > 100) return { ok: false, error: 'That is too long for a time.' };
  const { now } = context;
  const whole = readWholePhrase(typed, context);
  const at = whole ?? readWithChrono(typed, context);
  if (at === 'partial') return { ok: false, error: `Only part of “${typed}” reads as a time. ${EXAMPLES}` };
  if (!at) return { ok: false, error: `“${typed}” is not a time Heads Down understands. ${EXAMPLES}` };
  if (at.getTime() <= now.getTime()) return { ok: false, error: `${echoTime(at, locale)} has already passed. Pick a later time.` };
  return { ok: true, at, echo: echoTime(at, locale) };
}

function readWithChrono(typed: string, { now, hours }: TypedTimeContext): Date | 'partial' | undefined {
  const results = createParser(hours).parse(typed, now, { forwardDate: true });
  if (results.length === 0) return undefined;
  // Everything typed must be read: what is left over may only be filler words.
  let rest = typed;
  for (const r of [...results].sort((a, b) => b.index - a.index)) rest = rest.slice(0, r.index) + ' ' + rest.slice(r.index + r.text.length);
  if (results.length > 1 || !FILLER.test(rest)) return 'partial';
  const { start } = results[0]!;
  let at = start.date();
  if (!start.isCertain('hour')) {
    // A day without a time: needed by the end of that (working) day.
    const close = closeOn(at, hours);
    at = new Date(at.getFullYear(), at.getMonth(), at.getDate(), close.hour, close.minute);
  } else if (!start.isCertain('meridiem') && start.get('hour')! >= 1 && start.get('hour')! < 12) {
    at = readInWorkingHours(at, start.get('hour')!, start.isCertain('day') || start.isCertain('weekday'), now, hours);
  }
  return at;
}

/**
 * "at 3": 3 in the morning is rarely what someone means at work. If the hour is outside working
 * hours and twelve hours later is inside, the afternoon is meant. Without a day, it is the next
 * time that hour comes: today if still ahead, else tomorrow.
 */
function readInWorkingHours(at: Date, hour: number, dayGiven: boolean, now: Date, hours: WorkingHours): Date {
  const open = parseWallTime(hours.start) ?? 9 * 60;
  const close = parseWallTime(hours.end) ?? 17 * 60;
  const inside = (h: number) => h * 60 >= open && h * 60 < close;
  const h = !inside(hour) && inside(hour + 12) ? hour + 12 : hour;
  const day = dayGiven ? startOfDay(at) : startOfDay(now);
  let candidate = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, at.getMinutes());
  if (!dayGiven && candidate.getTime() <= now.getTime()) candidate = addDays(candidate, 1);
  return candidate;
}
