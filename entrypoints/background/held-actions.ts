import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { markHandled, restoreHandled, snoozeHeld } from '@/lib/db/held-repo';
import { runDue } from './focus-sync';

/** Ids from a page: whole numbers only, and no more than a digest can list. */
export function parseIds(data: unknown, max = 20_000): number[] | undefined {
  const ids = (data as { ids?: unknown } | undefined)?.ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > max || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) return undefined;
  return ids as number[];
}

/** A snooze a year away is a typo, not a plan; one in the past would never come back. */
const MAX_SNOOZE_MS = 366 * 24 * 3600_000;

/** A snooze's end from a page: epoch ms, ahead of the clock, within a year. */
export function parseSnoozeUntil(data: unknown, now: Date): number | undefined {
  const until = (data as { until?: unknown } | undefined)?.until;
  if (typeof until !== 'number' || !Number.isSafeInteger(until)) return undefined;
  const t = now.getTime();
  return until > t && until <= t + MAX_SNOOZE_MS ? until : undefined;
}

/** Mark handled from the digest: stored, then the badge count and the next check follow. */
export async function handleMarkHandled(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const ids = parseIds(data);
  if (!ids) return { ok: false };
  await markHandled(db, ids, clock());
  await runDue(clock);
  return { ok: true };
}

/** Undo of Mark handled (all): the items wait again. */
export async function handleRestoreHandled(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const ids = parseIds(data);
  if (!ids) return { ok: false };
  await restoreHandled(db, ids);
  await runDue(clock);
  return { ok: true };
}

/**
 * Snooze from the digest. runDue re-plans the release alarm, whose wake time includes the
 * earliest snooze end, so the items come back (and into a digest) at that time even if the
 * worker sleeps in between.
 */
export async function handleSnooze(data: unknown, clock: Clock): Promise<{ ok: boolean; error?: string }> {
  const ids = parseIds(data);
  const until = parseSnoozeUntil(data, clock());
  if (!ids) return { ok: false, error: 'Nothing to snooze.' };
  if (until === undefined) return { ok: false, error: 'Pick a time ahead, within a year.' };
  await snoozeHeld(db, ids, until);
  await runDue(clock);
  return { ok: true };
}
