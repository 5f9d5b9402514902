import type { Transaction } from 'dexie';
import { iconKeyOf } from '../capture/icon-key';
import { threadKeyOf } from '../digest/digest-groups';

/**
 * Every version of the database, in order; a version is never edited once shipped. A change
 * adds a version here (with an upgrade when rows need new fields) and a case to
 * tests/lib/db/schema-upgrade.test.ts, which fills each earlier version and upgrades it.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Rows held before tiers existed are Standard, and their block's digest decides if they are released. */
async function addTiersAndReleases(tx: Transaction): Promise<void> {
  const sessions = await tx.table('sessions').toArray();
  const waiting = new Set(sessions.filter((s) => s.digestPending === 1 || s.status === 'active').map((s) => s.id));
  await tx
    .table('held')
    .toCollection()
    .modify((row) => {
      row.tierId ??= 'standard';
      row.why ??= 'held before SLA tiers';
      row.periodKey ??= `focus:${row.sessionId}`;
      if (row.status !== 'held') return;
      if (waiting.has(row.sessionId)) row.pendingRelease = 1;
      else {
        // Its block's summary was shown already: it was released then.
        row.digestId = 'before-sla-tiers';
        row.releasedAt = row.createdAt;
      }
    });
}

/**
 * Icons leave the rows for a table of their own, each stored once (lib/db/icons-repo.ts); every
 * row gets its thread key, so the digest can read its first groups whole through an index.
 */
async function moveIconsOutAddThreads(tx: Transaction): Promise<void> {
  const icons = new Map<string, string>();
  await tx
    .table('held')
    .toCollection()
    .modify((row) => {
      row.threadKey = threadKeyOf(row);
      if (typeof row.icon !== 'string') return;
      const key = iconKeyOf(row.icon);
      icons.set(key, row.icon);
      row.iconKey = key;
      delete row.icon;
    });
  await tx.table('icons').bulkPut([...icons].map(([key, data]) => ({ key, data })));
}

/** Questions queued before the outbox were plain questions to be copied, sent at the block end. */
async function addOutbox(tx: Transaction): Promise<void> {
  await tx
    .table('questions')
    .toCollection()
    .modify((q) => {
      q.template ??= 'plain';
      q.channelId ??= 'copy';
      q.tierId ??= 'standard';
      q.blocking ??= false;
      q.send ??= { at: 'block-end' };
    });
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      held: '++id, [status+createdAt], sessionId, [tabId+tag]',
      questions: '++id, [status+neededBy], createdAt',
      sessions: '++id, status, start, digestPending',
    },
  },
  // Tag replacement looks rows up by origin and tag; bursts by tab and session.
  { version: 2, stores: { held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId]' } },
  // SLA tiers: releases (digests) are recorded; held rows know their tier, due time, release and
  // breakthrough period.
  {
    version: 3,
    stores: {
      held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId], pendingRelease, [periodKey+status], digestId, tierId, dueAt',
      digests: 'id, at, unshown',
    },
    upgrade: addTiersAndReleases,
  },
  // The outbox: questions go out as messages, each send recorded; recipients are remembered.
  {
    version: 4,
    stores: {
      questions: '++id, [status+neededBy], createdAt, status, recipient, messageId',
      outbox: 'id, state, nextAttemptAt',
    },
    upgrade: addOutbox,
  },
  // The digest page: the history of handled items newest first, and snoozes by their end.
  {
    version: 5,
    stores: {
      held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId], pendingRelease, [periodKey+status], digestId, tierId, dueAt, [status+handledAt], snoozedUntil',
    },
  },
  // Icons out of the rows: the digest reads thousands of rows without their images, and an icon
  // sent by many notifications is stored once. iconKey is indexed to prune icons no row uses.
  // The digest's first screen reads the most urgent items by tier and due time, then their
  // groups whole by tier and thread, instead of every row.
  {
    version: 6,
    stores: {
      held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId], pendingRelease, [periodKey+status], digestId, tierId, dueAt, [status+handledAt], snoozedUntil, iconKey, [status+tierId+dueAt], [status+tierId+threadKey]',
      icons: 'key',
    },
    upgrade: moveIconsOutAddThreads,
  },
  // Capture writes a row per notification during focus and waits for the write to answer the
  // page: indexes no query uses go. Nothing reads by tierId, dueAt, digestId or snoozedUntil
  // alone (the digest reads by [status+tierId+…]; a removed tier's rows are found by a scan).
  {
    version: 7,
    stores: {
      held: '++id, [status+createdAt], sessionId, [origin+tag], [tabId+sessionId], pendingRelease, [periodKey+status], [status+handledAt], iconKey, [status+tierId+dueAt], [status+tierId+threadKey]',
    },
  },
];
