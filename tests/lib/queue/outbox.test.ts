import { describe, expect, test } from 'vitest';
import { afterAttempt, backoffMs, initialState, interrupted, LATE_AFTER_MS, MAX_ATTEMPTS, messageIdFor, readRetryAfter, type OutboxMessage } from '@/lib/queue/outbox';

const NOW = 1_800_000_000_000;
const message = (over: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id: 'message:1,2', recipient: 'Dana', destination: { kind: 'webhook', webhookId: 'hook-a', name: 'Team Slack', webhookKind: 'slack', url: 'https://hooks.slack.com/x' },
  questionIds: [1, 2], text: 't', subject: 's', bodies: ['{"text":"t"}'], sentParts: 0, state: 'sending', attempts: 0, dueAt: NOW, createdAt: NOW, sendKey: 'k', attemptStartedAt: NOW, ...over,
});

describe('afterAttempt', () => {
  test.each<{ name: string; m: Partial<OutboxMessage>; outcome: Parameters<typeof afterAttempt>[1]; expected: Partial<OutboxMessage> }>([
    { name: 'posted: sent', m: {}, outcome: { kind: 'posted' }, expected: { state: 'sent', sentParts: 1, sentAt: NOW } },
    { name: 'posted, more parts to go: ready for the next', m: { bodies: ['a', 'b'] }, outcome: { kind: 'posted' }, expected: { state: 'ready', sentParts: 1 } },
    { name: 'network error: retry with backoff', m: {}, outcome: { kind: 'network', error: 'Failed to fetch' }, expected: { state: 'retrying', attempts: 1, nextAttemptAt: NOW + 15_000, problem: 'Could not reach Team Slack (Failed to fetch).' } },
    { name: '503: retry, the backoff doubling', m: { attempts: 2 }, outcome: { kind: 'http', status: 503, retryAfter: null, body: '' }, expected: { state: 'retrying', attempts: 3, nextAttemptAt: NOW + 60_000 } },
    { name: '429 with Retry-After seconds: honoured', m: {}, outcome: { kind: 'http', status: 429, retryAfter: '7', body: '' }, expected: { state: 'retrying', nextAttemptAt: NOW + 7_000 } },
    { name: '429 with Discord’s retry_after: honoured', m: {}, outcome: { kind: 'http', status: 429, retryAfter: null, body: '{"retry_after": 2.5}' }, expected: { state: 'retrying', nextAttemptAt: NOW + 2_500 } },
    { name: '404: attention, with the server’s words', m: {}, outcome: { kind: 'http', status: 404, retryAfter: null, body: 'no_service\n' }, expected: { state: 'attention', problem: 'The server answered 404: “no_service”' } },
    { name: 'failing too often: attention', m: { attempts: MAX_ATTEMPTS - 1 }, outcome: { kind: 'network', error: 'down' }, expected: { state: 'attention', attempts: MAX_ATTEMPTS } },
  ])('$name', ({ m, outcome, expected }) => {
    const after = afterAttempt(message(m), outcome, NOW, 1);
    expect(after).toMatchObject(expected);
    // The send key is spent either way: the next attempt writes a new one first.
    expect(after.sendKey).toBeUndefined();
  });

  test('jitter keeps the backoff between half and all of it', () => {
    expect([backoffMs(1, 0), backoffMs(1, 1), backoffMs(4, 0.5), backoffMs(30, 1)]).toEqual([7_500, 15_000, 90_000, 30 * 60_000]);
  });

  test.each([
    ['120', '', 120_000],
    ['Wed, 21 Oct 2026 07:28:00 GMT', '', undefined],
    [null, '{"retry_after": 1}', 1_000],
    [null, 'not json', undefined],
    ['999999', '', 60 * 60_000],
  ] as const)('Retry-After %s / body %s → %s ms', (header, body, expected) => {
    const now = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
    expect(readRetryAfter(header, body, now)).toBe(expected ?? (header?.includes('GMT') ? 60_000 : undefined));
  });
});

describe('the outbox', () => {
  test('a message found sending on a new start may have arrived: it asks, never resends by itself', () => {
    expect(interrupted(message())).toMatchObject({ state: 'attention', sendKey: undefined, problem: expect.stringContaining('it may have arrived') });
  });

  test.each([
    [0, 'ready'],
    [LATE_AFTER_MS, 'ready'],
    [LATE_AFTER_MS + 1, 'late'],
    [3 * 3600_000, 'late'],
  ] as const)('a message %i ms past its moment starts %s', (lateBy, state) => {
    expect(initialState(NOW - lateBy, NOW)).toBe(state);
  });

  test('a message id comes from its questions, in any order', () => {
    expect(messageIdFor([3, 1, 2])).toBe(messageIdFor([1, 2, 3]));
  });
});
