import { describe, expect, test } from 'vitest';
import { withFreshDb } from './fresh-db';
import { addToBurst, countHandled, countHeld, listFirstGroups, listHeld, markHandled, storeOrReplace } from '@/lib/db/held-repo';
import { EMPTY_FILTER, matchesFilter } from '@/lib/digest/digest-filter';
import { groupDigest, threadKeyOf, type ListedItem } from '@/lib/digest/digest-groups';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';
import type { HeldNotification } from '@/lib/capture/held-notification';

const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
const held = (title: string, hhmm: string): HeldNotification => ({
  status: 'held',
  createdAt: at(hhmm).getTime(),
  sessionId: 1,
  origin: 'https://app.slack.com',
  app: 'Slack',
  hookId: `hook-${title}`,
  source: 'new',
  title,
  body: '',
  tag: '',
  periodKey: 'focus:1',
  tierId: 'standard',
  why: 'Standard by default',
  pendingRelease: 1,
});

const fresh = withFreshDb();

/** Stores rows out of time order and returns their ids by title. */
async function storeAll(...rows: HeldNotification[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const row of rows) ids[row.title] = (await fresh.db.held.add(row)) as number;
  return ids;
}

describe('held-repo', () => {
  test.each([
    { name: 'nothing handled', handle: [], list: ['late', 'middle', 'early'], counts: [3, 0] },
    { name: 'the newest handled', handle: ['late'], list: ['middle', 'early'], counts: [2, 1] },
    { name: 'all handled', handle: ['early', 'middle', 'late'], list: [], counts: [0, 3] },
  ])('$name: listHeld is newest first without handled items', async ({ handle, list, counts }) => {
    const ids = await storeAll(held('middle', '10:10'), held('late', '10:20'), held('early', '10:00'));
    for (const title of handle) await markHandled(fresh.db, [ids[title]!], at('11:00'));

    expect((await listHeld(fresh.db)).map((h) => h.title)).toEqual(list);
    expect([await countHeld(fresh.db), await countHandled(fresh.db)]).toEqual(counts);
  });

  test('markHandled keeps the row, marked handled with the time', async () => {
    const { only } = await storeAll(held('only', '10:00'));
    await markHandled(fresh.db, [only!], at('11:00'));
    const row = await fresh.db.held.get(only!);
    expect(row).toMatchObject({ title: 'only', status: 'handled', handledAt: at('11:00').getTime() });
    // Handled before its digest: no digest needs to deliver it any more.
    expect(row?.pendingRelease).toBeUndefined();
    expect(await fresh.db.held.count()).toBe(1);
  });
});

describe('storeOrReplace', () => {
  test('the same origin and tag replace a held row and count it; another origin, a handled row or no tag do not', async () => {
    await storeOrReplace(fresh.db, { ...held('1 new in #design', '10:00'), tag: 'design' });
    await storeOrReplace(fresh.db, { ...held('2 new in #design', '10:05'), tag: 'design' });
    await storeOrReplace(fresh.db, { ...held('other app', '10:06'), tag: 'design', origin: 'https://chat.example.com' });
    await storeOrReplace(fresh.db, held('untagged', '10:07'));
    await storeOrReplace(fresh.db, held('untagged again', '10:08'));
    const rows = await listHeld(fresh.db);
    expect(rows.map((r) => [r.title, r.replaced])).toEqual([
      ['untagged again', undefined],
      ['untagged', undefined],
      ['other app', undefined],
      ['2 new in #design', 1],
    ]);
    // 1 + 1 replaced + 3 others
    expect(await countHeld(fresh.db)).toBe(5);

    await markHandled(fresh.db, [rows[3]!.id!], at('10:10'));
    await storeOrReplace(fresh.db, { ...held('3 new in #design', '10:11'), tag: 'design' });
    expect((await listHeld(fresh.db)).map((r) => r.title)).toContain('3 new in #design');
    expect(await countHandled(fresh.db)).toBe(1);
  });
});

describe('addToBurst', () => {
  test('a flooding tab has one burst row per session that counts everything and shows the latest', async () => {
    const from = (title: string, sessionId = 1) => ({ ...held(title, '10:00'), tabId: 9, sessionId });
    await addToBurst(fresh.db, from('flood 100'), 100);
    await addToBurst(fresh.db, from('flood 250'), 150);
    await addToBurst(fresh.db, from('next block', 2), 7);
    const rows = await listHeld(fresh.db);
    expect(rows.map((r) => [r.title, r.burst, r.sessionId]).sort()).toEqual([
      ['flood 250', 250, 1],
      ['next block', 7, 2],
    ]);
    expect(await countHeld(fresh.db)).toBe(257);
  });
});

describe('listFirstGroups', () => {
  // A busy month in miniature: tiers, apps, conversations and senders that repeat, some
  // snoozed, some without a conversation; due times with ties.
  const TIERS = ['urgent', 'important', 'standard', 'low'];
  function month(count: number, seed: number): HeldNotification[] {
    // mulberry32: small, and its low bits are as random as its high ones.
    let s = seed;
    const next = (n: number) => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    return Array.from({ length: count }, (_, i) => {
      const app = ['Slack', 'Gmail', 'Teams'][next(3)]!;
      const conversation = next(5) === 0 ? undefined : `#c${next(12)}`;
      const row: HeldNotification = {
        ...held(`m${i}`, '09:00'),
        createdAt: at('09:00').getTime() + next(500) * 60_000,
        app, appId: app.toLowerCase(), tierId: TIERS[next(4)]!,
        dueAt: at('10:00').getTime() + next(200) * 15 * 60_000,
        ...(next(2) ? { sender: `P${next(30)}` } : {}),
        ...(next(10) === 0 ? { snoozedUntil: at('23:00').getTime() } : {}),
        ...(conversation ? { conversation } : {}),
      };
      return { ...row, threadKey: threadKeyOf(row) };
    });
  }
  const NOW = at('09:30');
  const settings = DEFAULT_TIER_SETTINGS;
  const listed = (rows: HeldNotification[]) =>
    groupDigest(rows.filter((r) => matchesFilter(r as ListedItem, EMPTY_FILTER, NOW)) as ListedItem[], settings).flatMap((g) => g.entries.map((e) => [e.key, e.count, e.latest.id]));

  test.each([1, 2, 3, 4, 5])('the first groups are the head of the whole list, entries and counts final (seed %i)', async (seed) => {
    await fresh.db.held.bulkAdd(month(3_000, seed));
    const first = await listFirstGroups(fresh.db, TIERS, NOW);
    const all = await listHeld(fresh.db);
    const head = listed(first);
    expect(head.length).toBeGreaterThanOrEqual(12);
    expect(head).toEqual(listed(all).slice(0, head.length));
    // A small part of the month, not all of it.
    expect(first.length).toBeLessThan(all.length / 4);
  });

  test('a tier with items held before due times existed is not followed by the next tier', async () => {
    const legacy = { ...held('old', '08:00'), tierId: 'urgent', threadKey: 'slack\u001f' };
    await fresh.db.held.bulkAdd([legacy, { ...held('due', '08:00'), tierId: 'urgent', dueAt: 1, threadKey: 'slack\u001f#a', conversation: '#a' }, { ...held('next tier', '08:00'), tierId: 'important', dueAt: 1, threadKey: 'slack\u001f' }]);
    expect((await listFirstGroups(fresh.db, TIERS, NOW)).map((r) => r.title)).toEqual(['due']);
  });
});
