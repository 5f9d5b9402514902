import { describe, expect, test } from 'vitest';
import { summariseRelease, type SummaryItem } from '@/lib/digest/summary';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';

const NOW = new Date('2026-12-02T10:00:00-05:00');
const due = (hhmm: string, day = '02') => new Date(`2026-12-${day}T${hhmm}:00-05:00`).getTime();
const item = (app: string, tierId = 'standard', dueAt = due('17:00'), extra: Partial<SummaryItem> = {}): SummaryItem => ({ app, tierId, dueAt, ...extra });
const summarise = (items: SummaryItem[]) => summariseRelease(items, DEFAULT_TIER_SETTINGS, NOW, 'en-US');

describe('summariseRelease', () => {
  test('nothing released means no summary notification', () => {
    expect(summarise([])).toBeUndefined();
  });

  test.each<{ name: string; items: SummaryItem[]; title: string; message: string }>([
    { name: 'one item', items: [item('Slack')], title: '1 held: Slack 1', message: '1 Standard due 5:00 PM' },
    {
      name: 'largest app first, the most urgent tier and its earliest due time',
      items: [item('Gmail'), item('Slack'), item('Slack', 'important', due('15:00')), item('Gmail'), item('Slack', 'important', due('14:00'))],
      title: '5 held: Slack 3, Gmail 2',
      message: '2 Important due 2:00 PM',
    },
    { name: 'ties in alphabetical order', items: [item('Slack'), item('Microsoft Teams'), item('Gmail')], title: '3 held: Gmail 1, Microsoft Teams 1, Slack 1', message: '3 Standard due 5:00 PM' },
    { name: 'a due time on another day says the day', items: [item('Slack', 'low', due('17:00', '04'))], title: '1 held: Slack 1', message: '1 Low due Fri 5:00 PM' },
    { name: 'bursts and replacements count in full', items: [item('Slack', 'standard', due('17:00'), { burst: 40 }), item('Gmail', 'standard', due('17:00'), { replaced: 2 })], title: '43 held: Slack 40, Gmail 3', message: '43 Standard due 5:00 PM' },
    {
      name: 'what the breakthrough limit held back is said',
      items: [item('Slack', 'urgent', due('10:30'), { overLimit: true }), item('Slack', 'urgent', due('10:31'), { overLimit: true }), item('Gmail')],
      title: '3 held: Slack 2, Gmail 1',
      message: '2 Urgent due 10:30 AM · 2 held back by the breakthrough limit',
    },
    { name: 'items held before tiers have no due time', items: [{ app: 'Slack', tierId: 'standard' }], title: '1 held: Slack 1', message: '1 Standard' },
    { name: 'an unknown tier counts as the default tier', items: [item('Slack', 'gone')], title: '1 held: Slack 1', message: '1 Standard due 5:00 PM' },
  ])('$name', ({ items, title, message }) => {
    expect(summarise(items)).toEqual({ title, message });
  });
});
