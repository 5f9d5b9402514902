import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { listUnshownDigests, markDigestShown } from '@/lib/db/release-repo';

const DIGEST_NOTIFICATION_PREFIX = 'digest:';
/** e2e build only: the summaries shown, for the tests (the API cannot read a notification's text back). */
export const E2E_SHOWN_KEY = 'e2eShownSummaries';
/** e2e build only: stop right after showing, as a worker killed between showing and recording would. */
export const E2E_HALT_AFTER_SHOW_KEY = 'e2eHaltAfterShow';

/**
 * Shows the summary of every recorded release not shown yet. The notification's id is the
 * digest's, so if the worker stops between showing and marking it shown, the retry replaces the
 * same notification instead of showing a second one.
 */
export async function showUnshownDigests(clock: Clock): Promise<void> {
  for (const digest of await listUnshownDigests(db)) {
    await browser.notifications.create(digest.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: digest.summary.title,
      message: digest.summary.message,
    });
    if (import.meta.env.MODE === 'e2e') await haltForE2E(digest.id, digest.summary);
    await markDigestShown(db, digest.id, clock());
  }
}

async function haltForE2E(id: string, summary: { title: string; message: string }): Promise<void> {
  const stored = await browser.storage.session.get([E2E_SHOWN_KEY, E2E_HALT_AFTER_SHOW_KEY]);
  const shown = (stored[E2E_SHOWN_KEY] as unknown[] | undefined) ?? [];
  await browser.storage.session.set({ [E2E_SHOWN_KEY]: [...shown, { id, ...summary }] });
  if (stored[E2E_HALT_AFTER_SHOW_KEY]) {
    await browser.storage.session.remove(E2E_HALT_AFTER_SHOW_KEY);
    await new Promise(() => {}); // never: the test stops this worker here
  }
}

export async function openDigest(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/digest.html') });
}

export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(DIGEST_NOTIFICATION_PREFIX)) return;
  await browser.notifications.clear(notificationId);
  await openDigest();
}
