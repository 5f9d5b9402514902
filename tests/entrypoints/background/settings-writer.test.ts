import { beforeEach, expect, test } from 'vitest';
import { saveSettings } from '@/entrypoints/background/settings-writer';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { db } from '@/lib/db/app-db';
import { loadSettings } from '@/lib/settings/store';
import { storeSettings } from '../../support/stored-settings';

const clock = () => new Date('2026-11-23T10:00:00-05:00');
const row = (tierId: string, status: HeldNotification['status']): HeldNotification =>
  ({ status, tierId, createdAt: 1, sessionId: 1, origin: 'https://app.slack.com', app: 'Slack', title: 't', body: '', tag: '', source: 'new', why: 'w' }) as HeldNotification;

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('a removed tier’s items, waiting or already handled, move to the tier the user picked; the others stay', async () => {
  await storeSettings();
  await db.held.bulkAdd([row('important', 'held'), row('important', 'handled'), row('urgent', 'held'), row('low', 'held')]);
  const tiers = (await loadSettings()).tiers;
  const result = await saveSettings({ section: 'tiers', value: { ...tiers, tiers: tiers.tiers.filter((t) => t.id !== 'important') }, moveTo: { important: 'low' } }, clock);
  expect(result).toEqual({ ok: true });
  expect((await db.held.orderBy('id').toArray()).map((r) => [r.status, r.tierId])).toEqual([
    ['held', 'low'],
    ['handled', 'low'],
    ['held', 'urgent'],
    ['held', 'low'],
  ]);
});
