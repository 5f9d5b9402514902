import Dexie from 'dexie';
import type { AppDB } from './app-db';
import { countOf, type HeldNotification } from '../capture/held-notification';
import { digestIdFor, type DigestRecord } from '../digest/digest-record';
import type { ReleasePlan } from '../digest/release-plan';
import type { DigestSummary } from '../digest/summary';
import { getSessionsAwaitingDigest } from './sessions-repo';

/** Held items no digest has delivered yet (a sparse index: released rows are not in it). */
export function listPendingRelease(db: AppDB): Promise<HeldNotification[]> {
  return db.held
    .where('pendingRelease')
    .equals(1)
    .filter((r) => r.status === 'held')
    .toArray();
}

export async function readReleaseRows(db: AppDB): Promise<{ pending: HeldNotification[]; endedSessionIds: number[] }> {
  const [pending, sessions] = await Promise.all([listPendingRelease(db), getSessionsAwaitingDigest(db)]);
  return { pending, endedSessionIds: sessions.flatMap((s) => (s.id === undefined ? [] : [s.id])) };
}

/**
 * Records a release in one transaction: the digest row (its id comes from its items, so a second
 * attempt finds the first), its items marked released, its blocks' ends done. Items that were
 * handled or released meanwhile are left out. Returns the digest, or undefined when it delivers
 * nothing (a block that held nothing ends without a summary).
 */
export function recordRelease(
  db: AppDB,
  release: NonNullable<ReleasePlan['now']>,
  summarise: (items: HeldNotification[]) => DigestSummary | undefined,
  now: Date,
): Promise<DigestRecord | undefined> {
  return db.transaction('rw', db.held, db.sessions, db.digests, async () => {
    const items = (await db.held.bulkGet(release.itemIds)).filter(
      (r): r is HeldNotification & { id: number } => r?.id !== undefined && r.status === 'held' && r.pendingRelease === 1,
    );
    await db.sessions.where('id').anyOf(release.sessionIds).modify((s) => void delete s.digestPending);
    const summary = summarise(items);
    if (!summary) return undefined;
    const ids = items.map((r) => r.id);
    const id = digestIdFor(items);
    const existing = await db.digests.get(id);
    if (existing) return existing;
    const digest: DigestRecord = { id, at: now.getTime(), reason: release.reason, itemIds: ids, count: items.reduce((n, r) => n + countOf(r), 0), summary, unshown: 1 };
    await db.digests.add(digest);
    await db.held
      .where('id')
      .anyOf(ids)
      .modify((r) => {
        delete r.pendingRelease;
        r.digestId = id;
        r.releasedAt = now.getTime();
      });
    return digest;
  });
}

/** Digests recorded whose summary has not been shown yet (a worker stopped in between). */
export function listUnshownDigests(db: AppDB): Promise<DigestRecord[]> {
  return db.digests.where('unshown').equals(1).toArray();
}

export async function markDigestShown(db: AppDB, id: string, now: Date): Promise<void> {
  await db.digests.where('id').equals(id).modify((d) => {
    delete d.unshown;
    d.shownAt = now.getTime();
  });
}

/** Released notifications not handled yet, and not snoozed: the badge count outside focus. */
export async function countWaiting(db: AppDB, now: Date): Promise<number> {
  let total = 0;
  await db.held
    .where('[status+createdAt]')
    .between(['held', Dexie.minKey], ['held', Dexie.maxKey])
    .each((r) => {
      if (r.pendingRelease !== 1 && !(r.snoozedUntil !== undefined && r.snoozedUntil > now.getTime())) total += countOf(r);
    });
  return total;
}
