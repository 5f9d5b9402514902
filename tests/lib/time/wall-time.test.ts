import { describe, expect, test } from 'vitest';
import { atWallTime, formatWallTime, parseWallTime } from '@/lib/time/wall-time';

describe('parseWallTime', () => {
  test.each([
    { name: 'morning', text: '09:00', minutes: 540 },
    { name: 'one hour digit', text: '9:05', minutes: 545 },
    { name: 'midnight at the start of the day', text: '00:00', minutes: 0 },
    { name: 'the last minute', text: '23:59', minutes: 1439 },
    { name: 'midnight at the end of the day', text: '24:00', minutes: 1440 },
    { name: 'spaces around', text: ' 13:30 ', minutes: 810 },
    { name: 'past 24:00', text: '24:01', minutes: undefined },
    { name: 'hour 25', text: '25:00', minutes: undefined },
    { name: 'minute 60', text: '12:60', minutes: undefined },
    { name: 'one minute digit', text: '9:5', minutes: undefined },
    { name: 'no colon', text: '0900', minutes: undefined },
    { name: 'am/pm', text: '9:00 am', minutes: undefined },
    { name: 'empty', text: '', minutes: undefined },
    { name: 'negative', text: '-1:00', minutes: undefined },
  ])('$name: "$text" -> $minutes', ({ text, minutes }) => {
    expect(parseWallTime(text)).toBe(minutes);
  });
});

describe('formatWallTime', () => {
  test.each([
    { minutes: 0, text: '00:00' },
    { minutes: 5, text: '00:05' },
    { minutes: 545, text: '09:05' },
    { minutes: 1439, text: '23:59' },
    { minutes: 1440, text: '24:00' },
  ])('$minutes -> "$text", and back', ({ minutes, text }) => {
    expect(formatWallTime(minutes)).toBe(text);
    expect(parseWallTime(text)).toBe(minutes);
  });
});

// New York: 2026-03-08 springs forward 02:00 EST -> 03:00 EDT; 2026-11-01 falls back 02:00 EDT -> 01:00 EST.
describe('atWallTime', () => {
  test.each([
    { name: '09:00 on an ordinary day, whatever the time of day given', day: '2026-11-23T15:47:12-05:00', time: '09:00', at: '2026-11-23T09:00:00-05:00' },
    { name: '00:00 is the start of the day', day: '2026-11-23T15:47:12-05:00', time: '00:00', at: '2026-11-23T00:00:00-05:00' },
    { name: '24:00 is the next midnight', day: '2026-11-23T15:47:12-05:00', time: '24:00', at: '2026-11-24T00:00:00-05:00' },
    { name: '24:00 at the end of a month', day: '2026-11-30T08:00:00-05:00', time: '24:00', at: '2026-12-01T00:00:00-05:00' },
    { name: '09:00 stays 09:00 after spring forward (EDT)', day: '2026-03-08T00:30:00-05:00', time: '09:00', at: '2026-03-08T09:00:00-04:00' },
    { name: '24:00 on the spring-forward day is the next midnight (23 hours later)', day: '2026-03-08T12:00:00-04:00', time: '24:00', at: '2026-03-09T00:00:00-04:00' },
    { name: '01:59 just before the gap is still EST', day: '2026-03-08T12:00:00-04:00', time: '01:59', at: '2026-03-08T01:59:00-05:00' },
    { name: '02:00 (in the gap) moves to 03:00 EDT', day: '2026-03-08T12:00:00-04:00', time: '02:00', at: '2026-03-08T03:00:00-04:00' },
    { name: '02:30 (in the gap) moves on by the skipped hour to 03:30 EDT', day: '2026-03-08T12:00:00-04:00', time: '02:30', at: '2026-03-08T03:30:00-04:00' },
    { name: '09:00 stays 09:00 after fall back (EST)', day: '2026-11-01T12:00:00-05:00', time: '09:00', at: '2026-11-01T09:00:00-05:00' },
    { name: '01:30 (happens twice on fall back) is the first one, EDT', day: '2026-11-01T12:00:00-05:00', time: '01:30', at: '2026-11-01T01:30:00-04:00' },
  ])('$name', ({ day, time, at }) => {
    expect(atWallTime(new Date(day), parseWallTime(time)!).toISOString()).toBe(new Date(at).toISOString());
  });
});
