import { describe, expect, test } from 'vitest';
import { withFreshDb } from './fresh-db';
import { countHandled, countHeld, listHeld, markHandled, storeHeld } from '@/lib/db/held-repo';
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
});

const fresh = withFreshDb();

/** Stores rows out of time order and returns their ids by title. */
async function storeAll(...rows: HeldNotification[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const row of rows) ids[row.title] = await storeHeld(fresh.db, row);
  return ids;
}

describe('held-repo', () => {
  test.each([
    { name: 'nothing handled', handle: [], list: ['late', 'middle', 'early'], counts: [3, 0] },
    { name: 'the newest handled', handle: ['late'], list: ['middle', 'early'], counts: [2, 1] },
    { name: 'all handled', handle: ['early', 'middle', 'late'], list: [], counts: [0, 3] },
  ])('$name: listHeld is newest first without handled items', async ({ handle, list, counts }) => {
    const ids = await storeAll(held('middle', '10:10'), held('late', '10:20'), held('early', '10:00'));
    for (const title of handle) await markHandled(fresh.db, ids[title]!, at('11:00'));

    expect((await listHeld(fresh.db)).map((h) => h.title)).toEqual(list);
    expect([await countHeld(fresh.db), await countHandled(fresh.db)]).toEqual(counts);
  });

  test('markHandled keeps the row, marked handled with the time', async () => {
    const { only } = await storeAll(held('only', '10:00'));
    await markHandled(fresh.db, only!, at('11:00'));
    expect(await fresh.db.held.get(only!)).toMatchObject({ title: 'only', status: 'handled', handledAt: at('11:00').getTime() });
    expect(await fresh.db.held.count()).toBe(1);
  });
});
