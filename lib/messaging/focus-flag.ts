import type { FocusState } from '../focus/focus-state';

/**
 * What content scripts know about focus: only until when it lasts. The background writes it to
 * storage.local whenever the state changes; the bridge reads it even while the service worker is
 * asleep, and treats a time in the past as "off", so a missed update fails open.
 */
export interface FocusFlag {
  /** Epoch ms, or null when focus is off. */
  until: number | null;
}

export const FOCUS_FLAG_KEY = 'focusFlag';

export function isFlagHolding(flag: FocusFlag | undefined, now: number): boolean {
  return typeof flag?.until === 'number' && flag.until > now;
}

/** The focus state as published by the background, read against the clock. */
export function readFlagState(flag: FocusFlag | undefined, now: Date): FocusState {
  return isFlagHolding(flag, now.getTime()) ? { on: true, until: new Date(flag!.until!), sessionIds: [] } : { on: false };
}
