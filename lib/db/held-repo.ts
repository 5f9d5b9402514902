import Dexie from 'dexie';
import type { AppDB } from './app-db';
import type { HeldNotification } from '../capture/held-notification';

export async function storeHeld(db: AppDB, row: HeldNotification): Promise<number> {
  return (await db.held.add(row)) as number;
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

export const countHeld = (db: AppDB) => countWithStatus(db, 'held');
export const countHandled = (db: AppDB) => countWithStatus(db, 'handled');

export function getHeldInSessions(db: AppDB, sessionIds: number[]): Promise<HeldNotification[]> {
  return db.held.where('sessionId').anyOf(sessionIds).toArray();
}

/** Handled items stay in the database (never lost); they only leave the digest's list. */
export async function markHandled(db: AppDB, id: number, now: Date): Promise<void> {
  await db.held.update(id, { status: 'handled', handledAt: now.getTime() });
}
