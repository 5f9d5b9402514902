import { describe, expect, test } from 'vitest';
import { DEFAULT_STATUS_TEMPLATE, formatStatusMessage } from '@/lib/focus/status-message';

const ONE_PM = new Date('2026-11-23T13:00:00-05:00');

describe('formatStatusMessage', () => {
  test.each([
    {
      name: 'the default template',
      template: DEFAULT_STATUS_TEMPLATE,
      locale: 'en-US',
      text: "Heads down until 1:00 PM — I'll reply after. Urgent? Call or write “urgent”.",
    },
    { name: 'every {until}, not just the first', template: 'Busy until {until}. Back at {until}.', locale: 'en-US', text: 'Busy until 1:00 PM. Back at 1:00 PM.' },
    { name: 'a 24-hour locale', template: 'Bis {until} konzentriert.', locale: 'de-DE', text: 'Bis 13:00 konzentriert.' },
    { name: 'a template without {until} is kept as written', template: 'Deep work, back soon.', locale: 'en-US', text: 'Deep work, back soon.' },
    { name: 'other braces are left alone', template: '{until} {UNTIL} {end}', locale: 'en-US', text: '1:00 PM {UNTIL} {end}' },
  ])('$name', ({ template, locale, text }) => {
    expect(formatStatusMessage(template, ONE_PM, locale)).toBe(text);
  });
});
