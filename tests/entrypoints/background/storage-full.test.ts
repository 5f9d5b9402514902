import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaptures } from '@/entrypoints/background/capture';
import { relieveQuota } from '@/entrypoints/background/data-care';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { describeStorageTrouble, STORAGE_TROUBLE_KEY } from '@/lib/data/storage-trouble';
import { db } from '@/lib/db/app-db';
import { pruneHandledForSpace } from '@/lib/db/prune-repo';
import { startManualSession } from '@/lib/db/sessions-repo';
import { storeSettings } from '../../support/stored-settings';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
const slack = { origin: 'https://app.slack.com', url: 'https://app.slack.com/client/T1/C1', tab: { id: 3 }, frameId: 0 } as Parameters<typeof handleCaptures>[1];
const trouble = async () => (await fakeBrowser.storage.local.get(STORAGE_TROUBLE_KEY))[STORAGE_TROUBLE_KEY];
const row = (over: Partial<HeldNotification>) =>
  ({ status: 'handled', createdAt: 1_000, sessionId: 1, origin: 'https://a.example', title: 't', body: '', tierId: 'standard', why: 'x', periodKey: 'focus:1', ...over }) as HeldNotification;

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('a full storage', () => {
  test('a capture that cannot be stored is shown natively, and the failure is counted', async () => {
    await storeSettings();
    await startManualSession(db, NOW, { minutes: 50 });
    vi.spyOn(db.held, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const answer = await handleCaptures([{ id: '1', source: 'new', title: 'Ana', body: 'hi', tag: '' }], slack, clock);
    expect(answer).toEqual({ held: [false] });
    await vi.waitFor(async () => expect(await trouble()).toMatchObject({ failedCaptures: 1, lastFailureAt: NOW.getTime() }));
    expect(await db.held.count()).toBe(0);
  });

  test('near the quota, the oldest handled Low items go first; nothing held is touched', async () => {
    await storeSettings();
    const [oldLow, newLow, oldStandard, held] = (await db.held.bulkAdd(
      [row({ tierId: 'low', handledAt: 1 }), row({ tierId: 'low', handledAt: 5 }), row({ tierId: 'standard', handledAt: 0 }), row({ status: 'held', tierId: 'low', createdAt: 0 })],
      { allKeys: true },
    )) as number[];
    expect(await pruneHandledForSpace(db, ['urgent', 'important', 'standard', 'low'], 1)).toBe(1);
    expect(await db.held.get(oldLow!)).toBeUndefined();
    expect(await pruneHandledForSpace(db, ['urgent', 'important', 'standard', 'low'], 1)).toBe(1);
    expect(await db.held.get(newLow!)).toBeUndefined();
    expect(await pruneHandledForSpace(db, ['urgent', 'important', 'standard', 'low'], 5)).toBe(1);
    expect(await db.held.get(oldStandard!)).toBeUndefined();
    expect(await pruneHandledForSpace(db, ['urgent', 'important', 'standard', 'low'], 5)).toBe(0);
    expect(await db.held.get(held!)).toBeDefined();
  });

  test('relieveQuota prunes until under the target, warns, and clears the warning when space is back', async () => {
    await storeSettings();
    await db.held.bulkAdd(Array.from({ length: 3 }, (_, i) => row({ tierId: 'low', handledAt: i })));
    let usage = 95;
    const estimate = async () => ({ usage, quota: 100 });
    // Each deleted row frees 10 % of the quota.
    const realDelete = db.held.bulkDelete.bind(db.held);
    const pruned = vi.spyOn(db.held, 'bulkDelete').mockImplementation((keys) => {
      usage -= 10 * keys.length;
      return realDelete(keys);
    });
    await relieveQuota(estimate);
    expect(pruned).toHaveBeenCalled();
    expect(await trouble()).toMatchObject({ nearQuota: true });
    await relieveQuota(async () => ({ usage: 10, quota: 100 }));
    expect(await trouble()).toMatchObject({ nearQuota: false });
  });
});

describe('describeStorageTrouble', () => {
  test.each([
    { name: 'nothing recorded', t: undefined, text: undefined },
    { name: 'all well', t: { failedCaptures: 0, nearQuota: false }, text: undefined },
    { name: 'one failure', t: { failedCaptures: 1 }, text: '1 notification could not be stored and was shown at once instead.' },
    { name: 'several and near full', t: { failedCaptures: 3, nearQuota: true }, text: /^3 notifications could not be stored and were shown at once instead\. Storage is nearly full/ },
  ])('$name', ({ t, text }) => {
    if (text instanceof RegExp) expect(describeStorageTrouble(t)).toMatch(text);
    else expect(describeStorageTrouble(t)).toBe(text);
  });
});
