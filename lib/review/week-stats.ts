import { addDays, startOfWeek } from 'date-fns';
import { countOf, type HeldNotification } from '../capture/held-notification';
import type { DigestRecord } from '../digest/digest-record';
import type { ReleaseReason } from '../digest/release-plan';
import type { FocusSession } from '../focus/session';
import type { QueuedQuestion } from '../queue/question';

/** The rows a review period needs; the page reads them through the indexes for the period. */
export interface ReviewRows {
  sessions: FocusSession[];
  held: HeldNotification[];
  digests: DigestRecord[];
  questions: QueuedQuestion[];
}

export interface DayStats {
  /** Local midnight, epoch ms. */
  day: number;
  plannedMinutes: number;
  protectedMinutes: number;
}

export interface ReviewStats {
  from: number;
  to: number;
  days: DayStats[];
  blocks: number;
  /** Minutes of scheduled blocks that passed while the browser was closed: planned, not protected. */
  notObservedMinutes: number;
  endedEarly: { count: number; reasons: Record<string, number> };
  heldByApp: Record<string, number>;
  heldByTier: Record<string, number>;
  /** Breakthroughs by why they got their tier ("keyword “outage”"), and by conversation. */
  brokeThroughByWhy: Record<string, number>;
  brokeThroughByConversation: Record<string, number>;
  digestsByReason: Partial<Record<ReleaseReason, number>>;
  /** Per tier: handled items with a due time, and of those handled by it. */
  slaKept: Record<string, { handled: number; inTime: number }>;
  /** Per tier: average hours from arrival to handled. */
  averageWaitHours: Record<string, number>;
  questions: { queued: number; sent: number; answered: number; answeredInTime: number; overdue: number };
}

/** The week (Monday to Monday, local time) that holds `at`; DST days are 23 or 25 hours long. */
export function weekOf(at: Date): { from: Date; to: Date } {
  const from = startOfWeek(at, { weekStartsOn: 1 });
  return { from, to: addDays(from, 7) };
}

const overlapMinutes = (a: number, b: number, from: number, to: number) => Math.max(0, Math.min(b, to) - Math.max(a, from)) / 60_000;
const bump = (record: Record<string, number>, key: string, by = 1) => void (record[key] = (record[key] ?? 0) + by);

/**
 * What a period's rows say, counted the way the review page explains them. A block still running
 * counts as protected up to now; a block across midnight counts on both days.
 */
export function reviewStats(rows: ReviewRows, from: Date, to: Date, now: Date): ReviewStats {
  const f = from.getTime();
  const t = to.getTime();
  const n = now.getTime();
  const inPeriod = (ms: number | undefined) => ms !== undefined && ms >= f && ms < t;
  const dayStarts: number[] = [];
  for (let d = from; d.getTime() < t; d = addDays(d, 1)) dayStarts.push(d.getTime());
  const days = dayStarts.map((day, i) => ({ day, end: dayStarts[i + 1] ?? t, plannedMinutes: 0, protectedMinutes: 0 }));

  const sessions = rows.sessions.filter((s) => s.start < t && (s.actualEnd ?? s.plannedEnd) > f);
  const endedEarly = { count: 0, reasons: {} as Record<string, number> };
  let notObservedMinutes = 0;
  for (const s of sessions) {
    // Nothing saw a block the browser was closed for: it was planned, but not known protected.
    const protectedEnd = s.observed === false ? s.start : s.status === 'active' ? Math.min(n, s.plannedEnd) : (s.actualEnd ?? s.plannedEnd);
    if (s.observed === false) notObservedMinutes += overlapMinutes(s.start, s.plannedEnd, f, t);
    for (const d of days) {
      d.plannedMinutes += overlapMinutes(s.start, s.plannedEnd, d.day, d.end);
      d.protectedMinutes += overlapMinutes(s.start, protectedEnd, d.day, d.end);
    }
    if (s.status === 'ended' && s.endReason === 'user' && (s.actualEnd ?? s.plannedEnd) < s.plannedEnd) {
      endedEarly.count++;
      bump(endedEarly.reasons, s.endNote?.trim() || 'no reason given');
    }
  }

  const heldByApp: Record<string, number> = {};
  const heldByTier: Record<string, number> = {};
  const brokeThroughByWhy: Record<string, number> = {};
  const brokeThroughByConversation: Record<string, number> = {};
  const slaKept: ReviewStats['slaKept'] = {};
  const waits: Record<string, number[]> = {};
  for (const h of rows.held.filter((r) => inPeriod(r.createdAt))) {
    const count = countOf(h);
    if (h.status === 'broke-through') {
      bump(brokeThroughByWhy, h.why, count);
      if (h.conversation) bump(brokeThroughByConversation, h.conversation, count);
      continue;
    }
    bump(heldByApp, h.app ?? h.origin, count);
    bump(heldByTier, h.tierId, count);
    if (h.status === 'handled' && h.handledAt !== undefined) {
      (waits[h.tierId] ??= []).push((h.handledAt - h.createdAt) / 3_600_000);
      if (h.dueAt !== undefined) {
        const kept = (slaKept[h.tierId] ??= { handled: 0, inTime: 0 });
        kept.handled++;
        if (h.handledAt <= h.dueAt) kept.inTime++;
      }
    }
  }
  const averageWaitHours = Object.fromEntries(Object.entries(waits).map(([tier, w]) => [tier, w.reduce((a, b) => a + b, 0) / w.length]));

  const digestsByReason: ReviewStats['digestsByReason'] = {};
  for (const d of rows.digests.filter((r) => inPeriod(r.at))) digestsByReason[d.reason] = (digestsByReason[d.reason] ?? 0) + 1;

  const q = rows.questions;
  const answered = q.filter((x) => inPeriod(x.answeredAt));
  const questions = {
    queued: q.filter((x) => inPeriod(x.createdAt)).length,
    sent: q.filter((x) => inPeriod(x.sentAt)).length,
    answered: answered.length,
    answeredInTime: answered.filter((x) => x.answeredAt! <= x.neededBy).length,
    overdue: q.filter((x) => x.status === 'sent' && x.neededBy < n).length,
  };

  return {
    from: f,
    to: t,
    days: days.map(({ day, plannedMinutes, protectedMinutes }) => ({ day, plannedMinutes: Math.round(plannedMinutes), protectedMinutes: Math.round(protectedMinutes) })),
    blocks: sessions.length,
    notObservedMinutes: Math.round(notObservedMinutes),
    endedEarly,
    heldByApp,
    heldByTier,
    brokeThroughByWhy,
    brokeThroughByConversation,
    digestsByReason,
    slaKept,
    averageWaitHours,
    questions,
  };
}
