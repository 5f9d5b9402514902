import { describe, expect, test } from 'vitest';
import { isFlagHolding, readFlagState, toFocusFlag } from '@/lib/messaging/focus-flag';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const later = (minutes: number) => NOW.getTime() + minutes * 60_000;

describe('the published focus flag', () => {
  test.each([
    { name: 'never published', flag: undefined, holding: false },
    { name: 'off', flag: { until: null }, holding: false },
    { name: 'on until later', flag: { until: later(30) }, holding: true },
    { name: 'its end has passed (the worker missed it): off, so pages fail open', flag: { until: later(-1) }, holding: false },
    { name: 'exactly at its end', flag: { until: NOW.getTime() }, holding: false },
  ])('$name: holding is $holding', ({ flag, holding }) => {
    expect(isFlagHolding(flag, NOW.getTime())).toBe(holding);
  });

  test.each([
    { name: 'on', flag: { until: later(30) }, state: { on: true, until: new Date(later(30)), sessionIds: [], occurrences: [] } },
    { name: 'off with a next block', flag: { until: null, next: later(60) }, state: { on: false, next: new Date(later(60)) } },
    { name: 'a "next" already past is not shown', flag: { until: null, next: later(-5) }, state: { on: false } },
    { name: 'a stale "on" reads as off', flag: { until: later(-1), next: null }, state: { on: false } },
  ])('the popup reads $name', ({ flag, state }) => {
    expect(readFlagState(flag, NOW)).toEqual(state);
  });

  test('the background publishes what the popup reads back', () => {
    const on = { on: true as const, until: new Date(later(25)), sessionIds: [1], occurrences: [] };
    expect(toFocusFlag(on, true)).toEqual({ until: later(25), next: null, hideCounts: true });
    expect(readFlagState(toFocusFlag(on), NOW)).toEqual({ ...on, sessionIds: [] });
    expect(readFlagState(toFocusFlag({ on: false, next: new Date(later(90)) }), NOW)).toEqual({ on: false, next: new Date(later(90)) });
  });
});
