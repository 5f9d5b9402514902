import { echoTime } from '../time/typed-time';
import type { EmailApp, WebhookKind } from './channels';

/**
 * A message on its way, with every attempt recorded:
 * ready → sending → sent; or → retrying (backoff with jitter; 429 and Retry-After honoured) →
 * sending …; or → attention (the server refused, with its words; or the browser stopped while it
 * was sending, so it may have arrived). A message whose moment passed while the browser was
 * closed starts as late: the user decides to send, reschedule or drop it.
 */
export type OutboxState = 'ready' | 'sending' | 'retrying' | 'attention' | 'late' | 'sent' | 'dropped';

/** Where it goes, as it was when the message was made (a renamed channel changes nothing). */
export type Destination =
  | { kind: 'webhook'; webhookId: string; name: string; webhookKind: WebhookKind; url: string }
  | { kind: 'email'; app: EmailApp }
  | { kind: 'copy' };

export interface OutboxMessage {
  /** From its questions' ids (several releases of the same questions are one message). */
  id: string;
  recipient: string;
  destination: Destination;
  questionIds: number[];
  text: string;
  subject: string;
  /** The bodies to post, in order, and how many went out already (a split Discord message). */
  bodies: string[];
  sentParts: number;
  state: OutboxState;
  attempts: number;
  nextAttemptAt?: number;
  /**
   * Written before each request: a request with this key may have reached the server. Found on
   * a later start with the state still "sending", the attempt's fate is unknown, so it is not
   * repeated on its own.
   */
  sendKey?: string;
  attemptStartedAt?: number;
  /** The server's words, or what went wrong, for the person to read. */
  problem?: string;
  /** When it was meant to go. */
  dueAt: number;
  createdAt: number;
  sentAt?: number;
}

/** Late by more than this and it asks before it goes. */
export const LATE_AFTER_MS = 30 * 60_000;
/** Tries before a message that keeps failing asks for attention. */
export const MAX_ATTEMPTS = 12;
const BASE_BACKOFF_MS = 15_000;
const MAX_BACKOFF_MS = 30 * 60_000;
/** At most this long after a 429, whatever the server asks: the message must not vanish into a long wait. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

export const messageIdFor = (questionIds: readonly number[]) => `message:${[...questionIds].sort((a, b) => a - b).join(',')}`;

/** The state a new message starts in: on time, or late because its moment passed unseen. */
export const initialState = (dueAt: number, now: number): OutboxState => (now - dueAt > LATE_AFTER_MS ? 'late' : 'ready');

/** Exponential backoff with "full jitter" between half and all of it, so retries do not march in step. */
export function backoffMs(attempts: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + 0.5 * Math.min(1, Math.max(0, random))));
}

/** Retry-After as seconds or an HTTP date; Discord's `retry_after` (seconds) in the body. */
export function readRetryAfter(header: string | null, body: string, now: number): number | undefined {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(MAX_RETRY_AFTER_MS, seconds * 1000);
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
  }
  try {
    const seconds = Number((JSON.parse(body) as { retry_after?: unknown }).retry_after);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(MAX_RETRY_AFTER_MS, seconds * 1000);
  } catch {
    // Not JSON: no hint.
  }
  return undefined;
}

export type AttemptOutcome =
  | { kind: 'posted' }
  | { kind: 'network'; error: string }
  | { kind: 'http'; status: number; retryAfter: string | null; body: string };

const words = (body: string) => body.replace(/\s+/g, ' ').trim().slice(0, 300);

/**
 * The message after one attempt at its next part: posted (the next part, or sent); refused for
 * good (other 4xx: attention, with the server's words); or to try again later (network errors,
 * 5xx, 408, 429), until MAX_ATTEMPTS make it ask for attention.
 */
export function afterAttempt(message: OutboxMessage, outcome: AttemptOutcome, now: number, random: number): Partial<OutboxMessage> {
  const cleared = { sendKey: undefined, attemptStartedAt: undefined };
  if (outcome.kind === 'posted') {
    const sentParts = message.sentParts + 1;
    return sentParts >= message.bodies.length
      ? { ...cleared, sentParts, state: 'sent', sentAt: now, problem: undefined, nextAttemptAt: undefined }
      : { ...cleared, sentParts, state: 'ready', attempts: 0, problem: undefined };
  }
  const attempts = message.attempts + 1;
  const transient = outcome.kind === 'network' || outcome.status >= 500 || outcome.status === 408 || outcome.status === 429;
  const problem =
    outcome.kind === 'network'
      ? `Could not reach ${message.destination.kind === 'webhook' ? message.destination.name : 'the server'} (${outcome.error}).`
      : `The server answered ${outcome.status}${words(outcome.body) ? `: “${words(outcome.body)}”` : '.'}`;
  if (!transient) return { ...cleared, attempts, state: 'attention', problem, nextAttemptAt: undefined };
  if (attempts >= MAX_ATTEMPTS) return { ...cleared, attempts, state: 'attention', problem: `${problem} Tried ${attempts} times.`, nextAttemptAt: undefined };
  const hinted = outcome.kind === 'http' && outcome.status === 429 ? readRetryAfter(outcome.retryAfter, outcome.body, now) : undefined;
  return { ...cleared, attempts, state: 'retrying', problem, nextAttemptAt: now + (hinted ?? backoffMs(attempts, random)) };
}

/** A message found "sending" when a worker starts: the browser stopped it mid-request. */
export function interrupted(message: OutboxMessage): Partial<OutboxMessage> {
  const when = message.attemptStartedAt ? echoTime(new Date(message.attemptStartedAt)) : 'a moment ago';
  return {
    state: 'attention',
    sendKey: undefined,
    problem: `The browser stopped while sending this (${when}), so it may have arrived. Check the channel: mark it sent, or send it again.`,
  };
}

/** Is it this message's turn now? */
export const isDue = (m: OutboxMessage, now: number) => m.state === 'ready' || (m.state === 'retrying' && (m.nextAttemptAt ?? 0) <= now);
