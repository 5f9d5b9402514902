import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, validateSettings } from '@/lib/settings/schema';

describe('readSettings', () => {
  test.each([
    { name: 'nothing stored', raw: undefined },
    { name: 'null', raw: null },
    { name: 'a string', raw: 'garbage' },
    { name: 'an empty object', raw: {} },
    { name: 'a future version', raw: { version: 2, focus: { defaultMinutes: 30 } } },
    { name: 'an out-of-range duration', raw: { version: 1, focus: { defaultMinutes: 0 } } },
  ])('falls back to the defaults for $name', ({ raw }) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid stored settings', () => {
    expect(readSettings({ version: 1, focus: { defaultMinutes: 25 } })).toEqual({ version: 1, focus: { defaultMinutes: 25 } });
  });
});

describe('validateSettings', () => {
  const withMinutes = (defaultMinutes: unknown) => ({ version: 1, focus: { defaultMinutes } });

  test.each([
    { name: 'zero', minutes: 0, message: 'At least 1 minute.' },
    { name: 'a fraction', minutes: 1.5, message: 'Use whole minutes.' },
    { name: 'over 12 hours', minutes: 721, message: 'At most 720 minutes.' },
    { name: 'NaN', minutes: Number.NaN, message: 'Enter a number of minutes.' },
    { name: 'a numeric string', minutes: '50', message: 'Enter a number of minutes.' },
  ])('flags focus.defaultMinutes for $name: "$message"', ({ minutes, message }) => {
    expect(validateSettings(withMinutes(minutes))).toEqual({ ok: false, errors: { 'focus.defaultMinutes': message } });
  });

  test.each([
    { name: 'the 50-minute default', minutes: 50 },
    { name: 'the 1-minute minimum', minutes: 1 },
    { name: 'the 12-hour maximum', minutes: 720 },
  ])('accepts $name', ({ minutes }) => {
    expect(validateSettings(withMinutes(minutes))).toEqual({ ok: true, settings: withMinutes(minutes) });
  });
});
