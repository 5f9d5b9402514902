import { describe, expect, test } from 'vitest';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { clearAll, pruneOld } from '@/lib/db/prune-repo';
import { withFreshDb } from './fresh-db';

const DAY = 86_400_000;
const t = withFreshDb();
const row = (over: Partial<HeldNotification>) =>
  ({ status: 'handled', createdAt: 10 * DAY, sessionId: 1, origin: 'https://chat.example', title: 't', body: '', tabId: 1, tierId: 'low', why: 'x', periodKey: 'focus:1', ...over }) as HeldNotification;

describe('pruneOld', () => {
  test('deletes only what retention allows, through the indexes', async () => {
    const { db } = t;
    const ids = await db.held.bulkAdd(
      [
        row({ handledAt: 20 * DAY, iconKey: 'gone' }), // handled long ago: goes, and its icon with it
        row({ handledAt: 95 * DAY }), // handled recently: stays
        row({ status: 'held', createdAt: 1, iconKey: 'kept' }), // still held, ancient: stays, with its icon
        row({ status: 'broke-through', createdAt: 2 * DAY }), // older than history: goes
      ],
      { allKeys: true },
    );
    await db.icons.bulkAdd([{ key: 'gone', data: 'data:image/png;base64,A' }, { key: 'kept', data: 'data:image/png;base64,B' }]);
    await db.sessions.bulkAdd([
      { kind: 'manual', start: 0, plannedEnd: DAY, status: 'ended', actualEnd: DAY },
      { kind: 'manual', start: 0, plannedEnd: DAY, status: 'active' },
    ]);
    const counts = await pruneOld(db, { handledBefore: 90 * DAY, historyBefore: 5 * DAY });
    expect(counts).toEqual({ held: 2, sessions: 1, questions: 0, outbox: 0, digests: 0 });
    expect(await db.held.toCollection().primaryKeys()).toEqual([ids[1], ids[2]]);
    expect((await db.sessions.toArray()).map((s) => s.status)).toEqual(['active']);
    expect(await db.icons.toCollection().primaryKeys()).toEqual(['kept']);
  });

  test('clearAll leaves every table empty', async () => {
    const { db } = t;
    await db.held.add(row({}));
    await db.sessions.add({ kind: 'manual', start: 0, plannedEnd: DAY, status: 'active' });
    await clearAll(db);
    expect(await Promise.all(db.tables.map((x) => x.count()))).toEqual(db.tables.map(() => 0));
  });
});
