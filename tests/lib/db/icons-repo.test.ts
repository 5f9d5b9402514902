import { describe, expect, test } from 'vitest';
import { getIcon, pruneUnusedIcons, storeIcon } from '@/lib/db/icons-repo';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { withFreshDb } from './fresh-db';

const t = withFreshDb();
const row = (iconKey?: string): HeldNotification => ({
  status: 'handled', createdAt: 1, sessionId: 1, periodKey: 'focus:1', origin: 'https://app.slack.com', app: 'Slack', hookId: 'h', source: 'new',
  title: 't', body: '', tag: '', tierId: 'standard', why: 'w', ...(iconKey ? { iconKey } : {}),
});

describe('icons repository', () => {
  test('an icon stored twice is one row, read back by its key', async () => {
    const a = await storeIcon(t.db, 'data:image/png;base64,AAAA');
    const b = await storeIcon(t.db, 'data:image/png;base64,AAAA');
    expect(a).toBe(b);
    expect(await t.db.icons.count()).toBe(1);
    expect(await getIcon(t.db, a)).toBe('data:image/png;base64,AAAA');
    expect(await getIcon(t.db, 'no-such-key')).toBeUndefined();
  });

  test('pruning deletes only the icons no row uses', async () => {
    const used = await storeIcon(t.db, 'data:image/png;base64,USED');
    const orphan = await storeIcon(t.db, 'data:image/png;base64,GONE');
    await t.db.held.bulkAdd([row(used), row(used), row()]);
    expect(await pruneUnusedIcons(t.db)).toBe(1);
    expect(await t.db.icons.toCollection().primaryKeys()).toEqual([used]);
    expect(await getIcon(t.db, orphan)).toBeUndefined();
  });
});
