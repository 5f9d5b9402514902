import type { FocusState } from '../focus/focus-state';

/**
 * What content scripts and the popup know about focus. The background writes it to storage.local
 * whenever the state changes; the bridge reads it even while the service worker is asleep, and
 * treats a time in the past as "off", so a missed update fails open.
 */
export interface FocusFlag {
  /** Epoch ms, or null when focus is off. */
  until: number | null;
  /** When the next block starts (epoch ms), or null if none is known. */
  next?: number | null;
  /** Hide unread counts in tab titles while focus is on. */
  hideCounts?: boolean;
}

export const FOCUS_FLAG_KEY = 'focusFlag';

export function isFlagHolding(flag: FocusFlag | undefined, now: number): boolean {
  return typeof flag?.until === 'number' && flag.until > now;
}

export function toFocusFlag(state: FocusState, hideCounts = false): FocusFlag {
  return state.on
    ? { until: state.until.getTime(), next: null, hideCounts }
    : { until: null, next: state.next?.getTime() ?? null, hideCounts };
}

/** The focus state as published by the background, read against the clock. */
export function readFlagState(flag: FocusFlag | undefined, now: Date): FocusState {
  if (isFlagHolding(flag, now.getTime())) return { on: true, until: new Date(flag!.until!), sessionIds: [], occurrences: [] };
  const next = flag?.next;
  return typeof next === 'number' && next > now.getTime() ? { on: false, next: new Date(next) } : { on: false };
}
