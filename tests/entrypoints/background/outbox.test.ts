import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readEngineState } from '@/entrypoints/background/engine-state';
import { runOutbox } from '@/entrypoints/background/outbox';
import { actOnMessage, queueQuestion } from '@/entrypoints/background/question-actions';
import { db } from '@/lib/db/app-db';
import { startManualSession, endRunningSessions } from '@/lib/db/sessions-repo';
import { storeSettings } from '../../support/stored-settings';

// Monday 2026-11-23 in New York.
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
let now = at('10:00');
const clock = () => now;
const HOOK = 'https://hooks.slack.com/services/T/B/x';

/**
 * A webhook server in memory, put in place of fetch (the background's every path posts through
 * it): answers in turn from `answers`, and records every post it got.
 */
function fakeServer(...answers: (number | 'down')[]) {
  /** What the server took: the posts it answered 200. */
  const posts: unknown[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0] ?? 200;
    if (answer === 'down') throw new TypeError('Failed to fetch');
    if (answer === 200) posts.push(JSON.parse(String(init.body)));
    return new Response(answer === 200 ? 'ok' : 'no_service', { status: answer });
  }) as unknown as typeof globalThis.fetch;
  vi.stubGlobal('fetch', fetch);
  return { posts };
}

const run = async (_server?: ReturnType<typeof fakeServer>) => runOutbox(await readEngineState(clock), clock);
const ask = (text: string, over: Record<string, unknown> = {}) => queueQuestion({ text, recipient: 'Dana', channelId: 'hook-team', tierId: 'standard', neededBy: 'Wed 3pm', ...over }, clock);
const messages = () => db.outbox.toArray();

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

beforeEach(async () => {
  // The retry jitter at its top, so the backoff is the table's.
  vi.spyOn(Math, 'random').mockReturnValue(1);
  now = at('10:00');
  await Promise.all(db.tables.map((t) => t.clear()));
  await storeSettings((s) => void (s.delivery.webhooks = [{ id: 'hook-team', name: 'Team Slack', kind: 'slack', url: HOOK }]));
});

describe('the outbox', () => {
  test('two questions to one person during focus go out as one message when the block ends', async () => {
    const server = fakeServer(200);
    await startManualSession(db, now, { minutes: 60 });
    expect(await ask('Can we ship Thursday?')).toMatchObject({ ok: true });
    expect(await ask('Which logo goes on the cover?')).toMatchObject({ ok: true });
    await run(server);
    expect(server.posts).toEqual([]);
    now = at('10:40');
    await endRunningSessions(db, now);
    await run(server);
    expect(server.posts).toHaveLength(1);
    const { text } = server.posts[0] as { text: string };
    expect(text).toMatch(/^Hi Dana, 2 questions when you have a moment:/);
    expect(text).toContain('1. Can we ship Thursday?\n2. Which logo goes on the cover?');
    expect(text).toContain('Needed by Wed, Nov 25 · 3:00 PM (Standard: end of business day).');
    expect((await db.questions.toArray()).map((q) => q.status)).toEqual(['sent', 'sent']);
    await run(server);
    expect(server.posts).toHaveLength(1);
  });

  test('with the server down the message stays and is retried; it is delivered once when the server is back', async () => {
    const server = fakeServer('down', 503, 200);
    await ask('Ship it?');
    const next = await run(server);
    expect(await messages()).toEqual([expect.objectContaining({ state: 'retrying', attempts: 1, problem: 'Could not reach Team Slack (Failed to fetch).' })]);
    expect(next).toEqual(new Date(now.getTime() + 15_000));
    now = new Date(now.getTime() + 15_000);
    await run(server);
    expect(await messages()).toEqual([expect.objectContaining({ state: 'retrying', attempts: 2 })]);
    now = new Date(now.getTime() + 30_000);
    await run(server);
    expect(server.posts).toHaveLength(1);
    expect(await messages()).toEqual([expect.objectContaining({ state: 'sent' })]);
  });

  test('a message a stopped worker left "sending" is not posted again on its own', async () => {
    const server = fakeServer(200);
    await ask('Ship it?', { sendAt: 'not-before', sendTime: 'Tue 9am' });
    await db.questions.toCollection().modify({ send: { at: 'now' } });
    // The first worker recorded the attempt and died waiting for the answer.
    let reached = 0;
    const pending = runOutbox(await readEngineState(clock), clock, { fetch: (async () => (reached++, new Promise(() => {}))) as unknown as typeof fetch });
    await vi.waitFor(() => expect(reached).toBe(1));
    expect(await messages()).toEqual([expect.objectContaining({ state: 'sending', sendKey: expect.any(String) })]);
    void pending;
    await run(server);
    expect(server.posts).toEqual([]);
    expect(await messages()).toEqual([expect.objectContaining({ state: 'attention', problem: expect.stringContaining('it may have arrived') })]);
    // The user checked: not there. Send again goes once.
    const [message] = await messages();
    await actOnMessage({ id: message!.id, action: 'send' }, clock);
    await run(server);
    expect(server.posts).toHaveLength(1);
  });

  test('a moment that passed while the browser was closed asks before it goes', async () => {
    const server = fakeServer(200);
    await startManualSession(db, now, { minutes: 60 });
    await ask('Ship it?');
    await endRunningSessions(db, at('10:30'));
    now = at('13:30');
    await run(server);
    expect(server.posts).toEqual([]);
    const [message] = await messages();
    expect(message).toMatchObject({ state: 'late', dueAt: at('10:30').getTime() });
    expect(await actOnMessage({ id: message!.id, action: 'reschedule', until: 'tomorrow 9am' }, clock)).toEqual({ ok: true });
    expect(await db.questions.toArray()).toEqual([expect.objectContaining({ status: 'queued', send: { at: 'not-before', time: new Date('2026-11-24T09:00:00-05:00').getTime() } })]);
  });

  test('a refusal asks for attention with the server’s words; drop drops the question too', async () => {
    const server = fakeServer(404);
    await ask('Ship it?');
    await run(server);
    const [message] = await messages();
    expect(message).toMatchObject({ state: 'attention', problem: 'The server answered 404: “no_service”' });
    await actOnMessage({ id: message!.id, action: 'drop' }, clock);
    expect((await db.questions.toArray()).map((q) => q.status)).toEqual(['dropped']);
  });
});
