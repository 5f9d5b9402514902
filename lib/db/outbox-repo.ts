import type { AppDB } from './app-db';
import type { ComposedMessage } from '../queue/compose-message';
import { initialState, messageIdFor, type Destination, type OutboxMessage } from '../queue/outbox';

/** Messages not sent or dropped: what the outbox shows. */
export function listOpenMessages(db: AppDB): Promise<OutboxMessage[]> {
  return db.outbox.where('state').noneOf(['sent', 'dropped']).toArray();
}

/**
 * Turns released questions into messages, in one transaction: each message (its id from its
 * questions, so doing it twice finds the first) and its questions moved to the outbox. A question
 * that is no longer queued (deleted, sent meanwhile) is left out.
 */
export function recordMessages(
  db: AppDB,
  composed: readonly (ComposedMessage & { destination: Destination; bodies: string[]; dueAt: number })[],
  now: number,
): Promise<OutboxMessage[]> {
  return db.transaction('rw', db.questions, db.outbox, async () => {
    const made: OutboxMessage[] = [];
    for (const m of composed) {
      const questions = (await db.questions.bulkGet(m.questionIds)).filter((q) => q?.status === 'queued');
      if (questions.length !== m.questionIds.length) continue;
      const id = messageIdFor(m.questionIds);
      if (await db.outbox.get(id)) continue;
      const message: OutboxMessage = {
        id,
        recipient: m.recipient,
        destination: m.destination,
        questionIds: m.questionIds,
        text: m.text,
        subject: m.subject,
        bodies: m.bodies,
        sentParts: 0,
        state: initialState(m.dueAt, now),
        attempts: 0,
        dueAt: m.dueAt,
        createdAt: now,
      };
      await db.outbox.add(message);
      await db.questions.where('id').anyOf(m.questionIds).modify({ status: 'outbox', messageId: id });
      made.push(message);
    }
    return made;
  });
}

/** A message's new state; once sent its questions wait on answers, once dropped they are dropped. */
export function updateMessage(db: AppDB, id: string, change: Partial<OutboxMessage>, now: number): Promise<void> {
  return db.transaction('rw', db.questions, db.outbox, async () => {
    await db.outbox.update(id, change);
    const message = await db.outbox.get(id);
    if (!message) return;
    if (message.state === 'sent') {
      await db.questions.where('id').anyOf(message.questionIds).filter((q) => q.status === 'outbox').modify({ status: 'sent', sentAt: message.sentAt ?? now });
    } else if (message.state === 'dropped') {
      await db.questions.where('id').anyOf(message.questionIds).filter((q) => q.status === 'outbox').modify({ status: 'dropped' });
    }
  });
}

/** Reschedule: the message is undone and its questions queue again, not before `until`. */
export function requeueMessage(db: AppDB, id: string, until: number): Promise<void> {
  return db.transaction('rw', db.questions, db.outbox, async () => {
    const message = await db.outbox.get(id);
    if (!message || message.state === 'sent' || message.state === 'sending') return;
    await db.outbox.delete(id);
    await db.questions
      .where('id')
      .anyOf(message.questionIds)
      .modify((q) => {
        q.status = 'queued';
        q.send = { at: 'not-before', time: until };
        delete q.messageId;
      });
  });
}
