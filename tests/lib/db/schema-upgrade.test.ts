import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { AppDB } from '@/lib/db/app-db';
import { iconKeyOf } from '@/lib/capture/icon-key';
import { SCHEMA } from '@/lib/db/schema';

const LATEST = SCHEMA[SCHEMA.length - 1]!.version;
const name = () => `upgrade-${crypto.randomUUID()}`;

// What a user had at each earlier version: two blocks (one whose summary was shown, one that
// ended with its summary still to come, one running), held rows in each, a question.
async function fillAt(version: number, dbName: string): Promise<void> {
  const old = new AppDB(dbName, { upTo: version });
  await old.sessions.bulkAdd([
    { id: 1, kind: 'manual', start: 1_000, plannedEnd: 2_000, status: 'ended', actualEnd: 2_000, endReason: 'time' },
    { id: 2, kind: 'manual', start: 3_000, plannedEnd: 4_000, status: 'ended', actualEnd: 4_000, endReason: 'time', digestPending: 1 },
    { id: 3, kind: 'scheduled', scheduleKey: 'scheduled:5-9', start: 5_000, plannedEnd: 9_000, status: 'active' },
  ]);
  // From version 3 on, rows are written with their tier and release state, as capture writes them.
  const sinceTiers = (id: number, sessionId: number, status: string) =>
    version < 3 ? {} : { tierId: 'standard', why: 'Standard by default', periodKey: `focus:${sessionId}`, ...(status !== 'held' ? {} : sessionId === 1 ? { digestId: 'before-sla-tiers' } : { pendingRelease: 1 }) };
  const row = (id: number, sessionId: number, status = 'held', extra = {}) => ({
    id, status, createdAt: 1_000 * id, sessionId, origin: 'https://app.slack.com', app: 'Slack', hookId: `h${id}`, source: 'new', title: `t${id}`, body: 'b', tag: '', ...sinceTiers(id, sessionId, status), ...(version < 6 ? {} : { threadKey: 'Slack\u001f' }), ...extra,
  });
  // Before version 6 a page's icon was in its row; two rows share one. From 6 on it is stored
  // once in its own table, and the row has its key and its thread, as capture writes them.
  const iconData = (id: number) => (id === 4 ? 'https://app.slack.com/other.png' : id === 3 ? undefined : 'data:image/png;base64,SHARED');
  const icon = (id: number) => {
    const data = iconData(id);
    if (data === undefined) return {};
    return version < 6 ? { icon: data } : { iconKey: iconKeyOf(data) };
  };
  if (version >= 6) await old.icons.bulkPut([1, 4].map((id) => ({ key: iconKeyOf(iconData(id)!), data: iconData(id)! })));
  await old.held.bulkAdd([row(1, 1, 'held', icon(1)), row(2, 1, 'handled', { handledAt: 2_500, ...icon(2) }), row(3, 2, 'held', { tag: 'x', replaced: 2 }), row(4, 3, 'held', { burst: 40, tabId: 7, ...icon(4) })] as never[]);
  const sinceOutbox = version < 4 ? {} : { template: 'plain', channelId: 'copy', tierId: 'standard', blocking: false, send: { at: 'block-end' } };
  await old.questions.add({ text: 'q?', recipient: 'Dana', neededBy: 9_999, createdAt: 1, status: 'queued', ...sinceOutbox } as never);
  old.close();
}

describe('database upgrades', () => {
  test('every version is listed once, in order', () => {
    expect(SCHEMA.map((s) => s.version)).toEqual(SCHEMA.map((_, i) => i + 1));
  });

  test.each(SCHEMA.slice(0, -1).map((s) => s.version))(`a database filled at version %i upgrades to ${LATEST} with nothing lost`, async (version) => {
    const dbName = name();
    await fillAt(version, dbName);
    const db = new AppDB(dbName);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const held = await db.held.orderBy('id').toArray();
    expect(held.map((r) => [r.id, r.title, r.status, r.replaced, r.burst])).toEqual([
      [1, 't1', 'held', undefined, undefined],
      [2, 't2', 'handled', undefined, undefined],
      [3, 't3', 'held', 2, undefined],
      [4, 't4', 'held', undefined, 40],
    ]);
    // Every row has a tier; rows whose block's summary was shown count as released, the others wait.
    expect(held.every((r) => r.tierId === 'standard' && r.why && r.periodKey === `focus:${r.sessionId}`)).toBe(true);
    expect(held.map((r) => [r.id, r.pendingRelease, r.digestId])).toEqual([
      [1, undefined, 'before-sla-tiers'],
      [2, undefined, undefined],
      [3, 1, undefined],
      [4, 1, undefined],
    ]);
    expect(await db.held.where('pendingRelease').equals(1).primaryKeys()).toEqual([3, 4]);
    expect(await db.held.where('[origin+tag]').equals(['https://app.slack.com', 'x']).count()).toBe(1);
    // The digest's history reads handled items by when they were handled.
    expect(await db.held.where('[status+handledAt]').between(['handled', Dexie.minKey], ['handled', Dexie.maxKey]).primaryKeys()).toEqual([2]);
    // Icons left the rows for their own table, each stored once; a row keeps its icon's key.
    expect(held.every((r) => !('icon' in r))).toBe(true);
    const iconOf = async (id: number) => {
      const key = held.find((r) => r.id === id)!.iconKey;
      return key === undefined ? undefined : (await db.icons.get(key))?.data;
    };
    expect(await Promise.all([1, 2, 3, 4].map(iconOf))).toEqual(['data:image/png;base64,SHARED', 'data:image/png;base64,SHARED', undefined, 'https://app.slack.com/other.png']);
    expect(await db.icons.count()).toBe(2);
    // Every row knows its thread, so the digest can read its first groups whole.
    expect(held.map((r) => r.threadKey)).toEqual(held.map(() => 'Slack\u001f'));
    expect(await db.held.where('[status+tierId+threadKey]').equals(['held', 'standard', 'Slack\u001f']).count()).toBe(3);
    expect(await db.sessions.count()).toBe(3);
    expect(await db.sessions.where('digestPending').equals(1).primaryKeys()).toEqual([2]);
    // Questions queued before the outbox are plain ones, to be copied when their block ends.
    expect(await db.questions.toArray()).toEqual([
      expect.objectContaining({ text: 'q?', recipient: 'Dana', status: 'queued', template: 'plain', channelId: 'copy', tierId: 'standard', blocking: false, send: { at: 'block-end' } }),
    ]);
    expect(await db.questions.where('recipient').equals('Dana').count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.digests.count()).toBe(0);
    db.close();
    await Dexie.delete(dbName);
  });
});
