import { describe, expect, test } from 'vitest';
import { formatTimeEnUs } from '../e2e/support/extension-state';
import { notifyWithConstructor, openChatPage, readHookAnswers, readPageEvents, untilHookHolds, watchHook } from './support/chat-page';
import {
  callBackground,
  digestTitles,
  heldTitles,
  readFocusUntil,
  readHeldRows,
  readToolbarTitle,
  startFocusFromPopup,
  statusText,
  stopEventPage,
} from './support/state';
import { withFirefox } from './support/with-firefox';

// The core loop in a real Firefox (event page, not service worker).
const t = withFirefox();

test('outside focus a page notification is shown natively and nothing is held', async () => {
  const chat = await openChatPage(t.ext.browser, t.server.origin);
  expect(await notifyWithConstructor(chat, 'Lunch?', { body: 'At noon' })).toMatchObject({ isNotification: true, title: 'Lunch?' });
  await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'Lunch?' });
  expect(await digestTitles(t.ext)).toEqual([]);
});

test('Start focus in the popup: the popup and the toolbar say "Focus until <end>", also after the event page stops', async () => {
  const popup = await startFocusFromPopup(t.ext);
  const until = await readFocusUntil(t.ext);
  expect(until! - Date.now()).toBeGreaterThan(49 * 60_000);
  const expected = `Focus until ${formatTimeEnUs(until!)}`;
  expect(await statusText(popup)).toBe(expected);
  expect(await readToolbarTitle(t.ext)).toBe(`Heads Down — ${expected}`);
  await popup.close();

  expect(await stopEventPage(t.ext)).toBe('stopped');
  const reopened = await t.ext.openExtensionPage('popup.html');
  await expect.poll(() => statusText(reopened)).toBe(expected);
  expect(await readFocusUntil(t.ext)).toBe(until);
});

test('during focus a page notification is held, answered "held", and listed in the digest', async () => {
  await startFocusFromPopup(t.ext);
  const chat = await openChatPage(t.ext.browser, t.server.origin);
  await watchHook(chat);
  expect(await notifyWithConstructor(chat, '@you review?', { body: 'PR #42' })).toMatchObject({ isNotification: true });
  await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
  expect(await digestTitles(t.ext)).toEqual(['@you review?']);
  expect((await readHeldRows(t.ext))[0]).toMatchObject({ origin: t.server.origin, app: 'Local chat', body: 'PR #42' });
  // Answered "held": the hook will not show it, even after its fail-open window.
  expect(await readPageEvents(chat)).toEqual([]);
});

test('the event page stopped mid-block: notifications are still held, and the block still ends on time with its summary', async () => {
  const chat = await openChatPage(t.ext.browser, t.server.origin);
  await watchHook(chat);
  // A block of a few seconds cannot be typed in the popup: call what Start focus calls.
  await callBackground(t.ext, 'startFocusUntil', Date.now() + 6_000);
  await chat.bringToFront();
  await untilHookHolds(chat);
  expect(await stopEventPage(t.ext)).toBe('stopped');

  // The capture message itself wakes the event page, which re-derives focus from storage.
  await notifyWithConstructor(chat, 'held while stopped');
  await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
  expect(await heldTitles(t.ext)).toEqual(['held while stopped']);

  // The end-of-block alarm starts the event page again and it shows one summary.
  await expect
    .poll(() => callBackground(t.ext, 'shownSummaries'), { timeout: 20_000, interval: 500 })
    .toEqual([{ id: expect.any(String), title: '1 held: Local chat 1', message: expect.stringMatching(/due/) }]);
  await expect.poll(() => readToolbarTitle(t.ext)).toBe('Heads Down — not in focus · 1 waiting in the digest');
  // Outside focus again: shown natively.
  await notifyWithConstructor(chat, 'after the block');
  await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'after the block' });
});

test('End focus shows one summary of what was held', async () => {
  const popup = await startFocusFromPopup(t.ext);
  const chat = await openChatPage(t.ext.browser, t.server.origin);
  for (const title of ['a', 'b']) await notifyWithConstructor(chat, title);
  await expect.poll(async () => (await heldTitles(t.ext)).sort()).toEqual(['a', 'b']);
  await popup.bringToFront();
  await popup.locator('::-p-aria(End focus[role="button"])').click();
  await expect.poll(() => statusText(popup)).toBe('Not in focus');
  await expect.poll(() => callBackground(t.ext, 'shownSummaries')).toEqual([
    { id: expect.any(String), title: '2 held: Local chat 2', message: expect.stringMatching(/^2 Important due /) },
  ]);
});

describe('coverage', () => {
  test('a page open before focus starts is held once the block starts', async () => {
    const chat = await openChatPage(t.ext.browser, t.server.origin);
    await watchHook(chat);
    await startFocusFromPopup(t.ext);
    // The background injects the bridge into open pages when the block starts; it tells the hook.
    await chat.bringToFront();
    await untilHookHolds(chat);
    await notifyWithConstructor(chat, 'from a page open before focus');
    await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
    expect(await heldTitles(t.ext)).toEqual(['from a page open before focus']);
    expect(await readPageEvents(chat)).toEqual([]);
  });

  test('a self-hosted app added on the options page is held during focus', async () => {
    // The e2e build has http://localhost granted at install (a headless browser cannot answer the prompt).
    const appOrigin = t.server.origin.replace('127.0.0.1', 'localhost');
    const options = await t.ext.openExtensionPage('options.html');
    await options.bringToFront();
    await options.locator('::-p-aria(App address)').fill(appOrigin);
    await options.locator('::-p-aria(Add app[role="button"])').click();
    const appName = new URL(appOrigin).host;
    await options.waitForSelector(`::-p-text(Added ${appName}.)`);

    await startFocusFromPopup(t.ext);
    const app = await openChatPage(t.ext.browser, appOrigin);
    await watchHook(app);
    await notifyWithConstructor(app, 'Mattermost: deploy?');
    await expect.poll(() => readHookAnswers(app)).toEqual([true]);
    expect(await readHeldRows(t.ext)).toEqual([expect.objectContaining({ title: 'Mattermost: deploy?', app: appName, origin: appOrigin })]);
  });
});
