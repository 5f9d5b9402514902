import { describe, expect, test } from 'vitest';
import type { HeldNotification } from '@/lib/capture/held-notification';
import type { FocusSession } from '@/lib/focus/session';
import type { QueuedQuestion } from '@/lib/queue/question';
import { reviewStats, weekOf, type ReviewRows, type ReviewStats } from '@/lib/review/week-stats';
import { suggest } from '@/lib/review/suggestions';
import { defaultSettings } from '@/lib/settings/settings';

// The unit project runs in New York: DST ends Sun 2026-11-01, begins Sun 2026-03-08.
const at = (iso: string) => new Date(iso).getTime();
const empty: ReviewRows = { sessions: [], held: [], digests: [], questions: [] };
const block = (start: string, plannedEnd: string, over: Partial<FocusSession> = {}): FocusSession => ({
  kind: 'manual', start: at(start), plannedEnd: at(plannedEnd), status: 'ended', actualEnd: at(plannedEnd), endReason: 'time', ...over,
});
const held = (over: Partial<HeldNotification>) =>
  ({ status: 'handled', createdAt: at('2026-11-24T10:00:00-05:00'), app: 'Slack', origin: 'https://app.slack.com', tierId: 'standard', why: 'standard by default', title: 't', body: '', sessionId: 1, periodKey: 'p', ...over }) as HeldNotification;

describe('weekOf', () => {
  test.each([
    { name: 'a Wednesday', at: '2026-11-25T15:00:00-05:00', from: '2026-11-23T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' },
    { name: 'the week DST ends: 7 days, 169 hours', at: '2026-10-29T12:00:00-04:00', from: '2026-10-26T00:00:00-04:00', to: '2026-11-02T00:00:00-05:00' },
    { name: 'a Sunday belongs to the week before', at: '2026-11-29T23:59:00-05:00', from: '2026-11-23T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' },
    { name: 'just after midnight on Monday', at: '2026-11-30T00:00:01-05:00', from: '2026-11-30T00:00:00-05:00', to: '2026-12-07T00:00:00-05:00' },
  ])('$name', ({ at: when, from, to }) => {
    const w = weekOf(new Date(when));
    expect([w.from.getTime(), w.to.getTime()]).toEqual([at(from), at(to)]);
  });
});

describe('reviewStats', () => {
  const now = new Date('2026-11-30T12:00:00-05:00');
  const week = weekOf(new Date('2026-11-25T12:00:00-05:00'));

  test('an empty week: seven days of nothing', () => {
    const s = reviewStats(empty, week.from, week.to, now);
    expect(s.days).toHaveLength(7);
    expect(s.days.every((d) => d.plannedMinutes === 0 && d.protectedMinutes === 0)).toBe(true);
    expect(s.questions).toEqual({ queued: 0, sent: 0, answered: 0, answeredInTime: 0, overdue: 0 });
  });

  test('a block across midnight counts on both days; one ended early counts its reason and only its protected part', () => {
    const rows = {
      ...empty,
      sessions: [
        block('2026-11-24T23:00:00-05:00', '2026-11-25T01:00:00-05:00'),
        block('2026-11-26T09:00:00-05:00', '2026-11-26T11:00:00-05:00', { endReason: 'user', actualEnd: at('2026-11-26T09:30:00-05:00'), endNote: 'meeting' }),
      ],
    };
    const s = reviewStats(rows, week.from, week.to, now);
    expect(s.days.map((d) => [d.plannedMinutes, d.protectedMinutes])).toEqual([[0, 0], [60, 60], [60, 60], [120, 30], [0, 0], [0, 0], [0, 0]]);
    expect(s.endedEarly).toEqual({ count: 1, reasons: { meeting: 1 } });
  });

  test('a block still running is protected up to now, planned in full', () => {
    const running = reviewStats({ ...empty, sessions: [block('2026-11-30T11:00:00-05:00', '2026-11-30T13:00:00-05:00', { status: 'active', actualEnd: undefined, endReason: undefined })] }, ...Object.values(weekOf(now)) as [Date, Date], now);
    expect(running.days[0]).toMatchObject({ plannedMinutes: 120, protectedMinutes: 60 });
  });

  test('the week DST ends: the Sunday has 25 hours, and a block over the change counts real minutes', () => {
    const dst = weekOf(new Date('2026-10-29T12:00:00-04:00'));
    const s = reviewStats({ ...empty, sessions: [block('2026-11-01T00:30:00-04:00', '2026-11-01T02:30:00-05:00')] }, dst.from, dst.to, now);
    expect(s.days[6]).toMatchObject({ plannedMinutes: 180, protectedMinutes: 180 });
  });

  test('held, broken through, SLA kept, digests and questions, each counted in its own week only', () => {
    const rows: ReviewRows = {
      sessions: [],
      held: [
        held({ tierId: 'important', dueAt: at('2026-11-24T13:00:00-05:00'), handledAt: at('2026-11-24T12:00:00-05:00') }),
        held({ tierId: 'important', dueAt: at('2026-11-24T13:00:00-05:00'), handledAt: at('2026-11-24T14:00:00-05:00') }),
        held({ status: 'held', app: 'Gmail', burst: 5 }),
        held({ status: 'broke-through', why: 'keyword “outage”', conversation: '#alerts' }),
        held({ createdAt: at('2026-11-20T10:00:00-05:00') }),
      ],
      digests: [
        { id: 'a', at: at('2026-11-24T13:00:00-05:00'), reason: 'block-end', itemIds: [], count: 1, summary: {} as never },
        { id: 'b', at: at('2026-11-24T11:00:00-05:00'), reason: 'sla', itemIds: [], count: 1, summary: {} as never },
      ],
      questions: [
        { createdAt: at('2026-11-24T09:00:00-05:00'), sentAt: at('2026-11-24T13:00:00-05:00'), answeredAt: at('2026-11-24T15:00:00-05:00'), neededBy: at('2026-11-24T17:00:00-05:00'), status: 'answered' },
        { createdAt: at('2026-11-24T09:00:00-05:00'), sentAt: at('2026-11-24T13:00:00-05:00'), neededBy: at('2026-11-25T17:00:00-05:00'), status: 'sent' },
      ] as QueuedQuestion[],
    };
    const s = reviewStats(rows, week.from, week.to, now);
    expect(s.heldByApp).toEqual({ Slack: 2, Gmail: 5 });
    expect(s.heldByTier).toEqual({ important: 2, standard: 5 });
    expect(s.brokeThroughByWhy).toEqual({ 'keyword “outage”': 1 });
    expect(s.slaKept).toEqual({ important: { handled: 2, inTime: 1 } });
    expect(s.digestsByReason).toEqual({ 'block-end': 1, sla: 1 });
    expect(s.questions).toEqual({ queued: 2, sent: 2, answered: 1, answeredInTime: 1, overdue: 1 });
  });
});

