import { describe, expect, test } from 'vitest';
import { holdUntilOf, isFlagFocusOn, isFlagHolding, readFlagState, toFocusFlag } from '@/lib/messaging/focus-flag';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const later = (minutes: number) => NOW.getTime() + minutes * 60_000;

describe('the published flag', () => {
  test.each([
    { name: 'never published', flag: undefined, holding: false, focus: false },
    { name: 'off', flag: { until: null, holdUntil: null }, holding: false, focus: false },
    { name: 'focus on until later', flag: { until: later(30), holdUntil: later(30) }, holding: true, focus: true },
    { name: 'batching without focus', flag: { until: null, holdUntil: later(90) }, holding: true, focus: false },
    { name: 'a flag of an earlier version (focus only)', flag: { until: later(30) }, holding: true, focus: true },
    { name: 'its end has passed (the worker missed it): off, so pages fail open', flag: { until: later(-1), holdUntil: later(-1) }, holding: false, focus: false },
    { name: 'exactly at its end', flag: { until: NOW.getTime(), holdUntil: NOW.getTime() }, holding: false, focus: false },
  ])('$name: holding $holding, focus $focus', ({ flag, holding, focus }) => {
    expect(isFlagHolding(flag, NOW.getTime())).toBe(holding);
    expect(isFlagFocusOn(flag, NOW.getTime())).toBe(focus);
    expect(holdUntilOf(flag, NOW.getTime()) !== null).toBe(holding);
  });

  test.each([
    { name: 'on', flag: { until: later(30) }, state: { on: true, until: new Date(later(30)), sessionIds: [], occurrences: [] } },
    { name: 'off with a next block', flag: { until: null, next: later(60) }, state: { on: false, next: new Date(later(60)) } },
    { name: 'a "next" already past is not shown', flag: { until: null, next: later(-5) }, state: { on: false } },
    { name: 'a stale "on" reads as off', flag: { until: later(-1), next: null }, state: { on: false } },
    { name: 'batching is not focus', flag: { until: null, holdUntil: later(60) }, state: { on: false } },
  ])('the popup reads $name', ({ flag, state }) => {
    expect(readFlagState(flag, NOW)).toEqual(state);
  });

  test('the background publishes what the popup and the bridge read back', () => {
    const focus = { on: true as const, until: new Date(later(25)), sessionIds: [1], occurrences: [] };
    const hold = { holding: true as const, until: new Date(later(90)), because: 'focus' as const, periodKey: 'focus:1' };
    const nextCheck = { at: later(10), reason: 'sla' as const, label: '1 Important' };
    const flag = toFocusFlag({ focus, hold, hideCounts: true, nextCheck, waiting: 2 });
    expect(flag).toEqual({ until: later(25), next: null, holdUntil: later(90), holdBecause: 'focus', hideCounts: true, nextCheck, waiting: 2 });
    expect(readFlagState(flag, NOW)).toEqual({ ...focus, sessionIds: [] });
    expect(holdUntilOf(flag, NOW.getTime())).toBe(later(90));
    const off = toFocusFlag({ focus: { on: false, next: new Date(later(90)) }, hold: { holding: false } });
    expect(off).toMatchObject({ until: null, next: later(90), holdUntil: null, nextCheck: null, waiting: 0 });
    expect(readFlagState(off, NOW)).toEqual({ on: false, next: new Date(later(90)) });
  });
});
