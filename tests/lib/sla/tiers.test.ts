import { describe, expect, test } from 'vitest';
import { decideBreakthrough } from '@/lib/sla/breakthrough';
import { DEFAULT_TIER_SETTINGS, findTier, formatResponseTime, getDueAt, tierRank, type ResponseTime } from '@/lib/sla/tiers';
import type { WorkingHours } from '@/lib/time/business-time';

const WEEK: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

describe('getDueAt', () => {
  // 2026-12-04 is a Friday.
  test.each<{ response: ResponseTime; from: string; due: string }>([
    { response: { unit: 'minutes', amount: 30 }, from: '2026-12-04T10:00-05:00', due: '2026-12-04T10:30-05:00' },
    { response: { unit: 'minutes', amount: 30 }, from: '2026-12-04T16:50-05:00', due: '2026-12-07T09:20-05:00' },
    { response: { unit: 'hours', amount: 3 }, from: '2026-12-04T16:30-05:00', due: '2026-12-07T11:30-05:00' },
    { response: { unit: 'endOfDay' }, from: '2026-12-04T10:00-05:00', due: '2026-12-04T17:00-05:00' },
    { response: { unit: 'endOfDay' }, from: '2026-12-04T18:00-05:00', due: '2026-12-07T17:00-05:00' },
    { response: { unit: 'businessDays', amount: 2 }, from: '2026-12-04T10:00-05:00', due: '2026-12-08T17:00-05:00' },
  ])('$response.unit $response.amount from $from', ({ response, from, due }) => {
    expect(getDueAt(response, new Date(from), WEEK).toISOString()).toBe(new Date(due).toISOString());
  });
});

describe('tiers', () => {
  test('defaults: Urgent 30 min breaks through; Important 3 h; Standard end of day; Low 2 business days', () => {
    expect(DEFAULT_TIER_SETTINGS.tiers.map((t) => [t.name, formatResponseTime(t.response), t.breaksThrough])).toEqual([
      ['Urgent', '30 min', true],
      ['Important', '3 h', false],
      ['Standard', 'end of business day', false],
      ['Low', '2 business days', false],
    ]);
  });

  test.each([
    ['urgent', 'Urgent', 0],
    ['low', 'Low', 3],
    ['removed', 'Standard', 2],
    [undefined, 'Standard', 2],
  ])('findTier / tierRank of %s', (id, name, rank) => {
    expect(findTier(DEFAULT_TIER_SETTINGS, id).name).toBe(name);
    expect(tierRank(DEFAULT_TIER_SETTINGS, id)).toBe(rank);
  });
});

describe('decideBreakthrough', () => {
  test.each<[boolean, number, number, string]>([
    [false, 0, 5, 'hold'],
    [true, 0, 5, 'break-through'],
    [true, 4, 5, 'break-through'],
    [true, 5, 5, 'hold-over-limit'],
    [true, 9, 5, 'hold-over-limit'],
    [true, 0, 0, 'hold-over-limit'],
  ])('breaksThrough %s, %i so far, cap %i → %s', (breaksThrough, soFar, cap, expected) => {
    expect(decideBreakthrough({ breaksThrough }, soFar, cap)).toBe(expected);
  });
});
