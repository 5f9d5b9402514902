import { describe, expect, test } from 'vitest';
import { ALARM, diffAlarms, planAlarms, type AlarmPlan } from '@/lib/alarms/alarm-plan';

const T = 1_800_000_000_000;

describe('planAlarms', () => {
  test('focus on, batching off, a release ahead', () => {
    const plan = planAlarms({
      focus: { on: true, until: new Date(T + 3_600_000), sessionIds: [1], occurrences: [] },
      hold: { holding: true, until: new Date(T + 3_600_000), because: 'focus', periodKey: 'focus:1' },
      releaseAt: new Date(T + 600_000),
    });
    expect(plan).toEqual({
      [ALARM.focusEnd]: { when: T + 3_600_000 },
      [ALARM.focusStart]: null,
      [ALARM.holdChange]: null,
      [ALARM.release]: { when: T + 600_000 },
      [ALARM.outbox]: null,
      [ALARM.badgeTick]: { periodInMinutes: 1 },
      [ALARM.resync]: { periodInMinutes: 5 },
      [ALARM.prune]: { periodInMinutes: 720 },
    });
  });

  test('off, a block ahead, batching holding: no badge tick, the hold change at its end', () => {
    const plan = planAlarms({
      focus: { on: false, next: new Date(T + 7_200_000) },
      hold: { holding: true, until: new Date(T + 3_600_000), because: 'batching', periodKey: 'batch:x' },
    });
    expect(plan).toMatchObject({
      [ALARM.focusEnd]: null,
      [ALARM.focusStart]: { when: T + 7_200_000 },
      [ALARM.holdChange]: { when: T + 3_600_000 },
      [ALARM.release]: null,
      [ALARM.badgeTick]: null,
    });
  });

  test('not holding, batching starts later: the hold change is when it starts', () => {
    expect(planAlarms({ focus: { on: false }, hold: { holding: false, next: new Date(T + 60_000) } })[ALARM.holdChange]).toEqual({ when: T + 60_000 });
  });
});

describe('diffAlarms', () => {
  const plan = (over: Partial<AlarmPlan>): AlarmPlan => ({
    [ALARM.focusEnd]: null,
    [ALARM.focusStart]: null,
    [ALARM.holdChange]: null,
    [ALARM.release]: null,
    [ALARM.outbox]: null,
    [ALARM.badgeTick]: null,
    [ALARM.resync]: { periodInMinutes: 5 },
    [ALARM.prune]: null,
    ...over,
  });
  test.each([
    { name: 'nothing exists: create what is planned', existing: [], plan: plan({ [ALARM.release]: { when: T } }), create: [[ALARM.release, { when: T }], [ALARM.resync, { periodInMinutes: 5 }]], clear: [] },
    { name: 'all in place: nothing to do', existing: [{ name: ALARM.resync, scheduledTime: T + 9, periodInMinutes: 5 }, { name: ALARM.release, scheduledTime: T }], plan: plan({ [ALARM.release]: { when: T } }), create: [], clear: [] },
    { name: 'a periodic alarm in place is not pushed back', existing: [{ name: ALARM.resync, scheduledTime: T + 9, periodInMinutes: 5 }], plan: plan({}), create: [], clear: [] },
    { name: 'a one-off at another time is moved', existing: [{ name: ALARM.resync, scheduledTime: 0, periodInMinutes: 5 }, { name: ALARM.release, scheduledTime: T }], plan: plan({ [ALARM.release]: { when: T + 1 } }), create: [[ALARM.release, { when: T + 1 }]], clear: [] },
    { name: 'one no longer planned is cleared', existing: [{ name: ALARM.resync, scheduledTime: 0, periodInMinutes: 5 }, { name: ALARM.badgeTick, scheduledTime: 0, periodInMinutes: 1 }], plan: plan({}), create: [], clear: [ALARM.badgeTick] },
    { name: 'an alarm of an earlier version is cleared', existing: [{ name: ALARM.resync, scheduledTime: 0, periodInMinutes: 5 }, { name: 'old-alarm', scheduledTime: 0 }], plan: plan({}), create: [], clear: ['old-alarm'] },
  ])('$name', ({ existing, plan: p, create, clear }) => {
    expect(diffAlarms(existing, p)).toEqual({ create, clear });
  });
});
