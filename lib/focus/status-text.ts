import { isSameDay } from 'date-fns';
import type { FocusState } from './focus-state';
import { getDateTimeFormat } from '../time/date-format';

/** "1:00 PM" in en-US, "13:00" in de-DE: the user's own locale decides. */
export function formatClockTime(date: Date, locale?: string): string {
  return getDateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "3:00 PM" today, "Mon 9:00 AM" on another day. */
export function formatWhen(date: Date, now: Date, locale?: string): string {
  if (isSameDay(date, now)) return formatClockTime(date, locale);
  return getDateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** The one line that says where focus stands: "Focus until 1:00 PM", "Next focus 3:00 PM". */
export function formatFocusStatus(state: FocusState, now: Date = new Date(), locale?: string): string {
  if (state.on) return `Focus until ${formatClockTime(state.until, locale)}`;
  return state.next ? `Next focus ${formatWhen(state.next, now, locale)}` : 'Not in focus';
}

/** "38 min left", "1 h 05 min left". */
export function formatTimeLeft(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min left`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, '0')} min` : ''} left`;
}

/**
 * Badge text must be readable at a glance in about four characters: during focus the minutes
 * left, rounded up so the badge never reads "0m" while focus is still on; outside focus how many
 * released notifications wait ("14", "99+"), or nothing.
 */
export function formatBadgeText(state: FocusState, now: Date, waiting = 0, dot = false): string {
  // The dot: a question of the user's wants a look (blocking, overdue, or stuck in the outbox).
  const mark = dot ? '•' : '';
  if (!state.on) return (waiting <= 0 ? '' : waiting > 99 ? '99+' : String(waiting)) + mark;
  const minutesLeft = Math.max(1, Math.ceil((state.until.getTime() - now.getTime()) / 60_000));
  if (minutesLeft < 60) return `${minutesLeft}m${mark}`;
  const hours = Math.floor(minutesLeft / 60);
  const rest = minutesLeft % 60;
  // "10h05" would not fit: from ten hours on, whole hours are precise enough (and with a dot, hours).
  return (rest === 0 || hours >= 10 || dot ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}`) + mark;
}

/** What the toolbar tooltip and the popup add to the focus status. */
export interface StatusExtras {
  /** Batching holds notifications outside focus until then. */
  batchingUntil?: Date;
  nextCheck?: { at: Date; label: string };
  /** Released notifications not handled yet. */
  waiting?: number;
  questions?: { blocking: number; overdue: number; attention: number };
}

/** "next check 11:05 AM (1 Important)" */
export function formatNextCheck(nextCheck: { at: Date; label: string }, now: Date, locale?: string): string {
  return `next check ${formatWhen(nextCheck.at, now, locale)} (${nextCheck.label})`;
}

/** The status line's companions: "holding for digests until 5:00 PM · next check 1:00 PM (3 waiting) · 2 waiting". */
export function formatStatusExtras(state: FocusState, extras: StatusExtras, now: Date, locale?: string): string[] {
  const parts: string[] = [];
  if (!state.on && extras.batchingUntil) parts.push(`holding for digests until ${formatWhen(extras.batchingUntil, now, locale)}`);
  if (extras.nextCheck) parts.push(formatNextCheck(extras.nextCheck, now, locale));
  if (!state.on && extras.waiting) parts.push(`${extras.waiting} waiting in the digest`);
  const q = extras.questions;
  if (q?.blocking) parts.push(`${q.blocking} ${q.blocking === 1 ? 'question' : 'questions'} blocking you`);
  if (q?.overdue) parts.push(`${q.overdue} ${q.overdue === 1 ? 'answer' : 'answers'} overdue`);
  if (q?.attention) parts.push(`${q.attention} ${q.attention === 1 ? 'message needs' : 'messages need'} you`);
  return parts;
}

export function formatActionTitle(state: FocusState, now: Date = new Date(), locale?: string, extras: StatusExtras = {}): string {
  const head = state.on
    ? `Heads Down — ${formatFocusStatus(state, now, locale)}`
    : state.next
      ? `Heads Down — not in focus; next focus ${formatWhen(state.next, now, locale)}`
      : 'Heads Down — not in focus';
  return [head, ...formatStatusExtras(state, extras, now, locale)].join(' · ');
}
