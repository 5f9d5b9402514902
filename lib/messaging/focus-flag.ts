import type { ReleaseReason } from '../digest/release-plan';
import type { FocusState } from '../focus/focus-state';
import type { HoldState } from '../hold/hold-state';

/** The next release as the popup and tooltip tell it: "next check 11:05 AM (1 Important)". */
export interface NextCheck {
  at: number;
  reason: ReleaseReason;
  /** What makes it: "1 Important", or "3 waiting". */
  label: string;
}

/**
 * What content scripts and the popup know. The background writes it to storage.local whenever
 * the state changes; the bridge reads it even while the service worker is asleep, and treats a
 * time in the past as "off", so a missed update fails open.
 */
export interface FocusFlag {
  /** Focus until (epoch ms), or null when focus is off. */
  until: number | null;
  /** When the next block starts (epoch ms), or null if none is known. */
  next?: number | null;
  /**
   * Notifications are held until then (epoch ms): focus, and batching in working hours when the
   * user turned it on. Absent in flags of earlier versions, where focus alone held.
   */
  holdUntil?: number | null;
  holdBecause?: 'focus' | 'batching';
  /** Hide unread counts in tab titles while focus is on. */
  hideCounts?: boolean;
  nextCheck?: NextCheck | null;
  /** Released items not handled yet: the badge count outside focus. */
  waiting?: number;
  /** The user's own questions that want a look: a dot on the badge. */
  questions?: QuestionFlags;
}

export interface QuestionFlags {
  /** Queued and marked "blocking me". */
  blocking: number;
  /** Sent, past their needed-by, not answered. */
  overdue: number;
  /** In the outbox and waiting on the user: refused, late, or maybe sent. */
  attention: number;
}

export const FOCUS_FLAG_KEY = 'focusFlag';

/** Until when notifications are held, read against the clock: a time in the past is "not held". */
export function holdUntilOf(flag: FocusFlag | undefined, now: number): number | null {
  const until = flag?.holdUntil !== undefined ? flag.holdUntil : flag?.until;
  return typeof until === 'number' && until > now ? until : null;
}

export function isFlagHolding(flag: FocusFlag | undefined, now: number): boolean {
  return holdUntilOf(flag, now) !== null;
}

export function isFlagFocusOn(flag: FocusFlag | undefined, now: number): boolean {
  return typeof flag?.until === 'number' && flag.until > now;
}

export interface PublishedState {
  focus: FocusState;
  hold: HoldState;
  hideCounts?: boolean;
  nextCheck?: NextCheck;
  waiting?: number;
  questions?: QuestionFlags;
}

export function toFocusFlag({ focus, hold, hideCounts = false, nextCheck, waiting = 0, questions }: PublishedState): FocusFlag {
  return {
    until: focus.on ? focus.until.getTime() : null,
    next: focus.on ? null : (focus.next?.getTime() ?? null),
    holdUntil: hold.holding ? hold.until.getTime() : null,
    ...(hold.holding ? { holdBecause: hold.because } : {}),
    hideCounts,
    nextCheck: nextCheck ?? null,
    waiting,
    ...(questions ? { questions } : {}),
  };
}

/** The focus state as published by the background, read against the clock. */
export function readFlagState(flag: FocusFlag | undefined, now: Date): FocusState {
  if (isFlagFocusOn(flag, now.getTime())) return { on: true, until: new Date(flag!.until!), sessionIds: [], occurrences: [] };
  const next = flag?.next;
  return typeof next === 'number' && next > now.getTime() ? { on: false, next: new Date(next) } : { on: false };
}
