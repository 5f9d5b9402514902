import Dexie from 'dexie';
import type { AppDB } from './app-db';
import { countOf, type HeldNotification } from '../capture/held-notification';
import { collapseKey, type ListedItem } from '../digest/digest-groups';
import { FIRST_SCREEN_ENTRIES, mayStopAfter, pickThreads } from '../digest/first-screen';

/**
 * Stores a notification the way a browser shows one: a held notification with the same origin
 * and tag is replaced (new text, new time, and the click goes to the newest page object), and the
 * replacement is counted. Call inside a transaction when storing several.
 */
export async function storeOrReplace(db: AppDB, row: HeldNotification): Promise<void> {
  const previous = row.tag
    ? await db.held
        .where('[origin+tag]')
        .equals([row.origin, row.tag])
        .filter((r) => r.status === 'held' && r.burst === undefined)
        .first()
    : undefined;
  if (!previous) {
    await db.held.add(row);
    return;
  }
  await db.held.put({ ...row, id: previous.id, replaced: (previous.replaced ?? 0) + 1 });
}

/**
 * Counts `count` notifications of a flooding tab in its one burst row for this session, showing
 * the latest of them: a flood is accounted for in full without a row per notification.
 */
export async function addToBurst(db: AppDB, latest: HeldNotification, count: number): Promise<void> {
  const existing =
    latest.tabId === undefined
      ? undefined
      : await db.held
          .where('[tabId+sessionId]')
          .equals([latest.tabId, latest.sessionId])
          .filter((r) => r.status === 'held' && r.burst !== undefined && r.origin === latest.origin)
          .first();
  if (existing) await db.held.put({ ...latest, id: existing.id, burst: (existing.burst ?? 0) + count });
  else await db.held.add({ ...latest, burst: count });
}

/**
 * The state of this page object's capture if it is stored already: one left by a page that went
 * away (hold-hub.ts) may have reached the background before it went. Rare, so it reads the
 * origin's rows through the [origin+tag] index rather than keep an index of its own.
 */
export async function storedCaptureStatus(db: AppDB, origin: string, hookId: string): Promise<HeldNotification['status'] | undefined> {
  const found = await db.held
    .where('[origin+tag]')
    .between([origin, Dexie.minKey], [origin, Dexie.maxKey])
    .filter((r) => r.hookId === hookId)
    .first();
  return found?.status;
}

/** How many notifications of this app broke through in this block (or batching day). */
export function countBrokeThrough(db: AppDB, periodKey: string, appId: string | undefined): Promise<number> {
  return db.held
    .where('[periodKey+status]')
    .equals([periodKey, 'broke-through'])
    .filter((r) => r.appId === appId)
    .count();
}

/** Everything still waiting for the user, newest first. */
export function listHeld(db: AppDB): Promise<HeldNotification[]> {
  return db.held
    .where('[status+createdAt]')
    .between(['held', Dexie.minKey], ['held', Dexie.maxKey])
    .reverse()
    .toArray();
}

function countWithStatus(db: AppDB, status: HeldNotification['status']): Promise<number> {
  return db.held
    .where('[status+createdAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .count();
}

/** Notifications waiting, as the digest counts them (bursts and replacements included). */
export async function countHeld(db: AppDB): Promise<number> {
  let total = 0;
  await db.held
    .where('[status+createdAt]')
    .between(['held', Dexie.minKey], ['held', Dexie.maxKey])
    .each((row) => void (total += countOf(row)));
  return total;
}
export const countHandled = (db: AppDB) => countWithStatus(db, 'handled');

export function getHeldInSessions(db: AppDB, sessionIds: number[]): Promise<HeldNotification[]> {
  return db.held.where('sessionId').anyOf(sessionIds).toArray();
}

/**
 * Handled items stay in the database (never lost); they only leave the digest's list. An item
 * handled before its digest came needs no digest any more.
 */
export async function markHandled(db: AppDB, ids: readonly number[], now: Date): Promise<void> {
  await db.held
    .where('id')
    .anyOf(ids as number[])
    .filter((r) => r.status === 'held')
    .modify((r) => {
      r.status = 'handled';
      r.handledAt = now.getTime();
      delete r.pendingRelease;
    });
}

/**
 * Snoozed items leave the list until `until`, then come back in the next digest: they wait for
 * a release again (the release plan wakes at the snooze's end and releases them then).
 */
export async function snoozeHeld(db: AppDB, ids: readonly number[], until: number): Promise<number> {
  return db.held
    .where('id')
    .anyOf(ids as number[])
    .filter((r) => r.status === 'held')
    .modify((r) => {
      r.snoozedUntil = until;
      r.pendingRelease = 1;
    });
}

/**
 * Undo of Mark handled: the items wait again. One that no digest had delivered waits for its
 * release again; one already delivered stays delivered.
 */
export async function restoreHandled(db: AppDB, ids: readonly number[]): Promise<number> {
  return db.held
    .where('id')
    .anyOf(ids as number[])
    .filter((r) => r.status === 'handled')
    .modify((r) => {
      r.status = 'held';
      delete r.handledAt;
      if (r.digestId === undefined) r.pendingRelease = 1;
    });
}

/** The history: handled items, most recently handled first, a page at a time. */
export function listHandled(db: AppDB, limit: number): Promise<HeldNotification[]> {
  return db.held
    .where('[status+handledAt]')
    .between(['handled', Dexie.minKey], ['handled', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** How many of a tier's items the first screen scans by due time. */
const FIRST_SCREEN_SCAN = 200;

/**
 * The rows of the digest's first groups, each group whole (lib/digest/first-screen.ts says why
 * they are certain to lead the list), through the tier/due and tier/thread indexes: a few hundred
 * rows at most, however many are held. `tierIds` most urgent first.
 */
export async function listFirstGroups(db: AppDB, tierIds: readonly string[], now: Date): Promise<HeldNotification[]> {
  const rows: HeldNotification[] = [];
  const entries = new Set<string>();
  for (const tierId of tierIds) {
    const scanned = await db.held
      .where('[status+tierId+dueAt]')
      .between(['held', tierId, Dexie.minKey], ['held', tierId, Dexie.maxKey])
      .limit(FIRST_SCREEN_SCAN)
      .toArray();
    const { threads, complete } = pickThreads(scanned, { full: scanned.length === FIRST_SCREEN_SCAN, now });
    for (const [i, { thread }] of threads.entries()) {
      const group = await db.held.where('[status+tierId+threadKey]').equals(['held', tierId, thread]).toArray();
      rows.push(...group);
      for (const row of group) entries.add(`${thread}\u001f${collapseKey(row as ListedItem)}`);
      if (entries.size >= FIRST_SCREEN_ENTRIES && mayStopAfter(threads, i)) return rows;
    }
    // Items without a due time (held before tiers) are listed last in their tier but are not in
    // the due index: the next tier may follow only when none is missing.
    const inTier = await db.held.where('[status+tierId+threadKey]').between(['held', tierId, Dexie.minKey], ['held', tierId, Dexie.maxKey]).count();
    if (!complete || inTier !== scanned.length) return rows;
  }
  return rows;
}
