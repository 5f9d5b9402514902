import { subDays } from 'date-fns';
import type { HeldNotification } from '../capture/held-notification';
import type { DigestRecord } from '../digest/digest-record';
import type { FocusSession } from '../focus/session';
import type { OutboxMessage } from '../queue/outbox';
import type { QueuedQuestion } from '../queue/question';
import type { DataSettings } from '../settings/sections/data';

/** Rows older than these (epoch ms) may go; "N days" are calendar days, so a DST day counts as one. */
export interface RetentionCutoffs {
  handledBefore: number;
  historyBefore: number;
}

export function retentionCutoffs(settings: DataSettings, now: Date): RetentionCutoffs {
  return { handledBefore: subDays(now, settings.handledDays).getTime(), historyBefore: subDays(now, settings.historyDays).getTime() };
}

/**
 * What retention may delete. Only what is finished: a notification still held, a block still
 * running or waiting for its summary, a question not yet answered or dropped, and a message not
 * yet sent are never pruned, however old (losing one is the worst bug this product can have).
 */
export const prunable = {
  held: (row: HeldNotification, c: RetentionCutoffs): boolean =>
    (row.status === 'handled' && (row.handledAt ?? row.createdAt) < c.handledBefore) ||
    // Breakthroughs are kept with the history: the weekly review counts them.
    (row.status === 'broke-through' && row.createdAt < c.historyBefore),
  session: (s: FocusSession, c: RetentionCutoffs): boolean =>
    s.status === 'ended' && s.digestPending === undefined && (s.actualEnd ?? s.plannedEnd) < c.historyBefore,
  question: (q: QueuedQuestion, c: RetentionCutoffs): boolean =>
    (q.status === 'answered' || q.status === 'dropped') && (q.answeredAt ?? q.sentAt ?? q.createdAt) < c.historyBefore,
  message: (m: OutboxMessage, c: RetentionCutoffs): boolean =>
    (m.state === 'sent' || m.state === 'dropped') && (m.sentAt ?? m.createdAt) < c.historyBefore,
  digest: (d: DigestRecord, c: RetentionCutoffs): boolean => d.shownAt !== undefined && d.at < c.historyBefore,
};
