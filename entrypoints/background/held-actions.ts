import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { markHandled } from '@/lib/db/held-repo';
import { runDue } from './focus-sync';

/** Ids from a page: whole numbers only, and no more than a digest can list. */
export function parseIds(data: unknown, max = 20_000): number[] | undefined {
  const ids = (data as { ids?: unknown } | undefined)?.ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > max || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) return undefined;
  return ids as number[];
}

/** Mark handled from the digest: stored, then the badge count and the next check follow. */
export async function handleMarkHandled(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const ids = parseIds(data);
  if (!ids) return { ok: false };
  await markHandled(db, ids, clock());
  await runDue(clock);
  return { ok: true };
}
