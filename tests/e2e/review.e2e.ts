import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withExtension } from './support/with-extension';

const t = withExtension();

/** A known week (Mon 2026-11-23), in the browser's own time zone, written straight into the database. */
async function seedWeek(): Promise<void> {
  // The extension creates its database on first use: open a page that reads it and wait until it
  // has, so the raw open below finds the stores instead of making an empty database.
  const digest = await t.ext.openExtensionPage('digest.html');
  await digest.locator('.digest-list, .empty').first().waitFor();
  await digest.close();
  const page = await t.ext.probe();
  await page.evaluate(async () => {
    const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const q = indexedDB.open('heads-down');
      q.onsuccess = () => resolve(q.result);
    });
    const put = (store: string, rows: object[]) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        rows.forEach((r) => tx.objectStore(store).add(r));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    await put('sessions', [
      { kind: 'scheduled', start: local(24, 9), plannedEnd: local(24, 11), status: 'ended', actualEnd: local(24, 11), endReason: 'time' },
      { kind: 'manual', start: local(26, 14), plannedEnd: local(26, 16), status: 'ended', actualEnd: local(26, 15), endReason: 'user', endNote: 'meeting' },
    ]);
    const heldRow = (over: object) => ({ status: 'handled', createdAt: local(24, 9, 30), sessionId: 1, periodKey: 'focus:1', origin: 'https://app.slack.com', app: 'Slack', title: 't', body: '', tierId: 'important', why: 'x', dueAt: local(24, 12), ...over });
    await put('held', [
      heldRow({ handledAt: local(24, 11, 30) }),
      heldRow({ handledAt: local(24, 13) }),
      heldRow({ status: 'broke-through', tierId: 'urgent', why: 'keyword “outage”', app: 'Slack' }),
      heldRow({ status: 'held', app: 'Gmail', origin: 'https://mail.google.com', tierId: 'low', pendingRelease: 1 }),
    ]);
    await put('digests', [{ id: 'd1', at: local(24, 11), reason: 'block-end', itemIds: [1, 2], count: 2, summary: {}, shownAt: local(24, 11) }]);
    await put('questions', [
      { text: 'Ship?', recipient: 'Dana', createdAt: local(24, 10), neededBy: local(24, 17), status: 'answered', sentAt: local(24, 11), answeredAt: local(24, 15), template: 'plain', channelId: 'copy', tierId: 'standard', blocking: false, send: { at: 'block-end' } },
    ]);
    db.close();
  });
}

describe('the weekly review', () => {
  test('a seeded week shows its numbers, and the CSV export matches them', async () => {
    await seedWeek();
    const review = await t.ext.openExtensionPage('review.html#2026-11-23');
    await review.getByRole('heading', { name: /Review/ }).first().waitFor();
    await review.getByText('3 h protected of 4 h planned in 2 blocks (75 %).').waitFor();
    await review.getByText('1 of 2 ended before their planned end.').waitFor();
    const table = (caption: string) => review.getByRole('table', { name: caption });
    expect(await table('Why blocks ended early').innerText()).toContain('meeting\t1');
    expect(await table('Held, per app').innerText()).toMatch(/Slack\t2[\s\S]*Gmail\t1/);
    expect(await table('Broke through, by why').innerText()).toContain('keyword “outage”\t1');
    expect(await table('Handled in time, per tier').innerText()).toContain('Important\t50 % (1 of 2)');
    expect(await table('Focus hours per day').innerText()).toMatch(/Tue 24\t2\t2[\s\S]*Thu 26\t2\t1/);
    expect(await review.locator('.figures').innerText()).toContain('100 % (1 of 1)');

    const [download] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: 'Export CSV' }).click()]);
    const file = path.join(os.tmpdir(), `hd-review-${crypto.randomUUID()}.csv`);
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('2026-11-24,120,120\n2026-11-25,0,0\n2026-11-26,120,60\n');
    expect(csv).toContain('ended early because,meeting,1');
    expect(csv).toContain('held by app,Slack,2');
    expect(csv).toContain('handled in time,Important,1/2');
    expect(csv).toContain('answered by needed-by,,1');

    // The week before holds none of it.
    await review.getByRole('button', { name: 'Previous week' }).click();
    await review.getByText('0 h protected of 0 h planned in 0 blocks.').waitFor();
  });
});
