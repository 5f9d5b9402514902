import { describe, expect, test } from 'vitest';
import { isReviewDue } from '@/lib/review/review-prompt';

const at = (iso: string) => new Date(iso).getTime();

describe('isReviewDue', () => {
  test.each([
    { name: 'never used', first: undefined, offered: undefined, now: '2026-12-02T09:00:00-05:00', due: false },
    { name: '29 days in', first: '2026-11-03T09:00:00-05:00', offered: undefined, now: '2026-12-02T09:00:00-05:00', due: false },
    { name: '30 days in, never offered', first: '2026-11-02T09:00:00-05:00', offered: undefined, now: '2026-12-02T09:00:00-05:00', due: true },
    // 30 calendar days across the end of DST: 09:00 EDT to 09:00 EST is 30 days and one hour.
    { name: 'across the DST change, on the wall-clock day', first: '2026-10-20T09:00:00-04:00', offered: undefined, now: '2026-11-19T09:00:00-05:00', due: true },
    { name: 'an hour early across DST', first: '2026-10-20T09:00:00-04:00', offered: undefined, now: '2026-11-19T08:30:00-05:00', due: false },
    { name: 'offered 10 days ago', first: '2026-09-01T09:00:00-04:00', offered: '2026-11-22T09:00:00-05:00', now: '2026-12-02T09:00:00-05:00', due: false },
    { name: 'offered a month ago: monthly again', first: '2026-09-01T09:00:00-04:00', offered: '2026-11-01T09:00:00-05:00', now: '2026-12-02T09:00:00-05:00', due: true },
  ])('$name → $due', ({ first, offered, now, due }) => {
    expect(isReviewDue(first ? at(first) : undefined, offered ? at(offered) : undefined, new Date(now))).toBe(due);
  });
});
