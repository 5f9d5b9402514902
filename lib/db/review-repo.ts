import type { ReviewRows } from '../review/week-stats';
import type { AppDB } from './app-db';

/** The rows a review of [from, to) needs, through the indexes, not the whole database. */
export async function readReviewRows(db: AppDB, from: number, to: number): Promise<ReviewRows> {
  const heldIn = (status: string) => db.held.where('[status+createdAt]').between([status, from], [status, to]).toArray();
  const [held, handled, broke, sessions, digests, questions] = await Promise.all([
    heldIn('held'),
    heldIn('handled'),
    heldIn('broke-through'),
    // A block that started up to a day before can run into the period.
    db.sessions.where('start').between(from - 86_400_000, to).toArray(),
    db.digests.where('at').between(from, to).toArray(),
    // Questions asked before the period may be sent or answered in it.
    db.questions.where('createdAt').below(to).toArray(),
  ]);
  return { held: [...held, ...handled, ...broke], sessions, digests, questions };
}
