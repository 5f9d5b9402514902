import { describe, expect, test } from 'vitest';
import { notifyWithRegistration, readHookAnswers, untilHookHolds, watchHook } from './support/chat-page';
import { openChatPage, startFocus } from './support/extension-state';
import { observeConstructions, observeShowThenClose, observeShowWithBadOptions } from './support/notification-fidelity';
import { withExtension } from './support/with-extension';

const t = withExtension();

describe('a held notification is what a native one is, to the page', () => {
  test('the same errors and the same attributes for every way of making one', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const native = await chat.evaluate(observeConstructions);
    await watchHook(chat);
    await startFocus(t.ext);
    await untilHookHolds(chat);
    const held = await chat.evaluate(observeConstructions);
    // Proof they were held, not shown: every capture was answered "held".
    await expect.poll(() => readHookAnswers(chat)).toHaveLength(native.filter((c) => !('threw' in c)).length);
    expect((await readHookAnswers(chat)).every(Boolean)).toBe(true);
    for (const [i, c] of native.entries()) expect(held[i], c.name).toEqual(c);
  });

  test('showNotification with options that are no object rejects, as natively, and nothing is held', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const native = await chat.evaluate(observeShowWithBadOptions);
    expect(native).toBe('TypeError');
    await watchHook(chat);
    await startFocus(t.ext);
    await untilHookHolds(chat);
    expect(await chat.evaluate(observeShowWithBadOptions)).toBe(native);
    // The next one is held, and it is the only capture the hook made.
    await notifyWithRegistration(chat, 'after it');
    await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
  });

  test('onshow, then close(), then onclose, as natively', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const native = await chat.evaluate(observeShowThenClose);
    expect(native).toEqual(['show', 'close']);
    await watchHook(chat);
    await startFocus(t.ext);
    await untilHookHolds(chat);
    expect(await chat.evaluate(observeShowThenClose)).toEqual(native);
    expect(await readHookAnswers(chat)).toEqual([true]);
  });
});
