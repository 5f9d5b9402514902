import { zoneSignature } from './zone-signature';

/**
 * One Intl.DateTimeFormat per locale, options and time zone, made once and reused. Making one
 * costs far more than formatting with it (about a millisecond against microseconds), and the
 * digest formats two or three times for each row it renders.
 *
 * A formatter keeps the time zone it was made in, so the key carries the zone's offsets at four
 * moments of a year (cheap to read): a page or worker that outlives a change of the system's zone
 * gets a new formatter instead of showing times in the old zone.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function getDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}\u0000${options.timeZone ? '' : zoneSignature()}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
