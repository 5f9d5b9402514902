import { addDays } from 'date-fns';

/** The guided review is offered after 30 days of use, then once a month. */
export const REVIEW_EVERY_DAYS = 30;

/**
 * Whether to offer the 30-day review now: 30 days after the first recorded block, and 30 days
 * after the last offer. Calendar days, so a DST change does not move it by an hour.
 */
export function isReviewDue(firstUseAt: number | undefined, lastOfferAt: number | undefined, now: Date): boolean {
  if (firstUseAt === undefined) return false;
  if (addDays(firstUseAt, REVIEW_EVERY_DAYS).getTime() > now.getTime()) return false;
  return lastOfferAt === undefined || addDays(lastOfferAt, REVIEW_EVERY_DAYS).getTime() <= now.getTime();
}
