import { describe, expect, test } from 'vitest';
import {
  MAX_QUESTION_CHARS,
  MAX_RECIPIENT_CHARS,
  formatNeededBy,
  parseLocalDateTime,
  validateQuestion,
} from '@/lib/queue/question';

// Monday 2026-11-23, 10:00 in New York (EST, UTC-5).
const NOW = new Date('2026-11-23T10:00:00-05:00');
const valid = { text: 'Can you review the PR?', recipient: 'Dana', neededBy: '2026-11-23T15:00' };

describe('validateQuestion', () => {
  test.each([
    { name: 'empty text', input: { ...valid, text: '' }, field: 'text' },
    { name: 'whitespace-only text', input: { ...valid, text: ' \n\t ' }, field: 'text' },
    { name: 'text over the limit', input: { ...valid, text: 'q'.repeat(MAX_QUESTION_CHARS + 1) }, field: 'text' },
    { name: 'empty recipient', input: { ...valid, recipient: '   ' }, field: 'recipient' },
    { name: 'recipient over the limit', input: { ...valid, recipient: 'r'.repeat(MAX_RECIPIENT_CHARS + 1) }, field: 'recipient' },
    { name: 'empty needed-by', input: { ...valid, neededBy: '' }, field: 'neededBy' },
    { name: 'unparseable needed-by', input: { ...valid, neededBy: 'tomorrow' }, field: 'neededBy' },
    { name: 'needed-by in the past', input: { ...valid, neededBy: '2026-11-23T09:59' }, field: 'neededBy' },
    { name: 'needed-by equal to now', input: { ...valid, neededBy: '2026-11-23T10:00' }, field: 'neededBy' },
  ])('flags $name on its own field only', ({ input, field }) => {
    const result = validateQuestion(input, NOW);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });

  test('reports every bad field at once', () => {
    const result = validateQuestion({ text: '', recipient: '', neededBy: '' }, NOW);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['neededBy', 'recipient', 'text']);
  });

  test.each([
    { name: 'a plain question', input: valid, text: valid.text, recipient: 'Dana', neededBy: '2026-11-23T15:00:00-05:00' },
    {
      name: 'surrounding whitespace trimmed',
      input: { text: '  Ship it?  ', recipient: ' Sam ', neededBy: '2026-11-24T09:00' },
      text: 'Ship it?',
      recipient: 'Sam',
      neededBy: '2026-11-24T09:00:00-05:00',
    },
    {
      name: 'text exactly at the limit',
      input: { ...valid, text: 'q'.repeat(MAX_QUESTION_CHARS) },
      text: 'q'.repeat(MAX_QUESTION_CHARS),
      recipient: 'Dana',
      neededBy: '2026-11-23T15:00:00-05:00',
    },
  ])('accepts $name', ({ input, text, recipient, neededBy }) => {
    expect(validateQuestion(input, NOW)).toEqual({
      ok: true,
      question: { text, recipient, neededBy: Date.parse(neededBy), createdAt: NOW.getTime(), status: 'queued' },
    });
  });
});

describe('parseLocalDateTime', () => {
  test.each([
    { name: 'a datetime-local value', value: '2026-11-23T15:00', iso: '2026-11-23T15:00:00-05:00' },
    { name: 'a value with seconds', value: '2026-11-23T15:00:30', iso: '2026-11-23T15:00:30-05:00' },
    { name: 'a summer date (EDT)', value: '2026-07-01T09:15', iso: '2026-07-01T09:15:00-04:00' },
  ])('reads $name as New York wall-clock time', ({ value, iso }) => {
    expect(parseLocalDateTime(value)?.getTime()).toBe(Date.parse(iso));
  });

  test.each([
    { name: 'an empty string', value: '' },
    { name: 'garbage', value: 'next tuesday' },
    { name: 'a date without a time', value: '2026-11-23' },
    { name: 'a UTC timestamp', value: '2026-11-23T15:00Z' },
    { name: 'February 30th', value: '2026-02-30T10:00' },
    { name: 'hour 25', value: '2026-11-23T25:00' },
  ])('rejects $name', ({ value }) => {
    expect(parseLocalDateTime(value)).toBeUndefined();
  });
});

describe('formatNeededBy', () => {
  test.each([
    { locale: 'en-US', date: '2026-11-26T15:00:00-05:00', text: 'needed by Thu 3:00 PM' },
    { locale: 'en-US', date: '2026-11-23T09:05:00-05:00', text: 'needed by Mon 9:05 AM' },
  ])('$locale: $text', ({ locale, date, text }) => {
    expect(formatNeededBy(new Date(date), locale)).toBe(text);
  });
});
