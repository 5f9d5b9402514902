import type { TemplateId } from './templates';
import { getDateTimeFormat } from '../time/date-format';

/** When a queued question may go out. Never during the sender's own focus, except "now". */
export type SendWhen =
  | { at: 'block-end' }
  | { at: 'digest-time' }
  | { at: 'not-before'; time: number }
  /** Send now, even in focus (the user pressed Send now). */
  | { at: 'now' };

/** Where a question came from: a page's selection ("Ask later…") or a held message (Reply later). */
export interface QuestionContext {
  title?: string;
  url?: string;
  quote?: string;
}

/**
 * A question the user wants answered by a time, held back instead of interrupting someone now.
 * queued → outbox (in a message on its way) → sent (waiting on an answer) → answered; or dropped.
 */
export interface QueuedQuestion {
  id?: number;
  template: TemplateId;
  /** The question (or the decision needed, or the status summary). */
  text: string;
  parts?: Record<string, string>;
  recipient: string;
  /** A webhook's id from the Delivery channels settings, 'email' or 'copy'. */
  channelId: string;
  tierId: string;
  blocking: boolean;
  /** Epoch ms. */
  neededBy: number;
  send: SendWhen;
  context?: QuestionContext;
  createdAt: number;
  status: 'queued' | 'outbox' | 'sent' | 'answered' | 'dropped';
  /** The outbox message it went in. */
  messageId?: string;
  sentAt?: number;
  answeredAt?: number;
  /** Answered by its needed-by time (the weekly review reads it). */
  answeredInTime?: boolean;
}

export const MAX_QUESTION_CHARS = 4_000;
export const MAX_RECIPIENT_CHARS = 200;
export const MAX_PART_CHARS = 2_000;

/** "needed by Thu 3:00 PM" in the user's locale. */
export function formatNeededBy(neededBy: Date, locale?: string): string {
  const text = getDateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(neededBy);
  return `needed by ${text}`;
}

/** Blocking questions first, then the most pressing needed-by: the order everywhere they are listed. */
export const byUrgency = (a: QueuedQuestion, b: QueuedQuestion) => Number(b.blocking) - Number(a.blocking) || a.neededBy - b.neededBy;