describe('suggest', () => {
  const current = { tiers: defaultSettings().tiers, rules: defaultSettings().rules };
  const base = reviewStats(empty, new Date(0), new Date(1), new Date(1));
  test.each<{ name: string; stats: ReviewStats; texts: string[] }>([
    {
      name: 'Urgent broke through 14 times, 11 from #alerts',
      stats: { ...base, brokeThroughByWhy: { 'keyword “outage”': 14 }, brokeThroughByConversation: { '#alerts': 11, '#ops': 3 } },
      texts: ['Urgent broke through 14 times, 11 of them from #alerts — make #alerts Important?'],
    },
    { name: 'too few breakthroughs to say', stats: { ...base, brokeThroughByWhy: { k: 4 }, brokeThroughByConversation: { '#alerts': 4 } }, texts: [] },
    {
      name: '6 of 20 blocks ended early, most for meetings',
      stats: { ...base, blocks: 20, endedEarly: { count: 6, reasons: { meeting: 4, lunch: 2 } } },
      texts: ['6 of 20 blocks ended early, most with “meeting” — add a meeting-free day?'],
    },
    { name: '2 of 20 ended early: fine', stats: { ...base, blocks: 20, endedEarly: { count: 2, reasons: { meeting: 2 } } }, texts: [] },
    {
      name: 'Low waited 31 hours, never late',
      stats: { ...base, slaKept: { low: { handled: 8, inTime: 8 } }, averageWaitHours: { low: 31 } },
      texts: ['Low items waited 31 hours on average and none were late — hold Low until the end of the day?'],
    },
    { name: 'Low late once: no', stats: { ...base, slaKept: { low: { handled: 8, inTime: 7 } }, averageWaitHours: { low: 31 } }, texts: [] },
  ])('$name', ({ stats, texts }) => {
    expect(suggest(stats, current).map((s) => s.text)).toEqual(texts);
  });

  test('applying the #alerts suggestion puts a conversation rule first, to Important', () => {
    const [s] = suggest({ ...base, brokeThroughByWhy: { k: 10 }, brokeThroughByConversation: { '#alerts': 10 } }, current);
    expect(s?.apply?.section).toBe('rules');
    expect((s?.apply?.value as typeof current.rules).rules[0]).toMatchObject({ kind: 'conversation', values: ['#alerts'], tierId: 'important' });
  });
});
