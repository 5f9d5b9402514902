import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { listOpenMessages, recordMessages, updateMessage } from '@/lib/db/outbox-repo';
import { emailComposeUrl, webhookBodies } from '@/lib/queue/channel-format';
import { COPY_CHANNEL, EMAIL_CHANNEL, hostPatternOf } from '@/lib/queue/channels';
import { composeMessages } from '@/lib/queue/compose-message';
import { afterAttempt, interrupted, isDue, type AttemptOutcome, type Destination, type OutboxMessage } from '@/lib/queue/outbox';
import { planQuestionSends } from '@/lib/queue/send-plan';
import type { Settings } from '@/lib/settings/settings';
import { writeClipboard } from './clipboard';
import type { EngineState } from './engine-state';

/** A request that takes longer than this is given up (and retried), so no send holds the worker. */
const REQUEST_TIMEOUT_MS = 20_000;

export interface OutboxDeps {
  /** Injected so the retry jitter can be pinned in tests. */
  random?: () => number;
  fetch?: typeof fetch;
}

function destinationFor(channelId: string, settings: Settings): Destination | undefined {
  if (channelId === COPY_CHANNEL) return { kind: 'copy' };
  if (channelId === EMAIL_CHANNEL) return { kind: 'email', app: settings.delivery.email };
  const hook = settings.delivery.webhooks.find((w) => w.id === channelId);
  return hook ? { kind: 'webhook', webhookId: hook.id, name: hook.name, webhookKind: hook.kind, url: hook.url } : undefined;
}

/**
 * The outbox executor. Each run: a message left "sending" by a stopped worker asks for attention
 * (it may have arrived: never posted twice on our own); questions whose moment came become
 * messages (recorded before anything is sent); then each message whose turn it is goes out, with
 * every attempt written before the request. Returns when to look again.
 */
export async function runOutbox(state: EngineState, clock: Clock, deps: OutboxDeps = {}): Promise<Date | undefined> {
  const { settings, focus } = state;
  const now = clock().getTime();
  for (const m of await db.outbox.where('state').equals('sending').toArray()) await updateMessage(db, m.id, interrupted(m), now);

  const queued = await db.questions.where('status').equals('queued').toArray();
  const endedBlocks = (await db.sessions.where('start').above(now - 7 * 24 * 3600_000).toArray())
    .filter((s) => s.status === 'ended' && s.actualEnd !== undefined)
    .map((s) => ({ start: s.start, end: s.actualEnd! }));
  const plan = planQuestionSends({
    now: new Date(now),
    queued,
    focus: focus.on ? { on: true, until: focus.until } : { on: false },
    endedBlocks,
    digestTimes: settings.digest.times,
    hours: settings.businessHours,
  });
  if (plan.due.length > 0) {
    const moments = new Map(plan.due.map((d) => [d.id, d.moment]));
    const released = queued.filter((q) => moments.has(q.id!));
    const composed = composeMessages(released, settings.tiers).flatMap((m) => {
      // A channel removed since the question was queued: Copy, so the question is not lost.
      const destination = destinationFor(m.channelId, settings) ?? { kind: 'copy' as const };
      const bodies = destination.kind === 'webhook' ? webhookBodies(destination.webhookKind, m) : [m.text];
      return [{ ...m, destination, bodies, dueAt: Math.max(...m.questionIds.map((id) => moments.get(id)!)) }];
    });
    await recordMessages(db, composed, now);
  }

  const open = await listOpenMessages(db);
  for (const message of open.filter((m) => isDue(m, now))) await deliver(message, clock, deps);

  const retries = (await listOpenMessages(db)).flatMap((m) => (m.state === 'retrying' && m.nextAttemptAt ? [m.nextAttemptAt] : []));
  // A question's needed-by passing changes the badge (an answer is overdue): look again then.
  const needs = (await db.questions.where('status').equals('sent').toArray()).map((q) => q.neededBy).filter((t) => t > now);
  const next = Math.min(plan.nextAt?.getTime() ?? Infinity, ...retries, ...needs);
  return Number.isFinite(next) ? new Date(next) : undefined;
}

/** Sends one message: every part that has not gone out yet, each attempt recorded first. */
async function deliver(message: OutboxMessage, clock: Clock, deps: OutboxDeps): Promise<void> {
  const now = () => clock().getTime();
  const { destination } = message;
  if (destination.kind === 'copy') {
    const copied = await writeClipboard(message.text);
    if (copied) await notifyCopied(message);
    await updateMessage(db, message.id, copied ? { state: 'sent', sentAt: now(), sentParts: 1 } : { state: 'attention', problem: 'Copying to the clipboard failed. Press Copy in the outbox.' }, now());
    return;
  }
  if (destination.kind === 'email') {
    // The compose window is the hand-over: the user presses Send in their mail app.
    await browser.tabs.create({ url: emailComposeUrl(destination.app, message) });
    await updateMessage(db, message.id, { state: 'sent', sentAt: now(), sentParts: 1 }, now());
    return;
  }
  const allowed = await browser.permissions.contains({ origins: [hostPatternOf(new URL(destination.url).origin)] }).catch(() => false);
  if (!allowed) {
    await updateMessage(db, message.id, { state: 'attention', problem: `Heads Down may not post to ${new URL(destination.url).host}: allow it under Delivery channels on the options page, then retry.` }, now());
    return;
  }
  let current = message;
  while (current.sentParts < current.bodies.length) {
    const sendKey = `${current.id}#${current.sentParts}#${current.attempts}`;
    await updateMessage(db, current.id, { state: 'sending', sendKey, attemptStartedAt: now() }, now());
    const outcome = await post(destination.url, current.bodies[current.sentParts]!, deps.fetch ?? fetch);
    const change = afterAttempt(current, outcome, now(), (deps.random ?? Math.random)());
    await updateMessage(db, current.id, change, now());
    current = { ...current, ...change };
    if (current.state !== 'ready' && current.state !== 'sent') return;
  }
}

async function post(url: string, body: string, doFetch: typeof fetch): Promise<AttemptOutcome> {
  try {
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.ok) return { kind: 'posted' };
    return { kind: 'http', status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.text().catch(() => '')).slice(0, 2_000) };
  } catch (error) {
    return { kind: 'network', error: error instanceof Error ? error.message : String(error) };
  }
}

export const COPIED_NOTIFICATION_PREFIX = 'copied:';

async function notifyCopied(message: OutboxMessage): Promise<void> {
  await browser.notifications.create(`${COPIED_NOTIFICATION_PREFIX}${message.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Your message to ${message.recipient} is on the clipboard`,
    message: 'Paste it where you talk to them.',
  });
}
