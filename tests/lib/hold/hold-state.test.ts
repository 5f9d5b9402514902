import { describe, expect, test } from 'vitest';
import type { FocusState } from '@/lib/focus/focus-state';
import { getHoldState, type HoldState } from '@/lib/hold/hold-state';
import type { WorkingHours } from '@/lib/time/business-time';

// Wednesday 2026-12-02 in New York.
const at = (hhmm: string, day = '02') => new Date(`2026-12-${day}T${hhmm}:00-05:00`);
const WEEK: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const focusUntil = (hhmm: string, day = '02'): FocusState => ({ on: true, until: at(hhmm, day), sessionIds: [7], occurrences: [] });
const off = (next?: Date): FocusState => (next ? { on: false, next } : { on: false });

describe('getHoldState', () => {
  test.each<{ name: string; now: string; focus: FocusState; batching: boolean; day?: string; hold: HoldState }>([
    { name: 'nothing on: not holding', now: '10:00', focus: off(), batching: false, hold: { holding: false } },
    { name: 'focus holds until its end', now: '10:00', focus: focusUntil('13:00'), batching: false, hold: { holding: true, until: at('13:00'), because: 'focus', periodKey: 'focus:7' } },
    { name: 'batching holds in working hours until the close', now: '10:00', focus: off(), batching: true, hold: { holding: true, until: at('17:00'), because: 'batching', periodKey: 'batch:2026-12-02' } },
    { name: 'batching before opening: not yet, it starts at 9', now: '07:30', focus: off(), batching: true, hold: { holding: false, next: at('09:00') } },
    { name: 'batching after the close: not holding, next opening tomorrow', now: '17:00', focus: off(), batching: true, hold: { holding: false, next: at('09:00', '03') } },
    { name: 'batching on Saturday: next opening Monday', now: '12:00', day: '05', focus: off(), batching: true, hold: { holding: false, next: at('09:00', '07') } },
    { name: 'focus in working hours with batching: until the close', now: '10:00', focus: focusUntil('11:00'), batching: true, hold: { holding: true, until: at('17:00'), because: 'focus', periodKey: 'focus:7' } },
    { name: 'focus past the close with batching: until focus ends', now: '16:00', focus: focusUntil('18:30'), batching: true, hold: { holding: true, until: at('18:30'), because: 'focus', periodKey: 'focus:7' } },
    { name: 'early focus running into the working day: one stretch', now: '08:00', focus: focusUntil('09:30'), batching: true, hold: { holding: true, until: at('17:00'), because: 'focus', periodKey: 'focus:7' } },
    { name: 'early focus ending before opening: until it ends', now: '07:00', focus: focusUntil('08:00'), batching: true, hold: { holding: true, until: at('08:00'), because: 'focus', periodKey: 'focus:7' } },
    { name: 'the next focus block is the next hold', now: '10:00', focus: off(at('15:00')), batching: false, hold: { holding: false, next: at('15:00') } },
    { name: 'the earlier of the next block and the next opening', now: '18:00', focus: off(at('20:00')), batching: true, hold: { holding: false, next: at('20:00') } },
  ])('$name', ({ now, day, focus, batching, hold }) => {
    expect(getHoldState(focus, { enabled: batching, hours: WEEK }, at(now, day))).toEqual(hold);
  });

  test('a scheduled block not stored yet names its period by its occurrence', () => {
    const focus: FocusState = { on: true, until: at('13:00'), sessionIds: [], occurrences: [{ key: 'scheduled:1-2', start: 1, end: 2 }] };
    expect(getHoldState(focus, { enabled: false, hours: WEEK }, at('10:00'))).toMatchObject({ periodKey: 'focus:scheduled:1-2' });
  });
});
