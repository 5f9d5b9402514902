import { describe, expect, test } from 'vitest';
import { summariseHeld } from '@/lib/digest/summary';

const held = (...apps: string[]) => apps.map((app) => ({ app }));

describe('summariseHeld', () => {
  test('nothing held means no summary notification', () => {
    expect(summariseHeld([])).toBeUndefined();
  });

  test.each([
    { name: 'one item', items: held('Slack'), title: '1 held during focus', message: 'Slack 1' },
    {
      name: 'largest app first',
      items: held('Gmail', 'Slack', 'Slack', 'Gmail', 'Slack'),
      title: '5 held during focus',
      message: 'Slack 3, Gmail 2',
    },
    {
      name: 'ties in alphabetical order',
      items: held('Slack', 'Microsoft Teams', 'Gmail'),
      title: '3 held during focus',
      message: 'Gmail 1, Microsoft Teams 1, Slack 1',
    },
    {
      name: 'counts first, then names',
      items: held('b.example', 'Slack', 'a.example', 'Slack'),
      title: '4 held during focus',
      message: 'Slack 2, a.example 1, b.example 1',
    },
    {
      name: 'a burst row counts every notification in it',
      items: [{ app: 'Local chat', burst: 970 }, ...held('Local chat', 'Slack')],
      title: '972 held during focus',
      message: 'Local chat 971, Slack 1',
    },
    {
      name: 'a row that later notifications with its tag replaced counts them too',
      items: [{ app: 'Slack', replaced: 4 }, ...held('Gmail')],
      title: '6 held during focus',
      message: 'Slack 5, Gmail 1',
    },
  ])('$name', ({ items, title, message }) => {
    expect(summariseHeld(items)).toEqual({ title, message });
  });
});
