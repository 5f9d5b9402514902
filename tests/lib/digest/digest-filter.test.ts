import { describe, expect, test } from 'vitest';
import { EMPTY_FILTER, matchesFilter, searchMatcher, stateOf, type DigestFilter } from '@/lib/digest/digest-filter';
import type { ListedItem } from '@/lib/digest/digest-groups';

const NOW = new Date('2026-12-02T10:00:00-05:00');
const item = (over: Partial<ListedItem> = {}): ListedItem => ({
  id: 1, status: 'held', createdAt: 1, origin: 'https://app.slack.com', appId: 'slack', app: 'Slack', title: 'Deploy is blocked', body: 'Can you look at the pipeline?', tag: '', tierId: 'important', why: 'keyword', sender: 'Dana Scully', ...over,
});
const f = (over: Partial<DigestFilter>): DigestFilter => ({ ...EMPTY_FILTER, ...over });

describe('matchesFilter', () => {
  test.each<{ name: string; item: ListedItem; filter: DigestFilter; expected: boolean }>([
    { name: 'no query shows waiting items', item: item(), filter: f({}), expected: true },
    { name: 'title, any case', item: item(), filter: f({ query: 'DEPLOY' }), expected: true },
    { name: 'body', item: item(), filter: f({ query: 'pipeline' }), expected: true },
    { name: 'app', item: item(), filter: f({ query: 'slack' }), expected: true },
    { name: 'sender', item: item(), filter: f({ query: 'scully' }), expected: true },
    { name: 'every word somewhere', item: item(), filter: f({ query: 'dana pipeline' }), expected: true },
    { name: 'a word nowhere', item: item(), filter: f({ query: 'dana lunch' }), expected: false },
    { name: 'the app filter', item: item(), filter: f({ apps: ['gmail'] }), expected: false },
    { name: 'the app filter, matching', item: item(), filter: f({ apps: ['gmail', 'slack'] }), expected: true },
    { name: 'the tier filter', item: item(), filter: f({ tiers: ['urgent'] }), expected: false },
    { name: 'a snoozed item is not waiting', item: item({ snoozedUntil: NOW.getTime() + 1 }), filter: f({}), expected: false },
    { name: 'a snoozed item under snoozed', item: item({ snoozedUntil: NOW.getTime() + 1 }), filter: f({ state: 'snoozed' }), expected: true },
    { name: 'a snooze that ended is waiting again', item: item({ snoozedUntil: NOW.getTime() }), filter: f({}), expected: true },
    { name: 'handled items in the history only', item: item({ status: 'handled' }), filter: f({}), expected: false },
    { name: 'the history', item: item({ status: 'handled' }), filter: f({ state: 'handled', query: 'deploy' }), expected: true },
    { name: 'a breakthrough record is in no list', item: item({ status: 'broke-through' }), filter: f({ state: 'handled' }), expected: false },
  ])('$name', ({ item, filter, expected }) => {
    expect(matchesFilter(item, filter, NOW)).toBe(expected);
  });

  test('stateOf reads the snooze against the clock', () => {
    expect(stateOf({ status: 'held', snoozedUntil: NOW.getTime() + 60_000 }, NOW)).toBe('snoozed');
    expect(stateOf({ status: 'held', snoozedUntil: NOW.getTime() + 60_000 }, new Date(NOW.getTime() + 60_000))).toBe('waiting');
  });
});

describe('searchMatcher', () => {
  test.each<{ query: string; expected: boolean }>([
    { query: '', expected: true },
    { query: '   ', expected: true },
    { query: 'deploy', expected: true },
    { query: 'Dana  PIPELINE', expected: true },
    { query: 'dana lunch', expected: false },
    { query: 'slack', expected: true },
  ])('"$query"', ({ query, expected }) => {
    expect(searchMatcher(query)(item())).toBe(expected);
  });
});
