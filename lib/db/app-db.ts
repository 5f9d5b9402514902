import Dexie, { type EntityTable } from 'dexie';
import type { HeldNotification } from '../capture/held-notification';
import type { DigestRecord } from '../digest/digest-record';
import type { FocusSession } from '../focus/session';
import type { OutboxMessage } from '../queue/outbox';
import type { QueuedQuestion } from '../queue/question';
import type { StoredIcon } from './icons-repo';
import { SCHEMA } from './schema';

/**
 * The extension's database (extension origin only: never open it from a content script, where it
 * would be the page's IndexedDB). Every schema version stays listed (lib/db/schema.ts) so upgrades
 * run in order; `upTo` opens it as an earlier version did, for the upgrade tests.
 */
export class AppDB extends Dexie {
  held!: EntityTable<HeldNotification, 'id'>;
  questions!: EntityTable<QueuedQuestion, 'id'>;
  sessions!: EntityTable<FocusSession, 'id'>;
  digests!: EntityTable<DigestRecord, 'id'>;
  outbox!: EntityTable<OutboxMessage, 'id'>;
  icons!: EntityTable<StoredIcon, 'key'>;

  constructor(name = 'heads-down', { upTo = Infinity }: { upTo?: number } = {}) {
    super(name);
    for (const step of SCHEMA.filter((s) => s.version <= upTo)) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export const db = new AppDB();
