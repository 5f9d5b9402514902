import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { isReviewDue } from '@/lib/review/review-prompt';

export const REVIEW_NOTIFICATION_ID = 'review-30-days';
const OFFERED_KEY = 'reviewOfferedAt';

/** On the daily care alarm: one notification when the 30-day review is due. */
export async function offerReviewIfDue(clock: Clock): Promise<boolean> {
  const now = clock();
  const first = await db.sessions.orderBy('start').first();
  const offered = (await browser.storage.local.get(OFFERED_KEY))[OFFERED_KEY] as number | undefined;
  if (!isReviewDue(first?.start, offered, now)) return false;
  // Recorded first: a worker stopped right after showing it does not show it twice.
  await browser.storage.local.set({ [OFFERED_KEY]: now.getTime() });
  await browser.notifications.create(REVIEW_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Your 30-day review is ready',
    message: 'See what async-first changed over the last 30 days, with suggestions to apply in one click.',
  });
  return true;
}

export async function onReviewNotificationClicked(id: string): Promise<void> {
  if (id !== REVIEW_NOTIFICATION_ID) return;
  await browser.notifications.clear(id);
  await browser.tabs.create({ url: browser.runtime.getURL('/review.html#last30') });
}
