import type { FocusState } from './focus-state';

/** "1:00 PM" in en-US, "13:00" in de-DE: the user's own locale decides. */
export function formatClockTime(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

export function formatFocusStatus(state: FocusState, locale?: string): string {
  return state.on ? `Focus until ${formatClockTime(state.until, locale)}` : 'Not in focus';
}

/**
 * Badge text must be readable at a glance in about four characters: minutes left, rounded up so
 * the badge never reads "0m" while focus is still on.
 */
export function formatBadgeText(state: FocusState, now: Date): string {
  if (!state.on) return '';
  const minutesLeft = Math.max(1, Math.ceil((state.until.getTime() - now.getTime()) / 60_000));
  if (minutesLeft < 60) return `${minutesLeft}m`;
  const hours = Math.floor(minutesLeft / 60);
  const rest = minutesLeft % 60;
  // "10h05" would not fit: from ten hours on, whole hours are precise enough.
  return rest === 0 || hours >= 10 ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}`;
}

export function formatActionTitle(state: FocusState, locale?: string): string {
  return state.on ? `Heads Down — ${formatFocusStatus(state, locale)}` : 'Heads Down — not in focus';
}
