import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { requeueMessage, updateMessage } from '@/lib/db/outbox-repo';
import { addQuestion, markAnswered } from '@/lib/db/questions-repo';
import type { OutboxAction, QuestionResult } from '@/lib/messaging/protocol';
import { webhookBodies } from '@/lib/queue/channel-format';
import { COPY_CHANNEL, EMAIL_CHANNEL } from '@/lib/queue/channels';
import type { OutboxMessage } from '@/lib/queue/outbox';
import { parseTypedTime } from '@/lib/time/typed-time';
import { validateQuestionRequest, type QuestionRequest } from '@/lib/queue/validate-question';
import { loadSettings } from '@/lib/settings/store';
import { runDue } from './focus-sync';

const idOf = (data: unknown) => {
  const id = (data as { id?: unknown } | undefined)?.id;
  return Number.isSafeInteger(id) && (id as number) > 0 ? (id as number) : undefined;
};

async function check(data: unknown, clock: Clock) {
  const settings = await loadSettings();
  return validateQuestionRequest((data ?? {}) as QuestionRequest, {
    now: clock(),
    hours: settings.businessHours,
    tiers: settings.tiers,
    channelIds: [...settings.delivery.webhooks.map((w) => w.id), EMAIL_CHANNEL, COPY_CHANNEL],
  });
}

/**
 * The background is the only writer of questions: the composer sends what was typed, it is
 * checked here whole (times read here), stored, and the outbox looks at once (a question queued
 * outside focus, or with Send now, goes now).
 */
export async function queueQuestion(data: unknown, clock: Clock): Promise<QuestionResult> {
  const checked = await check(data, clock);
  if (!checked.ok) return checked;
  const id = await addQuestion(db, checked.question);
  await runDue(clock);
  return { ok: true, id };
}

/** Edit a question still queued: the new text and times, its place in the queue kept. */
export async function updateQuestion(data: unknown, clock: Clock): Promise<QuestionResult> {
  const id = idOf(data);
  const current = id === undefined ? undefined : await db.questions.get(id);
  if (!current || current.status !== 'queued') return { ok: false, errors: { form: 'This question is no longer queued: it cannot be edited.' } };
  const checked = await check(data, clock);
  if (!checked.ok) return checked;
  await db.questions.update(id!, { ...checked.question, createdAt: current.createdAt });
  await runDue(clock);
  return { ok: true, id: id! };
}

/** Deleted questions are dropped, not erased: the weekly review still counts what was asked. */
export async function dropQuestion(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const id = idOf(data);
  if (id === undefined) return { ok: false };
  const changed = await db.questions.where('id').equals(id).filter((q) => q.status === 'queued').modify({ status: 'dropped' });
  await runDue(clock);
  return { ok: changed > 0 };
}

/** Send now: even during focus, the user's own decision. */
export async function sendQuestionNow(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const id = idOf(data);
  if (id === undefined) return { ok: false };
  const changed = await db.questions.where('id').equals(id).filter((q) => q.status === 'queued').modify({ send: { at: 'now' } });
  await runDue(clock);
  return { ok: changed > 0 };
}

export async function answerQuestion(data: unknown, clock: Clock): Promise<{ ok: boolean }> {
  const id = idOf(data);
  if (id === undefined) return { ok: false };
  const ok = await markAnswered(db, id, clock());
  await runDue(clock);
  return { ok };
}


/**
 * What the user decides for a message in the outbox: retry or send it (again: the user has
 * checked), drop it, mark it sent (it did arrive), reschedule it, or edit its text.
 */
export async function actOnMessage(data: unknown, clock: Clock): Promise<{ ok: boolean; error?: string }> {
  const { id, action, text, until } = (data ?? {}) as { id?: unknown; action?: unknown; text?: unknown; until?: unknown };
  const message = typeof id === 'string' ? await db.outbox.get(id) : undefined;
  if (!message || message.state === 'sent' || message.state === 'dropped' || message.state === 'sending') return { ok: false, error: 'That message is not in the outbox any more.' };
  const now = clock().getTime();
  switch (action as OutboxAction) {
    case 'retry':
    case 'send':
      await updateMessage(db, message.id, { state: 'ready', attempts: 0, problem: undefined, nextAttemptAt: undefined }, now);
      break;
    case 'drop':
      await updateMessage(db, message.id, { state: 'dropped' }, now);
      break;
    case 'markSent':
      await updateMessage(db, message.id, { state: 'sent', sentAt: now, sentParts: message.bodies.length, problem: undefined }, now);
      break;
    case 'reschedule': {
      const settings = await loadSettings();
      const read = parseTypedTime(typeof until === 'string' ? until : '', { now: clock(), hours: settings.businessHours });
      if (!read.ok) return { ok: false, error: read.error };
      await requeueMessage(db, message.id, read.at.getTime());
      break;
    }
    case 'edit': {
      const edited = typeof text === 'string' ? text.trim().slice(0, 20_000) : '';
      if (!edited) return { ok: false, error: 'A message needs some text.' };
      if (message.sentParts > 0) return { ok: false, error: 'Part of this message went out already; it cannot be edited.' };
      await updateMessage(db, message.id, { text: edited, bodies: bodiesFor(message, edited) }, now);
      break;
    }
    default:
      return { ok: false, error: 'That is not something a message can do.' };
  }
  await runDue(clock);
  return { ok: true };
}

function bodiesFor(message: OutboxMessage, text: string): string[] {
  const d = message.destination;
  return d.kind === 'webhook' ? webhookBodies(d.webhookKind, { ...message, text }) : [text];
}
