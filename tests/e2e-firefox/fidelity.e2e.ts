import { expect, test } from 'vitest';
import { observeConstructions, observeShowThenClose } from '../e2e/support/notification-fidelity';
import { openChatPage, readHookAnswers, untilHookHolds, watchHook } from './support/chat-page';
import { callBackground } from './support/state';
import { withFirefox } from './support/with-firefox';

// The same comparison as in Chromium (tests/e2e/fidelity.e2e.ts), against Firefox's own
// Notification: a page must not tell held from shown here either.
const t = withFirefox();

test('held and native: the same errors and attributes for every way of making one, and show then close', async () => {
  const chat = await openChatPage(t.ext.browser, t.server.origin);
  const native = await chat.evaluate(observeConstructions);
  const nativeEvents = await chat.evaluate(observeShowThenClose);
  await watchHook(chat);
  await callBackground(t.ext, 'startFocusUntil', Date.now() + 10 * 60_000);
  await chat.bringToFront();
  await untilHookHolds(chat);
  const held = await chat.evaluate(observeConstructions);
  const heldEvents = await chat.evaluate(observeShowThenClose);
  // Proof they were held, not shown: every capture was answered "held".
  await expect.poll(() => readHookAnswers(chat)).toHaveLength(native.filter((c) => !('threw' in c)).length + 1);
  expect((await readHookAnswers(chat)).every(Boolean)).toBe(true);
  for (const [i, c] of native.entries()) expect(held[i], c.name).toEqual(c);
  expect(heldEvents).toEqual(nativeEvents);
});
