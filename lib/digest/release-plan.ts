import type { WorkingHours } from '../time/business-time';
import { nextDigestMoment, previousDigestMoment } from './digest-times';

/** Why a digest was released. */
export type ReleaseReason = 'block-end' | 'sla' | 'digest-time' | 'hold-end';

/** A held item that has not been released in a digest yet. */
export interface PendingItem {
  id: number;
  tierId: string;
  /** When it needs an answer (epoch ms); unknown for items held before tiers existed. */
  dueAt?: number;
  /** Since when it waits: its arrival, or the end of its snooze. */
  since: number;
  /** Snoozed until then (epoch ms): it waits, and joins the next digest after that. */
  snoozedUntil?: number;
}

export interface ReleaseInput {
  now: Date;
  pending: readonly PendingItem[];
  /** Ended focus sessions whose end-of-block release has not happened yet. */
  endedSessionIds: readonly number[];
  focus: { on: false } | { on: true; until: Date };
  hold: { holding: false } | { holding: true; until: Date };
  digestTimes: readonly string[];
  /** An item is released at the latest this long before it is due. */
  marginMinutes: number;
  hours: WorkingHours;
}

export interface ReleasePlan {
  /** Release these now, in one summary, for this reason; and mark these sessions' ends released. */
  now?: { reason: ReleaseReason; itemIds: number[]; sessionIds: number[] };
  /** The next release people should expect, for the popup and tooltip. */
  next?: { at: Date; reason: ReleaseReason; tierId?: string };
  /** When to look again (the release alarm): the next release, or a snooze ending before it. */
  wakeAt?: Date;
}

const earliest = <T extends { at: number }>(list: T[]) => list.reduce<T | undefined>((a, b) => (!a || b.at < a.at ? b : a), undefined);

/**
 * What to release now, and when the next release is. A pure function of the held items, the
 * ended blocks, focus and holding, the settings and the clock, so a worker stopped between
 * planning and recording simply plans the same again, and moments missed while the machine slept
 * give one release on wake, not one per moment. Releases come:
 * - at the end of a block (the whole block: not while focus goes on);
 * - early, when an item would otherwise wait past its due time minus the margin (even in focus);
 * - at digest times outside focus (a digest time inside a block is the block's end);
 * - when holding stops (batching ended for the day) with items still waiting.
 * Each release takes everything waiting then: one summary, never a trickle.
 */
export function planRelease(input: ReleaseInput): ReleasePlan {
  const t = input.now.getTime();
  const margin = input.marginMinutes * 60_000;
  const eligible = input.pending.filter((p) => !(p.snoozedUntil !== undefined && p.snoozedUntil > t));
  const surfaceAt = (p: PendingItem) => (p.dueAt === undefined ? Infinity : p.dueAt - margin);
  const lastDigest = previousDigestMoment(input.now, input.digestTimes, input.hours)?.getTime();

  const reason: ReleaseReason | undefined =
    input.endedSessionIds.length > 0 && !input.focus.on
      ? 'block-end'
      : eligible.some((p) => surfaceAt(p) <= t)
        ? 'sla'
        : !input.focus.on && lastDigest !== undefined && eligible.some((p) => p.since < lastDigest)
          ? 'digest-time'
          : !input.hold.holding && eligible.length > 0
            ? 'hold-end'
            : undefined;
  const now = reason ? { reason, itemIds: eligible.map((p) => p.id), sessionIds: reason === 'block-end' ? [...input.endedSessionIds] : [] } : undefined;

  // What waits after this plan is carried out: nothing eligible if it released, else all of it.
  const waiting = now ? [] : eligible;
  const candidates: { at: number; reason: ReleaseReason; tierId?: string }[] = [];
  if (waiting.length > 0) {
    const first = waiting.reduce((a, b) => (surfaceAt(b) < surfaceAt(a) ? b : a));
    if (surfaceAt(first) < Infinity) candidates.push({ at: surfaceAt(first), reason: 'sla', tierId: first.tierId });
    if (input.focus.on) candidates.push({ at: input.focus.until.getTime(), reason: 'block-end' });
    const digest = nextDigestMoment(input.focus.on ? new Date(Math.max(t, input.focus.until.getTime() - 1)) : input.now, input.digestTimes, input.hours);
    if (digest) candidates.push({ at: digest.getTime(), reason: 'digest-time' });
    if (input.hold.holding) candidates.push({ at: input.hold.until.getTime(), reason: 'hold-end' });
  }
  const next = earliest(candidates);
  const snoozeEnds = input.pending.flatMap((p) => (p.snoozedUntil !== undefined && p.snoozedUntil > t ? [{ at: p.snoozedUntil }] : []));
  const wake = earliest([...(next ? [next] : []), ...snoozeEnds]);
  return {
    ...(now ? { now } : {}),
    ...(next ? { next: { at: new Date(next.at), reason: next.reason, ...(next.tierId ? { tierId: next.tierId } : {}) } } : {}),
    ...(wake ? { wakeAt: new Date(wake.at) } : {}),
  };
}
