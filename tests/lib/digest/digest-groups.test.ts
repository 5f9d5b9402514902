import { describe, expect, test } from 'vitest';
import { groupDigest, idsOfGroup, type ListedItem } from '@/lib/digest/digest-groups';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';

let nextId = 1;
const item = (over: Partial<ListedItem>): ListedItem => ({
  id: nextId++, status: 'held', createdAt: 1_000, origin: 'https://app.slack.com', appId: 'slack', app: 'Slack', title: 't', body: '', tag: '', tierId: 'standard', why: 'default', ...over,
});
const group = (items: ListedItem[]) => groupDigest(items, DEFAULT_TIER_SETTINGS);
const titles = (items: ListedItem[]) => group(items).map((g) => g.entries.map((e) => e.latest.title));

describe('groupDigest', () => {
  test.each<{ name: string; items: ListedItem[]; expected: string[][] }>([
    {
      name: 'most urgent tier first, whatever arrived first',
      items: [item({ title: 'low', tierId: 'low' }), item({ title: 'urgent', tierId: 'urgent' }), item({ title: 'std', tierId: 'standard', appId: 'gmail', app: 'Gmail' })],
      expected: [['urgent'], ['std'], ['low']],
    },
    {
      name: 'within a tier, the group due first comes first',
      items: [item({ title: 'later', tierId: 'important', dueAt: 9_000, conversation: '#a' }), item({ title: 'sooner', tierId: 'important', dueAt: 5_000, conversation: '#b' })],
      expected: [['sooner'], ['later']],
    },
    {
      name: 'one group per app and conversation; entries by due time',
      items: [item({ title: 'b', conversation: '#ops', dueAt: 8_000, sender: 'Bo' }), item({ title: 'a', conversation: '#ops', dueAt: 4_000, sender: 'Al' }), item({ title: 'c', conversation: '#dev', dueAt: 6_000 })],
      expected: [['a', 'b'], ['c']],
    },
    {
      name: 'items without a due time (held before tiers) come after those with one',
      items: [item({ title: 'none', conversation: '#x' }), item({ title: 'due', dueAt: 1, conversation: '#y' })],
      expected: [['due'], ['none']],
    },
    {
      name: 'an unknown tier ranks as the default tier',
      items: [item({ title: 'gone', tierId: 'removed' }), item({ title: 'low', tierId: 'low' })],
      expected: [['gone'], ['low']],
    },
    {
      name: 'equal groups keep a stable order by app name',
      items: [item({ title: 'teams', appId: 'teams', app: 'Teams' }), item({ title: 'gmail', appId: 'gmail', app: 'Gmail' })],
      expected: [['gmail'], ['teams']],
    },
  ])('$name', ({ items, expected }) => {
    expect(titles(items)).toEqual(expected);
  });

  test('the same sender collapses into one entry with a count and the latest text', () => {
    const [g] = group([
      item({ title: 'first', sender: 'Dana', createdAt: 1_000 }),
      item({ title: 'latest', sender: 'Dana', createdAt: 3_000 }),
      item({ title: 'middle', sender: 'Dana', createdAt: 2_000, replaced: 2 }),
    ]);
    expect(g!.entries).toHaveLength(1);
    expect(g!.entries[0]!.latest.title).toBe('latest');
    expect(g!.entries[0]!.others.map((o) => o.title)).toEqual(['middle', 'first']);
    expect(g!.entries[0]!.count).toBe(5);
  });

  test('the same tag collapses when there is no sender; different senders stay apart', () => {
    const [g] = group([item({ title: 'x1', tag: 'thread-1' }), item({ title: 'x2', tag: 'thread-1' }), item({ title: 'y', sender: 'Ed' }), item({ title: 'z', sender: 'Flo' })]);
    expect(g!.entries.map((e) => [e.latest.title, e.count])).toHaveLength(3);
    expect(g!.entries.find((e) => e.others.length === 1)?.others[0]?.title).toMatch(/^x/);
  });

  test('a group acts on every item it stands for', () => {
    const items = [item({ sender: 'A' }), item({ sender: 'A' }), item({ sender: 'B' })];
    expect(idsOfGroup(group(items)[0]!).sort()).toEqual(items.map((i) => i.id).sort());
  });
});
