import Dexie, { type EntityTable } from 'dexie';
import type { HeldNotification } from '../capture/held-notification';
import type { FocusSession } from '../focus/session';
import type { QueuedQuestion } from '../queue/question';

/**
 * The extension's database (extension origin only: never open it from a content script, where it
 * would be the page's IndexedDB). Every schema version stays listed so upgrades run in order.
 */
export class AppDB extends Dexie {
  held!: EntityTable<HeldNotification, 'id'>;
  questions!: EntityTable<QueuedQuestion, 'id'>;
  sessions!: EntityTable<FocusSession, 'id'>;

  constructor(name = 'heads-down') {
    super(name);
    this.version(1).stores({
      held: '++id, [status+createdAt], sessionId, [tabId+tag]',
      questions: '++id, [status+neededBy], createdAt',
      sessions: '++id, status, start, digestPending',
    });
    // v2: tag replacement looks rows up by origin and tag; bursts by tab and session.
    this.version(2).stores({
      held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId]',
    });
  }
}

export const db = new AppDB();
