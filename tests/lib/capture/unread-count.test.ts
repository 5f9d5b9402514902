import { describe, expect, test } from 'vitest';
import { stripUnreadCount } from '@/lib/capture/unread-count';

describe('stripUnreadCount', () => {
  test.each([
    ['(3) Slack | #general', 'Slack | #general'],
    ['(99+) Chat | Microsoft Teams', 'Chat | Microsoft Teams'],
    ['[12] Mattermost', 'Mattermost'],
    ['3 • Discord', 'Discord'],
    ['• Discord | #general', 'Discord | #general'],
    ['* Slack - Acme', 'Slack - Acme'],
    ['Inbox (3) - me@example.com - Gmail', 'Inbox - me@example.com - Gmail'],
    ['Inbox (1,204) - me@example.com - Gmail', 'Inbox - me@example.com - Gmail'],
    ['Telegram (5)', 'Telegram'],
    ['(3) WhatsApp', 'WhatsApp'],
  ])('%s → %s', (title, quiet) => {
    expect(stripUnreadCount(title)).toBe(quiet);
  });

  test.each([
    'Slack | #general',
    'Release 2.0 (beta) notes - Docs',
    'Meeting at 3 - Calendar',
    '2024 (draft) - Plan',
    '(3)',
  ])('leaves a title without a count as it is: %s', (title) => {
    expect(stripUnreadCount(title)).toBe(title);
  });
});
