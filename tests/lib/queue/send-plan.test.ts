import { describe, expect, test } from 'vitest';
import type { SendWhen } from '@/lib/queue/question';
import { planQuestionSends, type SendInput, type SendPlan } from '@/lib/queue/send-plan';
import type { WorkingHours } from '@/lib/time/business-time';

// Wednesday 2026-12-02 in New York; digest times 11:00 and 16:00.
const ms = (hhmm: string, day = '02') => new Date(`2026-12-${day}T${hhmm}:00-05:00`).getTime();
const HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const q = (id: number, created: string, send: SendWhen = { at: 'block-end' }) => ({ id, createdAt: ms(created), send });
const plan = (now: string, over: Partial<SendInput>): SendPlan =>
  planQuestionSends({ now: new Date(ms(now)), queued: [], focus: { on: false }, endedBlocks: [], digestTimes: ['11:00', '16:00'], hours: HOURS, ...over });
const inFocus = (until: string) => ({ on: true as const, until: new Date(ms(until)) });

describe('planQuestionSends', () => {
  test.each<{ name: string; now: string; input: Partial<SendInput>; expected: SendPlan }>([
    { name: 'nothing queued', now: '10:00', input: {}, expected: { due: [] } },
    { name: 'queued during focus: held until the block ends', now: '10:00', input: { queued: [q(1, '09:30')], focus: inFocus('13:00') }, expected: { due: [], nextAt: new Date(ms('13:00')) } },
    { name: 'the block ended: due, its moment the block end', now: '13:00', input: { queued: [q(1, '09:30')], endedBlocks: [{ start: ms('09:00'), end: ms('13:00') }] }, expected: { due: [{ id: 1, moment: ms('13:00') }] } },
    { name: 'queued outside focus: due at once', now: '14:00', input: { queued: [q(1, '14:00')] }, expected: { due: [{ id: 1, moment: ms('14:00') }] } },
    { name: 'the block ended while the browser was closed: the moment says how late', now: '18:00', input: { queued: [q(1, '09:30')], endedBlocks: [{ start: ms('09:00'), end: ms('13:00') }] }, expected: { due: [{ id: 1, moment: ms('13:00') }] } },
    { name: 'Send now goes even during focus', now: '10:00', input: { queued: [q(1, '09:30', { at: 'now' })], focus: inFocus('13:00') }, expected: { due: [{ id: 1, moment: ms('10:00') }] } },
    { name: 'next digest time: waits for it', now: '10:00', input: { queued: [q(1, '09:30', { at: 'digest-time' })] }, expected: { due: [], nextAt: new Date(ms('11:00')) } },
    { name: 'next digest time: due at it', now: '11:00', input: { queued: [q(1, '09:30', { at: 'digest-time' })] }, expected: { due: [{ id: 1, moment: ms('11:00') }] } },
    { name: 'a digest time inside a block waits for the block end', now: '11:30', input: { queued: [q(1, '09:30', { at: 'digest-time' })], focus: inFocus('12:00') }, expected: { due: [], nextAt: new Date(ms('12:00')) } },
    {
      name: 'a digest time that passed inside a block that ended: the block end is its moment',
      now: '12:30',
      input: { queued: [q(1, '09:30', { at: 'digest-time' })], endedBlocks: [{ start: ms('10:30'), end: ms('12:00') }] },
      expected: { due: [{ id: 1, moment: ms('12:00') }] },
    },
    { name: 'not before a time: waits, then goes', now: '10:00', input: { queued: [q(1, '09:30', { at: 'not-before', time: ms('15:00') })] }, expected: { due: [], nextAt: new Date(ms('15:00')) } },
    { name: 'not before a time that comes during focus: the later of the two', now: '14:00', input: { queued: [q(1, '09:30', { at: 'not-before', time: ms('15:00') })], focus: inFocus('16:30') }, expected: { due: [], nextAt: new Date(ms('16:30')) } },
    {
      name: 'several: the due go, the next is the soonest of the rest',
      now: '11:00',
      input: { queued: [q(1, '10:00'), q(2, '10:00', { at: 'digest-time' }), q(3, '10:00', { at: 'not-before', time: ms('12:00') }), q(4, '10:00', { at: 'not-before', time: ms('15:00') })] },
      expected: { due: [{ id: 1, moment: ms('10:00') }, { id: 2, moment: ms('11:00') }], nextAt: new Date(ms('12:00')) },
    },
  ])('$name', ({ now, input, expected }) => {
    expect(plan(now, input)).toEqual(expected);
  });
});
