import { describe, expect, test } from 'vitest';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { prunable, retentionCutoffs } from '@/lib/data/retention';
import type { FocusSession } from '@/lib/focus/session';
import type { QueuedQuestion } from '@/lib/queue/question';


const DAY = 86_400_000;

describe('retentionCutoffs', () => {
  test.each([
    { name: 'an ordinary day', zone: 'America/New_York', now: '2026-11-23T12:00:00-05:00', handled: '2026-10-24T12:00:00-04:00' },
    // 30 calendar days back across the end of summer time: 12:00 stays 12:00 on the wall.
    { name: 'across the autumn DST change (New York)', zone: 'America/New_York', now: '2026-11-10T12:00:00-05:00', handled: '2026-10-11T12:00:00-04:00' },
    { name: 'across the spring DST change (Berlin)', zone: 'Europe/Berlin', now: '2026-04-15T09:00:00+02:00', handled: '2026-03-16T09:00:00+01:00' },
    { name: 'just after midnight (Tokyo)', zone: 'Asia/Tokyo', now: '2026-03-01T00:05:00+09:00', handled: '2026-01-30T00:05:00+09:00' },
  ])('$name', ({ zone, now, handled }) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      const c = retentionCutoffs({ handledDays: 30, historyDays: 365 }, new Date(now));
      expect(new Date(c.handledBefore).toISOString()).toBe(new Date(handled).toISOString());
      expect(c.historyBefore).toBeLessThan(c.handledBefore);
    } finally {
      process.env.TZ = before;
    }
  });
});

const C = { handledBefore: 100 * DAY, historyBefore: 10 * DAY };
const held = (over: Partial<HeldNotification>) => ({ status: 'handled', createdAt: 50 * DAY, ...over }) as HeldNotification;
const session = (over: Partial<FocusSession>): FocusSession => ({ kind: 'manual', start: 0, plannedEnd: DAY, status: 'ended', actualEnd: DAY, ...over });
const question = (over: Partial<QueuedQuestion>) => ({ status: 'answered', createdAt: DAY, answeredAt: 2 * DAY, ...over }) as QueuedQuestion;

describe('what retention may delete', () => {
  test.each([
    { name: 'handled long ago', row: held({ handledAt: 60 * DAY }), gone: true },
    { name: 'handled recently, though it arrived long ago', row: held({ createdAt: 50 * DAY, handledAt: 100 * DAY }), gone: false },
    { name: 'handled, no handled time: its arrival counts', row: held({}), gone: true },
    { name: 'still held, however old', row: held({ status: 'held', createdAt: 0 }), gone: false },
    { name: 'a breakthrough inside the history', row: held({ status: 'broke-through', createdAt: 50 * DAY }), gone: false },
    { name: 'a breakthrough older than the history', row: held({ status: 'broke-through', createdAt: 5 * DAY }), gone: true },
  ])('notification: $name → $gone', ({ row, gone }) => expect(prunable.held(row, C)).toBe(gone));

  test.each([
    { name: 'ended before the history', s: session({}), gone: true },
    { name: 'still running', s: session({ status: 'active', actualEnd: undefined }), gone: false },
    { name: 'its summary not shown yet', s: session({ digestPending: 1 }), gone: false },
    { name: 'ended inside the history', s: session({ actualEnd: 20 * DAY }), gone: false },
  ])('block: $name → $gone', ({ s, gone }) => expect(prunable.session(s, C)).toBe(gone));

  test.each([
    { name: 'answered before the history', q: question({}), gone: true },
    { name: 'dropped before the history', q: question({ status: 'dropped', answeredAt: undefined }), gone: true },
    { name: 'queued, however old', q: question({ status: 'queued', answeredAt: undefined }), gone: false },
    { name: 'sent and waiting for an answer', q: question({ status: 'sent', answeredAt: undefined, sentAt: DAY }), gone: false },
    { name: 'in the outbox', q: question({ status: 'outbox', answeredAt: undefined }), gone: false },
    { name: 'answered inside the history', q: question({ answeredAt: 20 * DAY }), gone: false },
  ])('question: $name → $gone', ({ q, gone }) => expect(prunable.question(q, C)).toBe(gone));
});
