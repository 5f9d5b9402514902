import { describe, expect, test } from 'vitest';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatActionTitle, formatBadgeText, formatFocusStatus, formatTimeLeft } from '@/lib/focus/status-text';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const OFF: FocusState = { on: false };
const focusFor = (minutes: number): FocusState => ({
  on: true,
  until: new Date(NOW.getTime() + minutes * 60_000),
  sessionIds: [1],
  occurrences: [],
});

describe('formatFocusStatus', () => {
  const untilOnePm: FocusState = { on: true, until: new Date('2026-11-23T13:00:00-05:00'), sessionIds: [1], occurrences: [] };

  test.each<{ name: string; state: FocusState; locale: string; text: string }>([
    { name: 'en-US, 12-hour clock', state: untilOnePm, locale: 'en-US', text: 'Focus until 1:00 PM' },
    { name: 'de-DE, 24-hour clock', state: untilOnePm, locale: 'de-DE', text: 'Focus until 13:00' },
    { name: 'off', state: OFF, locale: 'en-US', text: 'Not in focus' },
    { name: 'off, next block later today', state: { on: false, next: new Date('2026-11-23T15:00:00-05:00') }, locale: 'en-US', text: 'Next focus 3:00 PM' },
    {
      name: 'off, next block on another day names the weekday',
      state: { on: false, next: new Date('2026-11-24T09:00:00-05:00') },
      locale: 'en-US',
      text: 'Next focus Tue 9:00 AM',
    },
    {
      // Only 14.5 hours ahead, but on the next calendar day: without the weekday it would read as today.
      name: 'off, next block just after midnight tonight is not today',
      state: { on: false, next: new Date('2026-11-24T00:30:00-05:00') },
      locale: 'en-US',
      text: 'Next focus Tue 12:30 AM',
    },
  ])('$name', ({ state, locale, text }) => {
    expect(formatFocusStatus(state, NOW, locale)).toBe(text);
  });
});

describe('formatActionTitle', () => {
  test.each<{ name: string; state: FocusState; text: string }>([
    { name: 'on', state: { on: true, until: new Date('2026-11-23T13:00:00-05:00'), sessionIds: [], occurrences: [] }, text: 'Heads Down — Focus until 1:00 PM' },
    { name: 'off', state: OFF, text: 'Heads Down — not in focus' },
    { name: 'off with a next block', state: { on: false, next: new Date('2026-11-23T15:00:00-05:00') }, text: 'Heads Down — not in focus; next focus 3:00 PM' },
  ])('$name', ({ state, text }) => {
    expect(formatActionTitle(state, NOW, 'en-US')).toBe(text);
  });
});

describe('formatTimeLeft', () => {
  test.each([
    { name: 'half a minute rounds up', minutes: 0.5, text: '1 min left' },
    { name: 'already passed still reads 1 min', minutes: -3, text: '1 min left' },
    { name: '38 minutes', minutes: 38, text: '38 min left' },
    { name: 'a whole hour', minutes: 60, text: '1 h left' },
    { name: '65 minutes pads the minutes', minutes: 65, text: '1 h 05 min left' },
    { name: '12 hours', minutes: 720, text: '12 h left' },
  ])('$name', ({ minutes, text }) => {
    expect(formatTimeLeft(new Date(NOW.getTime() + minutes * 60_000), NOW)).toBe(text);
  });
});

describe('formatBadgeText', () => {
  test.each([
    { name: 'off shows nothing', state: OFF, text: '' },
    { name: 'half a minute left rounds up, never "0m"', state: focusFor(0.5), text: '1m' },
    { name: 'until already passed (stale state) still reads "1m"', state: focusFor(-2), text: '1m' },
    { name: '50 minutes', state: focusFor(50), text: '50m' },
    { name: '59.2 minutes rounds up to a full hour', state: focusFor(59.2), text: '1h' },
    { name: '60 minutes', state: focusFor(60), text: '1h' },
    { name: '90 minutes', state: focusFor(90), text: '1h30' },
    { name: '125 minutes pads the minutes', state: focusFor(125), text: '2h05' },
    { name: '12 hours', state: focusFor(720), text: '12h' },
  ])('$name -> "$text"', ({ state, text }) => {
    expect(formatBadgeText(state, NOW)).toBe(text);
  });

  // A toolbar badge shows about four characters; anything longer is cut off by the browser.
  test.each([
    { name: '9 h 59 min', minutes: 599 },
    { name: '10 h', minutes: 600 },
    { name: '10 h 5 min', minutes: 605 },
    { name: '11 h 30 min', minutes: 690 },
    { name: '11 h 59 min', minutes: 719 },
  ])('fits in 4 characters with $name left', ({ minutes }) => {
    const text = formatBadgeText(focusFor(minutes), NOW);
    expect(text.length, `badge "${text}"`).toBeLessThanOrEqual(4);
  });
});

describe('a question that wants a look', () => {
  // The dot marks a blocking, overdue or stuck question of the user's, without hiding the time.
  test.each([
    { name: 'off, nothing waiting', state: OFF, waiting: 0, text: '•' },
    { name: 'off, 14 waiting', state: OFF, waiting: 14, text: '14•' },
    { name: 'off, 120 waiting', state: OFF, waiting: 120, text: '99+•' },
    { name: 'in focus, 50 minutes', state: focusFor(50), waiting: 0, text: '50m•' },
    { name: 'in focus, 125 minutes drops the minutes to fit', state: focusFor(125), waiting: 0, text: '2h•' },
    { name: 'in focus, 11 h 59 min (whole hours, as without the dot)', state: focusFor(719), waiting: 0, text: '11h•' },
  ])('badge: $name -> "$text"', ({ state, waiting, text }) => {
    const badge = formatBadgeText(state, NOW, waiting, true);
    expect(badge).toBe(text);
    expect(badge.length).toBeLessThanOrEqual(4);
  });

  test.each([
    { name: 'one blocking', questions: { blocking: 1, overdue: 0, attention: 0 }, tail: ' · 1 question blocking you' },
    { name: 'overdue and stuck', questions: { blocking: 0, overdue: 2, attention: 1 }, tail: ' · 2 answers overdue · 1 message needs you' },
    { name: 'none', questions: { blocking: 0, overdue: 0, attention: 0 }, tail: '' },
  ])('tooltip: $name', ({ questions, tail }) => {
    expect(formatActionTitle(OFF, NOW, 'en-US', { questions })).toBe(`Heads Down — not in focus${tail}`);
  });
});
