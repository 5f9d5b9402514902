import type { Clock } from '@/lib/clock';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { db } from '@/lib/db/app-db';
import { readReleaseRows, recordRelease } from '@/lib/db/release-repo';
import { describeNextCheck } from '@/lib/digest/next-check';
import { planRelease, type PendingItem } from '@/lib/digest/release-plan';
import { summariseRelease } from '@/lib/digest/summary';
import type { NextCheck } from '@/lib/messaging/focus-flag';
import { showUnshownDigests } from './digest-notification';
import type { EngineState } from './engine-state';

export const toPendingItem = (row: HeldNotification): PendingItem => ({
  id: row.id!,
  tierId: row.tierId,
  ...(row.dueAt !== undefined ? { dueAt: row.dueAt } : {}),
  since: Math.max(row.createdAt, row.snoozedUntil ?? 0),
  ...(row.snoozedUntil !== undefined ? { snoozedUntil: row.snoozedUntil } : {}),
});

export interface ReleaseOutcome {
  /** The release alarm's time. */
  wakeAt?: Date;
  nextCheck?: NextCheck;
}

/**
 * The executor of planRelease: records what is due now (digest row, items released), then shows
 * every recorded summary not shown yet, its own or one a stopped worker left, under the digest's
 * id, so a retry replaces the notification instead of adding one. Planning again after a stop
 * finds the items released and plans nothing twice.
 */
export async function runRelease(state: EngineState, clock: Clock): Promise<ReleaseOutcome> {
  const { settings, focus, hold, now } = state;
  const { pending, endedSessionIds } = await readReleaseRows(db);
  const items = pending.map(toPendingItem);
  const plan = planRelease({
    now,
    pending: items,
    endedSessionIds,
    focus: focus.on ? { on: true, until: focus.until } : { on: false },
    hold: hold.holding ? { holding: true, until: hold.until } : { holding: false },
    digestTimes: settings.digest.times,
    marginMinutes: settings.digest.marginMinutes,
    hours: settings.businessHours,
  });
  if (plan.now) await recordRelease(db, plan.now, (rows) => summariseRelease(rows, settings.tiers, now), now);
  await showUnshownDigests(clock);
  const left = plan.now ? items.filter((p) => !plan.now!.itemIds.includes(p.id)) : items;
  return {
    ...(plan.wakeAt ? { wakeAt: plan.wakeAt } : {}),
    ...(plan.next ? { nextCheck: describeNextCheck(plan.next, left, settings.tiers, settings.digest.marginMinutes) } : {}),
  };
}
