import { describe, expect, test } from 'vitest';
import { emailComposeUrl, splitText, webhookBodies } from '@/lib/queue/channel-format';
import { checkWebhookUrl, guessWebhookKind } from '@/lib/queue/channels';
import { composeMessages } from '@/lib/queue/compose-message';
import type { QueuedQuestion } from '@/lib/queue/question';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';

const at = (text: string) => new Date(`${text}-05:00`).getTime();
let nextId = 1;
const question = (over: Partial<QueuedQuestion>): QueuedQuestion => ({
  id: nextId++, template: 'plain', text: 'Can we ship Thursday?', recipient: 'Dana Smith', channelId: 'hook-a', tierId: 'standard',
  blocking: false, neededBy: at('2026-12-03T17:00'), send: { at: 'block-end' }, createdAt: at('2026-12-02T10:00'), status: 'queued', ...over,
});
const compose = (qs: QueuedQuestion[]) => composeMessages(qs, DEFAULT_TIER_SETTINGS, 'en-US');

describe('composeMessages', () => {
  test('one question: a greeting, the question, one needed-by line in the tier’s words', () => {
    const [m] = compose([question({})]);
    expect(m!.text).toBe(['Hi Dana, a question when you have a moment:', '', 'Can we ship Thursday?', '', 'Needed by Thu, Dec 3 · 5:00 PM (Standard: end of business day).'].join('\n'));
    expect(m!.subject).toBe('A question — needed by Thu, Dec 3 · 5:00 PM');
  });

  test('two questions to one person on one channel become one numbered message, blocking first, the earliest needed-by', () => {
    const messages = compose([
      question({ text: 'Which logo?', neededBy: at('2026-12-04T12:00') }),
      question({ text: 'Budget approved?', blocking: true, tierId: 'important', neededBy: at('2026-12-02T15:00'), context: { title: 'Q1 plan', url: 'https://docs.example/q1', quote: 'budget: TBD' } }),
      question({ text: 'Other person', recipient: 'Sam' }),
      question({ text: 'Same person, other channel', channelId: 'copy' }),
      question({ text: 'Same person, other spelling', recipient: 'dana smith' }),
    ]);
    expect(messages.map((m) => [m.recipient, m.channelId, m.questionIds.length])).toEqual([
      ['Dana Smith', 'hook-a', 3],
      ['Sam', 'hook-a', 1],
      ['Dana Smith', 'copy', 1],
    ]);
    expect(messages[0]!.text).toBe(
      [
        'Hi Dana, 3 questions when you have a moment:',
        '',
        '1. Budget approved?',
        '   > budget: TBD',
        '   Context: Q1 plan — https://docs.example/q1',
        '2. Same person, other spelling',
        '3. Which logo?',
        '',
        'Needed by Wed, Dec 2 · 3:00 PM (Important: 3 h). This is blocking me.',
      ].join('\n'),
    );
  });

  test('a decision request and a status update are laid out with their parts', () => {
    const [decision] = compose([question({ template: 'decision', text: 'Which vendor?', parts: { context: 'Renewal due', options: 'Acme\nGlobex', recommendation: 'Acme', inputFrom: 'Finance' } })]);
    expect(decision!.text).toContain(['Decision needed: Which vendor?', 'Context: Renewal due', 'Options:', '  a) Acme', '  b) Globex', 'Recommendation: Acme', 'Input needed from: Finance'].join('\n'));
    const [status] = compose([question({ template: 'status', text: 'Launch prep', parts: { done: 'copy', doing: 'QA', blockers: 'none' } })]);
    expect(status!.text).toContain(['Status: Launch prep', 'Done: copy', 'Doing: QA', 'Blockers: none'].join('\n'));
  });
});

describe('channel formats', () => {
  const message = { text: 'Hi Dana,\n\nShip it?', recipient: 'Dana', subject: 'A question' };
  test.each([
    ['slack', { text: message.text }],
    ['mattermost', { text: message.text }],
    ['discord', { content: message.text, allowed_mentions: { parse: [] } }],
    ['generic', { recipient: 'Dana', subject: 'A question', text: message.text }],
  ] as const)('%s', (kind, body) => {
    expect(webhookBodies(kind, message).map((b) => JSON.parse(b))).toEqual([body]);
  });

  test('Teams Workflows: the Adaptive Card envelope, a text block per paragraph', () => {
    const [body] = webhookBodies('teams', message).map((b) => JSON.parse(b));
    expect(body).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Hi Dana,', wrap: true }, { type: 'TextBlock', text: 'Ship it?', wrap: true }] } }] });
  });

  test('Discord splits at 2,000 characters, at line ends, losing nothing', () => {
    const long = Array.from({ length: 120 }, (_, i) => `${i + 1}. ${'word '.repeat(6).trim()}`).join('\n');
    const bodies = webhookBodies('discord', { ...message, text: long }).map((b) => JSON.parse(b).content as string);
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.every((b) => b.length <= 2_000)).toBe(true);
    expect(bodies.join('\n')).toBe(long);
    expect(bodies.join('\n').split('\n').length).toBe(120);
  });

  test('splitText cuts a line with no breaks at spaces, or hard', () => {
    expect(splitText('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  test.each([
    ['gmail', 'https://mail.google.com/mail/?view=cm&fs=1&to=dana%40example.com&su=A%20question&body=Hi%20Dana%2C%0A%0AShip%20it%3F'],
    ['outlook', 'https://outlook.office.com/mail/deeplink/compose?to=dana%40example.com&subject=A%20question&body=Hi%20Dana%2C%0A%0AShip%20it%3F'],
    ['mailto', 'mailto:dana%40example.com?subject=A%20question&body=Hi%20Dana%2C%0A%0AShip%20it%3F'],
  ] as const)('email by %s: a compose window, prefilled', (app, url) => {
    expect(emailComposeUrl(app, { ...message, recipient: 'dana@example.com' })).toBe(url);
  });

  test('a recipient that is not an address leaves "to" empty', () => {
    expect(emailComposeUrl('mailto', message)).toMatch(/^mailto:\?subject=/);
  });
});

describe('webhook addresses', () => {
  test.each([
    ['https://hooks.slack.com/services/T0/B0/x', 'slack'],
    ['https://discord.com/api/webhooks/1/abc', 'discord'],
    ['https://prod-01.westus.logic.azure.com:443/workflows/x', 'teams'],
    ['https://chat.example.com/hooks/abc123', 'mattermost'],
    ['https://example.com/anything', 'generic'],
  ] as const)('%s is %s', (url, kind) => {
    expect(guessWebhookKind(url)).toBe(kind);
  });

  test.each([
    ['https://hooks.slack.com/x', {}, true],
    ['http://hooks.slack.com/x', {}, false],
    ['http://127.0.0.1:9999/hook', {}, false],
    ['http://127.0.0.1:9999/hook', { allowLoopback: true }, true],
    ['https://user:pw@example.com/x', {}, false],
    ['not a url', {}, false],
  ] as const)('%s %j accepted: %s', (url, options, ok) => {
    expect(checkWebhookUrl(url, options).ok).toBe(ok);
  });
});
