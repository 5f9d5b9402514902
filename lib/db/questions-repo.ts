import Dexie from 'dexie';
import type { AppDB } from './app-db';
import type { QueuedQuestion } from '../queue/question';

export async function addQuestion(db: AppDB, question: QueuedQuestion): Promise<number> {
  return (await db.questions.add(question)) as number;
}

/** Queued questions, the most pressing needed-by first. */
export function listQueuedQuestions(db: AppDB): Promise<QueuedQuestion[]> {
  return db.questions
    .where('[status+neededBy]')
    .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
    .toArray();
}
