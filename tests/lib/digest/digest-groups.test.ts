import { describe, expect, test } from 'vitest';
import { searchMatcher } from '@/lib/digest/digest-filter';
import { groupDigest, idsOfGroup, narrowDigest, type ListedItem } from '@/lib/digest/digest-groups';
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

describe('narrowDigest', () => {
  // A small month: two tiers, two apps, conversations and senders that repeat, due times that
  // differ, a burst and a replacement, so narrowing changes latest items, counts and group order.
  const month = Array.from({ length: 40 }, (_, i) =>
    item({
      title: `Message ${i}`,
      body: i % 7 === 0 ? 'the deploy is blocked' : 'lunch?',
      sender: i % 5 === 0 ? undefined : `Person ${i % 6}`,
      tag: i % 5 === 0 ? `tag-${i % 3}` : '',
      conversation: `#c${i % 4}`,
      ...(i % 2 ? { appId: 'gmail', app: 'Gmail' } : {}),
      tierId: i % 3 === 0 ? 'important' : 'standard',
      createdAt: 1_000 + i * 10,
      ...(i % 9 === 0 ? {} : { dueAt: 50_000 - ((i * 7_919) % 40_000) }),
      ...(i === 12 ? { burst: 30 } : i === 14 ? { replaced: 2 } : {}),
    }),
  );
  const grouped = group(month);

  test.each<{ name: string; query: string }>([
    { name: 'a word in some bodies', query: 'deploy' },
    { name: 'a sender', query: 'person 3' },
    { name: 'a number in titles', query: '1' },
    { name: 'an app', query: 'gmail' },
    { name: 'two words, each somewhere', query: 'message lunch' },
    { name: 'nothing matches', query: 'zebra' },
    { name: 'everything matches', query: 'message' },
  ])('narrows as grouping only the matches would: $name', ({ query }) => {
    const keep = searchMatcher(query);
    expect(narrowDigest(grouped, keep, DEFAULT_TIER_SETTINGS)).toEqual(group(month.filter(keep)));
  });

  test('an entry or group that keeps every item is the same object', () => {
    const narrowed = narrowDigest(grouped, searchMatcher('message'), DEFAULT_TIER_SETTINGS);
    narrowed.forEach((g, i) => expect(g).toBe(grouped[i]));
  });
});
