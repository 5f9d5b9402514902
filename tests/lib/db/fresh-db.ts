import { afterEach, beforeEach } from 'vitest';
import { AppDB } from '@/lib/db/app-db';

/** A new, empty database for every test (fake-indexeddb), deleted afterwards. */
export function withFreshDb(): { db: AppDB } {
  const context = {} as { db: AppDB };
  beforeEach(() => {
    context.db = new AppDB(`test-${crypto.randomUUID()}`);
  });
  afterEach(() => context.db.delete());
  return context;
}
