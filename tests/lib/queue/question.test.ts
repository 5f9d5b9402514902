import { describe, expect, test } from 'vitest';
import { defaultNeededBy, effectiveTier } from '@/lib/queue/needed-by-default';
import { byUrgency, formatNeededBy, type QueuedQuestion } from '@/lib/queue/question';
import { validateQuestionRequest, type QuestionRequest } from '@/lib/queue/validate-question';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';
import type { WorkingHours } from '@/lib/time/business-time';

// Wednesday 2026-12-02, 10:00 in New York.
const NOW = new Date('2026-12-02T10:00:00-05:00');
const at = (text: string) => new Date(`${text}-05:00`).getTime();
const HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const rules = { now: NOW, hours: HOURS, tiers: DEFAULT_TIER_SETTINGS, channelIds: ['hook-a', 'email', 'copy'], locale: 'en-US' };
const valid: QuestionRequest = { text: 'Can you review the PR?', recipient: 'Dana', channelId: 'hook-a', tierId: 'standard', neededBy: 'Thu 3pm' };
const check = (over: Partial<QuestionRequest>) => validateQuestionRequest({ ...valid, ...over }, rules);

describe('validateQuestionRequest', () => {
  test('a valid question, its needed-by read from words', () => {
    expect(check({})).toEqual({
      ok: true,
      question: {
        template: 'plain', text: 'Can you review the PR?', recipient: 'Dana', channelId: 'hook-a', tierId: 'standard', blocking: false,
        neededBy: at('2026-12-03T15:00'), send: { at: 'block-end' }, createdAt: NOW.getTime(), status: 'queued',
      },
    });
  });

  test.each<{ name: string; over: Partial<QuestionRequest>; errors: Record<string, unknown> }>([
    { name: 'no text', over: { text: '  ' }, errors: { text: 'Write the question first.' } },
    { name: 'no recipient', over: { recipient: '' }, errors: { recipient: 'Say who should answer.' } },
    { name: 'a channel that is not configured', over: { channelId: 'hook-gone' }, errors: { channelId: 'Pick a channel.' } },
    { name: 'a tier that does not exist', over: { tierId: 'gone' }, errors: { tierId: 'Pick a tier.' } },
    { name: 'a needed-by only partly understood', over: { neededBy: 'tomorrow blah' }, errors: { neededBy: expect.stringMatching(/^Only part of/) } },
    { name: 'a needed-by in the past', over: { neededBy: 'yesterday 3pm' }, errors: { neededBy: expect.stringMatching(/has already passed/) } },
    { name: 'a send time that is not a time', over: { sendAt: 'not-before', sendTime: 'later' }, errors: { sendTime: expect.stringMatching(/not a time/) } },
    { name: 'a send time after the needed-by', over: { sendAt: 'not-before', sendTime: 'Friday 9am' }, errors: { sendTime: 'That is after the needed-by time: it could not be answered in time.' } },
    { name: 'a decision request without its parts', over: { template: 'decision', parts: { options: 'only one' } }, errors: { 'parts.context': 'Fill in context.', 'parts.options': 'Give at least 2 options, one per line.', 'parts.recommendation': 'Fill in recommendation.' } },
    { name: 'a status update without done and doing', over: { template: 'status', parts: {} }, errors: { 'parts.done': 'Fill in done.', 'parts.doing': 'Fill in doing.' } },
    { name: 'everything wrong at once', over: { text: '', recipient: '', neededBy: 'nonsense' }, errors: { text: expect.any(String), recipient: expect.any(String), neededBy: expect.any(String) } },
  ])('refuses $name, each problem at its field', ({ over, errors }) => {
    expect(check(over)).toEqual({ ok: false, errors });
  });

  test.each([
    { name: 'Standard: the end of the business day', tierId: 'standard', blocking: false, neededBy: at('2026-12-02T17:00') },
    { name: 'Important: 3 working hours', tierId: 'important', blocking: false, neededBy: at('2026-12-02T13:00') },
    { name: 'blocking shortens Standard to Important', tierId: 'standard', blocking: true, neededBy: at('2026-12-02T13:00') },
    { name: 'blocking an Urgent question keeps Urgent', tierId: 'urgent', blocking: true, neededBy: at('2026-12-02T10:30') },
  ])('no needed-by typed: $name', ({ tierId, blocking, neededBy }) => {
    const result = check({ neededBy: '', tierId, blocking });
    expect(result.ok && result.question.neededBy).toBe(neededBy);
    expect(defaultNeededBy(DEFAULT_TIER_SETTINGS, tierId, blocking, NOW, HOURS).getTime()).toBe(neededBy);
  });

  test('a decision request keeps its parts; context from a page keeps only web links', () => {
    const result = check({
      template: 'decision',
      text: 'Which vendor?',
      parts: { context: 'Renewal in March', options: 'Acme\nGlobex', recommendation: 'Acme', tradeoffs: '', junk: 'x' },
      context: { title: 'Vendors', url: 'javascript:alert(1)', quote: 'Acme is cheaper' },
      sendAt: 'digest-time',
    });
    expect(result).toMatchObject({
      ok: true,
      question: { template: 'decision', parts: { context: 'Renewal in March', options: 'Acme\nGlobex', recommendation: 'Acme' }, context: { title: 'Vendors', quote: 'Acme is cheaper' }, send: { at: 'digest-time' } },
    });
    expect(result.ok && result.question.context).not.toHaveProperty('url');
  });

  test('effectiveTier moves one tier up when blocking', () => {
    expect(effectiveTier(DEFAULT_TIER_SETTINGS, 'low', true).id).toBe('standard');
    expect(effectiveTier(DEFAULT_TIER_SETTINGS, 'low', false).id).toBe('low');
  });
});

describe('listing order', () => {
  const q = (id: number, blocking: boolean, neededBy: number) => ({ id, blocking, neededBy }) as QueuedQuestion;
  test('blocking first, then the most pressing needed-by', () => {
    expect([q(1, false, 5), q(2, true, 9), q(3, false, 1), q(4, true, 2)].sort(byUrgency).map((x) => x.id)).toEqual([4, 2, 3, 1]);
  });

  test('formatNeededBy', () => {
    expect(formatNeededBy(new Date(at('2026-12-03T15:00')), 'en-US')).toBe('needed by Thu 3:00 PM');
  });
});
