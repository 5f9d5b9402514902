import { browser } from 'wxt/browser';
import { db } from '@/lib/db/app-db';
import { getHeldInSessions } from '@/lib/db/held-repo';
import { getSessionsAwaitingDigest, markDigestShown } from '@/lib/db/sessions-repo';
import { summariseHeld } from '@/lib/digest/summary';

const DIGEST_NOTIFICATION_PREFIX = 'digest:';

export const e2eShownSummaries: { id: string; title: string; message: string }[] = [];

/**
 * Shows one summary for the blocks that ended since the last call. The notification id is derived
 * from the sessions, so if the worker dies between showing and marking, the retry replaces the
 * same notification instead of showing a second one.
 */
export async function releasePendingDigests(): Promise<void> {
  const sessions = await getSessionsAwaitingDigest(db);
  const ids = sessions.flatMap((s) => (s.id === undefined ? [] : [s.id]));
  if (ids.length === 0) return;
  const summary = summariseHeld(await getHeldInSessions(db, ids));
  if (summary) {
    const id = `${DIGEST_NOTIFICATION_PREFIX}${ids.join(',')}`;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: summary.title,
      message: summary.message,
    });
    // The notifications API cannot read a notification's text back; the e2e tests read it here.
    if (import.meta.env.MODE === 'e2e') e2eShownSummaries.push({ id, ...summary });
  }
  await markDigestShown(db, ids);
}

export async function openDigest(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/digest.html') });
}

export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(DIGEST_NOTIFICATION_PREFIX)) return;
  await browser.notifications.clear(notificationId);
  await openDigest();
}
