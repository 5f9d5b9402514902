import { describe, expect, test } from 'vitest';
import { planRelease, type PendingItem, type ReleaseInput, type ReleasePlan } from '@/lib/digest/release-plan';
import type { WorkingHours } from '@/lib/time/business-time';

// Wednesday 2026-12-02 in New York; working 9–17; digest times 11:00, 13:00 and 16:00.
const at = (hhmm: string, day = '02') => new Date(`2026-12-${day}T${hhmm}:00-05:00`);
const ms = (hhmm: string, day?: string) => at(hhmm, day).getTime();
const HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const item = (id: number, since: string, tierId = 'standard', due?: string, extra: Partial<PendingItem> = {}): PendingItem => ({
  id,
  tierId,
  since: ms(since),
  ...(due ? { dueAt: ms(due) } : {}),
  ...extra,
});
const focus = (until: string) => ({ on: true as const, until: at(until) });
const holding = (until: string) => ({ holding: true as const, until: at(until) });
const OFF = { on: false as const };
const NOT_HOLDING = { holding: false as const };

const plan = (now: string, over: Partial<ReleaseInput>): ReleasePlan =>
  planRelease({
    now: at(now),
    pending: [],
    endedSessionIds: [],
    focus: OFF,
    hold: NOT_HOLDING,
    digestTimes: ['11:00', '13:00', '16:00'],
    marginMinutes: 10,
    hours: HOURS,
    ...over,
  });

describe('planRelease', () => {
  test.each<{ name: string; now: string; input: Partial<ReleaseInput>; expected: ReleasePlan }>([
    { name: 'nothing held in focus: nothing released, nothing planned', now: '10:00', input: { focus: focus('13:00'), hold: holding('13:00') }, expected: {} },
    {
      name: 'a block that held nothing ends: its end is done, with no summary',
      now: '13:00',
      input: { endedSessionIds: [4] },
      expected: { now: { reason: 'block-end', itemIds: [], sessionIds: [4] } },
    },
    {
      name: 'a block ends: everything waiting is released together',
      now: '13:00',
      input: { endedSessionIds: [4], pending: [item(1, '09:30'), item(2, '12:50', 'low', '17:00', { dueAt: ms('17:00', '04') })] },
      expected: { now: { reason: 'block-end', itemIds: [1, 2], sessionIds: [4] } },
    },
    {
      name: 'a part of a merged block ends while focus goes on: no release yet',
      now: '13:00',
      input: { endedSessionIds: [4], focus: focus('15:00'), hold: holding('15:00'), pending: [item(1, '09:30', 'standard', '17:00')] },
      expected: { next: { at: at('15:00'), reason: 'block-end' }, wakeAt: at('15:00') },
    },
    {
      name: 'an Important item held at 9:05 in a 9–13 block is planned for 11:55, not 13:00',
      now: '09:05',
      input: { focus: focus('13:00'), hold: holding('13:00'), pending: [item(1, '09:05', 'important', '12:05'), item(2, '09:01', 'standard', '17:00')] },
      expected: { next: { at: at('11:55'), reason: 'sla', tierId: 'important' }, wakeAt: at('11:55') },
    },
    {
      name: 'at 11:55 it is released early, during focus, with everything else waiting',
      now: '11:55',
      input: { focus: focus('13:00'), hold: holding('13:00'), pending: [item(1, '09:05', 'important', '12:05'), item(2, '09:01', 'standard', '17:00')] },
      expected: { now: { reason: 'sla', itemIds: [1, 2], sessionIds: [] } },
    },
    {
      name: 'an item due sooner than the margin is released at once',
      now: '10:00',
      input: { focus: focus('13:00'), hold: holding('13:00'), pending: [item(1, '10:00', 'urgent', '10:05')] },
      expected: { now: { reason: 'sla', itemIds: [1], sessionIds: [] } },
    },
    {
      name: 'batching: before a digest time, the digest time is next',
      now: '10:59',
      input: { hold: holding('17:00'), pending: [item(1, '10:30', 'standard', '17:00')] },
      expected: { next: { at: at('11:00'), reason: 'digest-time' }, wakeAt: at('11:00') },
    },
    {
      name: 'batching: at a digest time, what arrived before it is released',
      now: '11:00',
      input: { hold: holding('17:00'), pending: [item(1, '10:30', 'standard', '17:00')] },
      expected: { now: { reason: 'digest-time', itemIds: [1], sessionIds: [] } },
    },
    {
      name: 'batching: what arrived after the last digest time waits for the next',
      now: '11:30',
      input: { hold: holding('17:00'), pending: [item(1, '11:10', 'standard', '17:00')] },
      expected: { next: { at: at('13:00'), reason: 'digest-time' }, wakeAt: at('13:00') },
    },
    {
      name: 'a digest time inside a block is that block’s end',
      now: '11:30',
      input: { focus: focus('12:00'), hold: holding('12:00'), pending: [item(1, '10:30', 'standard', '17:00')] },
      expected: { next: { at: at('12:00'), reason: 'block-end' }, wakeAt: at('12:00') },
    },
    {
      name: 'asleep across three digest times: one release on wake',
      now: '16:30',
      input: { hold: holding('17:00'), pending: [item(1, '10:30', 'standard', '17:00'), item(2, '11:30', 'standard', '17:00'), item(3, '12:30', 'low', '17:00')] },
      expected: { now: { reason: 'digest-time', itemIds: [1, 2, 3], sessionIds: [] } },
    },
    {
      name: 'asleep past the end of batching: one release on wake',
      now: '18:00',
      input: { pending: [item(1, '13:30', 'low', '18:00', { dueAt: ms('17:00', '04') }), item(2, '16:30', 'low', '17:00', { dueAt: ms('17:00', '04') })] },
      expected: { now: { reason: 'digest-time', itemIds: [1, 2], sessionIds: [] } },
    },
    {
      name: 'holding stopped with items still waiting: they are released',
      now: '17:00',
      input: { pending: [item(1, '16:30', 'low', undefined, { dueAt: ms('17:00', '04') })] },
      expected: { now: { reason: 'hold-end', itemIds: [1], sessionIds: [] } },
    },
    {
      name: 'a snoozed item waits; the release alarm wakes when its snooze ends',
      now: '12:00',
      input: { pending: [item(1, '10:00', 'standard', '17:00', { snoozedUntil: ms('14:00') })] },
      expected: { wakeAt: at('14:00') },
    },
    {
      name: 'a snooze that ended outside holding: released',
      now: '14:00',
      input: { pending: [item(1, '14:00', 'standard', '17:00', { snoozedUntil: ms('14:00') })] },
      expected: { now: { reason: 'hold-end', itemIds: [1], sessionIds: [] } },
    },
    {
      name: 'a release leaves snoozed items out, and wakes for them',
      now: '13:00',
      input: { endedSessionIds: [4], pending: [item(1, '10:00'), item(2, '10:00', 'standard', '17:00', { snoozedUntil: ms('15:00') })] },
      expected: { now: { reason: 'block-end', itemIds: [1], sessionIds: [4] }, wakeAt: at('15:00') },
    },
    {
      name: 'items held before tiers (no due time) wait for the block end',
      now: '10:00',
      input: { focus: focus('13:00'), hold: holding('13:00'), pending: [item(1, '09:30')] },
      expected: { next: { at: at('13:00'), reason: 'block-end' }, wakeAt: at('13:00') },
    },
  ])('$name', ({ now, input, expected }) => {
    expect(plan(now, input)).toEqual(expected);
  });
});
