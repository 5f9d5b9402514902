import { describe, expect, test } from 'vitest';
import { checkEarlyEnd, countEarlyEndsToday, loosensLockdown, MAX_REASON_CHARS, type LockdownSettings } from '@/lib/focus/lockdown';
import type { FocusSession } from '@/lib/focus/session';

const OFF: LockdownSettings = { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: 2 };
const ON = (maxEarlyEndsPerDay: number | null): LockdownSettings => ({ enabled: true, delaySeconds: 10, maxEarlyEndsPerDay });

describe('checkEarlyEnd', () => {
  test.each<{ name: string; lockdown: LockdownSettings; reason?: string; used: number; result: ReturnType<typeof checkEarlyEnd> }>([
    { name: 'lockdown off, no reason: allowed', lockdown: OFF, used: 0, result: { ok: true, reason: undefined } },
    { name: 'lockdown off, a reason is kept trimmed', lockdown: OFF, reason: '  call with the CEO \n', used: 0, result: { ok: true, reason: 'call with the CEO' } },
    { name: 'lockdown off, a blank reason is dropped', lockdown: OFF, reason: '   ', used: 0, result: { ok: true, reason: undefined } },
    { name: 'lockdown off ignores the daily limit', lockdown: OFF, reason: 'x', used: 9, result: { ok: true, reason: 'x' } },
    {
      name: 'lockdown on, no reason: refused',
      lockdown: ON(2),
      used: 0,
      result: { ok: false, error: 'Lockdown is on: say why you are ending focus early.' },
    },
    {
      name: 'lockdown on, only whitespace: refused',
      lockdown: ON(2),
      reason: ' \t\n ',
      used: 0,
      result: { ok: false, error: 'Lockdown is on: say why you are ending focus early.' },
    },
    { name: 'lockdown on, a reason and allowance left', lockdown: ON(2), reason: ' fire alarm ', used: 1, result: { ok: true, reason: 'fire alarm' } },
    {
      name: 'lockdown on, limit of 2 reached',
      lockdown: ON(2),
      reason: 'fire alarm',
      used: 2,
      result: { ok: false, error: "Lockdown allows 2 early ends a day, and today's are used up." },
    },
    {
      name: 'lockdown on, limit of 1 reached',
      lockdown: ON(1),
      reason: 'fire alarm',
      used: 1,
      result: { ok: false, error: "Lockdown allows 1 early end a day, and today's is used up." },
    },
    {
      name: 'lockdown on, no early ends allowed at all',
      lockdown: ON(0),
      reason: 'fire alarm',
      used: 0,
      result: { ok: false, error: "Lockdown allows 0 early ends a day, and today's are used up." },
    },
    { name: 'lockdown on, unlimited (null)', lockdown: ON(null), reason: 'fire alarm', used: 40, result: { ok: true, reason: 'fire alarm' } },
  ])('$name', ({ lockdown, reason, used, result }) => {
    expect(checkEarlyEnd(lockdown, reason, used)).toEqual(result);
  });

  test(`a reason is cut to ${MAX_REASON_CHARS} characters`, () => {
    const result = checkEarlyEnd(ON(null), 'a'.repeat(MAX_REASON_CHARS + 100), 0);
    expect(result).toEqual({ ok: true, reason: 'a'.repeat(MAX_REASON_CHARS) });
  });
});

describe('countEarlyEndsToday', () => {
  // Monday 2026-11-23, 16:00 in New York (EST). "Today" is the local day, not the UTC one.
  const NOW = new Date('2026-11-23T16:00:00-05:00');
  const ended = (actualEnd: string, endReason: FocusSession['endReason'], start = '2026-11-23T09:00:00-05:00'): FocusSession => ({
    kind: 'manual',
    start: new Date(start).getTime(),
    plannedEnd: new Date(actualEnd).getTime() + 3_600_000,
    status: 'ended',
    actualEnd: new Date(actualEnd).getTime(),
    endReason,
  });

  test.each([
    { name: 'ended early by the user this morning', session: ended('2026-11-23T10:00:00-05:00', 'user'), counted: 1 },
    {
      name: 'started last night, ended early by the user after midnight',
      session: ended('2026-11-23T00:30:00-05:00', 'user', '2026-11-22T23:00:00-05:00'),
      counted: 1,
    },
    { name: 'ended early by the user yesterday at 23:59 (already Monday in UTC)', session: ended('2026-11-22T23:59:00-05:00', 'user'), counted: 0 },
    { name: 'ended on time today', session: ended('2026-11-23T11:00:00-05:00', 'time'), counted: 0 },
    {
      name: 'still running',
      session: { kind: 'manual', start: NOW.getTime() - 60_000, plannedEnd: NOW.getTime() + 60_000, status: 'active' } as FocusSession,
      counted: 0,
    },
  ])('$name counts $counted', ({ session, counted }) => {
    expect(countEarlyEndsToday([session], NOW)).toBe(counted);
  });

  test('adds up every early end of the day and nothing else', () => {
    const sessions = [
      ended('2026-11-23T10:00:00-05:00', 'user'),
      ended('2026-11-23T11:00:00-05:00', 'time'),
      ended('2026-11-23T14:00:00-05:00', 'user'),
      ended('2026-11-22T14:00:00-05:00', 'user'),
    ];
    expect(countEarlyEndsToday(sessions, NOW)).toBe(2);
  });
});

describe('loosensLockdown', () => {
  const on = { enabled: true, delaySeconds: 10, maxEarlyEndsPerDay: 2 };
  test.each([
    ['turning it off', on, { ...on, enabled: false }, true],
    ['a shorter wait', on, { ...on, delaySeconds: 5 }, true],
    ['more early ends', on, { ...on, maxEarlyEndsPerDay: 3 }, true],
    ['no limit any more', on, { ...on, maxEarlyEndsPerDay: null }, true],
    ['a longer wait', on, { ...on, delaySeconds: 30 }, false],
    ['fewer early ends', on, { ...on, maxEarlyEndsPerDay: 1 }, false],
    ['no change', on, on, false],
    ['anything, when it was off', { ...on, enabled: false }, { ...on, enabled: false, delaySeconds: 0 }, false],
    ['a limit where there was none', { ...on, maxEarlyEndsPerDay: null }, on, false],
  ])('%s: %s', (_, current, next, loosens) => {
    expect(loosensLockdown(current, next)).toBe(loosens);
  });
});

describe('countEarlyEndsToday across a merged block', () => {
  test('one End that ended a manual and a scheduled part at once counts once', () => {
    const now = new Date('2026-11-23T11:00:00-05:00');
    const ended = (id: number) => ({ id, kind: 'manual' as const, start: now.getTime() - 3_600_000, plannedEnd: now.getTime() + 3_600_000, status: 'ended' as const, endReason: 'user' as const, actualEnd: now.getTime() });
    expect(countEarlyEndsToday([ended(1), { ...ended(2), kind: 'scheduled' }], now)).toBe(1);
  });
});
