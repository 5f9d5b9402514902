import { describe, expect, test } from 'vitest';
import { DEFAULT_STATUS_TEMPLATE } from '@/lib/focus/status-message';
import { DEFAULT_SETTINGS, readSettings, readStoredSettings, SETTINGS_VERSION, validateSettings, type Settings } from '@/lib/settings/schema';

/** The defaults with one part changed: a fresh copy every time. */
function withChange(change: (s: Settings) => void): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  change(settings);
  return settings;
}

describe('readSettings', () => {
  test.each([
    { name: 'nothing stored', raw: undefined, unreadable: false },
    { name: 'null', raw: null, unreadable: false },
    { name: 'a string', raw: 'garbage', unreadable: true },
    { name: 'a number', raw: 42, unreadable: true },
    { name: 'an array', raw: [1, 2], unreadable: true },
    { name: 'an empty object', raw: {}, unreadable: true },
    { name: 'no version', raw: { focus: { defaultMinutes: 30 } }, unreadable: true },
    { name: 'version 0', raw: { version: 0, focus: { defaultMinutes: 30 } }, unreadable: true },
    { name: 'a version as text', raw: { version: '1', focus: { defaultMinutes: 30 } }, unreadable: true },
    { name: 'an unknown future version', raw: { ...structuredClone(DEFAULT_SETTINGS), version: SETTINGS_VERSION + 1 }, unreadable: true },
    { name: 'an out-of-range duration in v1', raw: { version: 1, focus: { defaultMinutes: 0 } }, unreadable: true },
    { name: 'a current-version object with a part missing', raw: { ...structuredClone(DEFAULT_SETTINGS), lockdown: undefined }, unreadable: true },
  ])('falls back to the defaults for $name (unreadable: $unreadable)', ({ raw, unreadable }) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    // Nothing stored is a first run; anything else that fails is the user's, and they are told.
    expect(readStoredSettings(raw).unreadable).toBe(unreadable);
  });

  test('keeps valid current-version settings', () => {
    const stored = withChange((s) => {
      s.focus.defaultMinutes = 45;
      s.lockdown = { enabled: true, delaySeconds: 0, maxEarlyEndsPerDay: 0 };
    });
    expect(readSettings(structuredClone(stored))).toEqual(stored);
    expect(readStoredSettings(structuredClone(stored)).unreadable).toBe(false);
  });

  test('the fallback is a copy: changing it leaves DEFAULT_SETTINGS alone', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    const settings = readSettings('garbage');
    expect(settings).not.toBe(DEFAULT_SETTINGS);
    settings.focus.defaultMinutes = 5;
    settings.schedule.weekly[1]!.push({ start: '18:00', end: '19:00' });
    settings.businessHours.days.push(6);
    settings.status.template = 'changed';
    expect(DEFAULT_SETTINGS).toEqual(before);
    expect(readSettings(undefined)).toEqual(before);
  });
});

describe('validateSettings', () => {
  test('the defaults are valid', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  test('the default status template says until when', () => {
    expect(DEFAULT_SETTINGS.status.template).toBe(DEFAULT_STATUS_TEMPLATE);
    expect(DEFAULT_STATUS_TEMPLATE).toContain('{until}');
  });

  test.each([
    { name: 'zero', minutes: 0, message: 'At least 1 minute.' },
    { name: 'a fraction', minutes: 1.5, message: 'Use whole minutes.' },
    { name: 'over 12 hours', minutes: 721, message: 'At most 720 minutes.' },
    { name: 'NaN', minutes: Number.NaN, message: 'Enter a number of minutes.' },
    { name: 'a numeric string', minutes: '50', message: 'Enter a number of minutes.' },
  ])('flags focus.defaultMinutes for $name: "$message"', ({ minutes, message }) => {
    const candidate = withChange((s) => {
      (s.focus as { defaultMinutes: unknown }).defaultMinutes = minutes;
    });
    expect(validateSettings(candidate)).toEqual({ ok: false, errors: { 'focus.defaultMinutes': message } });
  });

  test.each([
    { name: 'the 1-minute minimum', minutes: 1 },
    { name: 'the 12-hour maximum', minutes: 720 },
  ])('accepts $name', ({ minutes }) => {
    const candidate = withChange((s) => {
      s.focus.defaultMinutes = minutes;
    });
    expect(validateSettings(candidate)).toEqual({ ok: true, settings: candidate });
  });

  test.each<{ name: string; change: (s: Settings) => void; errors: Record<string, unknown> }>([
    {
      name: 'a Monday block overlapping the one before it',
      change: (s) => {
        s.schedule.weekly[1] = [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '14:00' },
        ];
      },
      errors: { 'schedule.weekly.1.1.start': 'This block overlaps block 1 on the same day.' },
    },
    {
      name: 'a weekly block time that is not a time',
      change: (s) => {
        s.schedule.weekly[2]![0]!.end = '1pm';
      },
      errors: { 'schedule.weekly.2.0.end': 'Use a time like 09:00 (got “1pm”).' },
    },
    {
      name: 'an exception with a bad date',
      change: (s) => {
        s.schedule.exceptions = [{ date: 'Thanksgiving', skipScheduled: true, blocks: [] }];
      },
      errors: { 'schedule.exceptions.0.date': 'Pick a date that exists.' },
    },
    {
      name: 'business hours ending before they start',
      change: (s) => {
        s.businessHours = { ...s.businessHours, start: '17:00', end: '09:00' };
      },
      errors: { 'businessHours.end': 'The day must end after it starts.' },
    },
    {
      name: 'business hours ending as they start',
      change: (s) => {
        s.businessHours = { ...s.businessHours, start: '09:00', end: '09:00' };
      },
      errors: { 'businessHours.end': 'The day must end after it starts.' },
    },
    {
      name: 'an empty status template',
      change: (s) => {
        s.status.template = '';
      },
      errors: { 'status.template': 'Write a status message.' },
    },
    {
      name: 'a status template of spaces only',
      change: (s) => {
        s.status.template = '   ';
      },
      errors: { 'status.template': 'Write a status message.' },
    },
    {
      name: 'a lockdown delay of -1 seconds',
      change: (s) => {
        s.lockdown.delaySeconds = -1;
      },
      errors: { 'lockdown.delaySeconds': expect.any(String) },
    },
    {
      name: 'a lockdown delay over 600 seconds',
      change: (s) => {
        s.lockdown.delaySeconds = 601;
      },
      errors: { 'lockdown.delaySeconds': 'At most 600 seconds.' },
    },
    {
      name: 'a weekday 7 in business hours',
      change: (s) => {
        (s.businessHours.days as number[]) = [1, 7];
      },
      errors: { 'businessHours.days.1': expect.any(String) },
    },
  ])('flags $name at its field', ({ change, errors }) => {
    expect(validateSettings(withChange(change))).toEqual({ ok: false, errors });
  });
});
