import { prunable, type RetentionCutoffs } from '../data/retention';
import type { AppDB } from './app-db';
import { pruneUnusedIcons } from './icons-repo';

export interface PruneCounts {
  held: number;
  sessions: number;
  questions: number;
  outbox: number;
  digests: number;
}

/**
 * Deletes what retention allows (lib/data/retention.ts says what), each table through an index
 * that narrows it to candidates, so a month of rows is not read to delete a day's.
 */
export async function pruneOld(db: AppDB, c: RetentionCutoffs): Promise<PruneCounts> {
  return db.transaction('rw', [db.held, db.sessions, db.questions, db.outbox, db.digests, db.icons], async () => {
    // handledAt is never before createdAt, so rows that arrived after the cutoff cannot qualify.
    const handled = await db.held.where('[status+createdAt]').between(['handled', 0], ['handled', c.handledBefore]).filter((r) => prunable.held(r, c)).primaryKeys();
    const broke = await db.held.where('[status+createdAt]').between(['broke-through', 0], ['broke-through', c.historyBefore]).filter((r) => prunable.held(r, c)).primaryKeys();
    const sessions = await db.sessions.where('status').equals('ended').filter((s) => prunable.session(s, c)).primaryKeys();
    const questions = await db.questions.where('status').anyOf(['answered', 'dropped']).filter((q) => prunable.question(q, c)).primaryKeys();
    const outbox = await db.outbox.where('state').anyOf(['sent', 'dropped']).filter((m) => prunable.message(m, c)).primaryKeys();
    const digests = await db.digests.where('at').below(c.historyBefore).filter((d) => prunable.digest(d, c)).primaryKeys();
    await db.held.bulkDelete([...handled, ...broke]);
    await db.sessions.bulkDelete(sessions);
    await db.questions.bulkDelete(questions);
    await db.outbox.bulkDelete(outbox);
    await db.digests.bulkDelete(digests);
    await pruneUnusedIcons(db);
    return { held: handled.length + broke.length, sessions: sessions.length, questions: questions.length, outbox: outbox.length, digests: digests.length };
  });
}

/** Everything in the database, gone: "Delete everything". The schema stays, empty. */
export async function clearAll(db: AppDB): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

/**
 * Near the quota: the oldest handled items go first, the least urgent tiers before the others
 * (`tierOrder` is most urgent first), `batch` at a time. Nothing held, queued or unsent is touched.
 * Returns how many were deleted (0: nothing left to free).
 */
export async function pruneHandledForSpace(db: AppDB, tierOrder: string[], batch = 500): Promise<number> {
  const rank = (tierId: string) => {
    const i = tierOrder.indexOf(tierId);
    return i < 0 ? tierOrder.length : i;
  };
  const handled = await db.held.where('[status+createdAt]').between(['handled', 0], ['handled', Infinity]).toArray();
  const victims = handled
    .sort((a, b) => rank(b.tierId) - rank(a.tierId) || (a.handledAt ?? a.createdAt) - (b.handledAt ?? b.createdAt))
    .slice(0, batch)
    .map((r) => r.id!);
  await db.held.bulkDelete(victims);
  await pruneUnusedIcons(db);
  return victims.length;
}
