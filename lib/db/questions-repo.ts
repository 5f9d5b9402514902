import Dexie from 'dexie';
import type { AppDB } from './app-db';
import { byUrgency, type QueuedQuestion } from '../queue/question';

export async function addQuestion(db: AppDB, question: QueuedQuestion): Promise<number> {
  return (await db.questions.add(question)) as number;
}

function withStatus(db: AppDB, status: QueuedQuestion['status']): Promise<QueuedQuestion[]> {
  return db.questions
    .where('[status+neededBy]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .toArray();
}

/** Queued questions, blocking ones first, then the most pressing needed-by. */
export async function listQueuedQuestions(db: AppDB): Promise<QueuedQuestion[]> {
  return (await withStatus(db, 'queued')).sort(byUrgency);
}

/** Sent and not answered yet: what the user waits on. */
export async function listWaitingOn(db: AppDB): Promise<QueuedQuestion[]> {
  return (await withStatus(db, 'sent')).sort(byUrgency);
}

/** People the user asked before, the most recent first: the composer's suggestions. */
export async function listRecentRecipients(db: AppDB, limit = 50): Promise<string[]> {
  const seen = new Map<string, string>();
  await db.questions
    .orderBy('createdAt')
    .reverse()
    .until(() => seen.size >= limit)
    .each((q) => {
      const key = q.recipient.toLowerCase();
      if (!seen.has(key)) seen.set(key, q.recipient);
    });
  return [...seen.values()];
}

/** The user says an answer came: recorded with whether it came by the needed-by time. */
export async function markAnswered(db: AppDB, id: number, now: Date): Promise<boolean> {
  const changed = await db.questions
    .where('id')
    .equals(id)
    .filter((q) => q.status === 'sent' || q.status === 'outbox')
    .modify((q) => {
      q.status = 'answered';
      q.answeredAt = now.getTime();
      q.answeredInTime = now.getTime() <= q.neededBy;
    });
  return changed > 0;
}
