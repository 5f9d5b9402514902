import { describe, expect, test } from 'vitest';
import { getDateTimeFormat } from '@/lib/time/date-format';

describe('getDateTimeFormat', () => {
  test('one formatter per locale and options, reused', () => {
    const a = getDateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
    expect(getDateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' })).toBe(a);
    expect(getDateTimeFormat('de-DE', { hour: 'numeric', minute: '2-digit' })).not.toBe(a);
    expect(getDateTimeFormat('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit' })).not.toBe(a);
  });

  test.each([
    ['en-US', '1:05 PM'],
    ['de-DE', '13:05'],
  ])('it formats as a new one would (%s)', (locale, text) => {
    const at = new Date('2026-12-03T13:05:00');
    expect(getDateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at)).toBe(text);
  });
});

describe('getDateTimeFormat across a change of time zone', () => {
  const original = process.env.TZ;
  test('a formatter made in one zone is not reused in another', () => {
    const at = new Date('2026-12-03T12:00:00Z');
    const options = { hour: 'numeric', minute: '2-digit' } as const;
    try {
      process.env.TZ = 'Europe/Berlin';
      expect(getDateTimeFormat('en-US', options).format(at)).toBe('1:00 PM');
      process.env.TZ = 'Asia/Kolkata';
      expect(getDateTimeFormat('en-US', options).format(at)).toBe('5:30 PM');
    } finally {
      process.env.TZ = original;
    }
  });
});
