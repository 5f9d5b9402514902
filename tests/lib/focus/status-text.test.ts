import { describe, expect, test } from 'vitest';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatBadgeText, formatFocusStatus } from '@/lib/focus/status-text';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const OFF: FocusState = { on: false };
const focusFor = (minutes: number): FocusState => ({
  on: true,
  until: new Date(NOW.getTime() + minutes * 60_000),
  sessionIds: [1],
});

describe('formatFocusStatus', () => {
  const untilOnePm: FocusState = { on: true, until: new Date('2026-11-23T13:00:00-05:00'), sessionIds: [1] };

  test.each([
    { name: 'en-US, 12-hour clock', state: untilOnePm, locale: 'en-US', text: 'Focus until 1:00 PM' },
    { name: 'de-DE, 24-hour clock', state: untilOnePm, locale: 'de-DE', text: 'Focus until 13:00' },
    { name: 'off', state: OFF, locale: 'en-US', text: 'Not in focus' },
  ])('$name', ({ state, locale, text }) => {
    expect(formatFocusStatus(state, locale)).toBe(text);
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
